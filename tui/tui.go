// Package tui is the full-screen program: a thin root that draws the
// header, the tab bar and the footer, keeps a stack of overlays (forms,
// questions, flows, pages) over the tabs, routes keys to the top overlay
// or the focused tab, and delivers every result to the component that
// asked for it.
package tui

import (
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/internal/termsafe"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/keys"
	"secretary/tui/search"
	"secretary/tui/theme"
	"secretary/tui/views/activities"
	"secretary/tui/views/assessments"
	"secretary/tui/views/meetings"
	"secretary/tui/views/owners"
	"secretary/tui/views/plans"
	"secretary/tui/views/summary"
)

// MinWidth and MinHeight are the smallest terminal the program draws in.
const (
	MinWidth  = 60
	MinHeight = 16
)

// tabNames are the tabs' names in bar order; their digits follow it.
func tabNames() [common.TabCount]i18n.Key {
	return [common.TabCount]i18n.Key{"tab.plans", "tab.owners", "tab.activities", "tab.assessments", "tab.meetings", "tab.summary"}
}

// helpNames name each tab in the help of its digit.
func helpNames() []i18n.Key {
	return []i18n.Key{"help.tab1", "help.tab2", "help.tab3", "help.tab4", "help.tab_meetings", "help.tab5"}
}

// Deps are what the program needs from outside.
type Deps struct {
	App      *app.Service
	Clock    model.Clock
	Lang     model.Lang
	Renderer *lipgloss.Renderer // nil: lipgloss's default (the terminal)
	Version  string             // the program's version, on exported files
	// Ledger, when given, is the ledger already loaded by the caller, so
	// the first frame does not wait for a second load.
	Ledger *model.Ledger
	// QuitAfterFirstFrame ends the program right after it has drawn its
	// first screen: how the start-up time is measured (make bench).
	QuitAfterFirstFrame bool
	// TodayPanel opens the today panel over the first screen when anything
	// needs attention, unless the ledger's settings turn it off. The
	// program sets it; tests that look at other screens leave it off.
	TodayPanel bool
	// Prefs are what was remembered for the user (app.Env.LoadPrefs),
	// read before the program starts.
	Prefs app.Prefs
	// Location is where the ledger was found and why (app.Locate), for
	// the welcome page.
	Location app.Location
}

// Model is the root.
type Model struct {
	ctx      *common.Context
	id       common.ID
	tabs     [common.TabCount]common.Tab
	active   common.TabID
	overlays []common.Overlay

	version      string
	quitAtStart  bool
	todayAtStart bool // the today panel is still to be shown once the ledger is in

	status    string
	statusErr bool
	// statusLines is how many lines the status takes: two when a message
	// does not fit the width (see status.go).
	statusLines int
	loaded      bool
	loadErr     error
	// reloading is set while the ledger is read again after another
	// window changed it, so one change is read once.
	reloading bool
	// started is set once the first ledger is on screen and the start
	// page (welcome or today) has had its chance to open.
	started bool
}

// NewContext is the context every component shares, built from the
// program's dependencies (components are tested with it on their own).
func NewContext(d Deps) *common.Context {
	if d.Clock == nil {
		d.Clock = model.SystemClock{}
	}
	if d.Renderer == nil {
		d.Renderer = lipgloss.DefaultRenderer()
	}
	tr := i18n.New(d.Lang)
	ctx := &common.Context{
		Styles:   theme.DefaultStyles(d.Renderer),
		Keys:     keys.New(tr, helpNames()),
		Tr:       tr,
		Renderer: d.Renderer,
		Clock:    d.Clock,
		App:      d.App,
		Keyer:    search.NewKeyer(),
		Ledger:   &model.Ledger{},
		Prefs:    d.Prefs,
		Location: d.Location,
	}
	ctx.Derived = common.Derive(ctx.Ledger, ctx.Today())
	return ctx
}

// New builds the program over the app. The ledger loads in Init.
func New(d Deps) *Model {
	ctx := NewContext(d)
	m := &Model{ctx: ctx, id: ctx.NewID(), version: d.Version, quitAtStart: d.QuitAfterFirstFrame, todayAtStart: d.TodayPanel}
	m.tabs = [common.TabCount]common.Tab{
		plans.New(ctx),
		owners.New(ctx),
		activities.New(ctx),
		assessments.New(ctx),
		meetings.New(ctx),
		summary.New(ctx),
	}
	if d.Ledger != nil {
		m.install(d.Ledger)
	}
	return m
}

// Context is the shared context, for tests.
func (m *Model) Context() *common.Context { return m.ctx }

// Active is the focused tab.
func (m *Model) Active() common.TabID { return m.active }

// Tab is one tab's view, for tests.
func (m *Model) Tab(t common.TabID) common.Tab { return m.tabs[t] }

// Overlay is the overlay on top, or nil: for tests.
func (m *Model) Overlay() common.Overlay {
	if len(m.overlays) == 0 {
		return nil
	}
	return m.overlays[len(m.overlays)-1]
}

// Status is the status line's text.
func (m *Model) Status() string { return m.status }

// Init loads the ledger, unless it came loaded.
func (m *Model) Init() tea.Cmd {
	if m.quitAtStart {
		return tea.Quit // bubbletea draws the first frame before this arrives
	}
	if m.loaded {
		return m.watchTick()
	}
	return tea.Batch(common.LoadCmd(m.ctx.App), m.watchTick())
}

func (m *Model) ledgerName() string {
	return termsafe.Line(filepath.Base(m.ctx.App.Path()))
}
