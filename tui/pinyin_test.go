package tui_test

import (
	"slices"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/tuitest"
	"secretary/tui/views/owners"
)

// withPeople is the demo ledger with people whose surnames are
// polyphonic, each owning one task, opened on the task list.
func withPeople(t *testing.T) *tuitest.Driver {
	t.Helper()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	for i, name := range []string{"曾晓云", "单丽", "解敏"} {
		o := &model.Owner{Name: name, Department: "年级组"}
		if _, err := a.Save(model.ActCreate, o); err != nil {
			t.Fatal(err)
		}
		task := &model.Task{Title: []string{"初一家长会筹备", "心理委员例会", "班级心理档案整理"}[i], OwnerID: o.ID,
			Due: tuitest.Today().AddDays(10), Status: model.TaskNotStarted, Area: model.AreaService}
		if _, err := a.Save(model.ActCreate, task); err != nil {
			t.Fatal(err)
		}
	}
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("2")
	return d
}

// shownTasks are the titles the task list shows.
func shownTasks(d *tuitest.Driver) []string {
	tbl := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Table()
	var out []string
	for i := range tbl.Len() {
		if task := d.Ledger().Task(tbl.IDAt(i)); task != nil {
			out = append(out, task.Title)
		}
	}
	return out
}

// TestFilterReadsSurnames: the three misses (/zxy, /shanli, /xm).
func TestFilterReadsSurnames(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ query, want string }{
		{"zxy", "初一家长会筹备"},
		{"zengxiaoyun", "初一家长会筹备"},
		{"shanli", "心理委员例会"},
		{"xm", "班级心理档案整理"},
	} {
		t.Run(c.query, func(t *testing.T) {
			t.Parallel()
			d := withPeople(t)
			d.Keys("/")
			d.Type(c.query)
			if got := shownTasks(d); !slices.Contains(got, c.want) {
				t.Errorf("/%s shows %v, not %s", c.query, got, c.want)
			}
		})
	}
}

// TestFilterSearchesSupervisors: /zs finds the tasks 张三 supervises,
// not only those he owns.
func TestFilterSearchesSupervisors(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	d.Keys("2", "/")
	d.Type("zs")
	got := shownTasks(d)
	// 欧阳晓雪 owns it, 张三 supervises it; no cell reads zs.
	if !slices.Contains(got, "筛查预警学生一对一访谈") {
		t.Errorf("/zs shows %v: misses the task 张三 supervises", got)
	}
}

// TestPersonQuickFilterAsksWho: f on the task list comes to "责任人…",
// which asks which person with a pinyin picker, whatever row the cursor
// is on.
func TestPersonQuickFilterAsksWho(t *testing.T) {
	t.Parallel()
	d := withPeople(t)
	d.Keys("f", "f", "f", "f")
	if !d.Contains("筛选哪位责任人的？") {
		t.Fatalf("no picker after f×4:\n%s", d.View())
	}
	d.Type("zxy")
	if !d.Contains("曾晓云 · 年级组") || d.Contains("张三 · 心理中心") {
		t.Fatalf("picker not filtered to 曾晓云:\n%s", d.View())
	}
	d.Keys("enter")
	if got := shownTasks(d); !slices.Equal(got, []string{"初一家长会筹备"}) {
		t.Fatalf("曾晓云's tasks: %v\n%s", got, d.View())
	}
	if !strings.Contains(d.Model.Status(), "责任人：曾晓云") || !d.Contains("责任人：曾晓云") {
		t.Errorf("status %q; screen:\n%s", d.Model.Status(), d.View())
	}
	// f again: back to every task.
	d.Keys("f")
	if len(shownTasks(d)) != len(d.Ledger().Tasks) {
		t.Errorf("f after the person filter shows %d of %d tasks", len(shownTasks(d)), len(d.Ledger().Tasks))
	}
	// esc in the picker shows every task.
	d.Keys("f", "f", "f", "f", "esc")
	if d.Model.Overlay() != nil || len(shownTasks(d)) != len(d.Ledger().Tasks) {
		t.Errorf("esc in the picker:\n%s", d.View())
	}
}

// TestPeopleSortByPinyin: s on the name column of the people list orders
// them as a Chinese staff list is ordered.
func TestPeopleSortByPinyin(t *testing.T) {
	t.Parallel()
	d := withPeople(t)
	d.Keys("o", "s", "s")
	tbl := d.Model.Tab(common.TabOwners).(*owners.View).People().Table()
	var names []string
	for i := range tbl.Len() {
		names = append(names, d.Ledger().OwnerName(tbl.IDAt(i)))
	}
	want := []string{"陈立", "冯涛", "李红梅", "刘芳", "欧阳晓雪", "钱进", "单丽", "孙丽", "王建国", "吴敏 Amy Wu", "解敏", "曾晓云", "张三", "赵磊", "郑凯", "周强"}
	if !slices.Equal(names, want) {
		t.Errorf("people by name\n got %v\nwant %v", names, want)
	}
}

// TestNewTaskDefaultsToTheSchoolYearPlan: n on the task list starts the
// task in the one annual plan of this school year (P-2 in the demo).
func TestNewTaskDefaultsToTheSchoolYearPlan(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	d.Keys("2", "n")
	host, ok := d.Model.Overlay().(interface{ Draft() forms.Draft })
	if !ok {
		t.Fatalf("no form:\n%s", d.View())
	}
	if td, ok := host.Draft().(*forms.TaskDraft); !ok || td.PlanID != 2 {
		t.Fatalf("new task's plan: %+v", host.Draft())
	}
	if !d.Contains("在 P-2 下新建任务") {
		t.Fatalf("heading:\n%s", d.View())
	}
}
