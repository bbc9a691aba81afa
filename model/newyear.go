package model

import (
	"slices"
	"strconv"
	"time"

	"secretary/internal/i18n"
)

// NewYear is the next school year started from this one (一键开新学年),
// worked out but not yet written: what the preview shows and what one
// undoable step then creates.
type NewYear struct {
	Year   int  // the new school year's first calendar year: 2027 for 2027—2028
	Source Plan // the annual plan it starts from
	Plan   Plan // the new annual plan (ID 0)
	Tasks  []NewYearTask
	// Activities are planned for the required work on fixed days
	// (5·25, 10·10, the May month) and, on a suggested day, for the work
	// due every semester.
	Activities []NewYearActivity
}

// NewYearTask is a task marked 每年 copied into the new year.
type NewYearTask struct {
	Task Task // the copy: ID 0, dates a year on, status and progress reset
	From ID   // the task it copies
	// UnderNewPlan: the copy belongs to the new annual plan (its PlanID
	// is set when the plan has its number).
	UnderNewPlan bool
	// OwnerLeft and SupervisorLeft flag people who have left (Owner.Left):
	// the copy keeps them, and the preview asks for someone else.
	OwnerLeft, SupervisorLeft bool
}

// NewYearActivity is an activity planned for an obligation.
type NewYearActivity struct {
	Activity   Activity // planned, under the new plan (PlanID set on writing)
	Obligation ID
	Suggested  bool // a suggested day (per-semester work), not a fixed one
}

// Message keys of the new school year.
const (
	MsgNewYearNoPlan = "newyear.no_plan" // args: the school year's name
	MsgNewYearExists = "newyear.exists"  // args: the new school year's name, the plan's code and title
)

// SchoolYearName is a school year's name: 2026—2027学年 (2026–2027
// school year).
func SchoolYearName(year int, lang Lang) string {
	return i18n.For(lang).Sprintf("period.year", year, year+1)
}

// AnnualPlanOf is the annual plan of the school year that starts in
// September of year (one whose start falls in it): the active one, else
// the latest; nil when there is none.
func AnnualPlanOf(l *Ledger, year int) *Plan {
	var found *Plan
	for i := range l.Plans {
		p := &l.Plans[i]
		if p.Kind != PlanAnnual || SchoolYearOf(p.Start) != year {
			continue
		}
		if found == nil || p.Status == PlanActive || found.Status != PlanActive {
			found = p // the latest, an active one before any other
		}
	}
	return found
}

// PlanNewYear works out the next school year from this one, as of today.
// It starts from this school year's annual plan; when this school year
// began without one, from last year's, into this one. It is refused when
// neither exists (the message says to create the annual plan first) and
// when the new school year already has an annual plan.
func PlanNewYear(l *Ledger, today Date, lang Lang) (*NewYear, error) {
	cur := SchoolYearOf(today)
	src, year := AnnualPlanOf(l, cur), cur+1
	if src == nil {
		if src = AnnualPlanOf(l, cur-1); src == nil {
			return nil, NewMsgError(MsgNewYearNoPlan, SchoolYearName(cur, lang))
		}
		year = cur
	}
	if p := AnnualPlanOf(l, year); p != nil {
		return nil, NewMsgError(MsgNewYearExists, SchoolYearName(year, lang), Code(EntityPlan, p.ID)+" "+p.Title)
	}
	srcYear := SchoolYearOf(src.Start)
	shift := (year - srcYear) * 12
	ny := &NewYear{Year: year, Source: *src}
	ny.Plan = Plan{
		Kind: PlanAnnual, Title: nextYears(src.Title, srcYear, year-srcYear),
		Start: src.Start.AddMonths(shift), End: src.End.AddMonths(shift),
		Goals: append([]string(nil), src.Goals...), Budget: src.Budget,
		Status: PlanDraft, LeaderID: src.LeaderID, Notes: src.Notes,
	}
	newStart := SchoolYearSpan(year).From
	for i := range l.Tasks {
		t := &l.Tasks[i]
		if !t.Yearly || SchoolYearOf(t.Due) != srcYear {
			continue
		}
		c := *t
		c.ID, c.Status, c.Progress, c.DoneOn = 0, TaskNotStarted, 0, NoDate
		c.Due = t.Due.AddMonths(shift)
		if !t.Start.IsZero() {
			c.Start = t.Start.AddMonths(shift)
		}
		nt := NewYearTask{Task: c, From: t.ID}
		if p := l.Plan(t.PlanID); t.PlanID != 0 && (p == nil || p.Kind != PlanStrategic || p.End < c.Due) {
			nt.UnderNewPlan, nt.Task.PlanID = true, 0
		}
		if o := l.Owner(t.OwnerID); o != nil && o.HasLeft(newStart) {
			nt.OwnerLeft = true
		}
		if o := l.Owner(t.SupervisorID); o != nil && o.HasLeft(newStart) {
			nt.SupervisorLeft = true
		}
		ny.Tasks = append(ny.Tasks, nt)
	}
	ny.Activities = plannedActivities(l, year, lang)
	slices.SortStableFunc(ny.Activities, func(a, b NewYearActivity) int { return int(a.Activity.Date - b.Activity.Date) })
	return ny, nil
}

// plannedActivities are the activities the new year's required work
// needs: one on each fixed day or at the start of each fixed range, and
// one a semester, on a suggested school day, for per-semester work.
func plannedActivities(l *Ledger, year int, lang Lang) []NewYearActivity {
	tr := i18n.For(lang)
	var out []NewYearActivity
	semesterWork := 0
	for i := range l.Obligations {
		o := &l.Obligations[i]
		kind, ok := activityKindFor(o)
		if !o.Active() || !ok {
			continue
		}
		plan := func(day Date, suggested bool) {
			out = append(out, NewYearActivity{Obligation: o.ID, Suggested: suggested, Activity: Activity{
				Kind: kind, Title: o.Title, Date: day, Status: ActPlanned,
				Notes: tr.Sprintf("newyear.activity_note", Code(EntityObligation, o.ID)),
			}})
		}
		switch o.Freq.Kind {
		case FreqDate:
			plan(schoolDay(o.Freq.Periods(year)[0].Day, false), false)
		case FreqRange:
			plan(schoolDay(o.Freq.Periods(year)[0].From, true), false)
		case FreqSemester:
			// Six weeks into each semester, a week apart for each
			// piece of per-semester work, so they do not all land on
			// one day.
			for _, p := range o.Freq.Periods(year) {
				plan(schoolDay(p.From.AddDays(42+7*semesterWork), true), true)
			}
			semesterWork++
		}
	}
	return out
}

// activityKindFor is the kind of activity that meets the obligation: its
// first activity rule's (any kind: 其他).
func activityKindFor(o *Obligation) (ActivityKind, bool) {
	for _, r := range o.Meets {
		if r.Entity == EntityActivity {
			if r.Kind == 0 {
				return ActOther, true
			}
			return ActivityKind(r.Kind), true
		}
	}
	return 0, false
}

// schoolDay moves a Saturday or Sunday to a school day: the Friday before
// (a fixed day is marked before it passes), or the Monday after (forward,
// for the start of a range or a suggested day).
func schoolDay(d Date, forward bool) Date {
	switch d.Weekday() {
	case time.Saturday:
		if forward {
			return d + 2
		}
		return d - 1
	case time.Sunday:
		if forward {
			return d + 1
		}
		return d - 2
	}
	return d
}

// nextYears moves the years of a school year named in a title on by n:
// "2026—2027学年工作计划" becomes "2027—2028学年工作计划". Only the
// school year's own two years change; other numbers stay.
func nextYears(title string, year, n int) string {
	if n == 0 {
		return title
	}
	b := []byte(title)
	var out []byte
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if j == i {
			out = append(out, b[i])
			i++
			continue
		}
		if v, err := strconv.Atoi(string(b[i:j])); err == nil && j-i == 4 && (v == year || v == year+1) {
			out = strconv.AppendInt(out, int64(v+n), 10)
		} else {
			out = append(out, b[i:j]...)
		}
		i = j
	}
	return string(out)
}
