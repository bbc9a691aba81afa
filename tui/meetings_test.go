package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/meetings"
)

// Deleting a meeting whose decisions have tasks is refused with the
// counts; nothing changes.
func TestDeletingAMeetingWithTasksIsRefused(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	before := len(d.Ledger().Meetings)
	d.Keys("5", "j", "j", "j", "j", "d") // M-5: two of its decisions have tasks
	if !d.Contains("M-5", "及其 3 项决定事项") {
		t.Fatalf("question:\n%s", d.View())
	}
	d.Keys("y")
	if s := d.Model.Status(); !strings.Contains(s, "不能删除 M-5") || !strings.Contains(s, "2 项决定事项已分解为 2 项任务") {
		t.Fatalf("status %q", s)
	}
	if len(d.Ledger().Meetings) != before {
		t.Fatal("the meeting was deleted")
	}
}

// t on a decision without an owner says which field is missing; with
// one, the task form opens filled in, and saving links the task both
// ways: the decision reads 落实中.
func TestDecisionBecomesATask(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	dec := &model.Decision{MeetingID: 6, No: 2, Text: "联系家长面谈"}
	if _, err := d.App.Save(model.ActCreate, dec); err != nil {
		t.Fatal(err)
	}
	d.Send(reload(d))
	d.Keys("5", "o", "G", "t")
	if s := d.Model.Status(); !strings.Contains(s, "责任人") || !strings.Contains(s, "完成时限") {
		t.Fatalf("status %q", s)
	}
	d.Keys("k", "t") // D-10: 个案 C-2026-07 … already has a task; a second one is fine
	if !d.Contains("来自 M-6 决定事项 1", "个案 C-2026-07") {
		t.Fatalf("task form:\n%s", d.View())
	}
	n := len(d.Ledger().Tasks)
	d.Keys("ctrl+s")
	l := d.Ledger()
	if len(l.Tasks) != n+1 || l.Tasks[n].DecisionID != 10 {
		t.Fatalf("tasks %d -> %d: %+v", n, len(l.Tasks), l.Tasks[len(l.Tasks)-1])
	}
	if got := len(model.TasksByDecision(l)[10]); got != 2 {
		t.Errorf("D-10 has %d tasks", got)
	}
	v := d.Model.Tab(common.TabMeetings).(*meetings.View)
	if v.Showing() != model.EntityDecision || !d.Contains("D-10", "落实中") {
		t.Errorf("after the save:\n%s", d.View())
	}
}

// P on an internal meeting shows its minutes without the notes; i shows
// them, and the printout says so.
func TestMinutesOfAnInternalMeeting(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	d.Keys("5", "j", "j", "j", "j", "j", "P")
	if d.Model.Active() != common.TabSummary || !d.Contains("M-6 会议纪要（内部记录已隐藏", "讨论记录未打印") || d.Contains("情绪低落") {
		t.Fatalf("minutes:\n%s", d.View())
	}
	d.Keys("i")
	if !d.Contains("内部资料", "情绪低落") {
		t.Fatalf("with the notes:\n%s", d.View())
	}
	// esc goes back where P was pressed: the meetings, on M-6.
	d.Keys("esc")
	v := d.Model.Tab(common.TabMeetings).(*meetings.View)
	if d.Model.Active() != common.TabMeetings || v.Showing() != model.EntityMeeting || !strings.Contains(d.View(), "› ") {
		t.Fatalf("esc goes back to the meetings:\n%s", d.View())
	}
	d.Keys("6")
	if !d.Contains("总体情况") || d.Contains("会议纪要") {
		t.Fatalf("the summary tab after the minutes:\n%s", d.View())
	}
}

// R on a person lists what moves and hands it over in one step that u
// takes back.
func TestReassignFromThePeopleList(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	d.Keys("2", "o", "G", "k", "R") // 冯涛, O-12
	if !d.Contains("移交 冯涛 的工作", "将移交 3 条记录", "T-8", "R-5", "A-8") {
		t.Fatalf("form:\n%s", d.View())
	}
	d.Keys("/")
	d.Type("oyxx")
	d.Keys("enter", "ctrl+s")
	l := d.Ledger()
	if l.Task(8).OwnerID != 4 || l.Rectification(5).OwnerID != 4 || l.Activity(8).OrganiserID != 4 {
		t.Fatalf("not handed over: %+v", l.Task(8))
	}
	d.Keys("u")
	if l := d.Ledger(); l.Task(8).OwnerID != 12 || l.Activity(8).OrganiserID != 12 {
		t.Fatal("undo did not take it back")
	}
}

// The meetings tab's own keys sit beside those of every list: on a
// meeting D adds a decision and a attaches evidence about the meeting;
// on a decision b binds a task that exists and l links the decision to
// the rubric's indicators.
func TestMeetingKeysBesideTheEvidenceKeys(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	before := len(d.Ledger().Decisions)
	d.Keys("5", "D")
	if !d.Contains("添加决定事项", "┃ 决定事项") {
		t.Fatalf("D on a meeting:\n%s", d.View())
	}
	d.Paste("每月第一周召开心理委员例会")
	d.Keys("ctrl+s")
	if len(d.Ledger().Decisions) != before+1 {
		t.Fatalf("the decision was not saved; status %q\n%s", d.Model.Status(), d.View())
	}
	d.Keys("esc", "a")
	if !d.Contains("添加佐证材料", "关于：会议 M-") {
		t.Fatalf("a on a meeting:\n%s", d.View())
	}
	d.Keys("esc", "o", "b")
	if !d.Contains("把已有任务关联到 D-1", "T-3 专兼职心理教师持证上岗") {
		t.Fatalf("b on a decision:\n%s", d.View())
	}
	d.Keys("j", "ctrl+s")
	if got := d.Ledger().Task(3).DecisionID; got != 1 {
		t.Fatalf("T-3 should now carry D-1, has %v; status %q", got, d.Model.Status())
	}
	d.Keys("l")
	if !d.Contains("对应评估指标", "决定事项 D-") {
		t.Fatalf("l on a decision:\n%s", d.View())
	}
}
