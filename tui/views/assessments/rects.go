package assessments

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

// rectSource lists every rectification: the loop from 挂号 to 销号.
type rectSource struct{}

func (rectSource) Entity() model.Entity { return model.EntityRectification }

// Depends: a rectification's row shows its finding and owner.
func (rectSource) Depends() []model.Entity {
	return []model.Entity{model.EntityAssessment, model.EntityOwner}
}

func (rectSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.assessment"), Min: 4, Drop: 4, Sortable: true},
		{Title: ctx.T("col.measure"), Min: 14, Flex: 3, Sortable: true},
		{Title: ctx.T("col.finding"), Min: 10, Flex: 2, Drop: 5},
		{Title: ctx.T("col.owner"), Min: 6, Max: 10, Sortable: true, Name: true},
		{Title: ctx.T("col.due"), Min: 10, Drop: 1, Sortable: true},
		{Title: ctx.T("col.status"), Min: 6, Max: 8, Drop: 2, Sortable: true},
		{Title: ctx.T("col.closed_on"), Min: 10, Drop: 3, Sortable: true},
	}
}

func (rectSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Rectifications, func(r *model.Rectification) table.Row { return rectRow(ctx, r) })
}

func (rectSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Rectification, id, func(r *model.Rectification) table.Row { return rectRow(ctx, r) })
}

func rectRow(ctx *common.Context, r *model.Rectification) table.Row {
	l, today := ctx.Ledger, ctx.Derived.Today
	finding := ""
	if e := l.Assessment(r.AssessmentID); e != nil {
		if f, ok := e.Finding(r.FindingNo); ok {
			finding = fmt.Sprintf("%d. %s", f.No, f.Text)
		}
	}
	row := table.Row{
		ID: r.ID,
		Cells: []string{
			model.Code(model.EntityRectification, r.ID), model.Code(model.EntityAssessment, r.AssessmentID),
			cell.OneLine(r.Measure), finding, l.OwnerName(r.OwnerID), cell.Date(r.Due),
			ctx.L(model.LabelOf(r.Status)), cell.Date(r.ClosedOn),
		},
		Sort:   []string{cell.NumKey(int(r.ID)), cell.NumKey(int(r.AssessmentID)), "", "", "", cell.DateKey(r.Due), "", cell.DateKey(r.ClosedOn)},
		People: browse.Names(l, r.VerifierID),
	}
	switch {
	case r.Overdue(today):
		row.Mark = table.MarkOverdue
	case r.Open() && r.Due <= today.AddDays(7):
		row.Mark = table.MarkSoon
	case !r.Open():
		row.Mark = table.MarkFaint
	}
	return row
}

// Quick: all, open, overdue, closed, and one person's (asked for with a
// pinyin picker).
func (rectSource) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	l, today := ctx.Ledger, ctx.Derived.Today
	rect := func(keep func(*model.Rectification) bool) func(*table.Row) bool {
		return browse.Keep(l.Rectification, keep)
	}
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.open"), Keep: rect(func(r *model.Rectification) bool { return r.Open() })},
		{Name: ctx.T("quick.overdue"), Keep: rect(func(r *model.Rectification) bool { return r.Overdue(today) })},
		{Name: ctx.L(model.LabelOf(model.RectClosed)), Keep: rect(func(r *model.Rectification) bool { return !r.Open() })},
	}
	q = append(q, browse.Quick{Name: ctx.T("quick.person"), ByPerson: func(owner model.ID) func(*table.Row) bool {
		return rect(func(r *model.Rectification) bool { return r.OwnerID == owner })
	}})
	return q
}

// NewDraft: a rectification is added under an assessment's finding, from
// the assessments list (r); here n says so.
func (rectSource) NewDraft(*common.Context) forms.Draft { return nil }

func (rectSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if r := ctx.Ledger.Rectification(id); r != nil {
		return forms.EditRectDraft(*r)
	}
	return nil
}

// Detail shows the rectification's loop: opened, due, closed by whom with
// what evidence, and why it was reopened.
func (rectSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	r := l.Rectification(id)
	if r == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.Code(model.EntityRectification, id) + "  " + r.Measure)
	if e := l.Assessment(r.AssessmentID); e != nil {
		b.Field(ctx.T("field.rect.assessment"), model.Code(model.EntityAssessment, e.ID)+" "+e.Date.String()+" "+ctx.L(model.LabelOf(e.Kind)))
		if f, ok := e.Finding(r.FindingNo); ok {
			b.Field(ctx.T("field.rect.finding"), fmt.Sprintf("%d. %s", f.No, f.Text))
		}
	}
	b.Field(ctx.T("field.rect.owner"), l.OwnerName(r.OwnerID)).
		Field(ctx.T("detail.opened_on"), r.OpenedOn.String())
	if r.Overdue(today) {
		b.StyledField(ctx.T("field.rect.due"), theme.MarkOverdue+" "+r.Due.String()+" "+ctx.T("detail.overdue_days", -today.DaysUntil(r.Due)), st.Overdue)
	} else {
		b.Field(ctx.T("field.rect.due"), r.Due.String())
	}
	b.Field(ctx.T("field.rect.status"), ctx.L(model.LabelOf(r.Status)))
	if !r.Open() {
		b.Field(ctx.T("field.rect.closed_on"), r.ClosedOn.String()).
			Field(ctx.T("field.rect.verifier"), l.OwnerName(r.VerifierID)).
			Field(ctx.T("field.rect.evidence"), r.Evidence)
	}
	if r.ReopenReason != "" {
		b.StyledField(ctx.T("field.rect.reopen_reason"), r.ReopenReason, st.Warning)
	}
	if r.Open() {
		b.Section("").Faint(ctx.T("detail.close_hint"))
	}
	return b.String()
}
