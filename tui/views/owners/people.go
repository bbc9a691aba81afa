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

// peopleSource lists the people and how loaded each is.
type peopleSource struct{}

func (peopleSource) Entity() model.Entity { return model.EntityOwner }

// Depends: a person's row counts their tasks and rectifications.
func (peopleSource) Depends() []model.Entity {
	return []model.Entity{model.EntityTask, model.EntityRectification}
}

func (peopleSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.name"), Min: 6, Flex: 1, Max: 16, Sortable: true, Name: true},
		{Title: ctx.T("col.department"), Min: 6, Max: 12, Drop: 2, Sortable: true},
		{Title: ctx.T("col.role"), Min: 6, Flex: 1, Drop: 4, Sortable: true},
		{Title: ctx.T("col.open"), Min: 4, Sortable: true},
		{Title: ctx.T("col.overdue"), Min: 4, Sortable: true},
		{Title: ctx.T("col.done"), Min: 4, Drop: 1, Sortable: true},
		{Title: ctx.T("col.open_rects"), Min: 4, Drop: 3, Sortable: true},
	}
}

func (peopleSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Owners, func(o *model.Owner) table.Row { return personRow(ctx, o) })
}

func (peopleSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Owner, id, func(o *model.Owner) table.Row { return personRow(ctx, o) })
}

func personRow(ctx *common.Context, o *model.Owner) table.Row {
	ld := ctx.Derived.Loads[o.ID]
	rects := cell.Count(ld.OpenRects)
	if ld.OverdueRect > 0 {
		rects += theme.MarkOverdue
	}
	name := o.Name
	if o.HasLeft(ctx.Derived.Today) {
		name += " · " + ctx.T("person.left")
	}
	title := o.Title
	if o.Role != 0 {
		title = ctx.L(model.LabelOf(o.Role)) + " · " + o.Title
	}
	r := table.Row{
		ID: o.ID,
		Cells: []string{
			model.Code(model.EntityOwner, o.ID), name, o.Department, title,
			fmt.Sprint(ld.Open), cell.Count(ld.Overdue), fmt.Sprint(ld.Done), rects,
		},
		Sort: []string{cell.NumKey(int(o.ID)), "", "", "", cell.NumKey(ld.Open), cell.NumKey(ld.Overdue), cell.NumKey(ld.Done), cell.NumKey(ld.OpenRects)},
	}
	switch {
	case ld.Overdue > 0 || ld.OverdueRect > 0:
		r.Mark = table.MarkOverdue
	case o.HasLeft(ctx.Derived.Today):
		r.Mark = table.MarkFaint
	}
	return r
}

// Quick: everyone, people with overdue work, people with open work, and
// the selected person's department.
func (peopleSource) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l := ctx.Ledger
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.people_overdue"), Keep: func(r *table.Row) bool {
			ld := ctx.Derived.Loads[r.ID]
			return ld.Overdue > 0 || ld.OverdueRect > 0
		}},
		{Name: ctx.T("quick.people_open"), Keep: func(r *table.Row) bool { return ctx.Derived.Loads[r.ID].Open > 0 }},
	}
	if o := l.Owner(selected); o != nil && o.Department != "" {
		dept := o.Department
		q = append(q, browse.Quick{Name: dept, Keep: func(r *table.Row) bool {
			x := l.Owner(r.ID)
			return x != nil && x.Department == dept
		}})
	}
	return q
}

func (peopleSource) NewDraft(*common.Context) forms.Draft { return &forms.OwnerDraft{} }

func (peopleSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if o := ctx.Ledger.Owner(id); o != nil {
		return forms.EditOwnerDraft(*o)
	}
	return nil
}

// Detail shows a person, their load and what they own.
func (peopleSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	o := l.Owner(id)
	if o == nil {
		return ""
	}
	ld := ctx.Derived.Loads[id]
	b := detail.New(st, width, 10).Title(model.Code(model.EntityOwner, id) + "  " + o.Name)
	if o.Role != 0 {
		b.Field(ctx.T("field.owner.role"), ctx.L(model.LabelOf(o.Role)))
	}
	if o.HasLeft(today) {
		b.StyledField(ctx.T("field.owner.left"), o.Left.String()+" "+ctx.T("person.left"), st.Faint)
	}
	b.Field(ctx.T("field.owner.title"), o.Title).
		Field(ctx.T("field.owner.department"), o.Department).
		Field(ctx.T("field.owner.contact"), o.Contact).
		Field(ctx.T("detail.load"), ctx.T("detail.load_line", ld.Open, ld.Overdue, ld.Done)).
		Field(ctx.T("detail.rects"), ctx.T("detail.rects_line", ld.OpenRects, ld.OverdueRect))
	tasks := model.TasksOf(l, func(t *model.Task) bool { return t.OwnerID == id && t.Open() })
	b.Section(ctx.T("detail.open_tasks", len(tasks)))
	if len(tasks) == 0 {
		b.Faint(ctx.T("detail.none_yet"))
	}
	for _, t := range tasks {
		line := fmt.Sprintf("%s %s · %s %s", model.Code(model.EntityTask, t.ID), t.Title, ctx.T("detail.due"), t.Due)
		switch {
		case t.Overdue(today):
			b.Bullet(theme.MarkOverdue+" "+line, st.Overdue)
		case t.DueSoon(today):
			b.Bullet(theme.MarkSoon+" "+line, st.Soon)
		default:
			b.Bullet(line, st.Value)
		}
	}
	rects := model.RectsOf(l, func(r *model.Rectification) bool { return r.OwnerID == id && r.Open() })
	if len(rects) > 0 {
		b.Section(ctx.T("detail.open_rects", len(rects)))
		for _, r := range rects {
			line := fmt.Sprintf("%s %s · %s %s", model.Code(model.EntityRectification, r.ID), r.Measure, ctx.T("detail.due"), r.Due)
			if r.Overdue(today) {
				b.Bullet(theme.MarkOverdue+" "+line, st.Overdue)
			} else {
				b.Bullet(line, st.Value)
			}
		}
	}
	if o.Notes != "" {
		b.Section(ctx.T("field.owner.notes")).Line(o.Notes)
	}
	return b.String()
}
