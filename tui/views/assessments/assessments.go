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
}

var _ common.Tab = (*View)(nil)

// New makes the tab, showing assessments first.
func New(ctx *common.Context) *View {
	return &View{ctx: ctx, list: browse.New(ctx, source{}), rects: browse.New(ctx, rectSource{})}
}

func (v *View) active() *browse.Browser {
	if v.showRects {
		return v.rects
	}
	return v.list
}

// ShowingRects reports which list is on screen.
func (v *View) ShowingRects() bool { return v.showRects }

// List is the assessments browser, for tests.
func (v *View) List() *browse.Browser { return v.list }

// Rects is the rectifications browser.
func (v *View) Rects() *browse.Browser { return v.rects }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area (one line for the list switch).
func (v *View) SetSize(w, h int) {
	v.list.SetSize(w, h-1)
	v.rects.SetSize(w, h-1)
}

// Update handles o (switch lists), r (add a rectification under a
// finding of the selected assessment) and x (close or reopen the selected
// rectification); keys go to the list on screen, everything else to both.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if v.active().Busy() {
			return v, v.forward(msg)
		}
		return v, v.key(msg)
	case common.ShownMsg:
		return v, v.forward(msg)
	case common.ShowRecordMsg:
		switch msg.Entity {
		case model.EntityAssessment:
			v.showRects = false
		case model.EntityRectification:
			v.showRects = true
		}
		v.forward(common.ShownMsg{})
		return v, v.forward(msg)
	}
	var c1, c2 tea.Cmd
	v.list, c1 = v.list.Update(msg)
	v.rects, c2 = v.rects.Update(msg)
	return v, tea.Batch(c1, c2)
}

func (v *View) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if v.showRects {
		v.rects, cmd = v.rects.Update(msg)
	} else {
		v.list, cmd = v.list.Update(msg)
	}
	return cmd
}

func (v *View) key(km tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys
	switch {
	case key.Matches(km, k.Assessments.Toggle):
		v.showRects = !v.showRects
		return v.forward(common.ShownMsg{})
	case !v.showRects && key.Matches(km, k.Assessments.AddRect):
		return v.openRect()
	case v.showRects && key.Matches(km, k.Browse.New):
		return common.Status(v.ctx.T("status.rect_from_assessment"), false)
	case v.showRects && key.Matches(km, k.Assessments.CloseRect):
		r := v.ctx.Ledger.Rectification(v.rects.Selected())
		if r == nil {
			return nil
		}
		if r.Open() {
			return v.rects.OpenForm(forms.NewCloseDraft(*r, v.ctx.Today()), model.ActCloseRect)
		}
		return v.rects.OpenForm(forms.NewReopenDraft(*r), model.ActReopenRect)
	}
	return v.forward(km)
}

// openRect opens the rectification form under the selected assessment.
func (v *View) openRect() tea.Cmd {
	e := v.ctx.Ledger.Assessment(v.list.Selected())
	if e == nil {
		return nil
	}
	if len(e.Findings) == 0 {
		return common.Status(v.ctx.T("status.no_findings", model.Code(model.EntityAssessment, e.ID)), true)
	}
	return v.list.OpenForm(forms.NewRectDraft(e.ID, e.Findings[0].No), model.ActCreate)
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
	k := v.ctx.Keys.Assessments
	if v.showRects {
		h = append(h, k.CloseRect)
	} else {
		h = append(h, k.AddRect)
	}
	return append(h, k.Toggle)
}

// FullHelp is the active list's keys plus this tab's: only the keys that
// work now, since the root gives the tab every key its help lists (x
// closes a rectification in that list, and exports everywhere else).
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if !v.active().Busy() {
		k := v.ctx.Keys.Assessments
		if v.showRects {
			h = append(h, []key.Binding{k.CloseRect, k.Toggle})
		} else {
			h = append(h, []key.Binding{k.AddRect, k.Toggle})
		}
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

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity {
	return []model.Entity{model.EntityAssessment, model.EntityRectification}
}
