package activities

import (
	"fmt"
	"strings"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// source tells the browser about activities.
type source struct{}

func (source) Entity() model.Entity { return model.EntityActivity }

// Depends: an activity's row shows its organiser.
func (source) Depends() []model.Entity { return []model.Entity{model.EntityOwner} }

func (source) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.date"), Min: 10, Sortable: true},
		{Title: ctx.T("col.kind"), Min: 4, Max: 10, Drop: 3, Sortable: true},
		{Title: ctx.T("col.activity.title"), Min: 16, Flex: 3, Sortable: true},
		{Title: ctx.T("col.venue"), Min: 6, Max: 10, Drop: 5, Sortable: true},
		{Title: ctx.T("col.organiser"), Min: 6, Max: 10, Drop: 6, Sortable: true, Name: true},
		{Title: ctx.T("col.audience"), Min: 4, Max: 14, Drop: 7},
		{Title: ctx.T("col.participants"), Min: 9, Drop: 4, Sortable: true},
		{Title: ctx.T("col.status"), Min: 6, Max: 9, Drop: 1, Sortable: true},
		{Title: ctx.T("col.spend_budget"), Min: 11, Drop: 2, Sortable: true},
	}
}

func (source) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Activities, func(a *model.Activity) table.Row { return row(ctx, a) })
}

func (source) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Activity, id, func(a *model.Activity) table.Row { return row(ctx, a) })
}

func row(ctx *common.Context, a *model.Activity) table.Row {
	l, today := ctx.Ledger, ctx.Derived.Today
	r := table.Row{
		ID: a.ID,
		Cells: []string{
			model.Code(model.EntityActivity, a.ID), cell.Date(a.Date), ctx.L(model.LabelOf(a.Kind)), a.Title,
			a.Venue, l.OwnerName(a.OrganiserID), audience(ctx, a), participants(a),
			ctx.L(model.LabelOf(a.Status)), spendBudget(a),
		},
		Sort:   []string{cell.NumKey(int(a.ID)), cell.DateKey(a.Date), "", "", "", "", "", cell.NumKey(a.Actual), "", cell.MoneyKey(a.Spend)},
		People: browse.Names(l, a.StageOwners[:]...),
	}
	switch {
	case a.NeedsRecord(today):
		r.Mark, r.Symbol = table.MarkOverdue, theme.MarkNeeds
	case a.Upcoming(today) && a.Date <= today.AddDays(7):
		r.Mark = table.MarkSoon
	case a.Status == model.ActCancelled:
		r.Mark = table.MarkFaint
	}
	return r
}

// Quick: all, upcoming, held, cancelled, this month, waiting for their
// record, and the selected activity's kind.
func (source) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l, today := ctx.Ledger, ctx.Derived.Today
	act := func(keep func(*model.Activity) bool) func(*table.Row) bool { return browse.Keep(l.Activity, keep) }
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.upcoming"), Keep: act(func(a *model.Activity) bool { return a.Upcoming(today) })},
		{Name: ctx.L(model.LabelOf(model.ActHeld)), Keep: act(func(a *model.Activity) bool { return a.Status == model.ActHeld })},
		{Name: ctx.L(model.LabelOf(model.ActCancelled)), Keep: act(func(a *model.Activity) bool { return a.Status == model.ActCancelled })},
		{Name: ctx.T("quick.this_month"), Keep: act(func(a *model.Activity) bool {
			return a.Date.Year() == today.Year() && a.Date.Month() == today.Month()
		})},
		{Name: ctx.T("quick.needs_record"), Keep: act(func(a *model.Activity) bool { return a.NeedsRecord(today) })},
	}
	if a := l.Activity(selected); a != nil {
		kind := a.Kind
		q = append(q, browse.Quick{Name: ctx.L(model.LabelOf(kind)), Keep: act(func(a *model.Activity) bool { return a.Kind == kind })})
	}
	return q
}

func (source) NewDraft(*common.Context) forms.Draft { return forms.NewActivityDraft() }

func (source) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if a := ctx.Ledger.Activity(id); a != nil {
		return forms.EditActivityDraft(*a)
	}
	return nil
}

// Detail shows an activity: what it serves, who runs each stage, who it
// is for, what it cost and, once held, how it went.
func (source) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	a := l.Activity(id)
	if a == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.Code(model.EntityActivity, id) + "  " + a.Title)
	when := strings.TrimSpace(a.Date.String() + " " + a.Time)
	switch {
	case a.NeedsRecord(today):
		b.StyledField(ctx.T("field.activity.date"), theme.MarkNeeds+" "+when+" "+ctx.T("detail.needs_record"), st.Overdue)
	default:
		b.Field(ctx.T("field.activity.date"), when)
	}
	b.Field(ctx.T("field.activity.kind"), ctx.L(model.LabelOf(a.Kind))).
		Field(ctx.T("field.activity.status"), ctx.L(model.LabelOf(a.Status))).
		Field(ctx.T("field.activity.venue"), a.Venue).
		Field(ctx.T("field.activity.organiser"), l.OwnerName(a.OrganiserID)).
		Field(ctx.T("field.activity.audience"), audience(ctx, a))
	if a.Status == model.ActCancelled {
		b.StyledField(ctx.T("field.activity.cancel_reason"), a.CancelReason, st.Warning)
	}
	plan, task := "", ""
	if p := l.Plan(a.PlanID); p != nil {
		plan = model.Code(model.EntityPlan, p.ID) + " " + p.Title
	}
	if t := l.Task(a.TaskID); t != nil {
		task = model.Code(model.EntityTask, t.ID) + " " + t.Title
	}
	b.Field(ctx.T("field.activity.plan"), plan).Field(ctx.T("field.activity.task"), task)

	b.Section(ctx.T("detail.stages"))
	for _, s := range model.Values[model.Stage]() {
		b.Field(ctx.L(model.LabelOf(s)), l.OwnerName(a.StageOwner(s)))
	}

	b.Section(ctx.T("detail.resources"))
	b.Field(ctx.T("col.participants"), ctx.T("detail.participants", a.Actual, a.Expected)).
		Field(ctx.T("field.activity.budget"), cell.Yuan(ctx, a.Budget)).
		Field(ctx.T("field.activity.spend"), cell.Yuan(ctx, a.Spend))
	if a.Quantity > 0 {
		b.Field(ctx.T("field.activity.quantity"), fmt.Sprintf("%d %s", a.Quantity, ctx.L(model.LabelOf(a.Unit))))
	}
	if a.FollowUps > 0 {
		b.Field(ctx.T("field.activity.follow_ups"), fmt.Sprint(a.FollowUps))
	}
	if a.Status == model.ActHeld && (a.Budget != 0 || a.Spend != 0) {
		v := a.Variance()
		switch {
		case v > 0:
			b.StyledField(ctx.T("detail.variance"), ctx.T("detail.over_budget", v.String()), st.Overdue)
		case v < 0:
			b.StyledField(ctx.T("detail.variance"), ctx.T("detail.under_budget", (-v).String()), st.OK)
		default:
			b.Field(ctx.T("detail.variance"), ctx.T("detail.on_budget"))
		}
	}
	b.Field(ctx.T("field.activity.sponsors"), a.Sponsors).Field(ctx.T("field.activity.volunteers"), a.Volunteers)

	if a.Status == model.ActHeld {
		b.Section(ctx.T("detail.evaluation"))
		b.Field(ctx.T("field.activity.score"), stars(a.Score)).
			Field(ctx.T("field.activity.evaluation"), a.Evaluation).
			Field(ctx.T("field.activity.summary"), a.Summary)
	}
	if a.Notes != "" {
		b.Section(ctx.T("field.activity.notes")).Line(a.Notes)
	}
	return b.String()
}

func audience(ctx *common.Context, a *model.Activity) string {
	parts := make([]string, len(a.Audience))
	for i, g := range a.Audience {
		parts[i] = ctx.L(model.LabelOf(g))
	}
	return strings.Join(parts, ctx.T("list.sep"))
}

// participants is "actual/expected", or "—/expected" before it is held.
func participants(a *model.Activity) string {
	if a.Status != model.ActHeld {
		return fmt.Sprintf("—/%d", a.Expected)
	}
	return fmt.Sprintf("%d/%d", a.Actual, a.Expected)
}

// spendBudget is "spend/budget", marked ▲ when over budget.
func spendBudget(a *model.Activity) string {
	if a.Budget == 0 && a.Spend == 0 {
		return ""
	}
	s := a.Spend.String() + "/" + a.Budget.String()
	if a.Spend > a.Budget {
		s += " ▲"
	}
	return s
}

// stars is a 1–5 score as ★★★★☆ with the number, readable without colour.
func stars(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("★", n) + strings.Repeat("☆", 5-n) + fmt.Sprintf(" %d/5", n)
}
