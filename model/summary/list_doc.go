package summary

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"secretary/internal/i18n"
	"secretary/internal/pinyin"
	"secretary/model"
)

// listDoc lays a wall list out in one language: the list's title, who
// and when on every page, one table per group (a work area, a person),
// and the group leader's signature line.
func listDoc(li *List, lang model.Lang) *document {
	tr := i18n.For(lang)
	lw := listWriter{li: li, lang: lang, tr: tr}
	title := li.Header.Group
	if title == "" {
		title = tr.Sprintf("print.list.default_title")
	}
	sub := tr.Sprintf(listKinds[li.Kind].title)
	if li.Kind == ListTasks {
		by := "print.list.by_area"
		if li.ByOwner {
			by = "print.list.by_owner"
		}
		sub = aside(lang, sub, tr.Sprintf(i18n.Key(by)))
	}
	d := &document{Lang: lang, Title: title, Subtitle: sub, Landscape: true, Footer: tr.Sprintf("print.list.sign")}
	if li.Header.School != "" {
		d.Meta = append(d.Meta, fact{Label: say(lang, wSchool), Value: li.Header.School, Key: "school"})
	}
	d.Meta = append(d.Meta, fact{Label: tr.Sprintf("print.list.made_on"), Value: li.Today.String(), Key: "prepared"})
	if li.Owner != "" {
		d.Meta = append(d.Meta, fact{Label: say(lang, wOwner), Value: li.Owner, Key: "owner"})
	}
	if li.Plan != "" {
		d.Meta = append(d.Meta, fact{Label: say(lang, wColPlan), Value: li.Plan, Key: "plan"})
	}
	if li.Filter != "" {
		d.Meta = append(d.Meta, fact{Label: tr.Sprintf("print.list.filter"), Value: li.Filter, Key: "filter"})
	}
	d.Meta = append(d.Meta, fact{Label: tr.Sprintf("print.list.count"), Value: lw.count(), Key: "count"})
	d.Legend = tr.Sprintf(listKinds[li.Kind].legend)
	d.Running = []string{strings.TrimSpace(title + "  " + li.Header.School), tr.Sprintf("print.list.made_on_short", li.Today.String())}
	d.Sections = listKinds[li.Kind].sections(lw)
	if li.Len() == 0 {
		d.Sections = []section{{Key: "empty", Blocks: []block{note(tr.Sprintf("print.list.empty"))}}}
	}
	return d
}

type listWriter struct {
	li   *List
	lang model.Lang
	tr   *i18n.Translator
}

func (w listWriter) t(key i18n.Key, args ...any) string { return w.tr.Sprintf(key, args...) }

func (w listWriter) label(l model.Label) string { return l.In(w.lang) }

func (w listWriter) name(id model.ID) string { return w.li.names[id] }

// count is "共 20 项，其中逾期 4 项".
func (w listWriter) count() string {
	n, late := w.li.Len(), 0
	today := w.li.Today
	for i := range w.li.Tasks {
		if w.li.Tasks[i].Overdue(today) {
			late++
		}
	}
	for i := range w.li.Rects {
		if w.li.Rects[i].Overdue(today) {
			late++
		}
	}
	for _, st := range w.li.decisionState {
		if st.status == model.DecisionOverdue {
			late++
		}
	}
	for i := range w.li.Documents {
		if w.li.Documents[i].Review(today) == model.ReviewOverdue {
			late++
		}
	}
	if late == 0 {
		return w.t("print.list.n", n)
	}
	return w.t("print.list.n_late", n, late)
}

// one is a list printed as one table under the list's own title.
func (w listWriter) one(key string, t *table) []section {
	return []section{{Key: key, Blocks: []block{t}}}
}

// mark is a record's state with its mark: ⚠ overdue, ⏳ due within 7
// days — shapes, not colours, so a black-and-white copy reads the same.
func mark(text string, overdue, soon bool) string {
	switch {
	case overdue:
		return "⚠ " + text
	case soon:
		return "⏳ " + text
	}
	return text
}

// taskWidths are the task columns' shares of a landscape page: every
// group's table lines up with the others.
var taskWidths = []int{5, 21, 8, 8, 8, 8, 26, 6, 10}

func (w listWriter) taskCols() []column {
	return []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColTask)}, {Head: say(w.lang, wColOwner)},
		{Head: say(w.lang, wColSupervisor)}, {Head: w.t("print.list.col.start"), NoWrap: true}, {Head: w.t("print.list.col.due"), NoWrap: true},
		{Head: say(w.lang, wColIndicator)}, {Head: say(w.lang, wColProgress), Num: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
	}
}

// tasks is the responsibility list, one table per work area (or per
// person), each ordered by due date unless the screen gave an order.
func (w listWriter) tasks() []section {
	type group struct {
		key   string
		title string
		order int
		rows  []*model.Task
	}
	groups := map[string]*group{}
	var list []*group
	for i := range w.li.Tasks {
		t := &w.li.Tasks[i]
		k, title, order := "", "", 0
		if w.li.ByOwner {
			k = "owner." + strconv.Itoa(int(t.OwnerID))
			title = w.name(t.OwnerID)
			if d := w.li.depts[t.OwnerID]; d != "" {
				title = aside(w.lang, title, d)
			}
		} else {
			k = "area." + model.LabelOf(t.Area).Code
			title, order = model.LabelOf(t.Area).In(w.lang), int(t.Area)
			if title == "" {
				title = "?"
			}
		}
		g := groups[k]
		if g == nil {
			g = &group{key: k, title: title, order: order}
			groups[k] = g
			list = append(list, g)
		}
		g.rows = append(g.rows, t)
	}
	// Work areas in their own order; people as a staff list is read, by
	// pinyin with surnames read as surnames.
	slices.SortStableFunc(list, func(a, b *group) int {
		return cmp.Or(cmp.Compare(a.order, b.order), pinyin.CompareNames(a.title, b.title))
	})
	today := w.li.Today
	out := make([]section, 0, len(list))
	for _, g := range list {
		if !w.li.screenOrder {
			sortByDate(g.rows, func(t *model.Task) model.Date { return t.Due })
		}
		t := &table{Key: "tasks." + g.key, Cols: w.taskCols(), Rows: make([][]cell, len(g.rows)), Widths: taskWidths}
		for i, task := range g.rows {
			k := "task." + strconv.Itoa(int(task.ID))
			t.Rows[i] = []cell{
				txt(model.Code(model.EntityTask, task.ID)), txt(task.Title), txt(w.name(task.OwnerID)), txt(w.name(task.SupervisorID)),
				txt(iso(task.Start)), txt(iso(task.Due)), txt(task.Indicator),
				num(strconv.Itoa(task.Progress)+"%", k+".progress"),
				{Text: mark(w.label(model.LabelOf(task.Status)), task.Overdue(today), task.DueSoon(today)), Key: k + ".status", Bar: -1},
			}
		}
		out = append(out, section{Key: g.key, Title: w.t("print.list.group", g.title, len(g.rows)), Blocks: []block{t}})
	}
	return out
}

func (w listWriter) plans() []section {
	t := &table{Key: "plans", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColPlan)}, {Head: say(w.lang, wColKind), NoWrap: true},
		{Head: w.t("print.list.col.period"), NoWrap: true}, {Head: w.t("print.list.col.leader")}, {Head: w.t("print.col_goals")},
		{Head: w.t("print.list.col.funds"), Num: true}, {Head: say(w.lang, wColProgress), Num: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
	}}
	for _, p := range w.li.Plans {
		pr := w.li.progress[p.ID]
		goals := make([]string, len(p.Goals))
		for i, g := range p.Goals {
			goals[i] = strconv.Itoa(i+1) + ". " + g
		}
		k := "plan." + strconv.Itoa(int(p.ID))
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityPlan, p.ID)), txt(p.Title), txt(w.label(model.LabelOf(p.Kind))),
			txt(iso(p.Start) + "\n" + iso(p.End)), txt(w.name(p.LeaderID)), txt(strings.Join(goals, "\n")),
			num(p.Budget.String(), k+".budget"),
			num(w.t("print.list.progress", pr.Done, pr.Total, pr.Percent()), k+".progress"),
			txt(w.label(model.LabelOf(p.Status))),
		})
	}
	return w.one("plans", t)
}

func (w listWriter) activities() []section {
	t := &table{Key: "activities", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColDate), NoWrap: true}, {Head: say(w.lang, wColActivity)},
		{Head: say(w.lang, wColKind), NoWrap: true}, {Head: say(w.lang, wColVenue)}, {Head: say(w.lang, wColOrganiser)},
		{Head: w.t("print.list.col.audience")}, {Head: w.t("print.list.col.people"), Num: true},
		{Head: w.t("print.list.col.money"), Num: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
	}}
	today := w.li.Today
	for _, a := range w.li.Activities {
		aud := make([]string, len(a.Audience))
		for i, g := range a.Audience {
			aud[i] = w.label(model.LabelOf(g))
		}
		when := iso(a.Date)
		if a.Time != "" {
			when += "\n" + a.Time
		}
		people, money := itoa(a.Expected), a.Budget.String()
		if a.Status == model.ActHeld {
			people += "/" + itoa(a.Actual)
			money += "/" + a.Spend.String()
		}
		status := w.label(model.LabelOf(a.Status))
		if a.NeedsRecord(today) {
			status = "⚠ " + status
		} else if a.Upcoming(today) && a.Date <= today+7 {
			status = "⏳ " + status
		}
		k := "activity." + strconv.Itoa(int(a.ID))
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityActivity, a.ID)), txt(when), txt(a.Title), txt(w.label(model.LabelOf(a.Kind))), txt(a.Venue),
			txt(w.name(a.OrganiserID)), txt(strings.Join(aud, listSep(w.lang))), num(people, k+".people"), num(money, k+".money"),
			{Text: status, Key: k + ".status", Bar: -1},
		})
	}
	return w.one("activities", t)
}

func (w listWriter) rectifications() []section {
	t := &table{Key: "rects", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColAssessment), NoWrap: true}, {Head: w.t("print.col_finding")},
		{Head: say(w.lang, wColMeasure)}, {Head: say(w.lang, wColOwner)}, {Head: w.t("print.list.col.opened"), NoWrap: true},
		{Head: w.t("print.list.col.rect_due"), NoWrap: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
		{Head: w.t("print.list.col.closed"), NoWrap: true}, {Head: w.t("print.col_verifier")},
	}}
	today := w.li.Today
	for _, r := range w.li.Rects {
		k := "rect." + strconv.Itoa(int(r.ID))
		status := w.label(model.LabelOf(r.Status))
		if r.Open() {
			status = mark(status, r.Overdue(today), !r.Due.IsZero() && r.Due >= today && r.Due <= today+7)
		}
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityRectification, r.ID)), txt(model.Code(model.EntityAssessment, r.AssessmentID)),
			txt(w.li.findings[r.AssessmentID][r.FindingNo]), txt(r.Measure), txt(w.name(r.OwnerID)),
			txt(iso(r.OpenedOn)), txt(iso(r.Due)), {Text: status, Key: k + ".status", Bar: -1},
			txt(iso(r.ClosedOn)), txt(w.name(r.VerifierID)),
		})
	}
	return w.one("rects", t)
}

// owners is the people and their load; never their contact details.
func (w listWriter) owners() []section {
	t := &table{Key: "owners", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColOwner)}, {Head: w.t("print.list.col.role")},
		{Head: say(w.lang, wColDept)}, {Head: say(w.lang, wColOpen), Num: true}, {Head: say(w.lang, wColOverdue), Num: true},
		{Head: w.t("print.list.col.due_soon"), Num: true}, {Head: say(w.lang, wRectsOpen), Num: true},
	}}
	for _, o := range w.li.Owners {
		ld := w.li.loads[o.ID]
		k := "owner." + strconv.Itoa(int(o.ID))
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityOwner, o.ID)), txt(o.Name), txt(o.Title), txt(o.Department),
			num(itoa(ld.Open), k+".open"), {Text: mark(itoa(ld.Overdue), ld.Overdue > 0, false), Key: k + ".overdue", Bar: -1},
			num(itoa(ld.DueSoon), k+".due_soon"), num(itoa(ld.OpenRects), k+".rects"),
		})
	}
	return w.one("owners", t)
}

func (w listWriter) assessments() []section {
	t := &table{Key: "assessments", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColDate), NoWrap: true}, {Head: say(w.lang, wColKind), NoWrap: true},
		{Head: say(w.lang, wColTarget)}, {Head: say(w.lang, wColAssessor)}, {Head: say(w.lang, wColScore), Num: true},
		{Head: say(w.lang, wColRating), NoWrap: true}, {Head: say(w.lang, wColFindings), Num: true}, {Head: say(w.lang, wRectsOpen), Num: true},
	}}
	for _, e := range w.li.Assessments {
		k := "assessment." + strconv.Itoa(int(e.ID))
		score := "-"
		if avg, ok := e.AverageScore(); ok {
			score = model.ScoreText(avg)
		}
		rc := w.li.rects[e.ID]
		rating := w.label(model.LabelOf(e.Rating))
		if rating == "" {
			rating = "-"
		}
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityAssessment, e.ID)), txt(iso(e.Date)), txt(w.label(model.LabelOf(e.Kind))),
			txt(targetName(w.lang, w.li.targets[e.ID])), txt(e.Assessor), num(score, k+".score"), txt(rating),
			num(itoa(len(e.Findings)), k+".findings"), {Text: mark(itoa(rc.Open), rc.Overdue > 0, false), Key: k + ".rects", Bar: -1},
		})
	}
	return w.one("assessments", t)
}
