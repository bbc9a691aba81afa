package model

import (
	"math"
	"reflect"
	"testing"
)

// ledgerFixture is a small ledger whose derived values are worked out by
// hand in the tests below. today is 2026-11-20.
func ledgerFixture() *Ledger {
	l := &Ledger{
		Plans: []Plan{
			{ID: 1, Kind: PlanAnnual, Title: "年度计划", Status: PlanActive},
			{ID: 2, Kind: PlanSemester, Title: "学期计划", Status: PlanActive},
			{ID: 3, Kind: PlanSemester, Title: "空计划", Status: PlanDraft},
		},
		Owners: []Owner{{ID: 1, Name: "张三"}, {ID: 2, Name: "李红梅"}, {ID: 3, Name: "空闲的人"}},
		Tasks: []Task{
			{ID: 1, PlanID: 1, OwnerID: 1, Due: today - 10, Status: TaskDone, Progress: 100},     // done, was due before
			{ID: 2, PlanID: 1, OwnerID: 1, Due: today - 1, Status: TaskInProgress, Progress: 50}, // overdue by a day
			{ID: 3, PlanID: 1, OwnerID: 1, Due: today, Status: TaskNotStarted},                   // due today: soon, not overdue
			{ID: 4, PlanID: 1, OwnerID: 2, Due: today + 7, Status: TaskBlocked, Progress: 20},    // last day of "soon"
			{ID: 5, PlanID: 2, OwnerID: 2, Due: today + 8, Status: TaskInProgress, Progress: 10}, // just past "soon"
			{ID: 6, PlanID: 0, OwnerID: 2, Due: today - 30, Status: TaskDone},                    // no plan
		},
		Activities: []Activity{
			{ID: 1, Title: "讲座", Date: today - 1, Status: ActPlanned, Budget: Yuan(2000), Spend: Yuan(2600)},
			{ID: 2, Title: "培训", Date: today, Status: ActPlanned, Budget: Yuan(5000), Spend: 0},
			{ID: 3, Title: "团辅", Date: today - 5, Status: ActHeld, Budget: Yuan(1500), Spend: Yuan(1200)},
			{ID: 4, Title: "演练", Date: today - 5, Status: ActCancelled},
		},
		Assessments: []Assessment{
			{ID: 1, Target: Target{Kind: TargetPlan, ID: 1}, Indicators: []Indicator{{Score: 95, Scored: true}, {Score: 85, Scored: true}, {Score: 0, Scored: false}}},
			{ID: 2, Target: Target{Kind: TargetArea, Area: AreaCrisis}, Indicators: []Indicator{{Name: "未评分"}}},
			{ID: 3, Target: Target{Kind: TargetTask, ID: 99}},
		},
		Rectifications: []Rectification{
			{ID: 1, AssessmentID: 1, OwnerID: 1, Due: today - 2, Status: RectOpen},    // overdue
			{ID: 2, AssessmentID: 1, OwnerID: 1, Due: today + 14, Status: RectOpen},   // open
			{ID: 3, AssessmentID: 1, OwnerID: 2, Due: today - 20, Status: RectClosed}, // closed late: not overdue
			{ID: 4, AssessmentID: 2, OwnerID: 3, Due: today, Status: RectOpen},        // due today: not overdue
		},
		Meetings:    []Meeting{{ID: 1, Kind: MeetingRoutine, Date: today - 30, ChairID: 1, Status: MeetingHeld}},
		Decisions:   []Decision{{ID: 1, MeetingID: 1, No: 1, Text: "d", OwnerID: 2, Due: today + 5}},
		Obligations: []Obligation{{ID: 1, Title: "每月实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1}},
		Rubrics:     []Rubric{{ID: 1, Title: "示例", Active: true}},
		Indicators:  []RubricIndicator{{ID: 1, RubricID: 1, Code: "A1", Title: "组织管理", Points: PointsOf(10)}},
		Evidence:    []Evidence{{ID: 1, Title: "计划", Record: RecordRef{Entity: EntityPlan, ID: 1}, Indicators: []ID{1}}},
		Documents:   []Document{{ID: 1, Kind: DocRule, Title: "制度"}},
	}
	l.Reindex()
	return l
}

func TestTaskOverdueAndDueSoon(t *testing.T) {
	l := ledgerFixture()
	for _, tc := range []struct {
		id               ID
		overdue, dueSoon bool
	}{
		{1, false, false}, {2, true, false}, {3, false, true}, {4, false, true}, {5, false, false}, {6, false, false},
	} {
		task := l.Task(tc.id)
		if task.Overdue(today) != tc.overdue || task.DueSoon(today) != tc.dueSoon {
			t.Errorf("T-%d due %s: overdue %v soon %v; want %v %v", tc.id, task.Due, task.Overdue(today), task.DueSoon(today), tc.overdue, tc.dueSoon)
		}
	}
	// A task with no due date (an old record) is never overdue.
	if (&Task{Status: TaskInProgress}).Overdue(today) {
		t.Error("no due date, overdue")
	}
}

func TestPlanProgressFromItsTasks(t *testing.T) {
	got := PlanProgress(ledgerFixture(), today)
	want := map[ID]Progress{
		// Plan 1: T-1 done, T-2 50%, T-3 0%, T-4 20% → 1 of 4 done (25%),
		// mean (100+50+0+20)/4 = 42.5, shown 43 (half-up), one overdue.
		1: {Done: 1, Total: 4, Overdue: 1, MeanPercent: 43},
		2: {Done: 0, Total: 1, Overdue: 0, MeanPercent: 10},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("PlanProgress = %+v, want %+v", got, want)
	}
	if got[1].Percent() != 25 || got[3].Percent() != 0 || got[3].Total != 0 {
		t.Errorf("percent %d, empty plan %+v", got[1].Percent(), got[3])
	}
}

func TestOwnerLoadsCountTasksAndRectifications(t *testing.T) {
	got := OwnerLoads(ledgerFixture(), today)
	want := map[ID]Load{
		1: {Open: 2, Overdue: 1, DueSoon: 1, Done: 1, OpenRects: 2, OverdueRect: 1},
		2: {Open: 2, Overdue: 0, DueSoon: 1, Done: 1, OpenRects: 0, OverdueRect: 0},
		3: {OpenRects: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("OwnerLoads =\n %+v\nwant\n %+v", got, want)
	}
}

func TestAssessmentRectCountsAndAverage(t *testing.T) {
	l := ledgerFixture()
	got := AssessmentRects(l, today)
	want := map[ID]RectCounts{1: {Open: 2, Overdue: 1, Closed: 1}, 2: {Open: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("AssessmentRects = %+v, want %+v", got, want)
	}
	if avg, ok := l.Assessment(1).AverageScore(); !ok || math.Abs(avg-90) > 1e-9 {
		t.Errorf("average %v %v, want 90 (the unscored indicator left out)", avg, ok)
	}
	if _, ok := l.Assessment(2).AverageScore(); ok {
		t.Error("an assessment with no scored indicator has no average")
	}
	if _, ok := l.Assessment(3).AverageScore(); ok {
		t.Error("no indicators, no average")
	}
}

func TestActivityDerivedValues(t *testing.T) {
	l := ledgerFixture()
	for _, tc := range []struct {
		id                    ID
		variance              Money
		needsRecord, upcoming bool
	}{
		{1, Yuan(600), true, false},   // over budget; day passed, still "planned"
		{2, -Yuan(5000), false, true}, // today: upcoming, not yet to record
		{3, -Yuan(300), false, false}, // held under budget
		{4, 0, false, false},          // cancelled
	} {
		a := l.Activity(tc.id)
		if a.Variance() != tc.variance || a.NeedsRecord(today) != tc.needsRecord || a.Upcoming(today) != tc.upcoming {
			t.Errorf("A-%d: variance %s needs %v upcoming %v", tc.id, a.Variance(), a.NeedsRecord(today), a.Upcoming(today))
		}
	}
	a := validActivity()
	if !a.HasAudience(AudParents) || a.HasAudience(AudTeachers) {
		t.Error("HasAudience")
	}
	a.StageOwners = [4]ID{1, 2, 3, 4}
	if a.StageOwner(StagePlanning) != 1 || a.StageOwner(StageSummary) != 4 || a.StageOwner(0) != 0 || a.StageOwner(5) != 0 {
		t.Error("StageOwner")
	}
	refs := a.References()
	if len(refs) != 7 || refs[3].Field != "activity.stage.planning" || refs[6].Field != "activity.stage.summary" || refs[6].ID != 4 {
		t.Errorf("refs %+v", refs)
	}
}

func TestRectOverdue(t *testing.T) {
	l := ledgerFixture()
	for id, want := range map[ID]bool{1: true, 2: false, 3: false, 4: false} {
		if got := l.Rectification(id).Overdue(today); got != want {
			t.Errorf("R-%d overdue %v, want %v", id, got, want)
		}
	}
	if n := len(RectsOf(l, func(r *Rectification) bool { return r.Open() })); n != 3 {
		t.Errorf("open rects %d", n)
	}
	if n := len(TasksOf(l, func(t *Task) bool { return t.Overdue(today) })); n != 1 {
		t.Errorf("overdue tasks %d", n)
	}
}

func TestLedgerLookups(t *testing.T) {
	l := ledgerFixture()
	if l.OwnerName(2) != "李红梅" || l.OwnerName(0) != "" || l.OwnerName(42) != "" || l.PlanTitle(2) != "学期计划" || l.PlanTitle(9) != "" {
		t.Error("names")
	}
	if l.Record(EntityTask, 3) != Record(l.Task(3)) || l.Record(EntityTask, 0) != nil || l.Record(Entity(30), 1) != nil {
		t.Error("Record")
	}
	for _, e := range Entities() {
		if l.Record(e, 1) == nil {
			t.Errorf("no %s 1", e.Code())
		}
	}
	c := l.Counts()
	if c != NewCounts(3, 3, 6, 4, 3, 4, 1, 1, 1, 1, 1, 1, 1) || c.Total() != 30 || c.Of(EntityActivity) != 4 || c.Of(0) != 0 {
		t.Errorf("counts %+v", c)
	}
	c.Add(EntityRectification, 2)
	if c.Of(EntityRectification) != 6 {
		t.Error("Add")
	}
	if got := TargetLabel(l, l.Assessments[0].Target, LangZh); got != "P-1 年度计划" {
		t.Errorf("target label %q", got)
	}
	if got := TargetLabel(l, l.Assessments[1].Target, LangEn); got != "Crisis intervention" {
		t.Errorf("area label %q", got)
	}
	if got := TargetLabel(l, l.Assessments[2].Target, LangZh); got != "T-99" {
		t.Errorf("missing target label %q", got)
	}
	// Sort puts records in ID order, where lookups find them.
	l.Tasks[0], l.Tasks[5] = l.Tasks[5], l.Tasks[0]
	l.Sort()
	if l.Tasks[0].ID != 1 || l.Task(6).ID != 6 {
		t.Error("Sort")
	}
}

func TestJournalDescribe(t *testing.T) {
	e := JournalEntry{Kind: JournalDo, Action: ActDelete, Entity: EntityTask, RecordID: 41, Title: "组织心理健康讲座"}
	m := e.Describe()
	if m.Key != "journal.record" || m.Args[0].(Label).In(LangZh) != "删除" || m.Args[1].(Label).In(LangZh) != "任务" || m.Args[2] != "T-41" || m.Args[3] != "组织心理健康讲座" {
		t.Errorf("describe %v", m)
	}
	e.Kind = JournalUndo
	if m := e.Describe(); m.Key != "journal.undo" || m.Args[0].(Msg).Key != "journal.record" {
		t.Errorf("undo %v", m)
	}
	e.Kind = JournalRedo
	if m := e.Describe(); m.Key != "journal.redo" {
		t.Errorf("redo %v", m)
	}
	if m := (&JournalEntry{Kind: JournalDo, Action: ActSettings}).Describe(); m.Key != "journal.settings" {
		t.Errorf("settings %v", m)
	}
	if m := (&JournalEntry{Kind: JournalDo, Action: ActImport, Count: 81}).Describe(); m.Key != "journal.bulk" || m.Args[1] != 81 {
		t.Errorf("import %v", m)
	}
}
