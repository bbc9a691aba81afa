package model

import (
	"strings"
	"testing"

	"secretary/internal/i18n"
)

func TestMeetingValidation(t *testing.T) {
	ok := Meeting{Kind: MeetingRoutine, Date: NewDate(2026, 10, 16), ChairID: 2, Status: MeetingHeld,
		Attendees: []ID{2, 3}, Absentees: []Absence{{OwnerID: 5, Reason: "请假"}},
		Agenda: []AgendaItem{{Title: "整改", Notes: "逐项明确责任人"}}}
	expectFields(t, "valid", ok.Validate(), nil)

	noChair := ok
	noChair.ChairID = 0
	expectFields(t, "no chair", noChair.Validate(), map[string]string{"meeting.chair": MsgRequired})

	both := ok
	both.Absentees = []Absence{{OwnerID: 3, Reason: "请假"}}
	expectFields(t, "present and absent", both.Validate(), map[string]string{"meeting.absentees": MsgBothPresentAndAbsent})

	twice := ok
	twice.Attendees = []ID{2, 2}
	expectFields(t, "attendee twice", twice.Validate(), map[string]string{"meeting.attendees": MsgDuplicate})

	blankItem := ok
	blankItem.Agenda = []AgendaItem{{Notes: "只有内容"}}
	expectFields(t, "agenda item without a title", blankItem.Validate(), map[string]string{"meeting.agenda": MsgEmptyItem})

	empty := Meeting{}
	expectFields(t, "empty", empty.Validate(), map[string]string{"meeting.kind": MsgRequired, "meeting.date": MsgRequired,
		"meeting.chair": MsgRequired, "meeting.status": MsgRequired})

	// The rule that needs today: held on a day still to come.
	if errs := ok.CheckOn(NewDate(2026, 10, 16)); len(errs) != 0 {
		t.Errorf("held today: %v", errs)
	}
	errs := ok.CheckOn(NewDate(2026, 10, 15))
	if len(errs) != 1 || errs[0].Field != "meeting.status" || errs[0].Msg.Key != MsgHeldInFuture {
		t.Fatalf("held tomorrow: %v", errs)
	}
	for _, lang := range []Lang{LangZh, LangEn} {
		text := i18n.For(lang).FieldErr(i18n.FieldMsg{Field: errs[0].Field, Msg: errs[0].Msg})
		if !strings.Contains(text, "2026-10-16") || !strings.Contains(text, "2026-10-15") {
			t.Errorf("%s: %q does not name the dates", lang, text)
		}
	}
	planned := ok
	planned.Status = MeetingPlanned
	if errs := planned.CheckOn(NewDate(2026, 10, 1)); len(errs) != 0 {
		t.Errorf("planned ahead: %v", errs)
	}
}

func TestDecisionValidationAndStatus(t *testing.T) {
	d := Decision{MeetingID: 1, No: 1, Text: "补选心理委员"}
	expectFields(t, "valid without owner or due", d.Validate(), nil)
	expectFields(t, "empty", (&Decision{}).Validate(), map[string]string{"decision.meeting": MsgRequired,
		"decision.no": MsgRange, "decision.text": MsgRequired})

	today := NewDate(2026, 11, 20)
	l := &Ledger{Tasks: []Task{
		{ID: 1, Status: TaskDone, Due: today - 5},
		{ID: 2, Status: TaskInProgress, Due: today + 5},
		{ID: 3, Status: TaskNotStarted, Due: today - 1},
	}}
	for _, c := range []struct {
		tasks []ID
		want  DecisionStatus
	}{
		{nil, DecisionUnassigned},
		{[]ID{1}, DecisionDone},
		{[]ID{1, 2}, DecisionInProgress},
		{[]ID{1, 3}, DecisionOverdue},
		{[]ID{2, 3}, DecisionOverdue},
		{[]ID{99}, DecisionUnassigned}, // a task that is gone counts for nothing
	} {
		if got := DecisionStatusOf(l, c.tasks, today); got != c.want {
			t.Errorf("tasks %v: %s, want %s", c.tasks, LabelOf(got).Code, LabelOf(c.want).Code)
		}
	}
}

func TestAgendaTextRoundTrips(t *testing.T) {
	list := []AgendaItem{{Title: "筛查结果通报", Notes: "覆盖率97%\n三名学生需跟进"}, {Title: "培训安排"}}
	if got := ParseAgenda(FormatAgenda(list)); len(got) != 2 || got[0] != list[0] || got[1] != list[1] {
		t.Errorf("round trip: %+v", got)
	}
	if got := ParseAgenda("议题一\n议题二\n"); len(got) != 2 || got[1].Title != "议题二" || got[0].Notes != "" {
		t.Errorf("plain lines: %+v", got)
	}
}

func TestReassignMovesOnlyOpenWork(t *testing.T) {
	today := NewDate(2026, 11, 20)
	l := &Ledger{
		Tasks: []Task{
			{ID: 1, OwnerID: 3, SupervisorID: 3, Status: TaskInProgress},
			{ID: 2, OwnerID: 3, Status: TaskDone},
		},
		Rectifications: []Rectification{{ID: 1, OwnerID: 3, Status: RectOpen}, {ID: 2, OwnerID: 3, Status: RectClosed}},
		Activities: []Activity{
			{ID: 1, Status: ActPlanned, Date: today + 3, OrganiserID: 3, StageOwners: [4]ID{3, 0, 3, 0}},
			{ID: 2, Status: ActHeld, Date: today - 3, OrganiserID: 3},
			{ID: 3, Status: ActPlanned, Date: today - 3, OrganiserID: 3}, // past: its record is missing, not its organiser
		},
	}
	p := PlanReassign(l, 3, 4, today)
	if len(p.Records) != 3 || len(p.Moves) != 6 {
		t.Fatalf("records %d, moves %+v", len(p.Records), p.Moves)
	}
	if l.Task(1).OwnerID != 3 {
		t.Error("the preview changed the ledger")
	}
	if tk := p.Records[0].(*Task); tk.OwnerID != 4 || tk.SupervisorID != 4 {
		t.Errorf("task %+v", tk)
	}
}
