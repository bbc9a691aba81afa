package assessments

import (
	"fmt"

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

// source tells the browser about assessments.
type source struct{}

func (source) Entity() model.Entity { return model.EntityAssessment }

// Depends: an assessment's row counts its rectifications and names its target.
func (source) Depends() []model.Entity {
	return []model.Entity{model.EntityRectification, model.EntityPlan, model.EntityTask, model.EntityActivity}
}

func (source) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.date"), Min: 10, Sortable: true},
		{Title: ctx.T("col.kind"), Min: 8, Max: 18, Drop: 3, Sortable: true},
		{Title: ctx.T("col.target"), Min: 14, Flex: 2, Sortable: true},
		{Title: ctx.T("col.assessor"), Min: 6, Max: 14, Drop: 4, Sortable: true, Name: true},
		{Title: ctx.T("col.avg_score"), Min: 4, Drop: 2, Sortable: true},
		{Title: ctx.T("col.rating"), Min: 4, Max: 9, Drop: 5, Sortable: true},
		{Title: ctx.T("col.open_rects"), Min: 4, Drop: 1, Sortable: true},
	}
}

func (source) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Assessments, func(e *model.Assessment) table.Row { return row(ctx, e) })
}

func (source) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Assessment, id, func(e *model.Assessment) table.Row { return row(ctx, e) })
}

func row(ctx *common.Context, e *model.Assessment) table.Row {
	l := ctx.Ledger
	rc := ctx.Derived.Rects[e.ID]
	avg, avgKey := "", cell.NumKey(0)
	if a, ok := e.AverageScore(); ok {
		avg, avgKey = model.ScoreText(a), cell.NumKey(int(model.Round(a, model.ScoreDecimals)*10))
	}
	open := cell.Count(rc.Open)
	if rc.Overdue > 0 {
		open += theme.MarkOverdue
	}
	r := table.Row{
		ID: e.ID,
		Cells: []string{
			model.Code(model.EntityAssessment, e.ID), cell.Date(e.Date), ctx.L(model.LabelOf(e.Kind)),
			model.TargetLabel(l, e.Target, ctx.Lang()), e.Assessor, avg, ctx.L(model.LabelOf(e.Rating)), open,
		},
		Sort: []string{cell.NumKey(int(e.ID)), cell.DateKey(e.Date), "", "", "", avgKey, "", cell.NumKey(rc.Open)},
	}
	if rc.Overdue > 0 {
		r.Mark = table.MarkOverdue
	}
	return r
}

// Quick: all, with open rectifications, with overdue ones, and by kind.
func (source) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l := ctx.Ledger
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.open_rects"), Keep: func(r *table.Row) bool { return ctx.Derived.Rects[r.ID].Open > 0 }},
		{Name: ctx.T("quick.overdue_rects"), Keep: func(r *table.Row) bool { return ctx.Derived.Rects[r.ID].Overdue > 0 }},
	}
	if e := l.Assessment(selected); e != nil {
		kind := e.Kind
		q = append(q, browse.Quick{Name: ctx.L(model.LabelOf(kind)), Keep: func(r *table.Row) bool {
			x := l.Assessment(r.ID)
			return x != nil && x.Kind == kind
		}})
	}
	return q
}

func (source) NewDraft(ctx *common.Context) forms.Draft {
	return forms.NewAssessmentDraft(model.Today(ctx.Clock))
}

func (source) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if e := ctx.Ledger.Assessment(id); e != nil {
		return forms.EditAssessmentDraft(*e)
	}
	return nil
}

func (source) Describe(ctx *common.Context, id model.ID) string {
	if e := ctx.Ledger.Assessment(id); e != nil {
		return ctx.T("describe.record", ctx.L(model.EntityAssessment.Label()), model.Code(model.EntityAssessment, id),
			e.Date.String()+" "+ctx.L(model.LabelOf(e.Kind)))
	}
	return model.Code(model.EntityAssessment, id)
}

// Detail shows the indicators, the findings and, under each finding, its
// rectifications with their state.
func (source) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	e := l.Assessment(id)
	if e == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.Code(model.EntityAssessment, id) + "  " + e.Date.String() + " " + ctx.L(model.LabelOf(e.Kind)))
	b.Field(ctx.T("field.assessment.target"), model.TargetLabel(l, e.Target, ctx.Lang())).
		Field(ctx.T("field.assessment.assessor"), e.Assessor).
		Field(ctx.T("field.assessment.rating"), ctx.L(model.LabelOf(e.Rating)))
	if avg, ok := e.AverageScore(); ok {
		b.Field(ctx.T("col.avg_score"), model.ScoreText(avg))
	}
	b.Section(ctx.T("detail.indicators", len(e.Indicators)))
	if len(e.Indicators) == 0 {
		b.Faint(ctx.T("detail.none_yet"))
	}
	for _, in := range e.Indicators {
		score := ctx.T("detail.not_scored")
		if in.Scored {
			score = fmt.Sprintf("%g", in.Score)
		}
		b.Bullet(fmt.Sprintf("%s · %s %s · %s %s · %s %s", in.Name, ctx.T("detail.ind_target"), cell.Dash(in.Target),
			ctx.T("detail.ind_result"), cell.Dash(in.Result), ctx.T("detail.ind_score"), score), st.Value)
	}
	b.Section(ctx.T("detail.findings", len(e.Findings)))
	if len(e.Findings) == 0 {
		b.Faint(ctx.T("detail.none_yet"))
	}
	for _, f := range e.Findings {
		b.Line(fmt.Sprintf("%d. %s", f.No, f.Text))
		rects := model.RectsOf(l, func(r *model.Rectification) bool { return r.AssessmentID == id && r.FindingNo == f.No })
		if len(rects) == 0 {
			b.StyledLine("   "+ctx.T("detail.no_rect"), st.Faint)
		}
		for _, r := range rects {
			b.Bullet(rectLine(ctx, r, today), rectStyle(ctx, r, today))
		}
	}
	if e.Notes != "" {
		b.Section(ctx.T("field.assessment.notes")).Line(e.Notes)
	}
	return b.String()
}

// rectLine is one rectification in a detail: code, measure, owner, due and
// state, with the close's verifier and evidence when closed.
func rectLine(ctx *common.Context, r *model.Rectification, today model.Date) string {
	l := ctx.Ledger
	s := fmt.Sprintf("%s %s — %s · %s %s · %s", model.Code(model.EntityRectification, r.ID), r.Measure,
		l.OwnerName(r.OwnerID), ctx.T("detail.due"), r.Due, ctx.L(model.LabelOf(r.Status)))
	switch {
	case !r.Open():
		s = theme.MarkDone + " " + s + " · " + ctx.T("detail.closed_by", r.ClosedOn, l.OwnerName(r.VerifierID), r.Evidence)
	case r.Overdue(today):
		s = theme.MarkOverdue + " " + s
	}
	return s
}

func rectStyle(ctx *common.Context, r *model.Rectification, today model.Date) lipgloss.Style {
	switch {
	case !r.Open():
		return ctx.Styles.Faint
	case r.Overdue(today):
		return ctx.Styles.Overdue
	}
	return ctx.Styles.Value
}
