package app_test

import (
	"errors"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
)

// A meeting whose decisions have tasks cannot be deleted: the refusal
// counts them, and nothing changes. Once the tasks no longer point at the
// decisions, the meeting goes with its decisions in one step, and one
// undo brings both back.
func TestDeletingAMeetingWithTasksIsRefusedWithCounts(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	before := load(t, s)
	m := before.Meeting(5) // three decisions, two of them with a task
	_, err := s.DeleteMeeting(m.ID)
	if !errors.Is(err, app.ErrInUse) {
		t.Fatalf("delete: %v", err)
	}
	msg, _ := model.AsUserMsg(err)
	if msg.Key != app.MsgMeetingHasTasks || msg.Args[0] != "M-5" || msg.Args[1] != 2 || msg.Args[2] != 2 {
		t.Errorf("message %v", msg)
	}
	sameLedger(t, "after the refusal", load(t, s), before)

	for _, d := range model.MeetingDecisions(before, m.ID) {
		for i := range before.Tasks {
			if tk := &before.Tasks[i]; tk.DecisionID == d.ID {
				c := *tk
				c.DecisionID = 0
				if _, err := s.Save(model.ActUpdate, &c); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	unlinked := load(t, s)
	res, err := s.DeleteMeeting(m.ID)
	if err != nil {
		t.Fatalf("delete once unlinked: %v", err)
	}
	// The demo files M-5 as evidence of A1.B2: that item goes with it.
	filed := 0
	for _, ev := range unlinked.Evidence {
		if ev.Record == (model.RecordRef{Entity: model.EntityMeeting, ID: m.ID}) {
			filed++
		}
	}
	if filed != 1 || len(res.Changes) != 4+filed || res.Entry.Entity != model.EntityMeeting || res.Entry.RecordID != m.ID {
		t.Errorf("one step with the meeting, its three decisions and the evidence made of it (%d), named after the meeting: %+v", filed, res.Entry)
	}
	after := load(t, s)
	if after.Meeting(m.ID) != nil || len(model.MeetingDecisions(after, m.ID)) != 0 {
		t.Error("the meeting or its decisions are still there")
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	sameLedger(t, "after undo", load(t, s), unlinked)
}

// R on a person: their open tasks, open rectifications and roles in
// activities still to come move to another person in one step that the
// preview described exactly; done work keeps their name; undo takes it
// all back.
func TestReassignMovesOpenWorkInOneUndoableStep(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	before := load(t, s)
	const from, to = model.ID(12), model.ID(4) // 冯涛 → 欧阳晓雪
	plan := model.PlanReassign(before, from, to, s.Today())
	if len(plan.Records) == 0 {
		t.Fatal("冯涛 has no open work in the demo")
	}
	kinds := map[model.Entity]bool{}
	for _, mv := range plan.Moves {
		kinds[mv.Entity] = true
	}
	for _, e := range []model.Entity{model.EntityTask, model.EntityRectification, model.EntityActivity} {
		if !kinds[e] {
			t.Errorf("the preview moves no %s", e.Code())
		}
	}
	res, err := s.Reassign(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != len(plan.Records) || res.Entry.Action != model.ActReassign {
		t.Errorf("%d records changed, the preview showed %d; action %v", len(res.Changes), len(plan.Records), res.Entry.Action)
	}
	after := load(t, s)
	for i := range after.Tasks {
		tk := &after.Tasks[i]
		was := before.Task(tk.ID)
		switch {
		case tk.Open() && tk.OwnerID == from:
			t.Errorf("%s is still 冯涛's", model.CodeOf(tk))
		case !tk.Open() && was.OwnerID == from && tk.OwnerID != from:
			t.Errorf("done %s changed hands", model.CodeOf(tk))
		}
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	sameLedger(t, "after undo", load(t, s), before)

	// Nobody to hand to, the same person, someone who has left: refused,
	// each saying why.
	for _, c := range []struct {
		from, to model.ID
		key      string
	}{{from, from, app.MsgReassignSame}, {from, 13, app.MsgReassignLeft}, {13, to, app.MsgReassignNothing}} {
		_, err := s.Reassign(c.from, c.to)
		if m, _ := model.AsUserMsg(err); string(m.Key) != c.key {
			t.Errorf("%d→%d: %v, want %s", c.from, c.to, err, c.key)
		}
	}
}

// A decision without an owner or a due date cannot become a task; the
// message names the missing field.
func TestADecisionNeedsAnOwnerAndADueDateToBecomeATask(t *testing.T) {
	t.Parallel()
	d := &model.Decision{ID: 7, MeetingID: 2, No: 3, Text: "各班补选心理委员"}
	_, err := d.TaskDraft()
	var v *model.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("%v", err)
	}
	for _, f := range []string{"decision.owner", "decision.due"} {
		if fe, ok := v.Field(f); !ok || fe.Msg.Key != model.MsgNeededForTask {
			t.Errorf("%s: %v", f, v)
		}
	}
	d.OwnerID, d.Due = 4, model.NewDate(2026, 12, 1)
	tk, err := d.TaskDraft()
	if err != nil || tk.DecisionID != 7 || tk.OwnerID != 4 || !strings.Contains(tk.Title, "心理委员") {
		t.Fatalf("draft %+v %v", tk, err)
	}
}

// The snapshot hint: the demo holds one internal meeting.
func TestInternalMeetingsAreCounted(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	if n, err := s.InternalMeetings(); err != nil || n != 1 {
		t.Fatalf("%d internal meetings, %v", n, err)
	}
}
