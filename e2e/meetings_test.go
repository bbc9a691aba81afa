package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/store"
)

// TestMeetingDecisionTaskLoop is the group's loop in a real terminal: a
// meeting is held, takes a decision, the decision becomes a task, the
// task is marked done, and the decision reads 已落实 — in its list and in
// the carry-out table the next meeting opens with, on screen and from
// the command line.
func TestMeetingDecisionTaskLoop(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	env := []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color"}
	tm := newTerm(t, 120, 40, env, shellQuote(binary)+" --db "+shellQuote(db))
	tm.waitFor("心理健康教育工作台账", "5 会议")

	// A meeting held today: the form suggests the kind, today, the
	// number and the chair from the roster.
	tm.keys("5")
	tm.waitFor("M-7", "研判会")
	tm.keys("n")
	tm.waitFor("新建会议", "请勿填写学生姓名")
	tm.keys("C-s")
	tm.waitFor("新建会议 M-8")

	// A decision of it, to a person, a date and an indicator.
	tm.keys("D")
	tm.waitFor("为 M-8 添加决定事项", "┃ 决定事项")
	tm.typeText("各年级建立心理委员周报制度")
	tm.keys("Tab")
	tm.waitFor("┃ 责任人")
	tm.keys("/")
	tm.typeText("zs")
	tm.waitFor("张三 · 心理中心")
	tm.keys("Enter")
	tm.waitFor("┃ 完成时限")
	tm.typeText("+14")
	tm.keys("Enter")
	tm.waitFor("┃ 考核指标")
	tm.typeText("每周五前上交周报")
	tm.keys("C-s")
	tm.waitFor("新建决定事项 D-11")

	// It becomes a task, linked both ways.
	tm.keys("o", "G")
	tm.waitFor("D-11", "未分解")
	tm.keys("t")
	tm.waitFor("来自 M-8 决定事项 1", "各年级建立心理委员周报制度")
	tm.keys("C-s")
	tm.waitFor("新建任务 T-22")
	tm.waitFor("T-22", "落实中")

	// The task is done.
	tm.keys("2", "G")
	tm.waitFor("T-22")
	tm.keys("Enter")
	tm.waitFor("来自 M-8 决定事项 1")
	tm.keys("Escape", "e")
	tm.waitFor("修改 T-22")
	for i := 0; i < 8; i++ {
		tm.keys("Tab")
	}
	tm.waitFor("┃ 状态")
	tm.keys("Right", "Right")
	tm.keys("C-s")
	tm.waitFor("修改任务 T-22")

	// The decision reads 已落实, and so does the next meeting's table.
	tm.keys("5")
	tm.waitFor("D-11", "已落实")
	tm.keys("o", "K")
	tm.waitFor("会议材料包", "上次会议决定事项落实情况", "M-8")
	screen := tm.waitFor("已落实  1")
	if !strings.Contains(screen, "各年级建立心理委员") {
		t.Fatalf("the carry-out table does not list the decision:\n%s", screen)
	}
	tm.keys("Escape", "q")
	tm.waitFor("EXIT=0")

	out, err := exec.Command(binary, "--db", db, "--lang", "zh", "minutes", "--carry-out").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "各年级建立心理委员") || !strings.Contains(string(out), "已落实  1") {
		t.Fatalf("secretary minutes --carry-out: %v\n%s", err, out)
	}

	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	tk, d := l.Task(22), l.Decision(11)
	if tk == nil || d == nil || tk.DecisionID != d.ID || d.MeetingID != 8 || tk.Status != model.TaskDone ||
		model.DecisionStatusOf(l, model.TasksByDecision(l)[d.ID], s.Today()) != model.DecisionDone {
		t.Fatalf("task %+v decision %+v", tk, d)
	}
}
