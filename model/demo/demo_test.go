package demo

import (
	"reflect"
	"testing"
	"time"

	"secretary/model"
)

var today = model.NewDate(2026, time.November, 20)

// The sample must be a valid ledger at every size: every record passes
// its own validation and points only at records that exist, IDs run from
// 1 in each kind, and a rectification addresses a finding its assessment
// has.
func TestSampleIsAValidLedgerAtEverySize(t *testing.T) {
	for _, size := range []int{0, 81, 500, 5000} {
		checkSample(t, today, size)
	}
	// Any day of the year: the school year turns in September, 5·25 and
	// 10·10 fall before or after today, February may have 29 days.
	for _, day := range []model.Date{
		model.NewDate(2026, time.July, 15), model.NewDate(2026, time.September, 1), model.NewDate(2027, time.January, 1),
		model.NewDate(2028, time.February, 29), model.NewDate(2027, time.May, 25), model.NewDate(2026, time.October, 10),
	} {
		checkSample(t, day, 300)
	}
}

func checkSample(t *testing.T, today model.Date, size int) {
	t.Helper()
	l := Build(today, size)
	// The default obligations are a fixed ten on top of the size asked
	// for (added after the generated part, which they leave as it was);
	// the inspection sample is the same at every size and not counted in it.
	c := l.Counts()
	if n := c.Total() - c.Of(model.EntityRubric) - c.Of(model.EntityIndicator) - c.Of(model.EntityEvidence) - c.Of(model.EntityDocument); n < size*9/10 || (size > BaseSize && n > size*11/10+len(l.Obligations)) {
		t.Errorf("size %d: %d records", size, n)
	}
	check := func(r model.Record, i int) {
		if r.GetID() != model.ID(i+1) {
			t.Errorf("size %d: %s at position %d", size, model.CodeOf(r), i)
		}
		// The save rules too (a task done on a real day, 销号 by someone
		// else): the sample is what a careful secretary would have saved.
		if err := model.ValidateSave(r, l, today); err != nil {
			t.Errorf("size %d: %s: %v", size, model.CodeOf(r), err)
		}
		for _, ref := range r.References() {
			if ref.ID != 0 && l.Record(ref.Entity, ref.ID) == nil {
				t.Errorf("size %d: %s %s points at missing %s", size, model.CodeOf(r), ref.Field, model.Code(ref.Entity, ref.ID))
			}
		}
	}
	for i := range l.Plans {
		check(&l.Plans[i], i)
	}
	for i := range l.Owners {
		check(&l.Owners[i], i)
	}
	for i := range l.Tasks {
		check(&l.Tasks[i], i)
	}
	for i := range l.Activities {
		check(&l.Activities[i], i)
	}
	for i := range l.Assessments {
		check(&l.Assessments[i], i)
	}
	for i := range l.Rectifications {
		r := &l.Rectifications[i]
		check(r, i)
		if _, ok := l.Assessment(r.AssessmentID).Finding(r.FindingNo); !ok {
			t.Errorf("size %d: %s addresses missing finding #%d", size, model.CodeOf(r), r.FindingNo)
		}
	}
	for i := range l.Meetings {
		m := &l.Meetings[i]
		check(m, i)
		if errs := m.CheckOn(today); len(errs) > 0 {
			t.Errorf("size %d: %s: %v", size, model.CodeOf(m), errs)
		}
	}
	for i := range l.Decisions {
		check(&l.Decisions[i], i)
	}
}

// The group's year: meetings of the kinds the rubrics ask for, one held
// in confidence, one still to come, decisions in every state, a roster
// with every role and a member who has left.
func TestSampleHasAYearOfMeetings(t *testing.T) {
	l := Build(today, 0)
	kinds := map[model.MeetingKind]bool{}
	var internal, planned int
	for i := range l.Meetings {
		m := &l.Meetings[i]
		kinds[m.Kind] = true
		if m.Internal {
			internal++
		}
		if !m.Held() {
			planned++
		}
	}
	for _, k := range []model.MeetingKind{model.MeetingLeadership, model.MeetingRoutine, model.MeetingSpecial, model.MeetingCaseReview} {
		if !kinds[k] {
			t.Errorf("no %s meeting", model.LabelOf(k).Code)
		}
	}
	if internal == 0 || planned == 0 {
		t.Errorf("%d internal, %d planned meetings", internal, planned)
	}
	idx := model.TasksByDecision(l)
	seen := map[model.DecisionStatus]int{}
	for i := range l.Decisions {
		seen[model.DecisionStatusOf(l, idx[l.Decisions[i].ID], today)]++
	}
	for _, s := range model.Values[model.DecisionStatus]() {
		if seen[s] == 0 {
			t.Errorf("no decision %s: %v", model.LabelOf(s).Code, seen)
		}
	}
	roles := map[model.GroupRole]bool{}
	left := 0
	for i := range l.Owners {
		roles[l.Owners[i].Role] = true
		if l.Owners[i].HasLeft(today) {
			left++
		}
	}
	for _, r := range model.Values[model.GroupRole]() {
		if !roles[r] {
			t.Errorf("no %s in the roster", model.LabelOf(r).Code)
		}
	}
	if left == 0 || l.Settings.FoundingNo == "" {
		t.Errorf("%d people left; founding document %q", left, l.Settings.FoundingNo)
	}
}

// The hand-made sample shows a school's year as a secretary would meet
// it: some work done, some overdue, some due this week, activities held
// and coming, rectifications open, overdue and closed, every department
// the domain names, and Chinese, mixed and emoji text.
func TestSampleLooksLikeASchoolYear(t *testing.T) {
	l := Build(today, 0)
	var done, overdue, soon int
	for i := range l.Tasks {
		t := &l.Tasks[i]
		switch {
		case !t.Open():
			done++
		case t.Overdue(today):
			overdue++
		case t.DueSoon(today):
			soon++
		}
	}
	if done < 3 || overdue < 3 || soon < 2 {
		t.Errorf("tasks: %d done, %d overdue, %d due this week", done, overdue, soon)
	}
	var held, upcoming, needsRecord int
	for i := range l.Activities {
		a := &l.Activities[i]
		if a.Status == model.ActHeld {
			held++
		}
		if a.Upcoming(today) {
			upcoming++
		}
		if a.NeedsRecord(today) {
			needsRecord++
		}
	}
	if held < 3 || upcoming < 3 || needsRecord < 1 {
		t.Errorf("activities: %d held, %d coming, %d to record", held, upcoming, needsRecord)
	}
	var open, late, closed int
	for i := range l.Rectifications {
		r := &l.Rectifications[i]
		switch {
		case !r.Open():
			closed++
		case r.Overdue(today):
			late++
		default:
			open++
		}
	}
	if open < 1 || late < 1 || closed < 1 {
		t.Errorf("rectifications: %d open, %d overdue, %d closed", open, late, closed)
	}
	depts := map[string]bool{}
	for _, o := range l.Owners {
		depts[o.Department] = true
	}
	for _, d := range []string{"德育处", "教务处", "心理中心", "年级组", "校医室"} {
		if !depts[d] {
			t.Errorf("no owner in %s", d)
		}
	}
	kinds := map[model.PlanKind]bool{}
	for _, p := range l.Plans {
		kinds[p.Kind] = true
	}
	if !kinds[model.PlanStrategic] || !kinds[model.PlanAnnual] {
		t.Error("a three-year and an annual plan belong in the sample")
	}
	if l.Settings.GroupName == "" || l.Settings.School == "" {
		t.Error("settings head every printout; the sample has none")
	}
}

// The same day and size give the same ledger: the screenshots and the
// tests rely on it.
func TestSampleIsDeterministic(t *testing.T) {
	for _, size := range []int{0, 2000} {
		a, b := Build(today, size), Build(today, size)
		if !reflect.DeepEqual(a.Counts(), b.Counts()) || !reflect.DeepEqual(a.Tasks, b.Tasks) || !reflect.DeepEqual(a.Rectifications, b.Rectifications) {
			t.Errorf("size %d: two builds differ", size)
		}
	}
}

// TestDemoObligationsShowEveryMark: on the pinned day the sample's
// required work has a period met, one due, one missed and one not yet
// due, so every mark shows in the coverage, the panel and the printout.
func TestDemoObligationsShowEveryMark(t *testing.T) {
	l := Build(today, 0)
	if len(l.Obligations) == 0 {
		t.Fatal("the sample has no obligations")
	}
	sy := model.SchoolYearSpan(model.SchoolYearOf(today))
	c := model.CoverageOf(l, sy.From, sy.To, today)
	for _, m := range []model.Mark{model.MarkMet, model.MarkDue, model.MarkMissed, model.MarkNotYet} {
		if c.Count(m) == 0 {
			t.Errorf("no period is %s", model.LabelOf(m).Code)
		}
	}
	met := 0
	for _, r := range c.Rows {
		for _, p := range r.Periods {
			for _, h := range p.Hits {
				if h.Entity == model.EntityTask {
					met++
				}
			}
		}
	}
	if met == 0 {
		t.Error("no obligation is met by a tagged task")
	}
}
