// Package welcome is the first run: on an empty ledger the program opens
// this page over the (empty) tabs instead of leaving a new secretary in
// front of an empty table. It says where the ledger file is and why, asks
// for the names that head every printout (the settings form), and offers
// three ways to start: the sample year in a file of its own, the previous
// secretary's snapshot, or an existing spreadsheet. It comes back at
// every start until the ledger holds a record or its settings.
package welcome

import (
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
	"secretary/tui/forms"
	"secretary/tui/transfer"
)

// Empty reports a ledger the welcome page is for: no settings and no
// record the user made. The required work (规定动作) does not count: every
// new ledger starts with the shipped default set of it, so a ledger
// holding only that is as new as one holding nothing.
func Empty(l *model.Ledger) bool {
	s := l.Settings
	return !hasRecords(l) && s.GroupName == "" && s.School == "" && s.Secretary == ""
}

// hasRecords reports a record the user made or brought: anything but
// the required work every new ledger starts with.
func hasRecords(l *model.Ledger) bool {
	c := l.Counts()
	return c.Total() > c.Of(model.EntityObligation)
}

// The page's choices, in order.
const (
	choiceSettings = iota
	choiceSample
	choiceSnapshot
	choiceSheet
	choiceCount
)

// Page is the overlay.
type Page struct {
	ctx     *common.Context
	id      common.ID
	cursor  int
	working bool // the sample year is being written
	failed  string
	width   int
	height  int
}

var _ common.Overlay = (*Page)(nil)

// New makes the page.
func New(ctx *common.Context) *Page { return &Page{ctx: ctx, id: ctx.NewID()} }

// ID is the page's address.
func (p *Page) ID() common.ID { return p.id }

// Init does nothing.
func (p *Page) Init() tea.Cmd { return nil }

// SetSize sets the area.
func (p *Page) SetSize(w, h int) { p.width, p.height = w, h }

// Update answers the keys and the work the page started.
func (p *Page) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LedgerChangedMsg:
		// A record arrived (an import): the ledger is under way.
		if hasRecords(p.ctx.Ledger) {
			return p, common.Close(p.id)
		}
		return p, nil
	case forms.SavedMsg:
		if msg.Recipient() == p.id {
			p.cursor = choiceSample // the names are in: on to how to start
		}
		return p, nil
	case sampleFailedMsg:
		if msg.Recipient() == p.id {
			p.working, p.failed = false, p.ctx.Tr.Err(msg.err)
		}
		return p, nil
	case tea.KeyMsg:
		if p.working {
			return p, nil
		}
		return p, p.key(msg)
	}
	return p, nil
}

func (p *Page) key(km tea.KeyMsg) tea.Cmd {
	nav, fl := p.ctx.Keys.Nav, p.ctx.Keys.Flow
	switch {
	case key.Matches(km, fl.Cancel):
		return tea.Batch(common.Close(p.id), common.Status(p.ctx.T("welcome.later"), false))
	case key.Matches(km, nav.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, nav.Down):
		p.cursor = min(choiceCount-1, p.cursor+1)
	case key.Matches(km, fl.Accept):
		return p.choose(p.cursor)
	default:
		if d := fl.Digit(km); d >= 0 && d < choiceCount {
			p.cursor = d
			return p.choose(d)
		}
	}
	return nil
}

// choose starts what the entry offers.
func (p *Page) choose(c int) tea.Cmd {
	p.failed = ""
	// Every entry but the sample year (a file of its own) changes the
	// ledger.
	if c != choiceSample {
		if refuse := p.ctx.RefuseWrite(); refuse != nil {
			return refuse
		}
	}
	switch c {
	case choiceSettings:
		return common.Open(forms.NewHost(p.ctx, p.id, forms.NewSettingsDraft(p.ctx.Ledger.Settings), model.ActSettings))
	case choiceSample:
		p.working = true
		return p.openSample()
	case choiceSnapshot, choiceSheet:
		// The import takes the page's place: once it brings records the
		// page has done its work, and its result must stay on screen.
		kind := transfer.ImportSnapshot
		if c == choiceSheet {
			kind = transfer.ImportSheet
		}
		return tea.Sequence(common.Close(p.id), common.Open(transfer.NewImportOf(p.ctx, kind)))
	}
	return nil
}

// sampleFailedMsg says the sample year could not be written or opened.
type sampleFailedMsg struct {
	common.To
	err error
}

// openSample writes the sample year beside the ledger and asks the root
// to carry on with it; the user's ledger is not touched.
func (p *Page) openSample() tea.Cmd {
	a, id := p.ctx.App, p.id
	return func() tea.Msg {
		ns, err := a.OpenDemo()
		if err != nil {
			return sampleFailedMsg{To: common.To{ID: id}, err: err}
		}
		l, err := ns.Load()
		if err != nil {
			ns.Close()
			return sampleFailedMsg{To: common.To{ID: id}, err: err}
		}
		return common.SwitchLedgerMsg{App: ns, Ledger: l}
	}
}

// View draws the page: greeting, where the ledger is, the choices.
func (p *Page) View() string {
	ctx, st := p.ctx, p.ctx.Styles
	w := max(20, p.width-2)
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(ctx.T("welcome.title")) + "\n\n")
	b.WriteString(detail.Wrap(ctx.T("welcome.intro"), w) + "\n\n")
	path := ctx.Location.Path
	if path == "" {
		path = ctx.App.Path()
	}
	b.WriteString(detail.Wrap(ctx.T("welcome.ledger", path), w) + "\n")
	if why := p.why(); why != "" {
		b.WriteString(st.Faint.Render(detail.Wrap(why, w)) + "\n")
	}
	b.WriteString("\n")
	for i := range choiceCount {
		// "› 1  text", the text's further lines under its first.
		lead := "  "
		if i == p.cursor {
			lead = "› "
		}
		lines := strings.Split(detail.Wrap(p.label(i), max(10, w-5)), "\n")
		for j := range lines {
			if j == 0 {
				lines[j] = lead + string(rune('1'+i)) + "  " + lines[j]
			} else {
				lines[j] = "     " + lines[j]
			}
		}
		line := strings.Join(lines, "\n")
		if i == p.cursor {
			line = st.TableSelected.Render(line)
		}
		b.WriteString(line + "\n")
		if i == choiceSettings {
			if s := ctx.Ledger.Settings; s.GroupName != "" || s.School != "" || s.Secretary != "" {
				b.WriteString(st.StatusOK.Render(detail.Wrap("     ✓ "+settingsLine(ctx.Tr, s), w)) + "\n")
			}
		}
	}
	b.WriteString("\n")
	switch {
	case p.working:
		b.WriteString(st.Faint.Render(ctx.T("welcome.sample_working")))
	case p.failed != "":
		b.WriteString(st.StatusError.Render(detail.Wrap(p.failed, w)))
	default:
		b.WriteString(st.Faint.Render(detail.Wrap(ctx.T("welcome.again"), w)))
	}
	return b.String()
}

// label is a choice's text.
func (p *Page) label(c int) string {
	switch c {
	case choiceSettings:
		return p.ctx.T("welcome.settings")
	case choiceSample:
		return p.ctx.T("welcome.sample", filepath.Join(app.DemoFolder, app.DemoFileName))
	case choiceSnapshot:
		return p.ctx.T("welcome.snapshot")
	}
	return p.ctx.T("welcome.sheet")
}

// why says why the ledger is where it is.
func (p *Page) why() string {
	switch p.ctx.Location.Source {
	case app.SourcePortable:
		return p.ctx.T("welcome.why.portable")
	case app.SourceDefault:
		return p.ctx.T("welcome.why.default")
	case app.SourceFlag:
		return p.ctx.T("welcome.why.flag")
	case app.SourceEnv:
		return p.ctx.T("welcome.why.env")
	}
	return ""
}

// settingsLine shows the names filled in.
func settingsLine(tr *i18n.Translator, s model.Settings) string {
	var parts []string
	for _, v := range []string{s.GroupName, s.School} {
		if v != "" {
			parts = append(parts, v)
		}
	}
	if s.Secretary != "" {
		parts = append(parts, tr.T("welcome.secretary", s.Secretary))
	}
	return strings.Join(parts, " · ")
}

// ShortHelp is choose, move and later.
func (p *Page) ShortHelp() []key.Binding {
	fl := p.ctx.Keys.Flow
	return []key.Binding{fl.Choose(choiceCount), fl.Accept, fl.Later}
}

// FullHelp is the same.
func (p *Page) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
