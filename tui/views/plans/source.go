package plans

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

// source tells the browser about plans.
type source struct{}

func (source) Entity() model.Entity { return model.EntityPlan }

// Depends: a plan's row shows its tasks' progress, and is found by its
// leader's name.
func (source) Depends() []model.Entity { return []model.Entity{model.EntityTask, model.EntityOwner} }

func (source) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.plan.title"), Min: 20, Flex: 1, Sortable: true},
		{Title: ctx.T("col.kind"), Min: 8, Drop: 4, Sortable: true},
		{Title: ctx.T("col.period"), Min: 15, Drop: 6, Sortable: true},
		{Title: ctx.T("col.status"), Min: 6, Max: 8, Drop: 2, Sortable: true},
		{Title: ctx.T("col.progress"), Min: 9, Drop: 1, Sortable: true},
		{Title: ctx.T("col.overdue"), Min: 4, Drop: 3, Sortable: true},
		{Title: ctx.T("col.budget"), Min: 8, Drop: 5, Sortable: true},
	}
}

func (source) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Plans, func(p *model.Plan) table.Row { return row(ctx, p) })
}

func (source) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Plan, id, func(p *model.Plan) table.Row { return row(ctx, p) })
}

func row(ctx *common.Context, p *model.Plan) table.Row {
	pr := ctx.Derived.Progress[p.ID]
	r := table.Row{
		ID: p.ID,
		Cells: []string{
			model.Code(model.EntityPlan, p.ID), p.Title, ctx.L(model.LabelOf(p.Kind)),
			cell.Period(p.Start, p.End), ctx.L(model.LabelOf(p.Status)),
			cell.Progress(pr, 5), cell.Count(pr.Overdue), cell.Money(p.Budget),
		},
		Sort:   []string{cell.NumKey(int(p.ID)), "", "", cell.DateKey(p.Start), "", cell.NumKey(pr.Percent()), cell.NumKey(pr.Overdue), cell.MoneyKey(p.Budget)},
		People: browse.Names(ctx.Ledger, p.LeaderID),
	}
	switch {
	case pr.Overdue > 0 && p.Status == model.PlanActive:
		r.Mark = table.MarkOverdue
	case p.Status == model.PlanDone || p.Status == model.PlanArchived:
		r.Mark = table.MarkFaint
	}
	return r
}

func (source) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	l := ctx.Ledger
	status := func(s model.PlanStatus) func(*table.Row) bool {
		return browse.Keep(l.Plan, func(p *model.Plan) bool { return p.Status == s })
	}
	return []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.L(model.LabelOf(model.PlanActive)), Keep: status(model.PlanActive)},
		{Name: ctx.T("quick.with_overdue"), Keep: func(r *table.Row) bool { return ctx.Derived.Progress[r.ID].Overdue > 0 }},
		{Name: ctx.L(model.LabelOf(model.PlanDraft)), Keep: status(model.PlanDraft)},
	}
}

func (source) NewDraft(ctx *common.Context) forms.Draft {
	return forms.NewPlanDraft(model.Today(ctx.Clock))
}

func (source) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if p := ctx.Ledger.Plan(id); p != nil {
		return forms.EditPlanDraft(*p)
	}
	return nil
}

// Detail shows a plan: its facts, progress, goals and tasks.
func (source) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st := ctx.Ledger, ctx.Styles
	p := l.Plan(id)
	if p == nil {
		return ""
	}
	pr := ctx.Derived.Progress[id]
	b := detail.New(st, width, 10).Title(model.Code(model.EntityPlan, id) + "  " + p.Title)
	b.Field(ctx.T("field.plan.kind"), ctx.L(model.LabelOf(p.Kind))).
		Field(ctx.T("col.period"), p.Start.String()+" — "+p.End.String()).
		Field(ctx.T("field.plan.status"), ctx.L(model.LabelOf(p.Status))).
		Field(ctx.T("field.plan.leader"), l.OwnerName(p.LeaderID)).
		Field(ctx.T("field.plan.budget"), cell.Yuan(ctx, p.Budget))
	prog := fmt.Sprintf("%s %d%%  %s", detail.Bar(pr.Percent(), 10), pr.Percent(), ctx.T("detail.plan.done_of", pr.Done, pr.Total))
	b.Field(ctx.T("col.progress"), prog)
	if pr.Overdue > 0 {
		b.StyledField(ctx.T("col.overdue"), theme.MarkOverdue+" "+ctx.T("detail.overdue_tasks", pr.Overdue), st.Overdue)
	}
	b.Section(ctx.T("field.plan.goals"))
	if len(p.Goals) == 0 {
		b.Faint(ctx.T("detail.none_yet"))
	}
	for i, g := range p.Goals {
		b.Line(fmt.Sprintf("%d. %s", i+1, g))
	}
	b.Section(ctx.T("detail.plan.tasks", pr.Total))
	tasks := model.TasksOf(l, func(t *model.Task) bool { return t.PlanID == id })
	if len(tasks) == 0 {
		b.Faint(ctx.T("detail.plan.no_tasks"))
	}
	today := ctx.Derived.Today
	for _, t := range tasks {
		line := fmt.Sprintf("%s %s — %s · %s %s · %s", model.Code(model.EntityTask, t.ID), t.Title,
			l.OwnerName(t.OwnerID), ctx.T("detail.due"), t.Due, ctx.L(model.LabelOf(t.Status)))
		switch {
		case t.Overdue(today):
			b.Bullet(theme.MarkOverdue+" "+line, st.Overdue)
		case t.DueSoon(today):
			b.Bullet(theme.MarkSoon+" "+line, st.Soon)
		case !t.Open():
			b.Bullet(theme.MarkDone+" "+line, st.Faint)
		default:
			b.Bullet(line, st.Value)
		}
	}
	if p.Notes != "" {
		b.Section(ctx.T("field.plan.notes")).Line(p.Notes)
	}
	return b.String()
}
