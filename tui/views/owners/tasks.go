package owners

import (
	"fmt"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// tasksSource is the responsibility list: every task to a person, a date
// and an indicator (到人、到时间、到指标).
type tasksSource struct{}

func (tasksSource) Entity() model.Entity { return model.EntityTask }

// Depends: a task's row shows its owner's name and department.
func (tasksSource) Depends() []model.Entity { return []model.Entity{model.EntityOwner} }

func (tasksSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.task.title"), Min: 18, Flex: 3, Sortable: true},
		{Title: ctx.T("col.owner"), Min: 6, Max: 12, Sortable: true, Name: true},
		{Title: ctx.T("col.department"), Min: 6, Max: 10, Drop: 4, Sortable: true},
		{Title: ctx.T("col.due"), Min: 10, Drop: 1, Sortable: true},
		{Title: ctx.T("col.status"), Min: 6, Max: 11, Drop: 2, Sortable: true},
		{Title: ctx.T("col.progress"), Min: 4, Max: 8, Drop: 3, Sortable: true},
		{Title: ctx.T("col.indicator"), Min: 12, Flex: 2, Drop: 5},
	}
}

func (tasksSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Tasks, func(t *model.Task) table.Row { return taskRow(ctx, t) })
}

func (tasksSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Task, id, func(t *model.Task) table.Row { return taskRow(ctx, t) })
}

func taskRow(ctx *common.Context, t *model.Task) table.Row {
	l, today := ctx.Ledger, ctx.Derived.Today
	o := l.Owner(t.OwnerID)
	name, dept := "", ""
	if o != nil {
		name, dept = o.Name, o.Department
	}
	r := table.Row{
		ID: t.ID,
		Cells: []string{
			model.Code(model.EntityTask, t.ID), t.Title, name, dept, cell.Date(t.Due),
			ctx.L(model.LabelOf(t.Status)), cell.Percent(t.Progress), cell.OneLine(t.Indicator),
		},
		Sort:   []string{cell.NumKey(int(t.ID)), "", "", "", cell.DateKey(t.Due), "", cell.NumKey(t.Progress), ""},
		People: browse.Names(l, t.SupervisorID),
	}
	switch {
	case t.Overdue(today):
		r.Mark = table.MarkOverdue
	case t.DueSoon(today):
		r.Mark = table.MarkSoon
	case !t.Open():
		r.Mark = table.MarkFaint
	}
	return r
}

// Quick: all, open, overdue, due this week, and one person's tasks (the
// person asked for with a pinyin picker).
func (tasksSource) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	l, today := ctx.Ledger, ctx.Derived.Today
	weekEnd := today.AddDays((7 - int(today.Weekday())) % 7) // through Sunday
	task := func(keep func(*model.Task) bool) func(*table.Row) bool { return browse.Keep(l.Task, keep) }
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.open"), Keep: task(func(t *model.Task) bool { return t.Open() })},
		{Name: ctx.T("quick.overdue"), Keep: task(func(t *model.Task) bool { return t.Overdue(today) })},
		{Name: ctx.T("quick.this_week"), Keep: task(func(t *model.Task) bool { return t.Open() && t.Due >= today && t.Due <= weekEnd })},
	}
	q = append(q, browse.Quick{Name: ctx.T("quick.person"), ByPerson: func(owner model.ID) func(*table.Row) bool {
		return task(func(t *model.Task) bool { return t.OwnerID == owner })
	}})
	return q
}

// NewDraft is a new task in the school year's plan when there is exactly
// one (most tasks belong to it); the form can change it.
func (tasksSource) NewDraft(ctx *common.Context) forms.Draft {
	plan, _ := model.CurrentYearPlan(ctx.Ledger, ctx.Today())
	return forms.NewTaskDraft(plan)
}

func (tasksSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if t := ctx.Ledger.Task(id); t != nil {
		return forms.EditTaskDraft(*t)
	}
	return nil
}

// Detail shows a task fixed to a person, a date and an indicator.
func (tasksSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	t := l.Task(id)
	if t == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.Code(model.EntityTask, id) + "  " + t.Title)
	if d := l.Decision(t.DecisionID); d != nil {
		// Where the task came from: 来自 M-3 决定事项 2.
		b.Field(ctx.T("field.task.decision"), ctx.Tr.Msg(d.Source()))
	}
	owner := l.OwnerName(t.OwnerID)
	if o := l.Owner(t.OwnerID); o != nil && o.Department != "" {
		owner += " · " + o.Department
	}
	b.Field(ctx.T("field.task.owner"), owner).
		Field(ctx.T("field.task.supervisor"), l.OwnerName(t.SupervisorID))
	due := t.Due.String()
	switch {
	case t.Overdue(today):
		b.StyledField(ctx.T("field.task.due"), theme.MarkOverdue+" "+due+" "+ctx.T("detail.overdue_days", today.DaysUntil(t.Due)*-1), st.Overdue)
	case t.DueSoon(today):
		b.StyledField(ctx.T("field.task.due"), theme.MarkSoon+" "+due+" "+ctx.T("detail.due_in", today.DaysUntil(t.Due)), st.Soon)
	default:
		b.Field(ctx.T("field.task.due"), due)
	}
	b.Field(ctx.T("field.task.indicator"), t.Indicator).
		Field(ctx.T("field.task.status"), ctx.L(model.LabelOf(t.Status))).
		Field(ctx.T("field.task.progress"), fmt.Sprintf("%s %d%%", detail.Bar(t.Progress, 10), t.Progress))
	if !t.DoneOn.IsZero() {
		b.Field(ctx.T("detail.done_on"), t.DoneOn.String())
	}
	plan := ""
	if p := l.Plan(t.PlanID); p != nil {
		plan = model.Code(model.EntityPlan, p.ID) + " " + p.Title
	}
	b.Field(ctx.T("field.task.plan"), plan).
		Field(ctx.T("field.task.area"), ctx.L(model.LabelOf(t.Area))).
		Field(ctx.T("field.task.start"), t.Start.String())
	if o := l.Obligation(t.ObligationID); o != nil {
		b.Field(ctx.T("field.task.obligation"), model.Code(model.EntityObligation, o.ID)+" "+o.Title)
	}
	if t.Yearly {
		b.Field(ctx.T("field.task.yearly"), ctx.L(model.LabelYes))
	}
	if t.Notes != "" {
		b.Section(ctx.T("field.task.notes")).Line(t.Notes)
	}
	return b.String()
}
