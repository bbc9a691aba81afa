package meetings

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// decisionSource lists every meeting's decisions with their status,
// derived from their tasks.
type decisionSource struct{ idx *index }

func (s decisionSource) Entity() model.Entity { return model.EntityDecision }

// Depends: a decision's row names its owner and meeting, and its status
// comes from its tasks.
func (s decisionSource) Depends() []model.Entity {
	return []model.Entity{model.EntityOwner, model.EntityMeeting, model.EntityTask}
}

func (s decisionSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.from_meeting"), Min: 7, Drop: 4, Sortable: true},
		{Title: ctx.T("col.decision"), Min: 16, Flex: 3, Sortable: true},
		{Title: ctx.T("col.owner"), Min: 6, Max: 10, Sortable: true, Name: true},
		{Title: ctx.T("col.due"), Min: 10, Drop: 2, Sortable: true},
		{Title: ctx.T("col.carried_out"), Min: 6, Max: 12, Drop: 1, Sortable: true},
		{Title: ctx.T("col.tasks"), Min: 5, Max: 12, Drop: 3},
	}
}

func (s decisionSource) Rows(ctx *common.Context) []table.Row {
	idx := s.idx.of(ctx)
	return browse.RowsOf(ctx.Ledger.Decisions, func(d *model.Decision) table.Row { return decisionRow(ctx, d, idx[d.ID]) })
}

func (s decisionSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Decision, id, func(d *model.Decision) table.Row {
		return decisionRow(ctx, d, s.idx.of(ctx)[d.ID])
	})
}

func decisionRow(ctx *common.Context, d *model.Decision, tasks []model.ID) table.Row {
	l := ctx.Ledger
	status := model.DecisionStatusOf(l, tasks, ctx.Derived.Today)
	codes := make([]string, len(tasks))
	for i, id := range tasks {
		codes[i] = model.Code(model.EntityTask, id)
	}
	r := table.Row{
		ID: d.ID,
		Cells: []string{
			model.CodeOf(d), model.Code(model.EntityMeeting, d.MeetingID) + " #" + strconv.Itoa(d.No), cell.OneLine(d.Text),
			l.OwnerName(d.OwnerID), cell.Date(d.Due), statusMark(status) + ctx.L(model.LabelOf(status)), strings.Join(codes, " "),
		},
		Sort: []string{cell.NumKey(int(d.ID)), cell.NumKey(int(d.MeetingID)*1000 + d.No), "", "", cell.DateKey(d.Due), cell.NumKey(int(status)), ""},
	}
	// The meeting's chair, who answers for its decisions too: /lhm finds
	// the decisions of the meetings 李红梅 chaired.
	if m := l.Meeting(d.MeetingID); m != nil && m.ChairID != d.OwnerID {
		r.People = browse.Names(l, m.ChairID)
	}
	switch status {
	case model.DecisionOverdue:
		r.Mark = table.MarkOverdue
	case model.DecisionDone:
		r.Mark = table.MarkFaint
	}
	return r
}

// statusMark is the symbol before a decision's status: ⚠ overdue, ✓ done.
func statusMark(s model.DecisionStatus) string {
	switch s {
	case model.DecisionOverdue:
		return theme.MarkOverdue
	case model.DecisionDone:
		return theme.MarkDone
	}
	return " "
}

func statusStyle(ctx *common.Context, s model.DecisionStatus) lipgloss.Style {
	switch s {
	case model.DecisionOverdue:
		return ctx.Styles.Overdue
	case model.DecisionDone:
		return ctx.Styles.Faint
	}
	return ctx.Styles.Value
}

// Quick: all, each status, and the selected decision's meeting.
func (s decisionSource) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l := ctx.Ledger
	q := []browse.Quick{{Name: ctx.T("quick.all")}}
	idx := s.idx.of(ctx) // once, not once per row
	for _, s := range model.Values[model.DecisionStatus]() {
		want := s
		q = append(q, browse.Quick{Name: ctx.L(model.LabelOf(s)), Keep: browse.Keep(l.Decision, func(d *model.Decision) bool {
			return model.DecisionStatusOf(l, idx[d.ID], ctx.Derived.Today) == want
		})})
	}
	if d := l.Decision(selected); d != nil {
		meeting := d.MeetingID
		q = append(q, browse.Quick{Name: model.Code(model.EntityMeeting, meeting), Keep: browse.Keep(l.Decision, func(x *model.Decision) bool { return x.MeetingID == meeting })})
	}
	return q
}

func (s decisionSource) NewDraft(*common.Context) forms.Draft { return forms.NewDecisionDraft(0) }

func (s decisionSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if d := ctx.Ledger.Decision(id); d != nil {
		return forms.EditDecisionDraft(*d)
	}
	return nil
}

// Detail shows the decision, its meeting and the tasks carrying it out.
func (s decisionSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	d := l.Decision(id)
	if d == nil {
		return ""
	}
	tasks := s.idx.of(ctx)[id]
	status := model.DecisionStatusOf(l, tasks, today)
	b := detail.New(st, width, 10).Title(model.CodeOf(d) + "  " + ctx.Tr.Msg(d.Source()))
	meeting := model.Code(model.EntityMeeting, d.MeetingID)
	if m := l.Meeting(d.MeetingID); m != nil {
		meeting += " " + m.NameIn(ctx.Lang())
	}
	b.Field(ctx.T("field.decision.meeting"), meeting).
		Field(ctx.T("field.decision.text"), d.Text).
		Field(ctx.T("field.decision.owner"), l.OwnerName(d.OwnerID)).
		Field(ctx.T("field.decision.due"), d.Due.String()).
		Field(ctx.T("field.decision.indicator"), d.Indicator).
		StyledField(ctx.T("field.decision.status"), statusMark(status)+" "+ctx.L(model.LabelOf(status)), statusStyle(ctx, status))
	b.Section(ctx.T("detail.decision_tasks", len(tasks)))
	if len(tasks) == 0 {
		b.Faint(ctx.T("detail.decision_no_tasks"))
	}
	for _, tid := range tasks {
		t := l.Task(tid)
		if t == nil {
			continue
		}
		line := fmt.Sprintf("%s %s · %s · %s %s · %s %d%%", model.CodeOf(t), t.Title, l.OwnerName(t.OwnerID), ctx.T("detail.due"), t.Due, ctx.L(model.LabelOf(t.Status)), t.Progress)
		switch {
		case t.Overdue(today):
			b.Bullet(theme.MarkOverdue+" "+line, st.Overdue)
		case !t.Open():
			b.Bullet(theme.MarkDone+" "+line, st.Faint)
		default:
			b.Bullet(line, st.Value)
		}
	}
	if d.Notes != "" {
		b.Section(ctx.T("field.decision.notes")).Line(d.Notes)
	}
	return b.String()
}
