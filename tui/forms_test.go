package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/owners"
)

func TestAddOwnerThroughTheForm(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	before := len(d.Ledger().Owners)
	d.Keys("2", "o", "n")
	if !d.Contains("新建责任人", "姓名 *") {
		t.Fatalf("owner form:\n%s", d.View())
	}
	d.Paste("王小明 Wang")
	d.Keys("enter")
	d.Paste("心理教师")
	d.Keys("enter")
	d.Paste("心理中心")
	d.Keys("enter", "enter", "enter", "enter", "enter", "tab") // contact, role, joined, left, notes empty: submit
	l := d.Ledger()
	if len(l.Owners) != before+1 {
		t.Fatalf("owners %d -> %d; screen:\n%s", before, len(l.Owners), d.View())
	}
	o := l.Owners[len(l.Owners)-1]
	if o.Name != "王小明 Wang" || o.Title != "心理教师" || o.Department != "心理中心" {
		t.Fatalf("saved %+v", o)
	}
	if !d.Contains("王小明 Wang") || !strings.Contains(d.Model.Status(), "新建责任人") {
		t.Fatalf("after save, status %q:\n%s", d.Model.Status(), d.View())
	}
	people := d.Model.Tab(common.TabOwners).(*owners.View).People()
	if people.Selected() != o.ID {
		t.Fatalf("cursor should be on the new person, is on O-%d", people.Selected())
	}
}

func TestAddTaskToPlanWithT(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("j") // P-2
	d.Keys("t")
	if !d.Contains("在 P-2 下新建任务") {
		t.Fatalf("task form:\n%s", d.View())
	}
	d.Paste("组织“心理健康周”讲座 🎤")
	d.Keys("enter")
	// Owner: filter by pinyin, pick 张三.
	d.Keys("/")
	d.Type("zs")
	d.Keys("enter", "enter")
	d.Paste("+7")
	d.Keys("enter")
	d.Paste("覆盖全体初一学生，满意度≥85%")
	d.Keys("tab")
	// plan (preset), area, supervisor, start, status, progress, date done,
	// obligation, yearly, notes: accept.
	d.Keys("enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "tab")
	l := d.Ledger()
	task := l.Tasks[len(l.Tasks)-1]
	if task.Title != "组织“心理健康周”讲座 🎤" || task.PlanID != 2 || l.OwnerName(task.OwnerID) != "张三" ||
		task.Due != storetestToday().AddDays(7) || task.Indicator != "覆盖全体初一学生，满意度≥85%" {
		t.Fatalf("saved %+v (owner %s); screen:\n%s", task, l.OwnerName(task.OwnerID), d.View())
	}
}

func TestBadDateIsShownUnderTheFieldAndNothingIsLost(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("2", "n")
	d.Paste("Lecture 讲座")
	d.Keys("enter", "down", "enter") // owner: the first person
	d.Paste("2026-02-30")
	d.Keys("enter")
	if !d.Contains("2026-02-30 does not exist: month 2 of 2026 has only 28 days") {
		t.Fatalf("the date error should show under the form:\n%s", d.View())
	}
	n := len(d.Ledger().Tasks)
	d.Keys("ctrl+s")
	if len(d.Ledger().Tasks) != n || !d.Contains("Not saved", "Due date") {
		t.Fatalf("ctrl+s with a bad date must not save and must say why:\n%s", d.View())
	}
	// Correct the date; everything typed before is still there.
	for i := 0; i < len("2026-02-30"); i++ {
		d.Keys("backspace")
	}
	d.Paste("2026-02-28")
	d.Keys("ctrl+s")
	l := d.Ledger()
	if len(l.Tasks) != n+1 || l.Tasks[n].Title != "Lecture 讲座" || l.Tasks[n].Due != model.NewDate(2026, 2, 28) {
		t.Fatalf("after correcting: %+v", l.Tasks[len(l.Tasks)-1])
	}
}

func TestFailedSaveKeepsTheFormAndInput(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	// A person with no tasks, whom the task will name as owner.
	o := &model.Owner{Name: "临时 Temp"}
	if _, err := d.App.Save(model.ActCreate, o); err != nil {
		t.Fatal(err)
	}
	d.Send(reload(d))
	d.Keys("2", "n")
	d.Paste("任务 to fail")
	d.Keys("enter", "/")
	d.Type("Temp")
	d.Keys("enter", "enter")
	d.Paste("+3")
	d.Keys("enter", "tab")
	// Someone deletes the person before the save lands.
	if _, err := d.App.Delete(model.EntityOwner, o.ID); err != nil {
		t.Fatal(err)
	}
	d.Keys("enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "tab")
	if !d.Contains("Not saved", "Owner: O-", "does not exist", "任务 to fail") {
		t.Fatalf("the form should stay open with the error and the input:\n%s", d.View())
	}
	for _, tk := range d.Ledger().Tasks {
		if tk.Title == "任务 to fail" {
			t.Fatal("saved despite the error")
		}
	}
}

func TestEscAsksBeforeDiscardingChanges(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("n")
	d.Keys("esc")
	if d.Contains("New plan") {
		t.Fatal("esc on an untouched form should close it")
	}
	d.Keys("n")
	d.Paste("Draft 草稿")
	d.Keys("esc")
	if !d.Contains("Discard your changes?") {
		t.Fatalf("esc with changes should ask:\n%s", d.View())
	}
	d.Keys("n")
	if !d.Contains("Draft 草稿") {
		t.Fatal("n should return to the form with the input")
	}
	d.Keys("esc", "y")
	if d.Contains("New plan") {
		t.Fatal("y should discard")
	}
}

func TestMarkingDoneSetsProgressTo100(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("2", "f", "f") // overdue tasks
	id := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Selected()
	d.Keys("e")
	// title, owner, due, indicator, plan, area, supervisor, start -> status
	d.Keys("enter", "enter", "enter", "tab", "enter", "enter", "enter", "enter")
	// Status is an inline select; T-6 is in progress, one step from done.
	d.Keys("right")
	if !d.Contains("← Done →") {
		t.Fatalf("status should read Done:\n%s", d.View())
	}
	d.Keys("enter", "enter", "enter", "enter", "enter", "tab") // status, progress, date done (empty: today), obligation, yearly, notes
	task := d.Ledger().Task(id)
	if task.Status != model.TaskDone || task.Progress != 100 || task.DoneOn != storetestToday() {
		t.Fatalf("after marking done: %+v\n%s", task, d.View())
	}
}

func TestSettingsForm(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys(",")
	if !d.Contains("台账设置", "领导小组名称", "阳光实验中学心理健康教育工作领导小组") {
		t.Fatalf("settings form:\n%s", d.View())
	}
	d.Keys("enter")
	d.Keys("ctrl+u")
	d.Paste("阳光中学 🌞")
	d.Keys("ctrl+s")
	if got := d.Ledger().Settings; got.School != "阳光中学 🌞" || got.GroupName != "阳光实验中学心理健康教育工作领导小组" {
		t.Fatalf("settings %+v\n%s", got, d.View())
	}
	if d.Contains("台账设置") || !strings.Contains(d.Model.Status(), "设置已保存") {
		t.Fatalf("after save, status %q:\n%s", d.Model.Status(), d.View())
	}
	d.Keys("u")
	if d.Ledger().Settings.School != "阳光实验中学" {
		t.Fatal("undo settings")
	}
}

func TestShortcutKeysTypeIntoFormFields(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("2", "n")
	d.Type("q1/Lu")
	if d.Quit || d.Model.Active() != common.TabOwners {
		t.Fatal("q, a digit or L in a form acted instead of typing")
	}
	if !d.Contains("q1/Lu") || d.Contains("界面语言") {
		t.Fatalf("the title field should hold what was typed:\n%s", d.View())
	}
}
