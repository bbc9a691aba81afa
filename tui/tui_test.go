package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/owners"
	"secretary/tui/views/plans"
)

func TestTabsSwitchByTabShiftTabAndDigits(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	if d.Model.Active() != common.TabPlans {
		t.Fatal("starts on plans")
	}
	d.Keys("tab")
	if d.Model.Active() != common.TabOwners || !d.Contains("T-1", "责任人") {
		t.Fatalf("tab -> owners:\n%s", d.View())
	}
	d.Keys("shift+tab", "shift+tab")
	if d.Model.Active() != common.TabSummary {
		t.Fatalf("shift+tab twice from owners -> summary, got %d", d.Model.Active())
	}
	d.Keys("3")
	if d.Model.Active() != common.TabActivities {
		t.Fatal("3 -> activities")
	}
	d.Keys("1")
	if d.Model.Active() != common.TabPlans || !d.Contains("P-1", "学校心理健康教育") {
		t.Fatalf("1 -> plans:\n%s", d.View())
	}
}

func TestMovementAndDetail(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 80, 24)
	b := d.Model.Tab(common.TabPlans).(*plans.View).Browser()
	d.Keys("j", "j")
	if b.Selected() != 3 {
		t.Fatalf("j j -> P-3, got %d", b.Selected())
	}
	d.Keys("G")
	if b.Selected() != 4 {
		t.Fatalf("G -> last, got %d", b.Selected())
	}
	d.Keys("g", "down")
	if b.Selected() != 2 {
		t.Fatalf("g down -> P-2, got %d", b.Selected())
	}
	// Narrow: enter shows the detail in place of the table; esc goes back.
	d.Keys("enter")
	if !d.Contains("目标", "开展5·25心理健康月系列活动") || d.Contains("P-3 ") {
		t.Fatalf("detail of P-2:\n%s", d.View())
	}
	d.Keys("esc")
	if !d.Contains("P-3", "P-4") {
		t.Fatalf("back to table:\n%s", d.View())
	}
}

func TestWideScreenShowsDetailBesideTable(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	if !d.Contains("P-1", "P-4", "目标", "建成达标的心理辅导中心") {
		t.Fatalf("wide screen should show the table and the detail:\n%s", d.View())
	}
}

func TestKeysTypeIntoFilterInsteadOfActing(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("2", "/")
	d.Type("q1\t")
	d.Keys("tab")
	if d.Quit {
		t.Fatal("q in the filter quit the program")
	}
	if d.Model.Active() != common.TabOwners {
		t.Fatal("a digit or tab in the filter switched tabs")
	}
	if !d.Contains("q1") {
		t.Fatalf("the filter should show what was typed:\n%s", d.View())
	}
	d.Keys("esc", "q")
	if !d.Quit {
		t.Fatal("q outside the filter should quit")
	}
}

func TestPinyinFilter(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	tasks := d.Model.Tab(common.TabOwners).(*owners.View).Tasks()
	d.Keys("2", "/")
	d.Type("zs")
	// 张三 owns T-4, T-5, T-16, T-18, T-20 in the demo ledger and
	// supervises T-6 and T-19 (owned by 欧阳晓雪); T-1 is nobody's.
	if n := tasks.Table().Len(); n == 0 || !d.Contains("张三", "T-6 ", "欧阳晓雪") || d.Contains("T-1 ") {
		t.Fatalf("zs should find the tasks 张三 owns or supervises (%d rows):\n%s", n, d.View())
	}
	d.Keys("backspace", "backspace")
	d.Type("xljk")
	if !d.Contains("心理健康") {
		t.Fatalf("xljk should find 心理健康:\n%s", d.View())
	}
	d.Keys("esc")
	if tasks.Table().Len() != tasks.Table().Total() {
		t.Fatal("esc should clear the filter")
	}
	d.Keys("/")
	d.Type("ouyang")
	d.Keys("enter")
	if !d.Contains("欧阳晓雪") || d.Contains("张三 ") {
		t.Fatalf("ouyang should find 欧阳晓雪:\n%s", d.View())
	}
}

func TestQuickFilters(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	tasks := d.Model.Tab(common.TabOwners).(*owners.View).Tasks()
	d.Keys("2", "f") // open
	open := tasks.Table().Len()
	d.Keys("f") // overdue
	overdue := tasks.Table().Len()
	if !(overdue > 0 && overdue < open && open < tasks.Table().Total()) {
		t.Fatalf("open %d overdue %d total %d", open, overdue, tasks.Table().Total())
	}
	if !strings.Contains(d.Model.Status(), "Overdue") {
		t.Fatalf("status should name the filter: %q", d.Model.Status())
	}
	l := d.Ledger()
	for i := 0; i < tasks.Table().Len(); i++ {
		id := tasks.Table().SelectedID()
		if task := l.Task(id); task == nil || !task.Overdue(storetestToday()) {
			t.Fatalf("T-%d listed as overdue", id)
		}
		d.Keys("j")
	}
}

func TestSortCyclesAndReverses(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	tbl := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Table()
	d.Keys("2")
	for i := 0; i < 5; i++ { // code, title, owner, dept, due
		d.Keys("s")
	}
	if !strings.Contains(d.Model.Status(), "Due") {
		t.Fatalf("status after five s: %q", d.Model.Status())
	}
	d.Keys("g")
	first := d.Ledger().Task(tbl.SelectedID()).Due
	d.Keys("S", "g")
	last := d.Ledger().Task(tbl.SelectedID()).Due
	if !(first < last) {
		t.Fatalf("ascending first %s, descending first %s", first, last)
	}
}

func TestDeleteUndoRedo(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	tbl := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Table()
	d.Keys("2", "G")
	id := tbl.SelectedID()
	title := d.Ledger().Task(id).Title
	d.Keys("d")
	if !d.Contains("确认删除", model.Code(model.EntityTask, id), title) {
		t.Fatalf("the question should name the record:\n%s", d.View())
	}
	d.Keys("n")
	if d.Ledger().Task(id) == nil {
		t.Fatal("n deleted anyway")
	}
	d.Keys("d", "y")
	if d.Ledger().Task(id) != nil {
		t.Fatal("y did not delete")
	}
	if s := d.Model.Status(); !strings.Contains(s, "删除任务") || !strings.Contains(s, title) {
		t.Fatalf("status after delete: %q", s)
	}
	d.Keys("u")
	if d.Ledger().Task(id) == nil {
		t.Fatal("u did not bring it back")
	}
	if s := d.Model.Status(); !strings.Contains(s, "已撤销") || !strings.Contains(s, title) {
		t.Fatalf("status after undo: %q", s)
	}
	if !d.Contains(model.Code(model.EntityTask, id)) {
		t.Fatalf("the restored task should be listed:\n%s", d.View())
	}
	d.Keys("ctrl+r")
	if d.Ledger().Task(id) != nil || !strings.Contains(d.Model.Status(), "已重做") {
		t.Fatalf("ctrl+r should delete again; status %q", d.Model.Status())
	}
}

func TestDeletingOwnerWithTasksIsRefusedWithReason(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("2", "o", "j", "j") // O-3 张三 owns tasks
	d.Keys("d", "y")
	if d.Ledger().Owner(3) == nil {
		t.Fatal("owner with tasks was deleted")
	}
	tasks := 0
	for _, task := range d.Ledger().Tasks {
		if task.OwnerID == 3 || task.SupervisorID == 3 { // both refer to the person
			tasks++
		}
	}
	if s := d.Model.Status(); !strings.Contains(s, "O-3 “张三” cannot be deleted") || !strings.Contains(s, fmt.Sprintf("%d task(s)", tasks)) ||
		!strings.Contains(s, "T-4 “区级心理健康教育课题结题”") || !strings.Contains(s, "27 more") {
		t.Fatalf("status: %q", s)
	}
}

// TestDeleteRefusalReadsNaturally: the refusal reads as a sentence (还有
// 1 项任务引用 …, no stray space) and names what refers to the record.
func TestDeleteRefusalReadsNaturally(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	o := &model.Owner{Name: "曾晓云", Department: "年级组"}
	if _, err := a.Save(model.ActCreate, o); err != nil {
		t.Fatal(err)
	}
	task := &model.Task{Title: "初一家长会筹备", OwnerID: o.ID, Area: model.AreaService, Due: tuitest.Today().AddDays(9), Status: model.TaskNotStarted}
	if _, err := a.Save(model.ActCreate, task); err != nil {
		t.Fatal(err)
	}
	d := tuitest.New(t, a, model.LangZh, 160, 30)
	d.Keys("2", "o", "G", "d", "y")
	want := "还有 1 项任务引用 O-14「曾晓云」，不能删除（T-22「初一家长会筹备」）。请先删除或改派这些记录。"
	if s := d.Model.Status(); s != want {
		t.Fatalf("status\n got %q\nwant %q", s, want)
	}
}

func TestLanguageSwitchesOnTheFly(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	if !d.Contains("计划", "责任清单") {
		t.Fatal("starts in Chinese")
	}
	d.Keys("L")
	if !d.Contains("Plans", "Owners", "Mental health education work ledger") || d.Contains("责任清单") {
		t.Fatalf("after L:\n%s", d.View())
	}
	d.Keys("L")
	if !d.Contains("责任清单") {
		t.Fatal("L again returns to Chinese")
	}
}

func TestTooSmallWindowSaysSo(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 59, 16)
	if !d.Contains("too small", "60×16") {
		t.Fatalf("59x16:\n%s", d.View())
	}
	d.Send(resize(60, 16))
	if d.Contains("too small") || !d.Contains("P-1") {
		t.Fatalf("60x16 should draw:\n%s", d.View())
	}
}
