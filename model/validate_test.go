package model

import (
	"errors"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// fieldKeys returns the field keys of a validation error, sorted, and the
// message key of each.
func fieldKeys(t *testing.T, err error) map[string]string {
	t.Helper()
	if err == nil {
		return nil
	}
	var v *ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("want *ValidationError, got %T %v", err, err)
	}
	out := map[string]string{}
	for _, f := range v.Fields {
		if _, dup := out[f.Field]; !dup {
			out[f.Field] = string(f.Msg.Key)
		}
	}
	return out
}

func expectFields(t *testing.T, what string, err error, want map[string]string) {
	t.Helper()
	got := fieldKeys(t, err)
	if len(want) == 0 && len(got) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: field errors\n got %v\nwant %v", what, sortedPairs(got), sortedPairs(want))
	}
}

func sortedPairs(m map[string]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

func validPlan() Plan {
	return Plan{ID: 1, Kind: PlanAnnual, Title: "本学年心理健康教育工作计划", Start: d(2026, 9, 1), End: d(2027, 8, 31),
		Goals: []string{"开展5·25心理健康月系列活动"}, Budget: Yuan(80000), Status: PlanActive, LeaderID: 1}
}

func validTask() Task {
	return Task{ID: 1, PlanID: 1, Title: "全体学生心理健康筛查", Area: AreaService, OwnerID: 1, SupervisorID: 2,
		Start: d(2026, 9, 1), Due: d(2026, 10, 15), Indicator: "筛查覆盖率≥95%", Status: TaskInProgress, Progress: 60}
}

func validActivity() Activity {
	return Activity{ID: 1, Kind: ActLecture, Title: "“悦纳自我”心理健康讲座 🎤", PlanID: 1, Date: d(2026, 12, 1), Time: "14:30-16:00",
		Venue: "报告厅", OrganiserID: 1, Audience: []AudienceGroup{AudStudents, AudParents}, Expected: 400, Budget: Yuan(2000), Status: ActPlanned}
}

func validAssessment() Assessment {
	return Assessment{ID: 1, Kind: AssessRoutine, Target: Target{Kind: TargetPlan, ID: 1}, Date: d(2026, 10, 10), Assessor: "领导小组督查组",
		Indicators: []Indicator{{Name: "心理筛查", Target: "覆盖率≥95%", Result: "97.2%", Score: 92, Scored: true}},
		Rating:     RatingGood, Findings: []Finding{{No: 1, Text: "部分班级心理委员未到位"}}}
}

func validRect() Rectification {
	return Rectification{ID: 1, AssessmentID: 1, FindingNo: 1, Measure: "各班补选心理委员", OwnerID: 1, Due: d(2026, 12, 1), Status: RectOpen, OpenedOn: d(2026, 10, 11)}
}

func TestValidRecordsPass(t *testing.T) {
	p, o, tk, a, e, r := validPlan(), Owner{ID: 1, Name: "张三"}, validTask(), validActivity(), validAssessment(), validRect()
	for _, rec := range []Record{&p, &o, &tk, &a, &e, &r} {
		if err := rec.Validate(); err != nil {
			t.Errorf("%s: %v", CodeOf(rec), err)
		}
	}
}

func TestPlanValidation(t *testing.T) {
	expectFields(t, "empty plan", (&Plan{}).Validate(), map[string]string{
		"plan.title": MsgRequired, "plan.kind": MsgRequired, "plan.status": MsgRequired,
		"plan.start": MsgRequired, "plan.end": MsgRequired,
	})
	p := validPlan()
	p.Title, p.Kind, p.Status = "   ", PlanKind(9), PlanStatus(7)
	p.Start, p.End = d(2027, 1, 1), d(2026, 1, 1)
	p.Budget = -1
	p.Goals = []string{"目标一", " "}
	p.Notes = strings.Repeat("注", MaxLongText+1)
	expectFields(t, "bad plan", p.Validate(), map[string]string{
		"plan.title": MsgRequired, "plan.kind": MsgBadChoice, "plan.status": MsgBadChoice, "plan.end": MsgDateOrder,
		"plan.budget": MsgNegative, "plan.goals": MsgEmptyItem, "plan.notes": MsgTooLong,
	})
	// The order message names the other field, as a key the UI translates.
	var v *ValidationError
	errors.As(p.Validate(), &v)
	if f, _ := v.Field("plan.end"); !reflect.DeepEqual(f.Msg.Args, []any{"field.plan.start"}) {
		t.Errorf("date order args %v", f.Msg.Args)
	}
	if f, _ := v.Field("plan.goals"); !reflect.DeepEqual(f.Msg.Args, []any{2}) {
		t.Errorf("empty goal args %v", f.Msg.Args)
	}
	p = validPlan()
	p.Title = strings.Repeat("长", MaxShortText) // exactly at the limit, in characters not bytes
	p.Goals = make([]string, MaxListItems+1)
	expectFields(t, "limits", p.Validate(), map[string]string{"plan.goals": MsgRange})
	p = validPlan()
	p.End = d(2100, 1, 1)
	expectFields(t, "year out of range", p.Validate(), map[string]string{"plan.end": MsgDateRange})
}

func TestOwnerValidation(t *testing.T) {
	expectFields(t, "no name", (&Owner{Name: " "}).Validate(), map[string]string{"owner.name": MsgRequired})
	long := strings.Repeat("x", MaxShortText+1)
	expectFields(t, "too long", (&Owner{Name: long, Title: long, Department: long, Contact: long, Notes: strings.Repeat("x", MaxLongText+1)}).Validate(),
		map[string]string{"owner.name": MsgTooLong, "owner.title": MsgTooLong, "owner.department": MsgTooLong, "owner.contact": MsgTooLong, "owner.notes": MsgTooLong})
	expectFields(t, "mixed", (&Owner{Name: "吴敏 Amy Wu 👩‍🏫", Department: "家委会"}).Validate(), nil)
}

func TestTaskValidation(t *testing.T) {
	expectFields(t, "empty task", (&Task{}).Validate(), map[string]string{
		"task.title": MsgRequired, "task.area": MsgRequired, "task.owner": MsgRequired, "task.due": MsgRequired, "task.status": MsgRequired,
	})
	tk := validTask()
	tk.Start, tk.Due = d(2026, 10, 16), d(2026, 10, 15)
	tk.Progress = 101
	tk.Area = WorkArea(7)
	expectFields(t, "bad task", tk.Validate(), map[string]string{"task.due": MsgDateOrder, "task.progress": MsgRange, "task.area": MsgBadChoice})
	tk = validTask()
	tk.Progress = -1
	tk.Start = d(1960, 1, 1)
	expectFields(t, "negative progress", tk.Validate(), map[string]string{"task.progress": MsgRange, "task.start": MsgDateRange})
	tk = validTask()
	tk.Start = NoDate // a start date is optional
	tk.Progress = 100
	expectFields(t, "no start", tk.Validate(), nil)
}

func TestActivityValidation(t *testing.T) {
	expectFields(t, "empty activity", (&Activity{}).Validate(), map[string]string{
		"activity.title": MsgRequired, "activity.kind": MsgRequired, "activity.date": MsgRequired, "activity.status": MsgRequired,
	})
	a := validActivity()
	a.Audience = []AudienceGroup{AudStudents, AudStudents}
	a.Expected, a.Actual, a.Budget, a.Spend = -1, -1, -1, -1
	a.Score = 6
	a.Status = ActCancelled
	expectFields(t, "bad activity", a.Validate(), map[string]string{
		"activity.audience": MsgDuplicate, "activity.expected": MsgNegative, "activity.actual": MsgNegative,
		"activity.budget": MsgNegative, "activity.spend": MsgNegative, "activity.score": MsgRange, "activity.cancel_reason": MsgCancelWhy,
	})
	a = validActivity()
	a.Audience = []AudienceGroup{AudienceGroup(4)}
	expectFields(t, "unknown audience", a.Validate(), map[string]string{"activity.audience": MsgBadChoice})
	a = validActivity()
	a.Status, a.CancelReason = ActCancelled, "与期中考试时间冲突"
	expectFields(t, "cancelled with a reason", a.Validate(), nil)
}

func TestAssessmentValidation(t *testing.T) {
	expectFields(t, "empty assessment", (&Assessment{}).Validate(), map[string]string{
		"assessment.kind": MsgRequired, "assessment.target": MsgRequired, "assessment.date": MsgRequired, "assessment.assessor": MsgRequired,
	})
	e := validAssessment()
	e.Target = Target{Kind: TargetTask} // a task, but which?
	e.Indicators = []Indicator{{Name: "出勤", Score: 101, Scored: true}}
	e.Findings = []Finding{{No: 1, Text: "a"}, {No: 1, Text: "b"}}
	e.Rating = Rating(5)
	expectFields(t, "bad assessment", e.Validate(), map[string]string{
		"assessment.target": MsgRequired, "assessment.indicators": MsgRange, "assessment.findings": MsgDuplicate, "assessment.rating": MsgBadChoice,
	})
	e = validAssessment()
	e.Target = Target{Kind: TargetArea}
	e.Indicators = []Indicator{{Name: ""}}
	e.Findings = []Finding{{No: 1, Text: ""}}
	expectFields(t, "area without area", e.Validate(), map[string]string{
		"assessment.target": MsgRequired, "assessment.indicators": MsgEmptyItem, "assessment.findings": MsgEmptyItem,
	})
	e = validAssessment()
	e.Indicators = []Indicator{{Name: "x", Score: math.NaN(), Scored: true}}
	e.Findings = []Finding{{No: 0, Text: "x"}}
	expectFields(t, "NaN score, finding 0", e.Validate(), map[string]string{"assessment.indicators": MsgRange, "assessment.findings": MsgDuplicate})
	e = validAssessment()
	e.Target = Target{Kind: TargetArea, Area: AreaCrisis}
	e.Rating = 0                                         // not rated yet is fine
	e.Indicators = []Indicator{{Name: "预案", Score: 500}} // not scored: the score is ignored
	expectFields(t, "work area target", e.Validate(), nil)
}

func TestRectificationValidationAndTheClosingRule(t *testing.T) {
	expectFields(t, "empty rectification", (&Rectification{}).Validate(), map[string]string{
		"rect.assessment": MsgRequired, "rect.finding": MsgRequired, "rect.measure": MsgRequired, "rect.owner": MsgRequired,
		"rect.due": MsgRequired, "rect.status": MsgRequired,
	})
	r := validRect()
	r.Status = RectClosed
	expectFields(t, "closed without verification", r.Validate(), map[string]string{
		"rect.closed_on": MsgRequired, "rect.verifier": MsgRequired, "rect.evidence": MsgNoEvidence,
	})

	// Close returns a closed copy and leaves the original open.
	open := validRect()
	closed := open.Close(d(2026, 11, 18), 2, "  周检记录表4份\x00 ")
	if !open.Open() || closed.Open() || closed.Status != RectClosed || closed.ClosedOn != d(2026, 11, 18) || closed.VerifierID != 2 || closed.Evidence != "周检记录表4份" {
		t.Fatalf("close: %+v (original %+v)", closed, open)
	}
	expectFields(t, "closed properly", closed.Validate(), nil)
	noEvidence, noVerifier := open.Close(today, 2, "  "), open.Close(today, 0, "记录")
	expectFields(t, "closed without evidence", noEvidence.Validate(), map[string]string{"rect.evidence": MsgNoEvidence})
	expectFields(t, "closed without verifier", noVerifier.Validate(), map[string]string{"rect.verifier": MsgRequired})
	early := open.Close(d(2026, 10, 1), 2, "记录")
	expectFields(t, "closed before opened", early.Validate(), map[string]string{"rect.closed_on": MsgClosedEarly})
	var v *ValidationError
	errors.As(early.Validate(), &v)
	if f, _ := v.Field("rect.closed_on"); !reflect.DeepEqual(f.Msg.Args, []any{"2026-10-11"}) {
		t.Errorf("closed-early args %v", f.Msg.Args)
	}

	// Reopen needs a reason, and clears the old verification.
	if _, err := closed.Reopen("  "); err == nil {
		t.Fatal("reopen without a reason was accepted")
	} else {
		expectFields(t, "reopen without reason", err, map[string]string{"rect.reopen_reason": MsgRequired})
	}
	again, err := closed.Reopen(" 复查发现仍有2个班未落实 ")
	if err != nil {
		t.Fatal(err)
	}
	if !again.Open() || again.ReopenReason != "复查发现仍有2个班未落实" || !again.ClosedOn.IsZero() || again.VerifierID != 0 || again.Evidence != "" {
		t.Fatalf("reopened: %+v", again)
	}
	if closed.Status != RectClosed || closed.Evidence == "" {
		t.Fatal("Reopen changed the original")
	}
	expectFields(t, "reopened", again.Validate(), nil)
}

func TestValidationErrorMessages(t *testing.T) {
	err := (&Task{Title: "x"}).Validate()
	var v *ValidationError
	if !errors.As(err, &v) || v.Entity != EntityTask {
		t.Fatalf("%T %v", err, err)
	}
	if !strings.HasPrefix(err.Error(), "invalid task: task.area: v.required") {
		t.Errorf("Error() = %q", err.Error())
	}
	m, ok := AsUserMsg(err)
	if !ok || m.Key != "error.field" || m.Args[0].(Msg).Key != "field.task.area" || m.Args[1].(Msg).Key != MsgRequired {
		t.Errorf("AsUserMsg = %v %v", m, ok)
	}
	if _, ok := v.Field("task.nothing"); ok {
		t.Error("Field found a field with no error")
	}
	wrapped := NewMsgError("store.invalid_record", "T-1").Wrap(err)
	if !errors.As(wrapped, &v) || !strings.Contains(wrapped.Error(), "invalid task") {
		t.Errorf("wrapped %v", wrapped)
	}
	if _, ok := AsUserMsg(errors.New("plain")); ok {
		t.Error("a plain error has no user message")
	}
}

func TestNormalizeTidiesText(t *testing.T) {
	tk := validTask()
	tk.Title = "  组织\t心理健康\n讲座\x07 "
	tk.Notes = " 第一行\n第二行\u0085 "
	tk.Normalize(nil, today)
	if tk.Title != "组织 心理健康 讲座" || tk.Notes != "第一行\n第二行" {
		t.Errorf("normalized %q %q", tk.Title, tk.Notes)
	}
	p := validPlan()
	p.Goals = []string{" 目标一 ", "目标\x00二"}
	p.Normalize(nil, today)
	if !reflect.DeepEqual(p.Goals, []string{"目标一", "目标二"}) {
		t.Errorf("goals %q", p.Goals)
	}
	a := validActivity()
	a.CancelReason = "下雨"
	a.Normalize(nil, today)
	if a.CancelReason != "" {
		t.Error("a planned activity keeps no cancel reason")
	}
	e := validAssessment()
	e.Target.Area = AreaCrisis
	e.Normalize(nil, today)
	if e.Target.Area != 0 || e.Target.ID != 1 {
		t.Errorf("target %+v", e.Target)
	}
	e.Target = Target{Kind: TargetArea, ID: 4, Area: AreaCrisis}
	e.Normalize(nil, today)
	if e.Target.ID != 0 {
		t.Errorf("area target keeps an ID: %+v", e.Target)
	}
	r := validRect()
	r.OpenedOn = NoDate
	r.ClosedOn = today
	r.Normalize(nil, today)
	if r.OpenedOn != today || !r.ClosedOn.IsZero() {
		t.Errorf("rect %+v", r)
	}
}

func TestTaskDoneOnFollowsStatus(t *testing.T) {
	tk := validTask()
	tk.ApplyStatus(TaskDone, today, false)
	if tk.Status != TaskDone || tk.Progress != 100 || tk.DoneOn != today {
		t.Fatalf("done: %+v", tk)
	}
	tk.ApplyStatus(TaskDone, today+3, false)
	if tk.DoneOn != today {
		t.Error("marking done again moved the day it was done")
	}
	tk.ApplyStatus(TaskInProgress, today, false)
	if !tk.DoneOn.IsZero() || tk.Status != TaskInProgress {
		t.Errorf("reopened: %+v", tk)
	}
	tk.Progress = 80
	tk.ApplyStatus(TaskDone, today, true)
	if tk.Progress != 80 {
		t.Error("keepProgress")
	}
	// Normalize does the same for a task saved straight from a form: a
	// new done task is done today; an edit keeps the day it was done.
	fresh := validTask()
	fresh.Status = TaskDone
	fresh.Normalize(nil, today)
	if fresh.DoneOn != today {
		t.Errorf("new done task DoneOn %s", fresh.DoneOn)
	}
	before := fresh
	edit := fresh
	edit.DoneOn = NoDate
	edit.Notes = "补充说明"
	edit.Normalize(&before, today+5)
	if edit.DoneOn != today {
		t.Errorf("edit moved DoneOn to %s", edit.DoneOn)
	}
}
