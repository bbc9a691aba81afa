package store_test

import (
	"errors"
	"testing"

	"secretary/model"
	"secretary/store/storetest"
)

// The save rules hold on every write, whatever the front end: a
// rectification is registered on its assessment's day unless another is
// given, its owner cannot verify it, a task is not done in the future and
// a future activity is not held.
func TestTheStoreAppliesTheSaveRules(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	today := storetest.Today()
	owner, other := newOwner(t, s, "张三", "心理中心"), newOwner(t, s, "李四", "德育处")
	e := &model.Assessment{Kind: model.AssessRoutine, Target: model.Target{Kind: model.TargetArea, Area: model.AreaService},
		Date: today.AddDays(-20), Assessor: "督导组", Findings: []model.Finding{{No: 1, Text: "台账不全"}}}
	if _, err := s.Create(e); err != nil {
		t.Fatal(err)
	}
	r := &model.Rectification{AssessmentID: e.ID, FindingNo: 1, Measure: "补齐台账", OwnerID: owner, Due: today.AddDays(10), Status: model.RectOpen}
	if _, err := s.Create(r); err != nil {
		t.Fatal(err)
	}
	if r.OpenedOn != e.Date {
		t.Fatalf("registered on %v, want the assessment's day %v (today was the old default)", r.OpenedOn, e.Date)
	}
	closed := r.Close(today, owner, "台账照片")
	var v *model.ValidationError
	if _, err := s.Update(&closed); !errors.As(err, &v) {
		t.Fatalf("closed by its own owner: %v", err)
	} else if f, ok := v.Field("rect.verifier"); !ok || f.Msg.Key != model.MsgVerifierIsOwner {
		t.Fatalf("closed by its own owner: %v", err)
	}
	closed = r.Close(today, other, "台账照片")
	if _, err := s.Update(&closed); err != nil {
		t.Fatalf("closed by someone else: %v", err)
	}

	task := newTask(t, s, owner, "讲座")
	task.Status, task.Progress, task.DoneOn = model.TaskDone, 100, today.AddDays(1)
	if _, err := s.Update(task); !errors.As(err, &v) {
		t.Fatalf("done tomorrow: %v", err)
	}
	task.DoneOn = today.AddDays(-3)
	if _, err := s.Update(task); err != nil {
		t.Fatalf("done three days ago: %v", err)
	}
	if got, _ := s.Load(); got.Task(task.ID).DoneOn != today.AddDays(-3) {
		t.Fatalf("completion date entered after the fact: %v", got.Task(task.ID).DoneOn)
	}

	a := &model.Activity{Title: "讲座", Kind: model.ActLecture, Date: today.AddDays(2), Status: model.ActHeld}
	if _, err := s.Create(a); !errors.As(err, &v) {
		t.Fatalf("held in two days: %v", err)
	} else if f, ok := v.Field("activity.date"); !ok || f.Msg.Key != model.MsgHeldFuture {
		t.Fatalf("held in two days: %v", err)
	}
}
