package model

import (
	"errors"
	"testing"
)

func fieldsOfErr(t *testing.T, err error) map[string]Msg {
	t.Helper()
	out := map[string]Msg{}
	if err == nil {
		return out
	}
	var v *ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("not a validation error: %v", err)
	}
	for _, f := range v.Fields {
		out[f.Field] = f.Msg
	}
	return out
}

func TestATaskIsDoneOnARealDay(t *testing.T) {
	t.Parallel()
	base := Task{Title: "讲座", Area: AreaPublicity, OwnerID: 1, Start: today.AddDays(-30), Due: today.AddDays(-10), Status: TaskDone, Progress: 100}
	ok := base
	ok.DoneOn = today.AddDays(-45 + 20) // after the start, before today: after the fact is fine
	if err := ValidateSave(&ok, &Ledger{}, today); err != nil {
		t.Fatalf("a completion date between start and today: %v", err)
	}
	future := base
	future.DoneOn = today.AddDays(1)
	if got := fieldsOfErr(t, ValidateSave(&future, &Ledger{}, today)); got["task.done_on"].Key != MsgDoneFuture {
		t.Fatalf("done tomorrow: %v", got)
	}
	early := base
	early.DoneOn = base.Start.AddDays(-1)
	if got := fieldsOfErr(t, ValidateSave(&early, &Ledger{}, today)); got["task.done_on"].Key != MsgDateOrder {
		t.Fatalf("done before it started: %v", got)
	}
	// Validate alone (what `check` runs over old ledgers) does not apply
	// the rule.
	if err := early.Validate(); err != nil {
		t.Fatalf("Validate should leave the save rule to ValidateSave: %v", err)
	}
	// A refused save lists every problem at once: the title and the date.
	both := future
	both.Title = ""
	got := fieldsOfErr(t, ValidateSave(&both, &Ledger{}, today))
	if _, ok := got["task.title"]; !ok || got["task.done_on"].Key != MsgDoneFuture {
		t.Fatalf("all problems at once: %v", got)
	}
}

func TestAFutureActivityCannotBeHeld(t *testing.T) {
	t.Parallel()
	a := Activity{Title: "讲座", Kind: ActLecture, Date: today.AddDays(3), Status: ActHeld, Actual: 30}
	if got := fieldsOfErr(t, ValidateSave(&a, &Ledger{}, today)); got["activity.date"].Key != MsgHeldFuture {
		t.Fatalf("held in the future: %v", got)
	}
	a.Date = today
	if err := ValidateSave(&a, &Ledger{}, today); err != nil {
		t.Fatalf("held today: %v", err)
	}
	a.Date, a.Status = today.AddDays(3), ActPlanned
	if err := ValidateSave(&a, &Ledger{}, today); err != nil {
		t.Fatalf("planned in the future: %v", err)
	}
}

func TestTheOwnerCannotVerifyTheirOwnRectification(t *testing.T) {
	t.Parallel()
	r := Rectification{AssessmentID: 1, FindingNo: 1, Measure: "补课", OwnerID: 3, Due: today, Status: RectOpen, OpenedOn: today.AddDays(-5)}
	closed := r.Close(today, 3, "记录表")
	if got := fieldsOfErr(t, ValidateSave(&closed, &Ledger{}, today)); got["rect.verifier"].Key != MsgVerifierIsOwner {
		t.Fatalf("owner as verifier: %v", got)
	}
	closed = r.Close(today, 4, "记录表")
	if err := ValidateSave(&closed, &Ledger{}, today); err != nil {
		t.Fatalf("someone else verifies: %v", err)
	}
}

func TestARectificationIsRegisteredOnItsAssessmentsDay(t *testing.T) {
	t.Parallel()
	l := &Ledger{Assessments: []Assessment{{ID: 1, Date: today.AddDays(-20)}}}
	r := Rectification{AssessmentID: 1}
	FillDefaults(&r, l)
	if r.OpenedOn != today.AddDays(-20) {
		t.Fatalf("registered %v, want the assessment's day", r.OpenedOn)
	}
	r.OpenedOn = today.AddDays(-3)
	FillDefaults(&r, l)
	if r.OpenedOn != today.AddDays(-3) {
		t.Fatal("a registration date given is kept")
	}
	// Closing before registration is refused.
	c := Rectification{AssessmentID: 1, FindingNo: 1, Measure: "m", OwnerID: 1, Due: today, OpenedOn: today.AddDays(-3)}.Close(today.AddDays(-4), 2, "e")
	if got := fieldsOfErr(t, ValidateSave(&c, l, today)); got["rect.closed_on"].Key != MsgClosedEarly {
		t.Fatalf("closed before registered: %v", got)
	}
}

func warningKeys(ws []Warning) map[string]string {
	out := map[string]string{}
	for _, w := range ws {
		out[w.Field] = string(w.Msg.Key)
	}
	return out
}

func TestImplausibleFiguresAreQuestioned(t *testing.T) {
	t.Parallel()
	l := &Ledger{
		Plans: []Plan{{ID: 1, Title: "年度计划", Budget: Yuan(1000)}},
		Activities: []Activity{
			{ID: 1, PlanID: 1, Status: ActHeld, Spend: Yuan(700), Date: today.AddDays(-30)},
			{ID: 2, PlanID: 1, Status: ActPlanned, Expected: 30, Budget: Yuan(500), Date: today.AddDays(-1)},
		},
	}
	c := NewChecker(l, today)
	before := l.Activities[1]
	// The trial's slip: 28 typed after 30, 450 after 500.
	held := before
	held.Status, held.Actual, held.Spend = ActHeld, 3028, Yuan(500450)
	got := warningKeys(c.Warnings(&held, &before))
	if got["activity.actual"] != MsgWarnActual || got["activity.spend"] == "" {
		t.Fatalf("3028 of 30 and 500,450 of 500: %v", got)
	}
	// Within the budget but over what the plan has left (1000 - 700).
	held.Actual, held.Spend = 28, Yuan(450)
	ws := c.Warnings(&held, &before)
	if len(ws) != 1 || ws[0].Msg.Key != MsgWarnPlanBudget || ws[0].Msg.Args[2] != "300" {
		t.Fatalf("450 against 300 left: %+v", ws)
	}
	held.Spend = Yuan(250)
	if ws := c.Warnings(&held, &before); len(ws) != 0 {
		t.Fatalf("plausible figures: %+v", ws)
	}
	// A value the save does not change is not asked about again.
	stored := held
	stored.Spend = Yuan(450)
	again := stored
	again.Notes = "补记"
	if ws := c.Warnings(&again, &stored); len(ws) != 0 {
		t.Fatalf("unchanged figures asked again: %+v", ws)
	}

	task := Task{Status: TaskDone, Progress: 60}
	if got := warningKeys(c.Warnings(&task, nil)); got["task.progress"] != MsgWarnProgress {
		t.Fatalf("done at 60%%: %v", got)
	}
	task.Progress = 100
	if ws := c.Warnings(&task, nil); len(ws) != 0 {
		t.Fatalf("done at 100%%: %+v", ws)
	}

	far := Task{Due: today.AddDays(400), Start: today.AddDays(-10)}
	if got := warningKeys(c.Warnings(&far, nil)); got["task.due"] != MsgWarnDateFar || got["task.start"] != "" {
		t.Fatalf("due in 400 days: %v", got)
	}
	past := Assessment{Date: today.AddDays(-400)}
	if got := warningKeys(c.Warnings(&past, nil)); got["assessment.date"] != MsgWarnDateFar {
		t.Fatalf("400 days ago: %v", got)
	}
}
