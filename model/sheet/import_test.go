package sheet_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/store/storetest"
)

func csvLines(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

// problems renders an import's problems (or notes) in one language.
func problems(ps []sheet.Problem, lang model.Lang) []string {
	return strings.Split(strings.TrimSuffix(problemLines(ps, lang), "\n"), "\n")
}

// A sheet kept by hand: a title row above the headers, the columns in its
// own order, an extra numbering column, dates written every way people
// write them, names with a space in the middle, labels in either language.
func TestHandMadeTaskSheetImports(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	next := model.ID(len(l.Tasks))
	data := csvLines(
		"2026学年心理健康工作任务清单,,,,,,,",
		"序号,任务名称,责任人,截止日期,状态,工作范围,所属计划,开始日期",
		"1,编写《学生心理危机识别手册》📕,张  三,2026/12/1,进行中,service,本学年心理健康教育工作计划,12月1日",
		"2,Parent workshop 家长工作坊,吴敏 Amy Wu,+7,not started,宣传推广,P-3,20261120",
		"3,心理委员复训,欧阳晓雪,46357,In progress,人员培训,,今天",
	)
	imp, before := prepare(t, s, "任务清单.csv", data, sheet.Options{})
	if !imp.OK() {
		t.Fatalf("problems:\n%s", problemLines(imp.Problems, model.LangZh))
	}
	if got := problems(imp.Notes, model.LangZh); len(got) != 1 || got[0] != "「任务清单.csv」第 2 行，序号“序号”：不认识的列“序号”，已忽略" {
		t.Errorf("notes: %q", got)
	}
	tasks := imp.Tab(model.EntityTask).New
	if len(tasks) != 3 {
		t.Fatalf("%d new tasks, want 3", len(tasks))
	}
	today := storetest.Today()
	want := []model.Task{
		{ID: next + 1, Title: "编写《学生心理危机识别手册》📕", OwnerID: 3, Due: model.NewDate(2026, time.December, 1), Start: model.NewDate(2026, time.December, 1),
			Status: model.TaskInProgress, Area: model.AreaService, PlanID: 2},
		{ID: next + 2, Title: "Parent workshop 家长工作坊", OwnerID: 10, Due: today + 7, Start: today,
			Status: model.TaskNotStarted, Area: model.AreaPublicity, PlanID: 3},
		{ID: next + 3, Title: "心理委员复训", OwnerID: 4, Due: model.NewDate(2026, time.December, 1), Start: today,
			Status: model.TaskInProgress, Area: model.AreaTraining},
	}
	for i, w := range want {
		if got := *tasks[i].(*model.Task); got != w {
			t.Errorf("task %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
	commit(t, s, imp)
	after, _ := s.Load()
	if len(after.Tasks) != len(before.Tasks)+3 || after.Task(next+3).Title != "心理委员复训" {
		t.Errorf("ledger after import has %d tasks", len(after.Tasks))
	}
}

// Every problem of every row is reported, with its place and reason, and
// nothing is imported.
func TestEveryProblemIsReported(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	data := csvLines(
		"编号,任务名称,责任人,截止日期,状态,工作范围,进度（%）",
		",讲座,张三,2026-13-01,进行中,宣传推广,50",
		",讲座,赵六,2026-12-01,做完了,宣传推广,半",
		"T-3,（清空）,张三,(clear),进行中,宣传推广,150", // a blank cell would keep T-3's title and due date
		"T-3,重复,张三,2026-12-01,进行中,宣传推广,0",
		"P-1,错表,张三,2026-12-01,进行中,宣传推广,0",
	)
	imp, _ := prepare(t, s, "tasks.csv", data, sheet.Options{})
	want := []string{
		"“tasks.csv” row 2, 截止日期 “2026-13-01”: month 13 in “2026-13-01” is not between 1 and 12",
		"“tasks.csv” row 3, 责任人 “赵六”: no such person in the ledger or on the owners sheet; add them on the owners sheet, or import with --create-owners to add them",
		"“tasks.csv” row 3, 状态 “做完了”: is not one of the choices: Not started, In progress, Done, Blocked",
		"“tasks.csv” row 3, 进度（%） “半”: is not a number",
		"“tasks.csv” row 4, 任务名称 “（清空）”: is required",
		"“tasks.csv” row 4, 截止日期 “(clear)”: is required",
		"“tasks.csv” row 4, 进度（%） “150”: must be between 0 and 100",
		"“tasks.csv” row 5, 编号 “T-3”: the code T-3 appears twice (also on row 4)",
		"“tasks.csv” row 6, 编号 “P-1”: P-1 is not a task code",
	}
	got := problems(imp.Problems, model.LangEn)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := imp.Apply(nil); err == nil {
		t.Error("Apply accepted an import with problems")
	}
}

func TestOwnersAreCreatedOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	data := csvLines(
		"任务名称,责任人,监督人,截止日期,状态,工作范围",
		"新任务一,钱七,张三,2026-12-01,未开始,宣传推广",
		"新任务二,钱 七,钱七,2026-12-02,未开始,宣传推广",
	)
	imp, _ := prepare(t, s, "tasks.csv", data, sheet.Options{})
	if n := len(imp.Problems); n != 3 {
		t.Fatalf("%d problems, want one per unknown name:\n%s", n, problemLines(imp.Problems, model.LangZh))
	}
	imp, _ = prepare(t, s, "tasks.csv", data, sheet.Options{CreateOwners: true})
	owners := imp.Tab(model.EntityOwner).New
	if len(owners) != 1 || owners[0].(*model.Owner).Name != "钱七" || owners[0].GetID() != model.ID(len(l.Owners)+1) {
		t.Fatalf("created owners %+v", owners)
	}
	if got := problems(imp.Notes, model.LangZh); len(got) != 1 || got[0] != fmt.Sprintf("「tasks.csv」第 2 行，责任人“钱七”：将新增责任人 O-%d 钱七", len(l.Owners)+1) {
		t.Errorf("notes %q", got)
	}
	commit(t, s, imp)
	after, _ := s.Load()
	for _, task := range after.Tasks[len(l.Tasks):] {
		if after.OwnerName(task.OwnerID) != "钱七" {
			t.Errorf("%s owned by %q", task.Title, after.OwnerName(task.OwnerID))
		}
	}
}

// Only the columns a sheet has are changed: a two-column sheet updates
// statuses and leaves everything else as it was.
func TestPartialSheetUpdatesOnlyItsColumns(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	data := csvLines("Code,Status", "T-8,Done", "T-9,进行中")
	imp, _ := prepare(t, s, "status.csv", data, sheet.Options{Tab: model.EntityTask})
	plan := imp.Tab(model.EntityTask)
	if !imp.OK() || len(plan.Updated) != 1 || plan.Unchanged != 1 {
		t.Fatalf("ok=%v updated=%d unchanged=%d\n%s", imp.OK(), len(plan.Updated), plan.Unchanged, problemLines(imp.Problems, model.LangEn))
	}
	u := plan.Updated[0]
	if strings.Join(u.Fields, ",") != "task.status,task.done_on" {
		t.Errorf("changed fields %v", u.Fields)
	}
	commit(t, s, imp)
	after, _ := s.Load()
	want := *l.Task(8)
	want.Status, want.DoneOn = model.TaskDone, storetest.Today()
	if got := *after.Task(8); got != want {
		t.Errorf("T-8 after:\n got %+v\nwant %+v", got, want)
	}

	// A row without a code would add a task, which needs more columns.
	imp, _ = prepare(t, s, "status.csv", csvLines("Code,Status", ",Done"), sheet.Options{Tab: model.EntityTask})
	got := problems(imp.Problems, model.LangEn)
	if len(got) != 4 || got[0] != "“status.csv”: the column “Title” is missing, and new records need it" {
		t.Errorf("problems %q", got)
	}
}

func TestCodesAreKeptButNeverReused(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	if _, err := s.Delete(model.EntityTask, 19); err != nil { // nothing refers to T-19
		t.Fatal(err)
	}
	data := csvLines(
		"编号,任务名称,责任人,截止日期,状态,工作范围",
		"T-19,回来了,张三,2026-12-01,未开始,宣传推广",
		"T-40,保留编号,张三,2026-12-01,未开始,宣传推广",
		",没有编号,张三,2026-12-01,未开始,宣传推广",
		"X9,乱写,张三,2026-12-01,未开始,宣传推广",
	)
	imp, _ := prepare(t, s, "t.csv", data, sheet.Options{})
	got := problems(imp.Problems, model.LangZh)
	want := []string{
		"「t.csv」第 2 行，编号“T-19”：T-19 是台账中已删除记录的编号，编号不会重复使用；要作为新记录添加，请清空编号",
		"「t.csv」第 5 行，编号“X9”：不是任务编号；编号形如 T-12，新记录请留空",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("problems:\n%s", strings.Join(got, "\n"))
	}
	imp, _ = prepare(t, s, "t.csv", csvLines(strings.Split(string(data), "\r\n")[0], strings.Split(string(data), "\r\n")[2], strings.Split(string(data), "\r\n")[3]), sheet.Options{})
	commit(t, s, imp)
	after, _ := s.Load()
	if after.Task(40) == nil || after.Task(40).Title != "保留编号" || after.Task(41) == nil || after.Task(41).Title != "没有编号" {
		t.Errorf("kept/assigned codes wrong: T-40 %+v, T-41 %+v", after.Task(40), after.Task(41))
	}
	if len(after.Tasks) != len(l.Tasks)+1 {
		t.Errorf("%d tasks, want %d", len(after.Tasks), len(l.Tasks)+1)
	}
	// The next task added by hand gets a number above the kept one.
	task := &model.Task{Title: "手工添加", Area: model.AreaRules, OwnerID: 1, Due: storetest.Today(), Status: model.TaskNotStarted}
	if _, err := s.Create(task); err != nil || task.ID != 42 {
		t.Errorf("next task got %s, %v", model.CodeOf(task), err)
	}
}

func TestImportIsOneUndoableStep(t *testing.T) {
	t.Parallel()
	s, before := storetest.Demo(t, demo.BaseSize)
	data := csvLines(
		"编号,任务名称,责任人,截止日期,状态,工作范围,进度（%）",
		"T-8,危机干预预案演练（改期）,冯涛,2026-12-20,进行中,危机干预,20",
		",新增任务,张三,2026-12-01,未开始,宣传推广,0",
	)
	imp, _ := prepare(t, s, "t.csv", data, sheet.Options{})
	entry := commit(t, s, imp)
	if entry.Action != model.ActImport || entry.Count != 2 {
		t.Errorf("journal entry %+v", entry)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Load()
	sameRecords(t, before, after)
}

// A record changed between the preview and the commit is not overwritten.
func TestStalePreviewIsRefused(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	imp, _ := prepare(t, s, "t.csv", csvLines("编号,状态", "T-8,已完成"), sheet.Options{Tab: model.EntityTask})
	task := *l.Task(8)
	task.Notes = "meanwhile"
	if _, err := s.Update(&task); err != nil {
		t.Fatal(err)
	}
	_, err := s.Do(model.ActImport, func(tx *store.Tx) error { return imp.Apply(tx) })
	if m, ok := model.AsUserMsg(err); !ok || m.Key != sheet.MsgStale {
		t.Fatalf("commit after a change: %v", err)
	}
	after, _ := s.Load()
	if after.Task(8).Status == model.TaskDone || after.Task(8).Notes != "meanwhile" {
		t.Errorf("T-8 after refused commit: %+v", after.Task(8))
	}
}

// Prepare only reads the ledger, so a UI can keep showing it meanwhile.
func TestPrepareLeavesTheLedgerAlone(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	data := exportXLSX(t, l, model.LangZh)
	f, err := sheet.Read("ledger.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *sheet.Import)
	go func() { done <- sheet.Prepare(f, l, sheet.Options{Today: storetest.Today()}) }()
	for i := 0; i < 100; i++ {
		_ = l.OwnerName(l.Tasks[i%len(l.Tasks)].OwnerID)
	}
	imp := <-done
	if !imp.OK() {
		t.Fatal(problemLines(imp.Problems, model.LangEn))
	}
	fresh, _ := s.Load()
	sameRecords(t, fresh, l)
}

// A bad header on one sheet does not hide the problems of another.
func TestProblemsOfEverySheetAreReported(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	f := openBook(t, exportXLSX(t, l, model.LangZh))
	f.SetCellValue("计划", "C1", "计划名称") // a second title column
	f.SetCellValue("任务", "H2", "明年某天")
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	imp, _ := prepare(t, s, "ledger.xlsx", buf.Bytes(), sheet.Options{})
	want := []string{
		"「计划」第 1 行，计划名称“计划名称”：与“计划名称”是同一列；请只保留一列",
		"「任务」第 2 行，截止日期“明年某天”：无法识别日期“明年某天”；可以写 2026-12-01、2026/12/1、12-01、今天、明天、+7 或 +2w",
	}
	if got := problems(imp.Problems, model.LangZh); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s", strings.Join(got, "\n"))
	}
}
