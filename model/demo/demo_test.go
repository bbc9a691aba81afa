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
	if n := l.Counts().Total(); n < size*9/10 || (size > BaseSize && n > size*11/10) {
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
