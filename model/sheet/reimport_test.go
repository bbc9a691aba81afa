package sheet_test

import (
	"regexp"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// A filled-in sheet of new rows (no codes), as a secretary types it.
var newRows = map[string][]byte{
	"owners.csv": csvLines(
		"姓名,部门,职务",
		"钱多多,总务处,会计",
	),
	"tasks.csv": csvLines(
		"任务名称,责任人,截止日期,状态,工作范围,考核指标",
		"编写心理危机识别手册,张三,2026-12-10,进行中,服务体系建设,手册印发到班",
		"家长课堂第二讲,吴敏 Amy Wu,2026-12-18,未开始,宣传推广,",
	),
	"activities.csv": csvLines(
		"活动主题,活动类型,活动日期,状态,预计人数,预算",
		"冬季心理讲座,讲座,2026-12-15,计划中,200,800",
	),
}

// Importing the same filled-in files a second time adds nothing: each
// row is listed as a likely duplicate and skipped. Before, every row
// without a code was added again, and the README said otherwise.
func TestImportingTheSameFilesTwiceDoesNotDuplicate(t *testing.T) {
	t.Parallel()
	s, l0 := storetest.Demo(t, demo.BaseSize)
	order := []string{"owners.csv", "tasks.csv", "activities.csv"}
	for _, name := range order {
		imp, _ := prepare(t, s, name, newRows[name], sheet.Options{})
		if len(imp.Duplicates) != 0 {
			t.Fatalf("%s first import: duplicates %v", name, problemLines(imp.Duplicates, model.LangEn))
		}
		commit(t, s, imp)
	}
	l1, _ := s.Load()
	if len(l1.Owners) != len(l0.Owners)+1 || len(l1.Tasks) != len(l0.Tasks)+2 || len(l1.Activities) != len(l0.Activities)+1 {
		t.Fatalf("first import: %d owners, %d tasks, %d activities", len(l1.Owners), len(l1.Tasks), len(l1.Activities))
	}
	for _, name := range order {
		imp, _ := prepare(t, s, name, newRows[name], sheet.Options{})
		added, _ := imp.Counts()
		lines := strings.Count(string(newRows[name]), "\r\n") - 1
		if added.Total() != 0 || len(imp.Duplicates) != lines {
			t.Fatalf("%s again: %d added, duplicates:\n%s", name, added.Total(), problemLines(imp.Duplicates, model.LangZh))
		}
		if !imp.Empty() {
			t.Fatalf("%s again should change nothing", name)
		}
	}
	imp, _ := prepare(t, s, "tasks.csv", newRows["tasks.csv"], sheet.Options{})
	if got := problemLines(imp.Duplicates, model.LangZh); !strings.Contains(got, "「tasks.csv」第 2 行：与台账中的 T-") ||
		!strings.Contains(got, "「编写心理危机识别手册」相同，可能是重复导入，已跳过") {
		t.Fatalf("the duplicate should name the record it matches:\n%s", got)
	}
	commit(t, s, imp) // nothing to write
	l2, _ := s.Load()
	sameRecords(t, l1, l2)

	// --allow-duplicates imports them anyway.
	imp, _ = prepare(t, s, "tasks.csv", newRows["tasks.csv"], sheet.Options{AllowDuplicates: true})
	if added, _ := imp.Counts(); added.Of(model.EntityTask) != 2 || len(imp.Duplicates) != 2 {
		t.Fatalf("allowed duplicates: %d added, %d listed", added.Of(model.EntityTask), len(imp.Duplicates))
	}
	commit(t, s, imp)
	if l3, _ := s.Load(); len(l3.Tasks) != len(l1.Tasks)+2 {
		t.Fatalf("allowed duplicates: %d tasks", len(l3.Tasks))
	}
}

// The exported workbook, imported twice, changes nothing either time:
// every row matches its record.
func TestTheExportedWorkbookImportsTwiceUnchanged(t *testing.T) {
	t.Parallel()
	s, l0 := storetest.Demo(t, demo.BaseSize)
	book := exportXLSX(t, l0, model.LangZh)
	for i := 0; i < 2; i++ {
		imp, _ := prepare(t, s, "台账.xlsx", book, sheet.Options{})
		if !imp.OK() || !imp.Empty() || len(imp.Duplicates) != 0 || len(imp.Renamed) != 0 {
			t.Fatalf("import %d: ok %v empty %v dups %d renamed %d\n%s", i+1, imp.OK(), imp.Empty(), len(imp.Duplicates), len(imp.Renamed),
				problemLines(imp.Problems, model.LangEn))
		}
		commit(t, s, imp)
	}
	l2, _ := s.Load()
	sameRecords(t, l0, l2)
}

// A row that updates a record keeps the ledger's value where its cell is
// blank, and empties a field only where the cell says （清空）/(clear).
// Before, every blank cell of an updated row wiped the field.
func TestABlankCellKeepsTheValueAndClearEmptiesIt(t *testing.T) {
	t.Parallel()
	s, l0 := storetest.Demo(t, demo.BaseSize)
	var task model.Task
	for _, x := range l0.Tasks {
		if x.SupervisorID != 0 && x.Indicator != "" && x.Start != 0 {
			task = x
			break
		}
	}
	code := model.CodeOf(&task)
	data := csvLines(
		"编号,任务名称,监督人,开始日期,考核指标,备注",
		code+",,,（清空）,(clear),补记：已落实",
	)
	for i := 0; i < 2; i++ {
		imp, _ := prepare(t, s, "tasks.csv", data, sheet.Options{})
		if i == 0 {
			u := imp.Tab(model.EntityTask).Updated
			if len(u) != 1 || strings.Join(u[0].Fields, ",") != "task.start,task.indicator,task.notes" {
				t.Fatalf("changed fields: %+v", u)
			}
		} else if !imp.Empty() {
			t.Fatalf("the second import should change nothing: %+v", imp.Tab(model.EntityTask))
		}
		commit(t, s, imp)
		l, _ := s.Load()
		got := l.Task(task.ID)
		if got.Title != task.Title || got.SupervisorID != task.SupervisorID || got.Due != task.Due || got.OwnerID != task.OwnerID {
			t.Fatalf("blank cells should keep the values: %+v, was %+v", got, task)
		}
		if got.Start != 0 || got.Indicator != "" || got.Notes != "补记：已落实" {
			t.Fatalf("（清空） should empty the start and the indicator: %+v", got)
		}
		if len(l.Tasks) != len(l0.Tasks) {
			t.Fatalf("%d tasks, was %d", len(l.Tasks), len(l0.Tasks))
		}
	}
}

// A coded row whose title differs is shown as a title change before
// anything is written, and the import asks before applying it.
func TestACodedRowWithAnotherTitleIsShownAsARename(t *testing.T) {
	t.Parallel()
	s, l0 := storetest.Demo(t, demo.BaseSize)
	task := l0.Tasks[0]
	data := csvLines("编号,任务名称", model.CodeOf(&task)+",另一项任务")
	imp, _ := prepare(t, s, "tasks.csv", data, sheet.Options{})
	if len(imp.Renamed) != 1 || imp.Renamed[0].From != task.Title || imp.Renamed[0].To != "另一项任务" || !imp.NeedsConfirmation() {
		t.Fatalf("renamed %+v", imp.Renamed)
	}
	if got := problemLines([]sheet.Problem{imp.Renamed[0].At}, model.LangZh); !strings.Contains(got, "T-1 的名称将由「"+task.Title+"」改为「另一项任务」") {
		t.Fatalf("rename line: %s", got)
	}
	if l, _ := s.Load(); l.Task(task.ID).Title != task.Title {
		t.Fatal("written before it was confirmed")
	}
}

// The import lists the forms' warnings and refuses what the forms
// refuse: the same rules, from the model.
func TestSheetImportHasTheFormsRules(t *testing.T) {
	t.Parallel()
	s, l0 := storetest.Demo(t, demo.BaseSize)
	today := storetest.Today()
	past, future := today.AddDays(-3).String(), today.AddDays(3).String()
	acts := csvLines(
		"活动主题,活动类型,活动日期,状态,预计人数,实到人数,预算,实际支出",
		"秋季讲座,讲座,"+past+",已举办,30,3028,500,500450",
		"下周讲座,讲座,"+future+",已举办,30,28,500,450",
	)
	imp, _ := prepare(t, s, "activities.csv", acts, sheet.Options{})
	warns := problemLines(imp.Warnings, model.LangZh)
	if !strings.Contains(warns, "实到 3028 人，是预计 30 人的 3 倍以上") || !strings.Contains(warns, "超过预算 500 元的 2 倍") || !imp.NeedsConfirmation() {
		t.Fatalf("warnings:\n%s", warns)
	}
	if got := problemLines(imp.Problems, model.LangZh); !strings.Contains(got, "第 3 行，活动日期“"+future+"”：活动日期 "+future+" 还没到，不能登记为已举办") {
		t.Fatalf("a future activity recorded as held:\n%s", got)
	}

	// A score outside its range is refused outright, as in the forms.
	scored := csvLines(
		"活动主题,活动类型,活动日期,状态,满意度评分",
		"秋季讲座,讲座,"+past+",已举办,7",
	)
	imp, _ = prepare(t, s, "activities.csv", scored, sheet.Options{})
	if got := problemLines(imp.Problems, model.LangZh); !strings.Contains(got, "应在 1 到 5 之间") {
		t.Fatalf("a rating of 7 out of 5:\n%s", got)
	}

	tasks := csvLines(
		"任务名称,责任人,截止日期,状态,进度,完成日期,开始日期,工作范围",
		"提前完成的任务,张三,"+past+",已完成,60,"+past+",,宣传推广",
		"明天完成的任务,张三,"+past+",已完成,100,"+future+",,宣传推广",
	)
	imp, _ = prepare(t, s, "tasks.csv", tasks, sheet.Options{})
	if got := problemLines(imp.Warnings, model.LangZh); !strings.Contains(got, "状态为已完成，但进度是 60%") {
		t.Fatalf("done at 60%%:\n%s", got)
	}
	if got := problemLines(imp.Problems, model.LangZh); !strings.Contains(got, "完成日期 "+future+" 晚于今天") {
		t.Fatalf("done tomorrow:\n%s", got)
	}

	var e model.Assessment
	for _, x := range l0.Assessments {
		if len(x.Findings) > 0 && x.Date < today {
			e = x
			break
		}
	}
	rects := csvLines(
		"所属评估,问题序号,整改措施,整改责任人,整改期限,状态,销号日期,验收人,整改佐证",
		model.CodeOf(&e)+",1,补齐记录,张三,"+future+",整改中,,,",
		model.CodeOf(&e)+",1,自己验收,张三,"+past+",已销号,"+past+",张三,照片",
	)
	imp, _ = prepare(t, s, "rects.csv", rects, sheet.Options{})
	if got := problemLines(imp.Problems, model.LangZh); !strings.Contains(got, "销号须由他人验收") {
		t.Fatalf("verified by its owner:\n%s", got)
	}
	ok := csvLines(strings.Split(string(rects), "\r\n")[:2]...)
	imp, _ = prepare(t, s, "rects.csv", ok, sheet.Options{})
	commit(t, s, imp)
	l, _ := s.Load()
	if r := l.Rectifications[len(l.Rectifications)-1]; r.OpenedOn != e.Date {
		t.Fatalf("registered %v, want the assessment's date %v", r.OpenedOn, e.Date)
	}
}

// A far date in a workbook is quoted as the day the sheet shows, never
// as Excel's serial number behind it (45901 for 2025-09-01).
func TestFarDateWarningQuotesTheDateNotTheSerial(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, demo.BaseSize)
	book := exportXLSX(t, l, model.LangZh)
	fresh := storetest.Open(t)
	imp, _ := prepare(t, fresh, "台账.xlsx", book, sheet.Options{})
	warns := problemLines(imp.Warnings, model.LangZh)
	if !strings.Contains(warns, "超过一年") {
		t.Fatalf("the demo's plans start more than a year ago; no far-date warning:\n%s", warns)
	}
	for _, line := range strings.Split(warns, "\n") {
		if strings.Contains(line, "超过一年") && regexp.MustCompile(`“\d{5}”`).MatchString(line) {
			t.Errorf("a serial number quoted: %s", line)
		}
	}
}
