package summary

import (
	"io"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// ObligationRow is one obligation over a period (规定动作完成情况): each of
// its periods that falls in it, marked, as values (nothing points into
// the ledger, so a summary outlives the next change).
type ObligationRow struct {
	ID     model.ID
	Code   string
	Title  string
	Freq   model.Frequency
	Min    int
	Sum    model.Measure
	Source string

	Periods                  []ObligationPeriod
	Met, Due, Missed, NotYet int
	Before                   int // periods unmet that ended before the ledger began (model.MarkBefore)
}

// ObligationPeriod is one period of an obligation and how it stands.
type ObligationPeriod struct {
	model.Period
	Mark     model.Mark
	Got      int // records, or the quantity they add up to
	DaysLeft int
	// Hits are the earliest records that met it (up to five, named), of
	// HitCount; Planned those planned but not yet held or done.
	Hits         []NamedHit
	HitCount     int
	Planned      []NamedHit
	PlannedCount int
}

// NamedHit is a record a period lists: its code and title, as values.
type NamedHit struct {
	Code  string
	Title string
	Date  model.Date
}

// NamedHits are the earliest hits (as many as a line names) with their
// records' titles.
func NamedHits(l *model.Ledger, hits []model.Hit) []NamedHit {
	first := model.EarliestHits(hits, maxHits)
	out := make([]NamedHit, len(first))
	for i, h := range first {
		out[i] = NamedHit{Code: h.Code(), Title: h.Title(l), Date: h.Date}
	}
	return out
}

// PeriodHitsText names what met a period and what is planned for it, from
// the ledger: HitsText of NamedHits.
func PeriodHitsText(lang model.Lang, l *model.Ledger, hits, planned []model.Hit) string {
	return HitsText(lang, NamedHits(l, hits), len(hits), NamedHits(l, planned), len(planned))
}

// Total is the number of periods a total counts: not those before the
// ledger began that nothing met (model.ObligationCoverage.Total).
func (r ObligationRow) Total() int { return len(r.Periods) - r.Before }

// ObligationRows turns coverage into rows, naming records from the ledger.
func ObligationRows(c *model.Coverage, l *model.Ledger) []ObligationRow {
	out := make([]ObligationRow, 0, len(c.Rows))
	for i := range c.Rows {
		cr := &c.Rows[i]
		o := cr.Obligation
		row := ObligationRow{ID: o.ID, Code: model.Code(model.EntityObligation, o.ID), Title: o.Title, Freq: o.Freq,
			Min: o.Min, Sum: o.Sum, Source: o.Source, Met: cr.Met, Due: cr.Due, Missed: cr.Missed, NotYet: cr.NotYet, Before: cr.Before}
		for _, p := range cr.Periods {
			row.Periods = append(row.Periods, ObligationPeriod{Period: p.Period, Mark: p.Mark, Got: p.Got, DaysLeft: p.DaysLeft,
				Hits: NamedHits(l, p.Hits), HitCount: len(p.Hits), Planned: NamedHits(l, p.Planned), PlannedCount: len(p.Planned)})
		}
		out = append(out, row)
	}
	return out
}

// obligations is the summary's section of the required work over its
// period (Build).
func (b *builder) obligations() {
	c := model.CoverageOf(b.l, b.s.Period.From, b.s.Period.To, b.s.Today)
	b.s.Obligations = ObligationRows(c, b.l)
	b.s.Began = c.Began
}

// sayKey is a catalogue phrase of the required work's printouts.
func sayKey(lang model.Lang, key i18n.Key, args ...any) string {
	return i18n.For(lang).Sprintf(key, args...)
}

// marksText is the periods' marks in a row: ⚠✔⏳·······.
func marksText(ps []ObligationPeriod) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Mark.Symbol())
	}
	return b.String()
}

// totalText is "7/10 个月" (months met of all), or 建账前 when every
// period ended before the ledger began.
func totalText(lang model.Lang, r ObligationRow) string {
	if r.Total() == 0 && r.Before > 0 {
		return model.LabelOf(model.MarkBefore).In(lang)
	}
	return itoa(r.Met) + "/" + itoa(r.Total()) + " " + model.PeriodUnit(r.Freq.Kind, lang)
}

// missedText names the periods missed: "9月、10月".
func missedText(lang model.Lang, r ObligationRow) string {
	var parts []string
	for _, p := range r.Periods {
		if p.Mark == model.MarkMissed {
			parts = append(parts, model.PeriodName(r.Freq, p.Period, lang))
		}
	}
	return strings.Join(parts, listSep(lang))
}

// obligationFacts are the headline figures: obligations, and periods by
// mark (those before the ledger began only when there are any).
func obligationFacts(lang model.Lang, rows []ObligationRow) facts {
	var met, due, missed, notYet, before int
	for _, r := range rows {
		met, due, missed, notYet, before = met+r.Met, due+r.Due, missed+r.Missed, notYet+r.NotYet, before+r.Before
	}
	out := facts{
		{Label: sayKey(lang, "print.ob.count"), Value: itoa(len(rows)), Key: "ob.count"},
		{Label: sayKey(lang, "print.ob.met"), Value: itoa(met), Key: "ob.met"},
		{Label: sayKey(lang, "print.ob.due"), Value: itoa(due), Key: "ob.due"},
		{Label: sayKey(lang, "print.ob.missed"), Value: itoa(missed), Key: "ob.missed", Mark: missed > 0},
		{Label: sayKey(lang, "print.ob.not_yet"), Value: itoa(notYet), Key: "ob.not_yet"},
	}
	if before > 0 {
		out = append(out, fact{Label: sayKey(lang, "print.ob.before"), Value: itoa(before), Key: "ob.before"})
	}
	return out
}

// obligationLegend explains the marks; when a period is shown as before
// the ledger began, · says so with the day it began.
func obligationLegend(lang model.Lang, rows []ObligationRow, began model.Date) string {
	for _, r := range rows {
		if r.Before > 0 {
			return sayKey(lang, "print.ob.legend_before", began.String())
		}
	}
	return sayKey(lang, "print.ob.legend")
}

// obligationTable is one row per obligation: its frequency and minimum,
// the marks of its periods, the total met and the periods missed.
func obligationTable(lang model.Lang, rows []ObligationRow) *table {
	t := &table{Key: "obligations", Cols: []column{
		{Head: sayKey(lang, "print.ob.col.obligation")}, {Head: sayKey(lang, "print.ob.col.freq")},
		{Head: sayKey(lang, "print.ob.col.min")}, {Head: sayKey(lang, "print.ob.col.marks")},
		{Head: sayKey(lang, "print.ob.col.total"), Num: true}, {Head: sayKey(lang, "print.ob.col.missed")},
	}}
	for _, r := range rows {
		o := model.Obligation{Min: r.Min, Sum: r.Sum}
		k := "ob." + r.Code
		t.Rows = append(t.Rows, []cell{
			txt(codeTitle(r.Code, r.Title)), txt(r.Freq.Text(lang)), txt(o.MinText(lang)),
			num(marksText(r.Periods), k+".marks"), num(totalText(lang, r), k+".total"),
			{Text: missedText(lang, r), Mark: r.Missed > 0, Bar: -1},
		})
	}
	return t
}

// obligationsSection is the meeting summary's 规定动作完成情况: the
// required work over the summary's period.
func (b summaryBuilder) obligations() section {
	sec := section{Key: "obligations", Title: sayKey(b.lang, "print.ob.section")}
	if len(b.s.Obligations) == 0 {
		sec.Blocks = []block{note(sayKey(b.lang, "print.ob.none"))}
		return sec
	}
	sec.Blocks = []block{obligationFacts(b.lang, b.s.Obligations), note(obligationLegend(b.lang, b.s.Obligations, b.s.Began)), obligationTable(b.lang, b.s.Obligations)}
	return sec
}

// Coverage is the required work's printout (`secretary obligations`): for
// a school year or a semester, each obligation's periods marked, with
// the records that met each one.
type Coverage struct {
	Header Header
	Period Period
	Today  model.Date
	Began  model.Date // the day the ledger began (model.Ledger.Began); zero: unknown
	Rows   []ObligationRow
}

// BuildCoverage gathers the required work over the period, as of today.
func BuildCoverage(l *model.Ledger, p Period, today model.Date) *Coverage {
	return &Coverage{
		Header: Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary},
		Period: p, Today: today, Began: l.Began,
		Rows: ObligationRows(model.CoverageOf(l, p.From, p.To, today), l),
	}
}

// Write renders the coverage in a text format (not PDF).
func (c *Coverage) Write(w io.Writer, f Format, o Options) error {
	return render(w, coverageDoc(c, o.Lang), f, o)
}

// CoverageText is the coverage as plain text, width cells wide.
func CoverageText(c *Coverage, lang model.Lang, width int) string {
	return renderText(coverageDoc(c, lang), width)
}

// FileName is "规定动作_2026-09-01_2027-08-31.pdf".
func (c *Coverage) FileName(f Format, lang model.Lang) string {
	return sayKey(lang, "print.file.obligations") + "_" + c.Period.From.String() + "_" + c.Period.To.String() + f.Ext()
}

// maxHits is how many records a period lists by code before "… N more".
const maxHits = 5

// coverageDoc lays the coverage out: the headline figures, one row per
// obligation, then each obligation's periods with their records.
func coverageDoc(c *Coverage, lang model.Lang) *document {
	d := &document{Lang: lang, Title: c.Header.Group, Subtitle: sayKey(lang, "print.ob.subtitle"), Legend: obligationLegend(lang, c.Rows, c.Began)}
	if d.Title == "" {
		d.Title = sayKey(lang, "print.ob.subtitle")
	}
	d.Meta = headerMeta(lang, c.Header, c.Today)
	d.Meta = append(d.Meta[:len(d.Meta)-1], fact{Label: say(lang, wPeriod), Value: c.Period.Title(lang), Key: "period"}, d.Meta[len(d.Meta)-1])
	overview := section{Key: "ob_overview", Title: sayKey(lang, "print.ob.overview")}
	if len(c.Rows) == 0 {
		overview.Blocks = []block{note(sayKey(lang, "print.ob.none"))}
		d.Sections = []section{overview}
	} else {
		overview.Blocks = []block{obligationFacts(lang, c.Rows), obligationTable(lang, c.Rows)}
		detail := section{Key: "ob_detail", Title: sayKey(lang, "print.ob.detail")}
		for _, r := range c.Rows {
			detail.Blocks = append(detail.Blocks, heading(codeTitle(r.Code, r.Title)+"  "+aside(lang, r.Freq.Text(lang), (&model.Obligation{Min: r.Min, Sum: r.Sum}).MinText(lang))))
			detail.Blocks = append(detail.Blocks, periodTable(lang, r, c.Today))
		}
		d.Sections = []section{overview, detail}
	}
	for i := range d.Sections {
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	}
	return d
}

// periodTable lists an obligation's periods: the mark and its meaning,
// how far it got, and the records.
func periodTable(lang model.Lang, r ObligationRow, today model.Date) *table {
	t := &table{Key: "ob." + r.Code, Cols: []column{
		{Head: sayKey(lang, "print.ob.col.period")}, {Head: sayKey(lang, "print.ob.col.state")},
		{Head: sayKey(lang, "print.ob.col.got"), Num: true}, {Head: sayKey(lang, "print.ob.col.records")},
	}}
	for _, p := range r.Periods {
		t.Rows = append(t.Rows, []cell{
			txt(model.PeriodName(r.Freq, p.Period, lang)),
			txt(MarkText(lang, p.Mark, p.DaysLeft)), // the symbol is the mark
			txt(itoa(p.Got) + "/" + itoa(r.Min)),
			txt(HitsText(lang, p.Hits, p.HitCount, p.Planned, p.PlannedCount)),
		})
	}
	return t
}

// MarkText is a mark with its meaning: "✔ 已完成", "⏳ 还剩 10 天",
// "⚠ 未完成", "· 未到期", "· 建账前".
func MarkText(lang model.Lang, m model.Mark, daysLeft int) string {
	if m == model.MarkDue {
		return m.Symbol() + " " + sayKey(lang, "print.ob.days_left", daysLeft)
	}
	return m.Symbol() + " " + model.LabelOf(m).In(lang)
}

// HitsText names the records that met a period (up to five, then "等 N
// 项" of the count), and those planned: "A-3 心理课、A-9 心理课；已安排
// A-12".
func HitsText(lang model.Lang, hits []NamedHit, hitCount int, planned []NamedHit, plannedCount int) string {
	name := func(list []NamedHit, count int) string {
		parts := make([]string, 0, len(list)+1)
		for _, h := range list {
			parts = append(parts, codeTitle(h.Code, h.Title))
		}
		if count > len(list) {
			parts = append(parts, sayKey(lang, "print.ob.more", count-len(list)))
		}
		return strings.Join(parts, listSep(lang))
	}
	out := name(hits, hitCount)
	if len(planned) > 0 {
		p := sayKey(lang, "print.ob.planned", name(planned, plannedCount))
		if out != "" {
			out += sayKey(lang, "print.ob.then") + p
		} else {
			out = p
		}
	}
	return out
}
