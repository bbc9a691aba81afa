package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/model/summary"
	"secretary/tui/tuitest"
)

// crafted is a ledger whose figures sit on the rounding edge: a plan with
// one task of six done (16.67%), an assessment whose indicators average
// 76.25, and activities whose satisfaction averages 4.25.
func crafted(t *testing.T) *app.Service {
	t.Helper()
	a := tuitest.Open(t, filepath.Join(t.TempDir(), "secretary.db"))
	today := model.Today(tuitest.Clock())
	save := func(r model.MutableRecord) {
		t.Helper()
		if _, err := a.Save(model.ActCreate, r); err != nil {
			t.Fatalf("%T: %v", r, err)
		}
	}
	if _, err := a.SaveSettings(model.Settings{GroupName: "四舍五入测试领导小组", School: "测试学校"}); err != nil {
		t.Fatal(err)
	}
	o := &model.Owner{Name: "张三", Department: "心理中心"}
	save(o)
	p := &model.Plan{Title: "六项任务的计划", Kind: model.PlanSemester, Status: model.PlanActive,
		Start: today.AddDays(-60), End: today.AddDays(60), Budget: model.Yuan(1000)}
	save(p)
	for i := 0; i < 6; i++ {
		tk := &model.Task{Title: "任务" + string(rune('A'+i)), PlanID: p.ID, Area: model.AreaService, OwnerID: o.ID,
			Start: today.AddDays(-50), Due: today.AddDays(20), Status: model.TaskInProgress, Progress: 10}
		if i == 0 {
			tk.Status, tk.Progress, tk.DoneOn = model.TaskDone, 100, today.AddDays(-5)
		}
		save(tk)
	}
	save(&model.Assessment{Kind: model.AssessRoutine, Target: model.Target{Kind: model.TargetPlan, ID: p.ID},
		Date: today.AddDays(-10), Assessor: "督导组",
		Indicators: []model.Indicator{{Name: "甲", Score: 80, Scored: true}, {Name: "乙", Score: 72.5, Scored: true}}})
	for i, score := range []int{4, 4, 4, 5} {
		save(&model.Activity{Title: "讲座" + string(rune('1'+i)), Kind: model.ActLecture, PlanID: p.ID, Date: today.AddDays(-20 + i),
			Status: model.ActHeld, Expected: 30, Actual: 30, Score: score})
	}
	return a
}

// TestOneRoundingRuleInEveryOutput renders one crafted ledger through
// every output — the screen, text, Markdown, HTML, the wall lists, the
// workbook and CSV — and finds the same figures in each: 1 of 6 is 17%
// (integer division printed 16%), 76.25 is 76.3 (the screen and the
// summary printed 76.2, the workbook 76.3), satisfaction 4.25 is 4.3.
func TestOneRoundingRuleInEveryOutput(t *testing.T) {
	t.Parallel()
	a := crafted(t)
	l, err := a.Load()
	if err != nil {
		t.Fatal(err)
	}
	today := model.Today(tuitest.Clock())
	want := func(where, text string, figures ...string) {
		t.Helper()
		for _, f := range figures {
			if !strings.Contains(text, f) {
				t.Errorf("%s lacks %q", where, f)
			}
		}
		for _, bad := range []string{"16%", "76.2", "4.2 "} {
			if strings.Contains(text, bad) {
				t.Errorf("%s shows %q", where, bad)
			}
		}
	}

	// The screen: the plan's detail, the assessments list and detail.
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("enter")
	want("plan detail", d.View(), "17%")
	d.Keys("esc", "4")
	want("assessments list", d.View(), "76.3")
	d.Keys("enter")
	want("assessment detail", d.View(), "76.3")

	// The meeting summary in every text format.
	s := summary.Build(l, summary.Semester(today), today)
	for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
		var b strings.Builder
		if err := s.Write(&b, f, summary.Options{Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		want("summary "+f.String(), b.String(), "17%", "76.3", "4.3")
	}
	// The wall lists.
	for kind, figure := range map[summary.ListKind]string{summary.ListPlans: "1/6 17%", summary.ListAssessments: "76.3"} {
		li, err := summary.BuildList(l, kind, summary.ListOptions{}, today)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := li.Write(&b, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		want("wall list "+kind.String(), b.String(), figure)
	}

	// The workbook, as a spreadsheet program shows its cells, and CSV.
	dir := t.TempDir()
	book := filepath.Join(dir, "台账.xlsx")
	if _, err := a.ExportSheet(app.SheetExportRequest{Path: book, Format: sheet.FormatXLSX, Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cells []string
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name) // formatted, as Excel and WPS show them
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			cells = append(cells, strings.Join(r, "|"))
		}
	}
	want("workbook", strings.Join(cells, "\n"), "|17|", "|76.3|")
	for _, tab := range []model.Entity{model.EntityPlan, model.EntityAssessment} {
		out := filepath.Join(dir, tab.Code()+".csv")
		if _, err := a.ExportSheet(app.SheetExportRequest{Path: out, Format: sheet.FormatCSV, Tab: tab, Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(out)
		figure := map[model.Entity]string{model.EntityPlan: ",17,", model.EntityAssessment: ",76.3,"}[tab]
		want("CSV "+tab.Code(), string(b), figure)
	}
}
