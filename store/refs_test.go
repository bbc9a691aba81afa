package store_test

import (
	"slices"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// Deleting a record other records point at is refused, saying how many
// of each kind still point at it, and nothing is deleted.
func TestDeletingARecordInUseSaysWhatUsesIt(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	counts := func(e model.Entity, id model.ID) map[string]int {
		out := map[string]int{}
		for _, r := range l.Tasks {
			if (e == model.EntityPlan && r.PlanID == id) || (e == model.EntityOwner && (r.OwnerID == id || r.SupervisorID == id)) {
				out["count.task"]++
			}
		}
		for _, a := range l.Activities {
			refs := a.References()
			for _, ref := range refs {
				if ref.Entity == e && ref.ID == id {
					out["count.activity"]++
					break
				}
			}
		}
		for _, a := range l.Assessments {
			if a.Target.Entity() == e && a.Target.ID == id {
				out["count.assessment"]++
			}
		}
		for _, r := range l.Rectifications {
			if (e == model.EntityAssessment && r.AssessmentID == id) || (e == model.EntityOwner && (r.OwnerID == id || r.VerifierID == id)) {
				out["count.rectification"]++
			}
		}
		for _, p := range l.Plans {
			if e == model.EntityOwner && p.LeaderID == id {
				out["count.plan"]++
			}
		}
		// Meetings: chair, recorder, attendees, absentees; decisions: owner.
		for _, m := range l.Meetings {
			if e == model.EntityOwner && (m.ChairID == id || m.RecorderID == id || slices.Contains(m.Attendees, id) || slices.Contains(m.AbsentIDs(), id)) {
				out["count.meeting"]++
			}
		}
		for _, d := range l.Decisions {
			if e == model.EntityOwner && d.OwnerID == id {
				out["count.decision"]++
			}
		}
		for _, ev := range l.Evidence {
			if ev.Record.Entity == e && ev.Record.ID == id {
				out["count.evidence"]++
			}
		}
		return out
	}
	for _, c := range []struct {
		e  model.Entity
		id model.ID
	}{
		{model.EntityPlan, 2},       // the annual plan: tasks, activities, an assessment
		{model.EntityOwner, 3},      // 张三: leads a plan, owns tasks and rectifications
		{model.EntityAssessment, 1}, // has rectifications
		{model.EntityTask, 13},      // an activity serves it
	} {
		want := counts(c.e, c.id)
		_, err := s.Delete(c.e, c.id)
		se := storeErr(t, err, store.KindInUse, store.MsgInUse)
		if se.Msg.Args[0] != model.Code(c.e, c.id) || se.Msg.Args[1] != l.Record(c.e, c.id).DisplayName() {
			t.Errorf("%s: names %v", model.Code(c.e, c.id), se.Msg.Args[:2])
		}
		got := map[string]int{}
		for _, m := range se.Msg.Args[2].([]model.Msg) {
			got[string(m.Key)] = m.Args[0].(int)
		}
		if len(got) != len(want) {
			t.Errorf("%s: uses %v, want %v", model.Code(c.e, c.id), got, want)
		}
		for k, n := range want {
			if got[k] != n {
				t.Errorf("%s: %s = %d, want %d", model.Code(c.e, c.id), k, got[k], n)
			}
		}
		assertOneClearLine(t, err, "")
	}
	after, err := s.Load()
	if err != nil || after.Counts() != l.Counts() {
		t.Fatalf("refused deletes changed the ledger: %+v %v", after.Counts(), err)
	}
	if s.CanRedo() {
		t.Error("a refused delete touched the undo lists")
	}
}

// Removing an assessment's finding that rectifications address is
// refused; removing one nothing addresses is fine.
func TestRemovingAFindingInUseIsRefused(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	e := *l.Assessment(2) // three findings, each with a rectification
	e.Findings = e.Findings[1:]
	_, err := s.Update(&e)
	se := storeErr(t, err, store.KindInUse, store.MsgFindingInUse)
	if se.Msg.Args[0] != 1 || se.Msg.Args[1] != 1 {
		t.Errorf("args %v", se.Msg.Args)
	}
	e = *l.Assessment(2)
	e.Findings = append(e.Findings, model.Finding{No: e.NextFindingNo(), Text: "新发现：心理委员名单未公示"})
	if _, err := s.Update(&e); err != nil {
		t.Fatal(err)
	}
	e.Findings = e.Findings[:len(e.Findings)-1]
	if _, err := s.Update(&e); err != nil {
		t.Fatalf("removing an unused finding: %v", err)
	}
	// A rectification must address a finding its assessment has.
	r := model.Rectification{AssessmentID: 2, FindingNo: 9, Measure: "x", OwnerID: 1, Due: storetest.Today(), Status: model.RectOpen}
	_, err = s.Create(&r)
	if f, ok := validationField(err, "rect.finding"); !ok || f.Msg.Key != model.MsgNotFound {
		t.Errorf("rectification of a missing finding: %v", err)
	}
}

func validationField(err error, field string) (model.FieldError, bool) {
	v, ok := err.(*model.ValidationError)
	if !ok {
		return model.FieldError{}, false
	}
	return v.Field(field)
}
