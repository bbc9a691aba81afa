package summary

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"secretary/internal/width"
	"secretary/model"
)

// summaryDoc lays the summary out as a document in one language. A
// handout (screen false: every file and printout) says nothing to the
// secretary; the screen (the Summary tab) adds what to do about a
// problem.
func summaryDoc(s *Summary, lang model.Lang, screen bool) *document {
	d := &document{Lang: lang, Title: s.Header.Group, Subtitle: say(lang, wSubtitle), Legend: say(lang, wLegend)}
	if d.Title == "" {
		d.Title = say(lang, wTitle)
	}
	d.Meta = headerMeta(lang, s.Header, s.Today)
	d.Meta = append(d.Meta[:len(d.Meta)-1], fact{Label: say(lang, wPeriod), Value: s.Period.Title(lang), Key: "period"}, d.Meta[len(d.Meta)-1])
	sb := summaryBuilder{s: s, lang: lang, screen: screen}
	parts := []func() section{sb.overview, sb.roster, sb.plans, sb.owners, sb.activities, sb.obligations, sb.meetings, sb.assessments, sb.problems, sb.next}
	d.Sections = make([]section, len(parts))
	// The sections read the summary and write only their own slot, so a
	// large one is laid out on every core at once.
	concurrently(len(parts), rowsOf(s) > parallelRows, func(i int) {
		d.Sections[i] = parts[i]()
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	})
	return d
}

// parallelRows is the size from which laying out sections concurrently
// pays for its goroutines.
const parallelRows = 400

// rowsOf is about how many table rows the summary will have.
func rowsOf(s *Summary) int {
	return len(s.Owners) + len(s.Activities.HeldList) + len(s.Assessments.OpenRects) +
		len(s.Problems.OverdueTasks) + len(s.Problems.OverdueRects) + len(s.Next)
}

// concurrently runs fn(0..n-1), at once when parallel is set.
func concurrently(n int, parallel bool, fn func(i int)) {
	if !parallel {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Go(func() { fn(i) })
	}
	wg.Wait()
}

// headerMeta is the school and secretary (when set) and the day prepared.
func headerMeta(lang model.Lang, h Header, today model.Date) []fact {
	var m []fact
	if h.School != "" {
		m = append(m, fact{Label: say(lang, wSchool), Value: h.School, Key: "school"})
	}
	if h.Secretary != "" {
		m = append(m, fact{Label: say(lang, wSecretary), Value: h.Secretary, Key: "secretary"})
	}
	return append(m, fact{Label: say(lang, wPrepared), Value: today.String(), Key: "prepared"})
}

type summaryBuilder struct {
	s      *Summary
	lang   model.Lang
	screen bool // shown to the secretary, not handed round
}

func (b summaryBuilder) w(w word, args ...any) string { return say(b.lang, w, args...) }

// itoa is a count with thousands separators: 2,118.
func itoa(n int) string {
	s := strconv.Itoa(n)
	if n < 1000 && n > -1000 {
		return s
	}
	neg := n < 0
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// codeTitle joins a display code and a name: "T-6 筛查预警学生一对一访谈".
func codeTitle(code, title string) string {
	if title == "" {
		return code
	}
	return code + " " + title
}

func (b summaryBuilder) overview() section {
	o := b.s.Overview
	f := facts{
		{Label: b.w(wActivePlans), Value: itoa(o.ActivePlans), Key: "ov.active_plans"},
		{Label: b.w(wTasksOpen), Value: itoa(o.TasksOpen), Key: "ov.tasks_open"},
		{Label: b.w(wOfWhichOverdue), Value: itoa(o.TasksOverdue), Key: "ov.tasks_overdue", Mark: o.TasksOverdue > 0},
		{Label: b.w(wTasksDone), Value: itoa(o.TasksDone), Key: "ov.tasks_done"},
		{Label: b.w(wTasksDueSoon), Value: itoa(o.TasksDueSoon), Key: "ov.tasks_due_soon"},
		{Label: b.w(wActsHeld), Value: itoa(o.ActivitiesHeld), Key: "ov.acts_held"},
		{Label: b.w(wParticipants), Value: itoa(o.Participants), Key: "ov.participants"},
		{Label: b.w(wSpend), Value: o.Spend.String(), Key: "ov.spend"},
		{Label: b.w(wBudget), Value: o.Budget.String(), Key: "ov.budget"},
		{Label: b.w(wActsUpcoming), Value: itoa(o.Upcoming), Key: "ov.acts_upcoming"},
		{Label: b.w(wAssessHeld), Value: itoa(o.Assessments), Key: "ov.assessments"},
		{Label: b.w(wAvgScore), Value: o.AvgScore.String(), Key: "ov.avg_score"},
		{Label: b.w(wRectsOpened), Value: itoa(o.RectsOpened), Key: "ov.rects_opened"},
		{Label: b.w(wRectsClosed), Value: itoa(o.RectsClosed), Key: "ov.rects_closed"},
		{Label: b.w(wRectsOpen), Value: itoa(o.RectsOpen), Key: "ov.rects_open"},
		{Label: b.w(wRectsOverdue), Value: itoa(o.RectsOverdue), Key: "ov.rects_overdue", Mark: o.RectsOverdue > 0},
	}
	return section{Key: "overview", Title: b.w(wSecOverview), Blocks: []block{f}}
}

func (b summaryBuilder) plans() section {
	sec := section{Key: "plans", Title: b.w(wSecPlans)}
	if len(b.s.Plans) == 0 {
		sec.Blocks = []block{note(b.w(wNoPlans))}
		return sec
	}
	t := &table{Key: "plans", Cols: []column{
		{Head: b.w(wColPlan)}, {Head: b.w(wColDoneOfTotal), Num: true}, {Head: b.w(wColProgress), Num: true},
		{Head: b.w(wColOverdue), Num: true}, {Head: b.w(wColSpentBudget), Num: true},
	}}
	c := &chart{Key: "plans", Title: b.w(wChartPlans), Percent: true, Explain: b.w(wChartPlansKey),
		Series: []series{{Label: b.w(wChartPlanDone), Pattern: "hatch"}}}
	for _, p := range b.s.Plans {
		k := "plan." + strconv.Itoa(int(p.ID))
		title := aside(b.lang, codeTitle(p.Code, p.Title), model.LabelOf(p.Kind).In(b.lang))
		t.Rows = append(t.Rows, []cell{
			txt(title),
			num(fmt.Sprintf("%d/%d", p.Done, p.Total), k+".done"),
			{Text: itoa(p.Percent) + "%", Key: k + ".percent", Bar: p.Percent},
			{Text: itoa(p.Overdue), Key: k + ".overdue", Mark: p.Overdue > 0, Bar: -1},
			num(p.Spent.String()+"/"+p.Budget.String(), k+".money"),
		})
		c.Rows = append(c.Rows, chartRow{Label: p.Code, Values: []int{p.Percent}, Note: fmt.Sprintf("%d/%d  %d%%", p.Done, p.Total, p.Percent)})
	}
	sec.Blocks = []block{t, c}
	if g := b.goalsTable(); g != nil {
		sec.Blocks = append(sec.Blocks, heading(b.w(wPlanGoals)), g)
	}
	return sec
}

func (b summaryBuilder) owners() section {
	sec := section{Key: "owners", Title: b.w(wSecOwners)}
	if len(b.s.Owners) == 0 {
		sec.Blocks = []block{note(b.w(wNoOwners))}
		return sec
	}
	t := &table{Key: "owners", Cols: []column{
		{Head: b.w(wColOwner)}, {Head: b.w(wColDept)}, {Head: b.w(wColOpen), Num: true},
		{Head: b.w(wColDoneInPeriod), Num: true}, {Head: b.w(wColOverdue), Num: true}, {Head: b.w(wColOverdueTasks)},
	}}
	c := &chart{Key: "owners", Title: b.w(wChartOwners), Narrow: true, Explain: b.w(wChartOwnersKey), Series: []series{
		{Label: b.w(wChartOverdue), Pattern: "cross"}, {Label: b.w(wChartOpen), Pattern: "blank"}, {Label: b.w(wChartDone), Pattern: "hatch"},
	}}
	sep := listSep(b.lang)
	for _, o := range b.s.Owners {
		k := "owner." + strconv.Itoa(int(o.ID))
		var late []string
		for i, it := range o.OverdueTasks {
			if i == ownerLateShown && len(o.OverdueTasks) > ownerLateShown+1 {
				// The problems section lists them all; here a long list
				// would bury the table.
				late = append(late, b.w(wAndMore, len(o.OverdueTasks)-i))
				break
			}
			late = append(late, it.Code+string(width.NBSP)+iso(it.Due))
		}
		t.Rows = append(t.Rows, []cell{
			txt(b.personName(o.Name)), txt(b.dept(o.Department)),
			num(itoa(o.Open), k+".open"), num(itoa(o.Done), k+".done"),
			{Text: itoa(o.Overdue), Key: k + ".overdue", Mark: o.Overdue > 0, Bar: -1},
			txt(strings.Join(late, sep)),
		})
		c.Rows = append(c.Rows, chartRow{Label: b.personName(o.Name), Values: []int{o.Overdue, o.Open - o.Overdue, o.Done},
			Note: fmt.Sprintf("%d / %d / %d", o.Overdue, o.Open-o.Overdue, o.Done)})
	}
	d := &table{Key: "depts", Cols: []column{
		{Head: b.w(wColDept)}, {Head: b.w(wColOwners), Num: true}, {Head: b.w(wColOpen), Num: true},
		{Head: b.w(wColDoneInPeriod), Num: true}, {Head: b.w(wColOverdue), Num: true},
	}}
	for i, r := range b.s.Departments {
		k := "dept." + strconv.Itoa(i)
		d.Rows = append(d.Rows, []cell{
			txt(b.dept(r.Name)), num(itoa(r.Owners), k+".owners"), num(itoa(r.Open), k+".open"),
			num(itoa(r.Done), k+".done"), {Text: itoa(r.Overdue), Key: k + ".overdue", Mark: r.Overdue > 0, Bar: -1},
		})
	}
	// Departments and the chart first, side by side on paper; the owner
	// table after them may then run on to the next page row by row.
	sec.Blocks = []block{pair{Left: []block{heading(b.w(wByDept)), d}, Right: []block{c}}, heading(b.w(wByOwner)), t}
	return sec
}

// ownerLateShown is how many overdue tasks an owner's row names.
const ownerLateShown = 5

func (b summaryBuilder) dept(name string) string {
	if name == "" {
		return b.w(wNoDept)
	}
	return name
}

func (b summaryBuilder) personName(name string) string {
	if name == "" {
		return "?"
	}
	return name
}

func (b summaryBuilder) activities() section {
	a := b.s.Activities
	sec := section{Key: "activities", Title: b.w(wSecActivities)}
	f := facts{
		{Label: b.w(wActsHeld), Value: itoa(a.Held), Key: "act.held"},
		{Label: b.w(wParticipants), Value: itoa(a.Participants), Key: "act.participants"},
		{Label: b.w(wSpend), Value: a.Spend.String(), Key: "act.spend"},
		{Label: b.w(wBudget), Value: a.Budget.String(), Key: "act.budget"},
		{Label: b.w(wAvgSatisfaction), Value: a.Score.String(), Key: "act.score"},
		{Label: b.w(wActsUpcoming), Value: itoa(len(a.Upcoming)), Key: "act.upcoming"},
	}
	sec.Blocks = append(sec.Blocks, f)
	if a.Held == 0 {
		sec.Blocks = append(sec.Blocks, note(b.w(wNoActs)))
	} else {
		k := &table{Key: "act_kinds", Cols: []column{
			{Head: b.w(wColKind)}, {Head: b.w(wColCount), Num: true}, {Head: b.w(wColParticipants), Num: true},
			{Head: b.w(wColSpend), Num: true}, {Head: b.w(wColBudget), Num: true}, {Head: b.w(wColSatisfaction), Num: true},
		}}
		for _, r := range a.ByKind {
			key := "act.kind." + model.LabelOf(r.Kind).Code
			k.Rows = append(k.Rows, []cell{
				txt(b.kindName(r.Kind)), num(itoa(r.Held), key+".held"), num(itoa(r.Participants), key+".participants"),
				num(r.Spend.String(), key+".spend"), num(r.Budget.String(), key+".budget"), num(r.Score.String(), key+".score"),
			})
		}
		h := &table{Key: "act_held", Cols: []column{
			{Head: b.w(wColDate)}, {Head: b.w(wColActivity)}, {Head: b.w(wColParticipants), Num: true}, {Head: b.w(wColSatisfaction), Num: true},
		}}
		for _, it := range a.HeldList {
			score := "-"
			if it.Score > 0 {
				score = model.ScoreText(float64(it.Score)) // as the averages beside it: 4.0
			}
			h.Rows = append(h.Rows, []cell{txt(iso(it.Date)), txt(codeTitle(it.Code, it.Title)), txt(itoa(it.Actual)),
				num(score, "act_held."+strconv.Itoa(int(it.ID))+".score")})
		}
		sec.Blocks = append(sec.Blocks, pair{Left: []block{heading(b.w(wByKind)), k}, Right: []block{heading(b.w(wHeldList)), h}})
	}
	sec.Blocks = append(sec.Blocks, heading(b.w(wUpcoming)))
	if len(a.Upcoming) == 0 {
		sec.Blocks = append(sec.Blocks, note(b.w(wNoUpcoming)))
		return sec
	}
	u := &table{Key: "act_upcoming", Cols: []column{
		{Head: b.w(wColDate)}, {Head: b.w(wColActivity)}, {Head: b.w(wColVenue)}, {Head: b.w(wColOrganiser)}, {Head: b.w(wColExpected), Num: true},
	}}
	for _, it := range a.Upcoming {
		when := iso(it.Date)
		if it.Time != "" {
			when += " " + it.Time
		}
		u.Rows = append(u.Rows, []cell{txt(when), txt(codeTitle(it.Code, it.Title)), txt(it.Venue), txt(it.Organiser), txt(itoa(it.Expected))})
	}
	sec.Blocks = append(sec.Blocks, u)
	return sec
}

func (b summaryBuilder) kindName(k model.ActivityKind) string {
	if n := model.LabelOf(k).In(b.lang); n != "" {
		return n
	}
	return "?"
}

// targetName is what an assessment looked at, in the language.
func targetName(lang model.Lang, t Target) string {
	if t.Name == "" {
		return model.LabelOf(t.Area).In(lang)
	}
	return t.Name
}

// dueState is how a due date stands: "! 逾期 8 天", "今天到期", "还有 14 天".
func dueState(lang model.Lang, due, today model.Date) cell {
	switch {
	case due.IsZero():
		return txt("")
	case due < today:
		return cell{Text: say(lang, wDaysOverdue, int(today-due)), Mark: true, Bar: -1}
	case due == today:
		return txt(say(lang, wDueToday))
	}
	return txt(say(lang, wDaysLeft, int(due-today)))
}

func (b summaryBuilder) assessments() section {
	a := b.s.Assessments
	sec := section{Key: "assessments", Title: b.w(wSecAssessments)}
	f := facts{
		{Label: b.w(wAssessHeld), Value: itoa(a.Held), Key: "as.held"},
		{Label: b.w(wAvgScore), Value: a.Score.String(), Key: "as.score"},
		{Label: b.w(wRectsOpened), Value: itoa(a.RectsOpened), Key: "as.rects_opened"},
		{Label: b.w(wRectsClosed), Value: itoa(a.RectsClosed), Key: "as.rects_closed"},
		{Label: b.w(wRectsOpen), Value: itoa(len(a.OpenRects)), Key: "as.rects_open"},
		{Label: b.w(wRectsOverdue), Value: itoa(a.Overdue), Key: "as.rects_overdue", Mark: a.Overdue > 0},
	}
	sec.Blocks = append(sec.Blocks, f, heading(b.w(wAssessList)))
	if len(a.List) == 0 {
		sec.Blocks = append(sec.Blocks, note(b.w(wNoAssess)))
	} else {
		t := &table{Key: "assessments", Cols: []column{
			{Head: b.w(wColDate)}, {Head: b.w(wColAssessment)}, {Head: b.w(wColTarget)}, {Head: b.w(wColAssessor)},
			{Head: b.w(wColScore), Num: true}, {Head: b.w(wColRating)}, {Head: b.w(wColFindings), Num: true},
		}}
		for _, it := range a.List {
			rating := model.LabelOf(it.Rating).In(b.lang)
			if rating == "" {
				rating = "-"
			}
			k := "assessment." + strconv.Itoa(int(it.ID))
			t.Rows = append(t.Rows, []cell{
				txt(iso(it.Date)), txt(codeTitle(it.Code, model.LabelOf(it.Kind).In(b.lang))), txt(targetName(b.lang, it.Target)),
				txt(it.Assessor), num(it.Score.String(), k+".score"), txt(rating), num(itoa(it.Findings), k+".findings"),
			})
		}
		sec.Blocks = append(sec.Blocks, t)
		if f := b.findingsTable(a.List); len(f.Rows) > 0 {
			sec.Blocks = append(sec.Blocks, heading(b.w(wFindingsHead)), f)
		}
	}
	sec.Blocks = append(sec.Blocks, heading(b.w(wOpenRects)))
	if len(a.OpenRects) == 0 {
		sec.Blocks = append(sec.Blocks, note(b.w(wNoOpenRects)))
		return sec
	}
	r := &table{Key: "open_rects", Cols: []column{
		{Head: b.w(wColMeasure)}, {Head: b.w(wColOwner)}, {Head: b.w(wColDue), NoWrap: true}, {Head: b.w(wColState), NoWrap: true},
	}}
	for _, it := range a.OpenRects {
		r.Rows = append(r.Rows, []cell{txt(codeTitle(it.Code, it.Measure)), txt(it.Owner), txt(iso(it.Due)), dueState(b.lang, it.Due, b.s.Today)})
	}
	sec.Blocks = append(sec.Blocks, r)
	return sec
}

func (b summaryBuilder) problems() section {
	p := b.s.Problems
	sec := section{Key: "problems", Title: b.w(wSecProblems)}
	if p.Count() == 0 {
		sec.Blocks = []block{note(b.w(wNoProblems))}
		return sec
	}
	if len(p.OverdueTasks) > 0 {
		t := &table{Key: "prob_tasks", Cols: []column{
			{Head: b.w(wColTask)}, {Head: b.w(wColOwner)}, {Head: b.w(wColDue)}, {Head: b.w(wColDaysOverdue), Num: true},
		}}
		for _, it := range p.OverdueTasks {
			t.Rows = append(t.Rows, []cell{txt(codeTitle(it.Code, it.Title)), txt(it.Owner), txt(iso(it.Due)),
				{Text: itoa(it.DaysOverdue), Mark: true, Bar: -1}})
		}
		sec.Blocks = append(sec.Blocks, heading(b.w(wProbTasks, len(p.OverdueTasks))), t)
	}
	if len(p.OverdueRects) > 0 {
		t := &table{Key: "prob_rects", Cols: []column{
			{Head: b.w(wColMeasure)}, {Head: b.w(wColOwner)}, {Head: b.w(wColDue)}, {Head: b.w(wColDaysOverdue), Num: true},
		}}
		for _, it := range p.OverdueRects {
			t.Rows = append(t.Rows, []cell{txt(codeTitle(it.Code, it.Measure)), txt(it.Owner), txt(iso(it.Due)),
				{Text: itoa(it.DaysOverdue), Mark: true, Bar: -1}})
		}
		sec.Blocks = append(sec.Blocks, heading(b.w(wProbRects, len(p.OverdueRects))), t)
	}
	if len(p.Unrecorded) > 0 {
		t := &table{Key: "prob_unrecorded", Cols: []column{{Head: b.w(wColDate)}, {Head: b.w(wColActivity)}, {Head: b.w(wColOrganiser)}}}
		for _, it := range p.Unrecorded {
			t.Rows = append(t.Rows, []cell{txt(iso(it.Date)), txt(codeTitle(it.Code, it.Title)), txt(it.Organiser)})
		}
		why := b.w(wProbUnrecordedNote)
		if b.screen {
			why = b.w(wProbUnrecordedTodo) // what to do, for the secretary at the screen
		}
		sec.Blocks = append(sec.Blocks, heading(b.w(wProbUnrecorded, len(p.Unrecorded))), note(why), t)
	}
	if len(p.Stalled) > 0 {
		t := &table{Key: "prob_stalled", Cols: []column{{Head: b.w(wColPlan)}, {Head: b.w(wColTasks), Num: true}, {Head: b.w(wColProgress), Num: true}}}
		for _, it := range p.Stalled {
			tasks := itoa(it.Total)
			if it.Total == 0 {
				tasks = b.w(wNoTasksYet)
			}
			t.Rows = append(t.Rows, []cell{txt(codeTitle(it.Code, it.Title)), txt(tasks), txt(itoa(it.Percent) + "%")})
		}
		sec.Blocks = append(sec.Blocks, heading(b.w(wProbStalled, len(p.Stalled))), note(b.w(wProbStalledNote)), t)
	}
	return sec
}

func (b summaryBuilder) next() section {
	sec := section{Key: "next", Title: b.w(wSecNext)}
	if len(b.s.Next) == 0 {
		sec.Blocks = []block{note(b.w(wNoNext))}
		return sec
	}
	t := &table{Key: "next", Cols: []column{{Head: b.w(wColDate)}, {Head: b.w(wColWhat)}, {Head: b.w(wColItem)}, {Head: b.w(wColOwner)}}}
	for _, it := range b.s.Next {
		title := it.Title
		if it.Kind == AgendaAssessment {
			title = colon(b.lang, model.LabelOf(it.AssessKind).In(b.lang), targetName(b.lang, it.Target))
		}
		t.Rows = append(t.Rows, []cell{txt(iso(it.Date)), txt(b.w(agendaWord(it.Kind))), txt(codeTitle(it.Code, title)), txt(it.Owner)})
	}
	sec.Blocks = []block{t}
	return sec
}

func agendaWord(k AgendaKind) word {
	switch k {
	case AgendaActivity:
		return wAgendaActivity
	case AgendaAssessment:
		return wAgendaAssessment
	case AgendaRect:
		return wAgendaRect
	}
	return wAgendaTask
}
