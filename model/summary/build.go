package summary

import (
	"cmp"
	"slices"

	"secretary/internal/pinyin"
	"secretary/model"
)

// Build gathers the meeting summary of the ledger for the period, as of
// today. It reads the ledger once per kind of record and does no I/O, so
// the Summary tab can rebuild it on every change. Counts "in the period"
// use the period's days; "open", "overdue" and "the next 30 days" are as
// of today, because that is what the meeting needs to act on.
func Build(l *model.Ledger, p Period, today model.Date) *Summary {
	s := &Summary{
		Header:  Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary},
		Period:  p,
		Today:   today,
		Horizon: today + Horizon,
	}
	b := &builder{l: l, s: s, plans: map[model.ID]*planStats{}, owners: map[model.ID]*OwnerRow{}}
	b.tasks()
	b.activities()
	b.obligations()
	b.plansSection()
	b.ownersSection()
	b.assessments()
	b.rects()
	b.problems()
	b.agenda()
	s.Group = buildGroup(l, p, today)
	return s
}

type builder struct {
	l      *model.Ledger
	s      *Summary
	plans  map[model.ID]*planStats
	owners map[model.ID]*OwnerRow
	spent  map[model.ID]model.Money // held activities' spend per plan
	next   []AgendaItem
}

type planStats struct {
	done, total, overdue, doneInPeriod, progressSum int
}

// doneDay is the day a done task counts as done: the day it was marked
// done, or — for tasks marked done before the ledger recorded that day,
// such as imported ones — its due date.
func doneDay(t *model.Task) model.Date {
	if t.DoneOn.IsZero() {
		return t.Due
	}
	return t.DoneOn
}

func (b *builder) owner(id model.ID) *OwnerRow {
	o := b.owners[id]
	if o == nil {
		o = &OwnerRow{ID: id}
		if rec := b.l.Owner(id); rec != nil {
			o.Name, o.Title, o.Department = rec.Name, rec.Title, rec.Department
		}
		b.owners[id] = o
	}
	return o
}

// taskItem is the task as the summary lists it.
func (b *builder) taskItem(t *model.Task) TaskItem {
	it := TaskItem{
		ID: t.ID, Code: model.Code(model.EntityTask, t.ID), Title: t.Title,
		Owner: b.l.OwnerName(t.OwnerID), Supervisor: b.l.OwnerName(t.SupervisorID), Plan: b.l.PlanTitle(t.PlanID),
		Area: t.Area, Due: t.Due, Status: t.Status, Progress: t.Progress, Indicator: t.Indicator,
	}
	if t.Overdue(b.s.Today) {
		it.DaysOverdue = int(b.s.Today - t.Due)
	}
	return it
}

// tasks is one pass over the tasks: plan and owner figures, the overview's
// task counts, overdue tasks and the deadlines coming up. Overdue tasks
// are gathered as pointers and sorted before they are copied into rows:
// a large ledger has thousands, and moving big structs while sorting
// costs more than the rest of Build.
func (b *builder) tasks() {
	s, ov := b.s, &b.s.Overview
	overdue := make([]*model.Task, 0, len(b.l.Tasks)/8)
	for i := range b.l.Tasks {
		t := &b.l.Tasks[i]
		ps := b.plans[t.PlanID]
		if ps == nil {
			ps = &planStats{}
			b.plans[t.PlanID] = ps
		}
		ps.total++
		if !t.Open() {
			ps.done++
			ps.progressSum += 100
			if s.Period.Contains(doneDay(t)) {
				ps.doneInPeriod++
				ov.TasksDone++
				b.owner(t.OwnerID).Done++
			}
			continue
		}
		ps.progressSum += t.Progress
		ov.TasksOpen++
		o := b.owner(t.OwnerID)
		o.Open++
		if t.Overdue(s.Today) {
			ps.overdue++
			ov.TasksOverdue++
			o.Overdue++
			overdue = append(overdue, t)
		} else if !t.Due.IsZero() && t.Due <= s.Horizon {
			ov.TasksDueSoon++
			b.next = append(b.next, AgendaItem{ID: t.ID, Date: t.Due, Kind: AgendaTask, Code: model.Code(model.EntityTask, t.ID), Title: t.Title, Owner: b.l.OwnerName(t.OwnerID)})
		}
	}
	sortByDate(overdue, func(t *model.Task) model.Date { return t.Due })
	s.Problems.OverdueTasks = make([]TaskItem, len(overdue))
	for i, t := range overdue {
		it := b.taskItem(t)
		s.Problems.OverdueTasks[i] = it
		o := b.owners[t.OwnerID]
		o.OverdueTasks = append(o.OverdueTasks, TaskRef{ID: t.ID, Code: it.Code, Due: t.Due})
	}
}

// sortByDate orders records by a date, keeping their order (ID order, as
// the ledger holds them) among equal dates. Dates are small integers, so
// a counting sort does it in one pass where a comparison sort would chase
// pointers n·log n times; a spread of dates much wider than the list
// (garbage years) falls back to a stable comparison sort.
func sortByDate[T any](items []T, date func(T) model.Date) {
	if len(items) < 2 {
		return
	}
	lo, hi := date(items[0]), date(items[0])
	for _, it := range items[1:] {
		d := date(it)
		lo, hi = min(lo, d), max(hi, d)
	}
	span := int(hi-lo) + 1
	if span > 4*len(items)+1024 {
		slices.SortStableFunc(items, func(x, y T) int { return cmp.Compare(date(x), date(y)) })
		return
	}
	start := make([]int, span+1)
	for _, it := range items {
		start[int(date(it)-lo)+1]++
	}
	for i := 1; i <= span; i++ {
		start[i] += start[i-1]
	}
	sorted := make([]T, len(items))
	for _, it := range items {
		k := int(date(it) - lo)
		sorted[start[k]] = it
		start[k]++
	}
	copy(items, sorted)
}

// byDateID orders by day, then by ID (the order records were added).
func byDateID(d1, d2 model.Date, id1, id2 model.ID) int {
	switch {
	case d1 < d2:
		return -1
	case d1 > d2:
		return 1
	case id1 < id2:
		return -1
	case id1 > id2:
		return 1
	}
	return 0
}

func (b *builder) activityItem(a *model.Activity) ActivityItem {
	return ActivityItem{
		ID: a.ID, Code: model.Code(model.EntityActivity, a.ID), Title: a.Title, Kind: a.Kind,
		Date: a.Date, Time: a.Time, Venue: a.Venue, Organiser: b.l.OwnerName(a.OrganiserID),
		Expected: a.Expected, Actual: a.Actual, Budget: a.Budget, Spend: a.Spend, Score: a.Score,
	}
}

// activities is one pass over the activities: what was held in the
// period, by kind; what is coming; what is missing its record.
func (b *builder) activities() {
	s, sec := b.s, &b.s.Activities
	b.spent = map[model.ID]model.Money{}
	kinds := map[model.ActivityKind]*KindRow{}
	var held, upcoming, unrecorded []*model.Activity
	for i := range b.l.Activities {
		a := &b.l.Activities[i]
		switch {
		case a.Status == model.ActHeld:
			b.spent[a.PlanID] += a.Spend
			if !s.Period.Contains(a.Date) {
				continue
			}
			sec.Held++
			sec.Participants += a.Actual
			sec.Expected += a.Expected
			sec.Spend += a.Spend
			sec.Budget += a.Budget
			k := kinds[a.Kind]
			if k == nil {
				k = &KindRow{Kind: a.Kind}
				kinds[a.Kind] = k
			}
			k.Held++
			k.Participants += a.Actual
			k.Spend += a.Spend
			k.Budget += a.Budget
			if a.Score > 0 {
				sec.Score.Add(float64(a.Score))
				k.Score.Add(float64(a.Score))
			}
			held = append(held, a)
		case a.Status == model.ActCancelled:
			if s.Period.Contains(a.Date) {
				sec.Cancelled++
			}
		case a.NeedsRecord(s.Today):
			unrecorded = append(unrecorded, a)
		case a.Upcoming(s.Today) && a.Date <= s.Horizon:
			upcoming = append(upcoming, a)
		}
	}
	for _, k := range model.Values[model.ActivityKind]() {
		if r := kinds[k]; r != nil {
			sec.ByKind = append(sec.ByKind, *r)
		}
	}
	if k := kinds[0]; k != nil { // an activity without a kind still counts
		sec.ByKind = append(sec.ByKind, *k)
	}
	sec.HeldList = b.activityItems(held)
	sec.Upcoming = b.activityItems(upcoming)
	s.Problems.Unrecorded = b.activityItems(unrecorded)
	for _, it := range sec.Upcoming {
		b.next = append(b.next, AgendaItem{ID: it.ID, Date: it.Date, Kind: AgendaActivity, Code: it.Code, Title: it.Title, Owner: it.Organiser})
	}
	s.Overview.ActivitiesHeld, s.Overview.Participants = sec.Held, sec.Participants
	s.Overview.Spend, s.Overview.Budget, s.Overview.Upcoming = sec.Spend, sec.Budget, len(sec.Upcoming)
}

// activityItems sorts the activities by day and makes their rows.
func (b *builder) activityItems(acts []*model.Activity) []ActivityItem {
	sortByDate(acts, func(a *model.Activity) model.Date { return a.Date })
	out := make([]ActivityItem, len(acts))
	for i, a := range acts {
		out[i] = b.activityItem(a)
	}
	return out
}

// plansSection lists the active plans that run during the period.
func (b *builder) plansSection() {
	s := b.s
	for i := range b.l.Plans {
		p := &b.l.Plans[i]
		if p.Status != model.PlanActive || p.Start > s.Period.To || (!p.End.IsZero() && p.End < s.Period.From) {
			continue
		}
		st := b.plans[p.ID]
		if st == nil {
			st = &planStats{}
		}
		row := PlanRow{
			ID: p.ID, Code: model.Code(model.EntityPlan, p.ID), Title: p.Title, Kind: p.Kind,
			Start: p.Start, End: p.End, Leader: b.l.OwnerName(p.LeaderID),
			Done: st.done, Total: st.total, Overdue: st.overdue, DoneInPeriod: st.doneInPeriod,
			Budget: p.Budget, Spent: b.spent[p.ID], Goals: p.Goals,
		}
		if st.total > 0 {
			row.Percent = model.Percent(st.done, st.total)
			row.MeanPercent = model.Percent(st.progressSum, st.total*100)
		}
		s.Plans = append(s.Plans, row)
	}
	slices.SortStableFunc(s.Plans, func(x, y PlanRow) int {
		return cmp.Or(cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.Start, y.Start), cmp.Compare(x.ID, y.ID))
	})
	s.Overview.ActivePlans = len(s.Plans)
}

// ownersSection orders the people with work to show — most overdue
// first, then most open — and adds up their departments.
func (b *builder) ownersSection() {
	s := b.s
	s.Owners = make([]OwnerRow, 0, len(b.owners))
	depts := map[string]*DeptRow{}
	for _, o := range b.owners {
		s.Owners = append(s.Owners, *o)
		d := depts[o.Department]
		if d == nil {
			d = &DeptRow{Name: o.Department}
			depts[o.Department] = d
		}
		d.Owners++
		d.Open += o.Open
		d.Done += o.Done
		d.Overdue += o.Overdue
	}
	// Equal loads are listed as a staff list is read: by name, in
	// pinyin order (surnames read as surnames), then by code.
	slices.SortFunc(s.Owners, func(x, y OwnerRow) int {
		return cmp.Or(cmp.Compare(y.Overdue, x.Overdue), cmp.Compare(y.Open, x.Open), cmp.Compare(y.Done, x.Done),
			pinyin.CompareNames(x.Name, y.Name), cmp.Compare(x.ID, y.ID))
	})
	for _, d := range depts {
		s.Departments = append(s.Departments, *d)
	}
	slices.SortFunc(s.Departments, func(x, y DeptRow) int {
		return cmp.Or(cmp.Compare(y.Overdue, x.Overdue), cmp.Compare(y.Open, x.Open), cmp.Compare(y.Done, x.Done), pinyin.Compare(x.Name, y.Name))
	})
}

func (b *builder) target(t model.Target) Target {
	if t.Kind == model.TargetArea {
		return Target{Area: t.Area}
	}
	return Target{Name: model.TargetLabel(b.l, t, model.LangZh)}
}

// assessments lists those held in the period and schedules the coming
// ones.
func (b *builder) assessments() {
	s, sec := b.s, &b.s.Assessments
	for i := range b.l.Assessments {
		e := &b.l.Assessments[i]
		if e.Date > s.Today {
			if e.Date <= s.Horizon {
				b.next = append(b.next, AgendaItem{ID: e.ID, Date: e.Date, Kind: AgendaAssessment, Code: model.Code(model.EntityAssessment, e.ID),
					Owner: e.Assessor, AssessKind: e.Kind, Target: b.target(e.Target)})
			}
			continue
		}
		if !s.Period.Contains(e.Date) {
			continue
		}
		it := AssessmentItem{ID: e.ID, Code: model.Code(model.EntityAssessment, e.ID), Date: e.Date, Kind: e.Kind,
			Target: b.target(e.Target), Assessor: e.Assessor, Rating: e.Rating, Findings: len(e.Findings)}
		for _, in := range e.Indicators {
			if in.Scored {
				it.Score.Add(in.Score)
			}
		}
		if it.Score.N > 0 {
			sec.Score.Add(it.Score.Mean())
		}
		sec.List = append(sec.List, it)
	}
	slices.SortFunc(sec.List, func(x, y AssessmentItem) int { return byDateID(x.Date, y.Date, x.ID, y.ID) })
	b.findings(sec.List)
	sec.Held = len(sec.List)
	s.Overview.Assessments, s.Overview.AvgScore = sec.Held, sec.Score
}

// rects counts the rectifications opened and closed in the period and
// lists every one still open.
func (b *builder) rects() {
	s, sec := b.s, &b.s.Assessments
	var open []*model.Rectification
	for i := range b.l.Rectifications {
		r := &b.l.Rectifications[i]
		if s.Period.Contains(r.OpenedOn) {
			sec.RectsOpened++
		}
		if !r.Open() {
			if s.Period.Contains(r.ClosedOn) {
				sec.RectsClosed++
			}
			continue
		}
		open = append(open, r)
	}
	sortByDate(open, func(r *model.Rectification) model.Date { return r.Due })
	sec.OpenRects = make([]RectItem, len(open))
	for i, r := range open {
		it := rectItem(b.l, r, s.Today)
		sec.OpenRects[i] = it
		if it.Overdue() {
			sec.Overdue++
			s.Problems.OverdueRects = append(s.Problems.OverdueRects, it)
		} else if !r.Due.IsZero() && r.Due <= s.Horizon {
			b.next = append(b.next, AgendaItem{ID: r.ID, Date: r.Due, Kind: AgendaRect, Code: it.Code, Title: r.Measure, Owner: it.Owner})
		}
	}
	ov := &s.Overview
	ov.RectsOpened, ov.RectsClosed, ov.RectsOpen, ov.RectsOverdue = sec.RectsOpened, sec.RectsClosed, len(sec.OpenRects), sec.Overdue
}

// rectItem is the rectification as a summary lists it.
func rectItem(l *model.Ledger, r *model.Rectification, today model.Date) RectItem {
	it := RectItem{ID: r.ID, Code: model.Code(model.EntityRectification, r.ID), Measure: r.Measure,
		Owner: l.OwnerName(r.OwnerID), Assessment: model.Code(model.EntityAssessment, r.AssessmentID),
		OpenedOn: r.OpenedOn, Due: r.Due}
	if e := l.Assessment(r.AssessmentID); e != nil {
		if f, ok := e.Finding(r.FindingNo); ok {
			it.Finding = f.Text
		}
	}
	if r.Overdue(today) {
		it.DaysOverdue = int(today - r.Due)
	}
	return it
}

// problems adds the plans that did not move in the period and orders the
// overdue tasks.
func (b *builder) problems() {
	s := b.s
	for _, p := range s.Plans {
		if p.DoneInPeriod == 0 && (p.Total == 0 || p.Done < p.Total) {
			s.Problems.Stalled = append(s.Problems.Stalled, StalledPlan{Code: p.Code, Title: p.Title, Total: p.Total, Percent: p.Percent})
		}
	}
}

// agenda orders the next 30 days by day, then events before deadlines.
func (b *builder) agenda() {
	slices.SortFunc(b.next, func(x, y AgendaItem) int {
		if x.Date != y.Date || x.Kind == y.Kind {
			return byDateID(x.Date, y.Date, x.ID, y.ID)
		}
		return cmp.Compare(x.Kind, y.Kind)
	})
	b.s.Next = b.next
}
