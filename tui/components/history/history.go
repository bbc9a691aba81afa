// Package history shows a record's history from the audit journal over
// the screen (H): when, what was done (undo and redo included), and each
// field's change as "field: before → after".
package history

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
)

// Page is the overlay.
type Page struct {
	ctx     *common.Context
	id      common.ID
	entity  model.Entity
	record  model.ID
	entries []app.HistoryEntry
	loaded  bool
	err     error
	vp      viewport.Model
}

var _ common.Overlay = (*Page)(nil)

// New shows the history of one record; it is read when the page opens.
func New(ctx *common.Context, e model.Entity, id model.ID) *Page {
	return &Page{ctx: ctx, id: ctx.NewID(), entity: e, record: id, vp: viewport.New(0, 0)}
}

// ID is the overlay's address.
func (p *Page) ID() common.ID { return p.id }

// loadedMsg brings the history.
type loadedMsg struct {
	common.To
	entries []app.HistoryEntry
	err     error
}

// Init reads the history off the UI goroutine. The steps are turned into
// field changes here, on the UI side, where the ledger that names
// references lives.
func (p *Page) Init() tea.Cmd {
	a, e, id, to := p.ctx.App, p.entity, p.record, p.id
	return func() tea.Msg {
		entries, err := a.History(e, id)
		return loadedMsg{To: common.To{ID: to}, entries: entries, err: err}
	}
}

// SetSize sets the page's area.
func (p *Page) SetSize(w, h int) {
	p.vp.Width, p.vp.Height = max(1, w-4), max(1, h-2)
	p.refresh()
}

// Update scrolls; esc, q or H closes.
func (p *Page) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.Recipient() != p.id {
			return p, nil
		}
		if msg.err != nil {
			return p, tea.Batch(common.Close(p.id), common.Status(p.ctx.Tr.Err(msg.err), true))
		}
		p.entries, p.loaded = msg.entries, true
		p.refresh()
		p.vp.GotoTop()
	case common.LanguageMsg:
		p.refresh()
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, p.ctx.Keys.Pager.Close), key.Matches(msg, p.ctx.Keys.Browse.History):
			return p, common.Close(p.id)
		default:
			p.ctx.Scroll(&p.vp, msg)
		}
	}
	return p, nil
}

func (p *Page) refresh() {
	if p.loaded {
		p.vp.SetContent(p.text(p.vp.Width))
	}
}

// text is the history, newest first.
func (p *Page) text(width int) string {
	ctx, st := p.ctx, p.ctx.Styles
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(detail.Wrap(ctx.T("history.title", model.Code(p.entity, p.record)), width)) + "\n\n")
	if len(p.entries) == 0 {
		b.WriteString(st.Faint.Render(detail.Wrap(ctx.T("history.none"), width)) + "\n")
		return b.String()
	}
	for i := len(p.entries) - 1; i >= 0; i-- {
		en := p.entries[i]
		head := en.When.Local().Format("2006-01-02 15:04") + "  " + ctx.Tr.Msg(en.What)
		b.WriteString(st.Section.Render(detail.Wrap(head, width)) + "\n")
		for _, line := range p.lines(en) {
			b.WriteString(detail.Wrap("  "+line, width) + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// lines says what one step did to the record.
func (p *Page) lines(en app.HistoryEntry) []string {
	ctx := p.ctx
	switch {
	case en.Unreadable:
		return []string{ctx.T("history.unreadable")}
	case en.Deleted():
		return []string{ctx.T("history.deleted")}
	}
	var out []string
	for _, f := range en.Fields(ctx.Lang(), ctx.Ledger) {
		out = append(out, ctx.T("history.change", ctx.Tr.Field(f.Field), cell.Dash(f.Before), cell.Dash(f.After)))
	}
	if len(out) == 0 {
		out = append(out, ctx.T("history.no_fields"))
	}
	return out
}

// View draws the history in a frame.
func (p *Page) View() string {
	if !p.loaded {
		return p.ctx.Styles.Faint.Render(p.ctx.T("transfer.working"))
	}
	return p.ctx.Styles.PaneFocused.Padding(0, 1).Render(p.vp.View())
}

// ShortHelp is scrolling and closing.
func (p *Page) ShortHelp() []key.Binding {
	n := p.ctx.Keys.Nav
	return []key.Binding{n.Up, n.Down, p.ctx.Keys.Pager.Close}
}

// FullHelp is the same.
func (p *Page) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
