package plans

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// obligationSource tells the browser about the required work (规定动作).
type obligationSource struct{}

func (obligationSource) Entity() model.Entity { return model.EntityObligation }

// Depends: a row shows only the obligation's own fields.
func (obligationSource) Depends() []model.Entity { return nil }

func (obligationSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.obligation"), Min: 18, Flex: 1, Sortable: true},
		{Title: ctx.T("col.frequency"), Min: 8, Max: 18, Sortable: true},
		{Title: ctx.T("col.minimum"), Min: 5, Max: 10, Drop: 3},
		{Title: ctx.T("col.meets"), Min: 10, Max: 30, Drop: 2},
		{Title: ctx.T("col.active"), Min: 4, Max: 6, Drop: 1, Sortable: true},
	}
}

func (obligationSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Obligations, func(o *model.Obligation) table.Row { return obligationRow(ctx, o) })
}

func (obligationSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Obligation, id, func(o *model.Obligation) table.Row { return obligationRow(ctx, o) })
}

func obligationRow(ctx *common.Context, o *model.Obligation) table.Row {
	lang := ctx.Lang()
	meets := o.MeetsText(lang)
	if meets == "" {
		meets = ctx.T("obligations.tags_only")
	}
	active := ctx.L(model.LabelYes)
	if !o.Active() {
		active = ctx.L(model.LabelNo)
	}
	r := table.Row{
		ID:    o.ID,
		Cells: []string{model.Code(model.EntityObligation, o.ID), o.Title, o.Freq.Text(lang), o.MinText(lang), meets, active},
		Sort:  []string{cell.NumKey(int(o.ID)), "", freqKey(o.Freq), "", "", active},
	}
	if !o.Active() {
		r.Mark = table.MarkFaint
	}
	return r
}

// freqKey sorts frequencies: monthly, semester, year, then fixed days in
// school-year order.
func freqKey(f model.Frequency) string {
	return cell.NumKey(int(f.Kind)) + cell.NumKey((int(f.From.Month())+3)%12*100+f.From.Day())
}

func (obligationSource) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	l := ctx.Ledger
	active := func(want bool) func(*table.Row) bool {
		return browse.Keep(l.Obligation, func(o *model.Obligation) bool { return o.Active() == want })
	}
	return []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.active"), Keep: active(true)},
		{Name: ctx.T("quick.inactive"), Keep: active(false)},
	}
}

func (obligationSource) NewDraft(ctx *common.Context) forms.Draft {
	return forms.NewObligationDraft(ctx.Lang())
}

func (obligationSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if o := ctx.Ledger.Obligation(id); o != nil {
		return forms.EditObligationDraft(ctx, *o)
	}
	return nil
}

// Detail shows an obligation: what it asks, where it comes from, and how
// this school year stands, period by period.
func (obligationSource) Detail(ctx *common.Context, id model.ID, width int) string {
	o := ctx.Ledger.Obligation(id)
	if o == nil {
		return ""
	}
	lang, st := ctx.Lang(), ctx.Styles
	b := detail.New(st, width, 10).Title(model.Code(model.EntityObligation, id) + "  " + o.Title)
	meets := o.MeetsText(lang)
	if meets == "" {
		meets = ctx.T("obligations.tags_only")
	}
	active := ctx.L(model.LabelYes)
	if !o.Active() {
		active = ctx.L(model.LabelNo)
	}
	b.Field(ctx.T("field.obligation.frequency"), o.Freq.Text(lang)).
		Field(ctx.T("field.obligation.min"), o.MinText(lang)).
		Field(ctx.T("field.obligation.meets"), meets).
		Field(ctx.T("field.obligation.active"), active).
		Field(ctx.T("field.obligation.source"), o.Source)
	if o.Notes != "" {
		b.Section(ctx.T("field.obligation.notes")).Line(o.Notes)
	}
	if !o.Active() {
		return b.String()
	}
	today := ctx.Derived.Today
	sy := model.SchoolYearSpan(model.SchoolYearOf(today))
	one := *ctx.Ledger
	one.Obligations = []model.Obligation{*o}
	c := model.CoverageOf(&one, sy.From, sy.To, today)
	b.Section(model.SchoolYearName(model.SchoolYearOf(today), lang))
	if len(c.Rows) == 0 {
		return b.String()
	}
	row := c.Rows[0]
	for _, p := range row.Periods {
		line := model.PeriodName(o.Freq, p.Period, lang) + "  " + summary.MarkText(lang, p.Mark, p.DaysLeft)
		if hits := summary.PeriodHitsText(lang, ctx.Ledger, p.Hits, p.Planned); hits != "" {
			line += "  " + hits
		}
		b.Bullet(line, markStyle(st, p.Mark))
	}
	tally := []string{ctx.T("obligations.tally", row.Met, row.Total(), model.PeriodUnit(o.Freq.Kind, lang))}
	if row.Missed > 0 {
		tally = append(tally, theme.MarkOverdue+" "+ctx.T("obligations.missed", row.Missed))
	}
	if row.Before > 0 {
		tally = append(tally, "· "+ctx.T("obligations.before", row.Before, c.Began.String()))
	}
	b.Line(strings.Join(tally, "  "))
	return b.String()
}

// markStyle is how a mark is drawn: missed as overdue, due as coming up,
// met as done, not yet due faint.
func markStyle(st *theme.Styles, m model.Mark) lipgloss.Style {
	switch m {
	case model.MarkMissed:
		return st.Overdue
	case model.MarkDue:
		return st.Soon
	case model.MarkMet:
		return st.OK
	}
	return st.Faint
}
