package summary

import (
	"cmp"
	"slices"
	"strconv"

	"secretary/internal/pinyin"
	"secretary/model"
)

// The lists of what the group works by: the required recurring work (规定
// 动作清单), with how this school year stands, and its rules and documents
// (制度文件清单), with their reviews.

func gatherObligations(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Obligations = pick(l.Obligations, o.IDs, keep, func(*model.Obligation) bool { return true })
	li.schoolYear = model.SchoolYearOf(li.Today)
	sy := model.SchoolYearSpan(li.schoolYear)
	c := model.CoverageOf(l, sy.From, sy.To, li.Today)
	li.coverage = make(map[model.ID]periodCounts, len(c.Rows))
	for _, r := range c.Rows {
		// The counts only: the periods' hits point into the ledger.
		li.coverage[r.Obligation.ID] = periodCounts{met: r.Met, due: r.Due, missed: r.Missed, total: r.Total()}
	}
}

// periodCounts are an obligation's periods in the school year by mark.
type periodCounts struct{ met, due, missed, total int }

func gatherDocuments(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Documents = pick(l.Documents, o.IDs, keep, func(*model.Document) bool { return true })
	if !li.screenOrder {
		// As a collection of rules is bound: by kind, then by title in
		// pinyin order.
		slices.SortFunc(li.Documents, func(a, b model.Document) int {
			return cmp.Or(cmp.Compare(a.Kind, b.Kind), pinyin.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
		})
	}
}

// obligations is the list of required work: what, how often, how much,
// what meets it, and this school year's periods met, due and missed.
func (w listWriter) obligations() []section {
	t := &table{Key: "obligations", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: w.t("print.ob.col.obligation")}, {Head: w.t("print.ob.col.freq")},
		{Head: w.t("print.ob.col.min")}, {Head: w.t("print.list.col.meets")},
		{Head: w.t("print.list.col.coverage", model.SchoolYearName(w.li.schoolYear, w.lang)), NoWrap: true},
		{Head: w.t("print.list.col.active"), NoWrap: true},
	}}
	for _, o := range w.li.Obligations {
		k := "obligation." + strconv.Itoa(int(o.ID))
		meets := o.MeetsText(w.lang)
		if meets == "" {
			meets = w.t("print.list.tags_only")
		}
		active := w.label(model.LabelYes)
		coverage := w.t("print.list.not_counted")
		if !o.Active() {
			active = w.label(model.LabelNo)
		} else if c, ok := w.li.coverage[o.ID]; ok {
			coverage = w.t("print.list.coverage", c.met, c.due, c.missed, c.total, model.PeriodUnit(o.Freq.Kind, w.lang))
		}
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityObligation, o.ID)), txt(o.Title), txt(o.Freq.Text(w.lang)), txt(o.MinText(w.lang)), txt(meets),
			{Text: coverage, Key: k + ".coverage", Bar: -1}, txt(active),
		})
	}
	return w.one("obligations", t)
}

// documents is the list of rules and documents: kind, number, title,
// when adopted, and when due for review (⚠ overdue, ⏳ within 30 days).
func (w listWriter) documents() []section {
	t := &table{Key: "documents", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColKind), NoWrap: true}, {Head: w.t("print.list.col.doc_number")},
		{Head: w.t("print.list.col.doc_title")}, {Head: w.t("print.list.col.adopted"), NoWrap: true},
		{Head: w.t("print.list.col.review_due"), NoWrap: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
	}}
	today := w.li.Today
	for _, d := range w.li.Documents {
		k := "document." + strconv.Itoa(int(d.ID))
		review := d.Review(today)
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityDocument, d.ID)), txt(w.label(model.LabelOf(d.Kind))), txt(d.Number), txt(d.Title), txt(iso(d.Adopted)),
			{Text: mark(iso(d.ReviewDue), review == model.ReviewOverdue, review == model.ReviewDueSoon), Key: k + ".review", Bar: -1},
			txt(w.label(model.LabelOf(d.Status))),
		})
	}
	return w.one("documents", t)
}
