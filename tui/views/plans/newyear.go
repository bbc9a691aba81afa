package plans

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/width"
	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
)

// newYearPage is the new school year's preview (N on the Plans tab): what
// will be written, scrollable; y writes it as one undoable step, n or esc
// leaves everything as it was.
type newYearPage struct {
	ctx    *common.Context
	id     common.ID
	ny     *model.NewYear
	lines  []string
	vp     viewport.Model
	saving bool
}

var _ common.Overlay = (*newYearPage)(nil)

func newNewYearPage(ctx *common.Context, ny *model.NewYear) *newYearPage {
	return &newYearPage{ctx: ctx, id: ctx.NewID(), ny: ny, lines: summary.NewYearPreview(ny, ctx.Ledger, ctx.Lang()), vp: viewport.New(0, 0)}
}

// ID is the page's address: the write's answer comes back to it.
func (p *newYearPage) ID() common.ID { return p.id }

// Init does nothing.
func (p *newYearPage) Init() tea.Cmd { return nil }

// SetSize fits the preview to the area, under its title and above the
// question.
func (p *newYearPage) SetSize(w, h int) {
	p.vp.Width, p.vp.Height = w, max(1, h-4)
	var b strings.Builder
	for _, l := range p.lines {
		parts := width.Wrap(l, max(10, w))
		if len(parts) == 0 {
			parts = []string{""}
		}
		for _, part := range parts {
			b.WriteString(part + "\n")
		}
	}
	p.vp.SetContent(strings.TrimRight(b.String(), "\n"))
}

// startNewYearCmd writes the new year; its answer comes back to the page.
func startNewYearCmd(a *app.Service, to common.ID, lang model.Lang, year int) tea.Cmd {
	return func() tea.Msg {
		res, _, err := a.StartNewYear(lang, year)
		return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err}
	}
}

// Update answers y or n, scrolls, and closes when the write is done.
func (p *newYearPage) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Recipient() != p.id {
			return p, nil
		}
		p.saving = false
		if msg.Err != nil {
			return p, tea.Batch(common.Close(p.id), common.Status(p.ctx.Tr.Err(msg.Err), true))
		}
		return p, tea.Batch(common.Close(p.id), common.Status(p.ctx.T("newyear.started",
			model.SchoolYearName(p.ny.Year, p.ctx.Lang()), len(msg.Result.Changes)), false))
	case tea.KeyMsg:
		if p.saving {
			return p, nil
		}
		k := p.ctx.Keys.Confirm
		switch {
		case key.Matches(msg, k.Yes):
			if refuse := p.ctx.RefuseWrite(); refuse != nil {
				return p, tea.Batch(common.Close(p.id), refuse)
			}
			p.saving = true
			return p, startNewYearCmd(p.ctx.App, p.id, p.ctx.Lang(), p.ny.Year)
		case key.Matches(msg, k.No):
			return p, tea.Batch(common.Close(p.id), common.Status(p.ctx.T("newyear.cancelled"), false))
		}
		p.ctx.Scroll(&p.vp, msg)
	}
	return p, nil
}

// View draws the title, the preview and the question.
func (p *newYearPage) View() string {
	st := p.ctx.Styles
	title := st.DetailTitle.Render(p.ctx.T("newyear.title", model.SchoolYearName(p.ny.Year, p.ctx.Lang())))
	ask := p.ctx.T("newyear.ask")
	if p.saving {
		ask = p.ctx.T("newyear.saving")
	}
	return title + "\n\n" + p.vp.View() + "\n\n" + st.Warning.Render(ask)
}

// ShortHelp is y, n and scrolling.
func (p *newYearPage) ShortHelp() []key.Binding {
	k := p.ctx.Keys
	return []key.Binding{k.Confirm.Yes, k.Confirm.No, k.Nav.Down, k.Nav.PageDown}
}

// FullHelp is the same.
func (p *newYearPage) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
