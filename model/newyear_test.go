package model

import (
	"errors"
	"testing"
	"time"
)

// yearLedger is a school year 2026—2027 with its annual plan, yearly and
// one-off tasks, a person who has left, and obligations on fixed days and
// per semester.
func yearLedger() *Ledger {
	l := &Ledger{
		Owners: []Owner{{ID: 1, Name: "张三"}, {ID: 2, Name: "冯涛", Left: d(2027, 6, 30)}},
		Plans: []Plan{
			{ID: 1, Kind: PlanStrategic, Title: "三年规划（2025—2028）", Start: d(2025, 9, 1), End: d(2028, 8, 31), Status: PlanActive},
			{ID: 2, Kind: PlanAnnual, Title: "2026—2027学年心理健康教育工作计划", Start: d(2026, 9, 1), End: d(2027, 8, 31),
				Goals: []string{"筛查覆盖率≥95%"}, Budget: Yuan(80000), Status: PlanActive, LeaderID: 1},
			{ID: 3, Kind: PlanSemester, Title: "本学期安排", Start: d(2026, 9, 1), End: d(2027, 1, 31), Status: PlanActive},
		},
		Tasks: []Task{
			{ID: 1, PlanID: 2, Title: "全体学生心理健康筛查", OwnerID: 1, Start: d(2026, 10, 1), Due: d(2026, 11, 30), Status: TaskDone, Progress: 100, DoneOn: d(2026, 11, 2), Yearly: true, ObligationID: 1},
			{ID: 2, PlanID: 3, Title: "危机干预演练", OwnerID: 2, SupervisorID: 1, Due: d(2027, 1, 15), Status: TaskInProgress, Progress: 40, Yearly: true},
			{ID: 3, PlanID: 1, Title: "课题结题", OwnerID: 1, Due: d(2027, 6, 30), Status: TaskInProgress, Yearly: true},
			{ID: 4, PlanID: 2, Title: "一次性任务", OwnerID: 1, Due: d(2027, 3, 1), Status: TaskNotStarted},
			{ID: 5, PlanID: 2, Title: "去年的每年任务", OwnerID: 1, Due: d(2026, 3, 1), Status: TaskDone, Yearly: true},
			{ID: 6, Title: "2·29 的每年任务", OwnerID: 1, Due: d(2027, 2, 28), Status: TaskNotStarted, Yearly: true},
		},
		Obligations: DefaultObligations(LangZh),
	}
	for i := range l.Obligations {
		l.Obligations[i].ID = ID(i + 1)
	}
	l.Reindex()
	return l
}

func TestPlanNewYear(t *testing.T) {
	l := yearLedger()
	ny, err := PlanNewYear(l, d(2027, 7, 10), LangZh)
	if err != nil {
		t.Fatal(err)
	}
	if ny.Year != 2027 || ny.Source.ID != 2 {
		t.Fatalf("year %d from plan %d", ny.Year, ny.Source.ID)
	}
	p := ny.Plan
	if p.ID != 0 || p.Title != "2027—2028学年心理健康教育工作计划" || p.Start != d(2027, 9, 1) || p.End != d(2028, 8, 31) ||
		p.Budget != Yuan(80000) || len(p.Goals) != 1 || p.LeaderID != 1 || p.Kind != PlanAnnual || p.Status != PlanDraft {
		t.Errorf("plan %+v", p)
	}
	if len(ny.Tasks) != 4 {
		t.Fatalf("%d tasks copied, want the 4 yearly ones of this year", len(ny.Tasks))
	}
	byFrom := map[ID]NewYearTask{}
	for _, nt := range ny.Tasks {
		byFrom[nt.From] = nt
		if nt.Task.ID != 0 || nt.Task.Status != TaskNotStarted || nt.Task.Progress != 0 || !nt.Task.DoneOn.IsZero() {
			t.Errorf("T-%d not reset: %+v", nt.From, nt.Task)
		}
	}
	if nt := byFrom[1]; nt.Task.Due != d(2027, 11, 30) || nt.Task.Start != d(2027, 10, 1) || !nt.UnderNewPlan || nt.Task.ObligationID != 1 || !nt.Task.Yearly || nt.Task.OwnerID != 1 {
		t.Errorf("screening copy %+v", nt)
	}
	if nt := byFrom[2]; !nt.OwnerLeft || nt.SupervisorLeft || nt.Task.OwnerID != 2 || !nt.UnderNewPlan {
		t.Errorf("a task of someone who left is kept and flagged: %+v", nt)
	}
	if nt := byFrom[3]; nt.UnderNewPlan || nt.Task.PlanID != 1 {
		t.Errorf("a task under the strategic plan that still runs stays there: %+v", nt)
	}
	if nt := byFrom[6]; nt.Task.Due != d(2028, 2, 28) || nt.Task.PlanID != 0 || nt.UnderNewPlan {
		t.Errorf("a task under no plan: %+v", nt)
	}
	// Activities: 5·25, 10·10 and the May month on their days (moved off
	// a weekend), and the four per-semester obligations twice each.
	var fixed, suggested int
	for _, a := range ny.Activities {
		if err := a.Activity.Validate(); err != nil {
			t.Errorf("%q: %v", a.Activity.Title, err)
		}
		if w := a.Activity.Date.Weekday(); w == time.Saturday || w == time.Sunday {
			t.Errorf("%q on a %s", a.Activity.Title, w)
		}
		if !SemesterSpan(a.Activity.Date).Contains(a.Activity.Date) || SchoolYearOf(a.Activity.Date) != 2027 {
			t.Errorf("%q on %s, outside the new year", a.Activity.Title, a.Activity.Date)
		}
		if a.Suggested {
			suggested++
		} else {
			fixed++
		}
		switch a.Obligation {
		case 2: // 5·25: 2028-05-25 is a Thursday
			if a.Activity.Date != d(2028, 5, 25) || a.Activity.Kind != ActMentalHealthDay {
				t.Errorf("5·25: %+v", a.Activity)
			}
		case 3: // 10·10: 2027-10-10 is a Sunday: the Friday before
			if a.Activity.Date != d(2027, 10, 8) || a.Activity.Kind != ActWorldMHDay {
				t.Errorf("10·10: %+v", a.Activity)
			}
		case 1: // the May month starts on 2028-05-01, a Monday
			if a.Activity.Date != d(2028, 5, 1) || a.Activity.Kind != ActThemeMonth {
				t.Errorf("May: %+v", a.Activity)
			}
		}
	}
	if fixed != 3 || suggested != 8 {
		t.Errorf("%d fixed and %d suggested activities, want 3 and 8", fixed, suggested)
	}
}

func TestPlanNewYearRefuses(t *testing.T) {
	l := yearLedger()
	// Running again once the new year's plan exists.
	l.Plans = append(l.Plans, Plan{ID: 4, Kind: PlanAnnual, Title: "2027—2028学年计划", Start: d(2027, 9, 1), End: d(2028, 8, 31), Status: PlanDraft})
	_, err := PlanNewYear(l, d(2027, 7, 10), LangZh)
	var me *MsgError
	if !errors.As(err, &me) || me.Msg.Key != MsgNewYearExists {
		t.Errorf("a second new year: %v", err)
	}
	// No annual plan this year or last: say what to create first.
	_, err = PlanNewYear(&Ledger{}, d(2027, 7, 10), LangZh)
	if !errors.As(err, &me) || me.Msg.Key != MsgNewYearNoPlan || me.Msg.Args[0] != "2026—2027学年" {
		t.Errorf("no plan: %v", err)
	}
	// A school year that began without its plan starts from last year's,
	// into this one.
	l = yearLedger()
	ny, err := PlanNewYear(l, d(2027, 9, 20), LangZh)
	if err != nil || ny.Year != 2027 || ny.Plan.Start != d(2027, 9, 1) {
		t.Errorf("late start: %+v %v", ny, err)
	}
}

func TestNextYears(t *testing.T) {
	for in, want := range map[string]string{
		"2026—2027学年心理健康教育工作计划": "2027—2028学年心理健康教育工作计划",
		"本学年心理健康教育工作计划":         "本学年心理健康教育工作计划",
		"2026年度计划（共12项，2030目标）": "2027年度计划（共12项，2030目标）",
		"Plan 2026-27": "Plan 2027-27",
	} {
		if got := nextYears(in, 2026, 1); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}

func TestAttention(t *testing.T) {
	l := ledgerFixture()
	l.Obligations = []Obligation{
		{ID: 1, Title: "月度实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}},
		{ID: 2, Title: "10·10", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.October, 10)}, Min: 1, Meets: activityRules(ActWorldMHDay)},
		{ID: 3, Title: "12·1", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.December, 1)}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}},
		{ID: 4, Title: "11月下旬", Freq: Frequency{Kind: FreqRange, From: NewMonthDay(time.November, 25), To: NewMonthDay(time.November, 30)}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}},
	}
	a := AttentionOf(l, today)
	keys := map[string][]AttentionItem{}
	for _, s := range a.Sections {
		keys[s.Key] = s.Items
	}
	if got := keys["tasks"]; len(got) != 3 || got[0].ID != 2 || got[0].Kind != AttnTaskOverdue || got[1].ID != 3 || got[2].ID != 4 || got[2].Days != 7 {
		t.Errorf("tasks %+v", got)
	}
	if got := keys["unrecorded"]; len(got) != 1 || got[0].ID != 1 || got[0].Days != 1 {
		t.Errorf("unrecorded %+v", got)
	}
	if got := keys["rects"]; len(got) != 1 || got[0].ID != 1 {
		t.Errorf("rects %+v", got)
	}
	// In date order: September missed, 10·10 missed (its weekend window
	// ends on Monday the 12th), October missed, late November's range not
	// started but in this month. November is met (the fixture's held
	// activity), 1 December is not this month.
	got := keys["obligations"]
	want := []struct {
		id   ID
		kind AttentionKind
	}{{1, AttnObligationMissed}, {2, AttnObligationMissed}, {1, AttnObligationMissed}, {4, AttnObligationDue}}
	for i, w := range want {
		if i >= len(got) || got[i].ID != w.id || got[i].Kind != w.kind {
			t.Fatalf("obligations %+v", got)
		}
	}
	if len(got) != 4 {
		t.Errorf("obligations %+v", got)
	}
	// The last meeting's decision has no task yet (未分解): the next
	// meeting must look at it.
	if got := keys["decisions"]; len(got) != 1 || got[0].ID != 1 || got[0].Status != DecisionUnassigned || got[0].Days != 5 {
		t.Errorf("decisions %+v", got)
	}
	if a.Count() != 10 || a.Empty() {
		t.Errorf("count %d", a.Count())
	}
	if !AttentionOf(&Ledger{}, today).Empty() {
		t.Error("an empty ledger needs attention")
	}
}
