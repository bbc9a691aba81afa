// Package assessments is the Assessments tab (评估): inspections and
// evaluations with their indicators and findings, and the rectification
// loop (整改闭环) — opened with an owner and a due date, closed only with
// a date, a verifier and evidence, reopened only with a reason. The two
// lists are switched with o.
package assessments

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// View is the Assessments tab.
type View struct {
	ctx       *common.Context
	list      *browse.Browser
	rects     *browse.Browser
	showRects bool

	addRect, closeRect key.Binding
}

// New makes the tab, showing assessments first.
func New(ctx *common.Context) *View {
	v := &View{
		ctx:   ctx,
		list:  browse.New(ctx, common.TabAssessments, source{}),
		rects: browse.New(ctx, common.TabAssessments, rectSource{}),
	}
	v.bindKeys()
	return v
}

func (v *View) bindKeys() {
	v.addRect = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", v.ctx.T("help.add_rect")))
	v.closeRect = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", v.ctx.T("help.close_rect")))
}

func (v *View) active() *browse.Browser {
	if v.showRects {
		return v.rects
	}
	return v.list
}

// ShowingRects reports which list is on screen.
func (v *View) ShowingRects() bool { return v.showRects }

// List and Rects are the browsers, for tests.
func (v *View) List() *browse.Browser { return v.list }

// Rects is the rectifications browser.
func (v *View) Rects() *browse.Browser { return v.rects }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// Reload rebuilds both lists.
func (v *View) Reload() { v.list.Reload(); v.rects.Reload() }

// Retranslate redraws both lists.
func (v *View) Retranslate() { v.bindKeys(); v.list.Retranslate(); v.rects.Retranslate() }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area (one line for the list switch).
func (v *View) SetSize(w, h int) {
	v.list.SetSize(w, h-1)
	v.rects.SetSize(w, h-1)
}

// Update handles o (switch lists), r (add a rectification under a
// finding of the selected assessment) and x (close or reopen the selected
// rectification); the rest goes to the active list.
func (v *View) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if sm, ok := msg.(common.SavedMsg); ok {
		if v.rects.Busy() {
			return v, v.rects.Update(sm)
		}
		return v, v.list.Update(sm)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok || v.active().Busy() {
		return v, v.active().Update(msg)
	}
	switch {
	case key.Matches(km, v.ctx.Keys.ToggleView):
		v.showRects = !v.showRects
		return v, nil
	case !v.showRects && key.Matches(km, v.addRect):
		return v, v.openRect()
	case v.showRects && key.Matches(km, v.ctx.Keys.New):
		return v, status(v.ctx.T("status.rect_from_assessment"), false)
	case v.showRects && key.Matches(km, v.closeRect):
		r := v.ctx.Ledger.Rectification(v.rects.Selected())
		if r == nil {
			return v, nil
		}
		if r.Open() {
			return v, v.rects.OpenForm(forms.NewCloseDraft(*r, model.Today(v.ctx.Clock)), model.ActCloseRect)
		}
		return v, v.rects.OpenForm(forms.NewReopenDraft(*r), model.ActReopenRect)
	}
	return v, v.active().Update(msg)
}

// openRect opens the rectification form under the selected assessment.
func (v *View) openRect() tea.Cmd {
	e := v.ctx.Ledger.Assessment(v.list.Selected())
	if e == nil {
		return nil
	}
	if len(e.Findings) == 0 {
		return status(v.ctx.T("status.no_findings", model.Code(model.EntityAssessment, e.ID)), true)
	}
	return v.list.OpenForm(forms.NewRectDraft(e.ID, e.Findings[0].No), model.ActCreate)
}

func status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return common.StatusMsg{Text: text, Error: isErr} }
}

// View draws the list switch and the active list.
func (v *View) View() string {
	st := v.ctx.Styles
	list, rects := st.Tab.Render(v.ctx.T("assessments.list")), st.Tab.Render(v.ctx.T("assessments.rects"))
	if v.showRects {
		rects = st.ActiveTab.Render(v.ctx.T("assessments.rects"))
	} else {
		list = st.ActiveTab.Render(v.ctx.T("assessments.list"))
	}
	return list + rects + st.Faint.Render("  "+v.ctx.T("owners.switch_hint")) + "\n" + v.active().View()
}

// ShortHelp is the active list's keys plus this tab's.
func (v *View) ShortHelp() []key.Binding {
	h := v.active().ShortHelp()
	if v.active().Busy() {
		return h
	}
	if v.showRects {
		h = append(h, v.closeRect)
	} else {
		h = append(h, v.addRect)
	}
	return append(h, v.ctx.Keys.ToggleView)
}

// FullHelp is the active list's keys plus this tab's.
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if !v.active().Busy() {
		h = append(h, []key.Binding{v.addRect, v.closeRect, v.ctx.Keys.ToggleView})
	}
	return h
}

// Showing is what the tab lists now.
func (v *View) Showing() model.Entity {
	if v.showRects {
		return model.EntityRectification
	}
	return model.EntityAssessment
}

// Claims x in the rectifications list: there it closes or reopens the
// selected rectification rather than exporting.
func (v *View) Claims(msg tea.KeyMsg) bool {
	return v.showRects && !v.active().Busy() && key.Matches(msg, v.closeRect)
}
