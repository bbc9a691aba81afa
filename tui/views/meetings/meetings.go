// Package meetings is the Meetings tab (会议): the group's meetings with
// their attendance, agenda and decisions, and every decision with how it
// was carried out, switched with o. A decision becomes a task with t, or
// is linked to a task that exists with l; P shows the minutes on the
// Summary tab, where they are written and printed like every printout.
package meetings

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// View is the Meetings tab.
type View struct {
	ctx           *common.Context
	meetings      *browse.Browser
	decisions     *browse.Browser
	showDecisions bool
	idx           *index // tasks by decision, shared by both lists
}

var _ common.Tab = (*View)(nil)

// New makes the tab, showing meetings first.
func New(ctx *common.Context) *View {
	idx := &index{}
	// P on a meeting is its minutes; P on the decisions prints their list.
	return &View{ctx: ctx, idx: idx, meetings: browse.New(ctx, meetingSource{idx}).LeavePrintKey(), decisions: browse.New(ctx, decisionSource{idx})}
}

func (v *View) active() *browse.Browser {
	if v.showDecisions {
		return v.decisions
	}
	return v.meetings
}

// Meetings is the meetings browser, for tests.
func (v *View) Meetings() *browse.Browser { return v.meetings }

// Decisions is the decisions browser, for tests.
func (v *View) Decisions() *browse.Browser { return v.decisions }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area (one line for the sub-view switch).
func (v *View) SetSize(w, h int) {
	v.meetings.SetSize(w, h-1)
	v.decisions.SetSize(w, h-1)
}

// Update handles the tab's keys; everything else goes to both lists
// (each takes what is addressed to it).
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if v.active().Busy() {
			return v, v.forward(msg)
		}
		return v, v.key(msg)
	case common.ShownMsg:
		return v, v.forward(msg)
	case common.LedgerChangedMsg:
		// The index first, then each list patches the rows the write
		// touched, tasks standing for their decisions and meetings.
		v.idx.changed(msg.Result)
		var c1, c2 tea.Cmd
		v.meetings, c1 = v.meetings.Update(common.LedgerChangedMsg{Result: forList(msg.Result, v.ctx.Ledger, model.EntityMeeting)})
		v.decisions, c2 = v.decisions.Update(common.LedgerChangedMsg{Result: forList(msg.Result, v.ctx.Ledger, model.EntityDecision)})
		return v, tea.Batch(c1, c2)
	case common.ShowRecordMsg:
		switch msg.Entity {
		case model.EntityMeeting:
			v.showDecisions = false
		case model.EntityDecision:
			v.showDecisions = true
		}
		v.forward(common.ShownMsg{})
		return v, v.forward(msg)
	}
	var c1, c2 tea.Cmd
	v.meetings, c1 = v.meetings.Update(msg)
	v.decisions, c2 = v.decisions.Update(msg)
	return v, tea.Batch(c1, c2)
}

func (v *View) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if v.showDecisions {
		v.decisions, cmd = v.decisions.Update(msg)
	} else {
		v.meetings, cmd = v.meetings.Update(msg)
	}
	return cmd
}

func (v *View) key(km tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys.Meetings
	switch {
	case key.Matches(km, k.Toggle):
		v.showDecisions = !v.showDecisions
		return v.forward(common.ShownMsg{})
	case !v.showDecisions && key.Matches(km, k.AddDecision):
		if id := v.meetings.Selected(); id != 0 {
			return v.meetings.OpenForm(forms.NewDecisionDraft(id), model.ActCreate)
		}
		return nil
	case !v.showDecisions && key.Matches(km, k.Minutes):
		if id := v.meetings.Selected(); id != 0 {
			return func() tea.Msg { return common.ShowMinutesMsg{Meeting: id} }
		}
		return nil
	case key.Matches(km, k.Pack):
		id := v.meetings.Selected()
		if m := v.ctx.Ledger.Meeting(id); v.showDecisions || m == nil || m.Held() {
			id = 0 // the pack is for a meeting still to come
		}
		return func() tea.Msg { return common.ShowMinutesMsg{Meeting: id, Pack: true} }
	case v.showDecisions && key.Matches(km, k.ToTask):
		return v.toTask()
	case v.showDecisions && key.Matches(km, k.Link):
		if id := v.decisions.Selected(); id != 0 {
			return v.decisions.OpenForm(&forms.LinkDraft{DecisionID: id}, model.ActUpdate)
		}
		return nil
	}
	return v.forward(km)
}

// toTask opens the task form for the decision under the cursor, filled
// in from it; a decision without an owner or a due date says which is
// missing instead.
func (v *View) toTask() tea.Cmd {
	d := v.ctx.Ledger.Decision(v.decisions.Selected())
	if d == nil {
		return nil
	}
	t, err := d.TaskDraft()
	if err != nil {
		return common.Status(v.ctx.Tr.Err(err), true)
	}
	return v.decisions.OpenForm(forms.TaskFromDecision(t), model.ActCreate)
}

// View draws the sub-view switch and the active list.
func (v *View) View() string {
	st := v.ctx.Styles
	meetings, decisions := st.Tab.Render(v.ctx.T("meetings.meetings")), st.Tab.Render(v.ctx.T("meetings.decisions"))
	if v.showDecisions {
		decisions = st.ActiveTab.Render(v.ctx.T("meetings.decisions"))
	} else {
		meetings = st.ActiveTab.Render(v.ctx.T("meetings.meetings"))
	}
	head := meetings + decisions + st.Faint.Render("  "+v.ctx.T("meetings.switch_hint"))
	if v.active().InputMode() {
		head = ""
	}
	return head + "\n" + v.active().View()
}

// ShortHelp is the active list's keys plus the tab's own.
func (v *View) ShortHelp() []key.Binding {
	h := v.active().ShortHelp()
	if v.active().Busy() {
		return h
	}
	k := v.ctx.Keys.Meetings
	if v.showDecisions {
		return append(h, k.ToTask, k.Link, k.Toggle)
	}
	return append(h, k.AddDecision, k.Minutes, k.Toggle)
}

// FullHelp is the active list's keys plus the tab's own that work now.
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if v.active().Busy() {
		return h
	}
	k := v.ctx.Keys.Meetings
	if v.showDecisions {
		return append(h, []key.Binding{k.ToTask, k.Link, k.Pack, k.Toggle})
	}
	return append(h, []key.Binding{k.AddDecision, k.Minutes, k.Pack, k.Toggle})
}

// Showing is what the tab lists now.
func (v *View) Showing() model.Entity {
	if v.showDecisions {
		return model.EntityDecision
	}
	return model.EntityMeeting
}

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity {
	return []model.Entity{model.EntityMeeting, model.EntityDecision}
}
