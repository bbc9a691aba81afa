// Package tui is the full-screen program: a thin root that draws the
// header, the tab bar and the footer, routes keys to the focused tab and
// async results to the tab that asked, and keeps the shared context.
package tui

import (
	"path/filepath"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/keys"
	"secretary/tui/search"
	"secretary/tui/theme"
	"secretary/tui/transfer"
	"secretary/tui/views/activities"
	"secretary/tui/views/assessments"
	"secretary/tui/views/owners"
	"secretary/tui/views/plans"
	"secretary/tui/views/summary"
)

// MinWidth and MinHeight are the smallest terminal the program draws in.
const (
	MinWidth  = 60
	MinHeight = 16
)

// View is a tab.
type View interface {
	common.Component
	Reload()
	Retranslate()
	InputMode() bool
	// Showing is the kind of record on screen (for a CSV export).
	Showing() model.Entity
	// Claims reports a key the tab uses for itself where the program
	// would otherwise act on it (x closes a rectification, not export).
	Claims(tea.KeyMsg) bool
}

// Deps are what the program needs from outside.
type Deps struct {
	Store    common.Store
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
}

// Model is the root.
type Model struct {
	ctx    *common.Context
	views  [common.TabCount]View
	active common.TabID
	help   help.Model

	// flow is an export or import (x, i) while it runs.
	flow        transfer.Flow
	version     string
	quitAtStart bool

	// settings is the settings form (,) while it is open.
	settings      *forms.Host
	settingsDraft *forms.SettingsDraft

	status    string
	statusErr bool
	fullHelp  bool
	loaded    bool
	loadErr   error
}

// New builds the program over the store. The ledger loads in Init.
func New(d Deps) *Model {
	if d.Clock == nil {
		d.Clock = model.SystemClock{}
	}
	if d.Renderer == nil {
		d.Renderer = lipgloss.DefaultRenderer()
	}
	tr := i18n.New(d.Lang)
	ctx := &common.Context{
		Styles:   theme.DefaultStyles(d.Renderer),
		Keys:     keys.New(tr),
		Tr:       tr,
		Renderer: d.Renderer,
		Clock:    d.Clock,
		Store:    d.Store,
		Keyer:    search.NewKeyer(),
		Ledger:   &model.Ledger{},
	}
	ctx.Derived = common.Derive(ctx.Ledger, model.Today(d.Clock))
	m := &Model{ctx: ctx, help: help.New(), version: d.Version, quitAtStart: d.QuitAfterFirstFrame}
	m.views = [common.TabCount]View{
		plans.New(ctx),
		owners.New(ctx),
		activities.New(ctx),
		assessments.New(ctx),
		summary.New(ctx),
	}
	m.styleHelp()
	if d.Ledger != nil {
		m.loadedLedger(common.LedgerLoadedMsg{Ledger: d.Ledger})
	}
	return m
}

// Context is the shared context, for tests.
func (m *Model) Context() *common.Context { return m.ctx }

// Active is the focused tab.
func (m *Model) Active() common.TabID { return m.active }

// Tab is one tab's view, for tests.
func (m *Model) Tab(t common.TabID) View { return m.views[t] }

// Status is the status line's text.
func (m *Model) Status() string { return m.status }

// Init loads the ledger, unless it came loaded.
func (m *Model) Init() tea.Cmd {
	if m.quitAtStart {
		return tea.Quit // bubbletea draws the first frame before this arrives
	}
	if m.loaded {
		return nil
	}
	return common.LoadCmd(m.ctx.Store)
}

func (m *Model) styleHelp() {
	st := m.ctx.Styles
	m.help.Styles.ShortKey = st.Help.Bold(true)
	m.help.Styles.ShortDesc = st.Help
	m.help.Styles.ShortSeparator = st.Help
	m.help.Styles.FullKey = st.Help.Bold(true)
	m.help.Styles.FullDesc = st.Help
	m.help.Styles.FullSeparator = st.Help
	m.help.ShortSeparator = " · "
}

func (m *Model) ledgerName() string {
	return filepath.Base(m.ctx.Store.Path())
}
