package sheet_test

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

func openBook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// worksheetsXML is every worksheet's XML as stored in the workbook.
func worksheetsXML(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/") {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			all.Write(b)
		}
	}
	return all.String()
}

func TestWorkbookLayout(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, demo.BaseSize)
	data := exportXLSX(t, l, model.LangZh)
	f := openBook(t, data)
	if got := strings.Join(f.GetSheetList(), " "); got != "封面 计划 任务 责任人 活动 评估 整改 会议 决定事项 规定动作 评估方案 评估指标 佐证材料 制度文件 选项" {
		t.Fatalf("sheets: %s", got)
	}
	if visible, _ := f.GetSheetVisible("选项"); visible {
		t.Error("the lists sheet is visible")
	}
	if v, _ := f.GetCellValue("封面", "A2"); v != l.Settings.GroupName {
		t.Errorf("cover names %q, want the group", v)
	}

	rows, _ := f.GetRows("任务")
	if strings.Join(rows[0], ",") != "编号,任务名称,所属计划,工作范围,责任人,监督人,开始日期,截止日期,考核指标,状态,进度（%）,完成日期,逾期,来源决定事项,备注,规定动作,每年" {
		t.Errorf("task headers: %v", rows[0])
	}
	if len(rows) != len(l.Tasks)+1 {
		t.Errorf("%d task rows, want %d", len(rows)-1, len(l.Tasks))
	}
	panes, _ := f.GetPanes("任务")
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v", panes)
	}
	if x := worksheetsXML(t, data); !regexp.MustCompile(`<autoFilter ref="\$A\$1:\$Q\$` + strconv.Itoa(len(l.Tasks)+1) + `"`).MatchString(x) {
		t.Error("no autofilter over the task rows")
	}
	// Excel wants the column widths in ascending order.
	for _, m := range regexp.MustCompile(`<cols>(.*?)</cols>`).FindAllStringSubmatch(worksheetsXML(t, data), -1) {
		mins := regexp.MustCompile(`<col min="(\d+)"`).FindAllStringSubmatch(m[1], -1)
		for i := 1; i < len(mins); i++ {
			a, _ := strconv.Atoi(mins[i-1][1])
			b, _ := strconv.Atoi(mins[i][1])
			if a >= b {
				t.Fatalf("column widths out of order: %s", m[1])
			}
		}
	}

	// Dates are date cells: a serial number shown through a date format.
	today := storetest.Today()
	for i, task := range l.Tasks {
		cell := "H" + strconv.Itoa(i+2)
		shown, _ := f.GetCellValue("任务", cell)
		raw, _ := f.GetCellValue("任务", cell, excelize.Options{RawCellValue: true})
		if shown != task.Due.String() || !regexp.MustCompile(`^\d{5}$`).MatchString(raw) {
			t.Fatalf("%s due: shown %q raw %q, want %s as a date cell", model.CodeOf(&task), shown, raw, task.Due)
		}
		mark, _ := f.GetCellValue("任务", "M"+strconv.Itoa(i+2))
		if (mark == "逾期") != task.Overdue(today) {
			t.Errorf("%s: overdue column %q, overdue %v", model.CodeOf(&task), mark, task.Overdue(today))
		}
		progress, _ := f.GetCellType("任务", "K"+strconv.Itoa(i+2))
		if progress != excelize.CellTypeNumber && progress != excelize.CellTypeUnset {
			t.Errorf("progress is not a number cell: %v", progress)
		}
	}
	// Amounts are numbers with two decimals.
	shown, _ := f.GetCellValue("计划", "H2")
	raw, _ := f.GetCellValue("计划", "H2", excelize.Options{RawCellValue: true})
	if shown != "300,000.00" || raw != "300000" {
		t.Errorf("plan budget shown %q raw %q", shown, raw)
	}
	// Columns are wide enough for the Chinese titles (two per character).
	w, _ := f.GetColWidth("任务", "B")
	if w < 22 || w > 52 {
		t.Errorf("title column width %v", w)
	}
	if w, _ := f.GetColWidth("任务", "A"); w > 10 {
		t.Errorf("code column width %v", w)
	}

	// Statuses, kinds, areas and people have drop-down lists.
	dvs, _ := f.GetDataValidations("任务")
	lists := map[string]string{}
	for _, dv := range dvs {
		lists[strings.SplitN(dv.Sqref, ":", 2)[0]] = dv.Formula1
	}
	for cell, want := range map[string]string{"D2": "'选项'!$C$2:$C$7", "E2": "'选项'!$J$2", "J2": "'选项'!$D$2:$D$5"} {
		if !strings.HasPrefix(lists[cell], want) {
			t.Errorf("list at %s is %q, want %s…", cell, lists[cell], want)
		}
	}
	owners, _ := f.GetCols("选项")
	filled := func(col []string) int { // GetCols pads every column to the longest
		n := 0
		for _, v := range col {
			if v != "" {
				n++
			}
		}
		return n
	}
	if len(owners) < 10 || filled(owners[9]) != len(l.Owners)+1 {
		t.Errorf("owners list: %v", owners)
	}
}

func TestEnglishWorkbook(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, demo.BaseSize)
	f := openBook(t, exportXLSX(t, l, model.LangEn))
	if got := strings.Join(f.GetSheetList(), " "); got != "Cover Plans Tasks Owners Activities Assessments Rectifications Meetings Decisions Obligations Rubrics Indicators Evidence Documents Lists" {
		t.Fatalf("sheets: %s", got)
	}
	if v, _ := f.GetCellValue("Tasks", "J2"); v != model.LabelOf(l.Tasks[0].Status).In(model.LangEn) {
		t.Errorf("status %q", v)
	}
}

func TestCSVIsExcelFriendly(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, demo.BaseSize)
	data := exportCSV(t, l, model.EntityActivity, model.LangZh)
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF编号,活动名称,活动类型,")) {
		t.Errorf("csv starts %q", data[:40])
	}
	if !bytes.Contains(data, []byte("\r\n")) || bytes.Count(data, []byte("\r\n")) < len(l.Activities)+1 {
		t.Error("lines do not end in CRLF")
	}
	// A cell with a comma, a quote or a line break is quoted.
	l.Activities[0].Notes = "第一行\n第二行，含逗号和\"引号\""
	data = exportCSV(t, l, model.EntityActivity, model.LangZh)
	if !bytes.Contains(data, []byte("\"第一行\r\n第二行，含逗号和\"\"引号\"\"\"")) {
		t.Error("notes with a quote and a line break not quoted per RFC 4180")
	}
}

func TestTemplateImportsAsFilledIn(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	var buf bytes.Buffer
	if err := sheet.WriteTemplate(&buf, l, sheet.ExportOptions{Lang: model.LangZh, Now: storetest.Now()}); err != nil {
		t.Fatal(err)
	}
	f := openBook(t, buf.Bytes())
	for _, tab := range []string{"计划", "任务", "责任人", "活动", "评估", "整改"} {
		rows, _ := f.GetRows(tab)
		if len(rows) != 1 {
			t.Errorf("template %s has %d rows", tab, len(rows))
		}
	}
	dvs, _ := f.GetDataValidations("任务")
	if len(dvs) != 4 || !strings.HasSuffix(dvs[0].Sqref, "1000") {
		t.Errorf("template task lists: %d, first %+v", len(dvs), dvs[0])
	}
	// An untouched template imports nothing and complains about nothing.
	imp, _ := prepare(t, s, "模板.xlsx", buf.Bytes(), sheet.Options{})
	if !imp.OK() || !imp.Empty() {
		t.Fatalf("empty template: %s", problemLines(imp.Problems, model.LangZh))
	}

	set := func(sh, cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("责任人", "B2", "钱七")
	set("责任人", "D2", "心理中心")
	set("任务", "B2", "新学期心理普查")
	set("任务", "D2", "服务体系建设")
	set("任务", "E2", "钱七")
	set("任务", "H2", "2026/12/15")
	set("任务", "J2", "未开始")
	set("任务", "B3", "Peer support 培训 🤝")
	set("任务", "D3", "人员培训")
	set("任务", "E3", "张三")
	set("任务", "H3", 46370) // a date typed into a date cell: Excel stores its serial
	set("任务", "J3", "进行中")
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	imp, _ = prepare(t, s, "模板.xlsx", out.Bytes(), sheet.Options{})
	commit(t, s, imp)
	after, _ := s.Load()
	got := after.Tasks[len(after.Tasks)-2:]
	if got[0].Title != "新学期心理普查" || after.OwnerName(got[0].OwnerID) != "钱七" || got[0].Due.String() != "2026-12-15" ||
		got[1].Title != "Peer support 培训 🤝" || got[1].Due.String() != "2026-12-14" || got[1].Status != model.TaskInProgress {
		t.Errorf("imported tasks %+v", got)
	}
}

// A workbook kept by hand: its own sheet name, a time typed as a time.
func TestHandMadeWorkbookSheetIsRecognisedByHeaders(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"2026年心理健康活动登记表"},
		{"活动名称", "活动类型", "日期", "时间", "地点", "组织者", "状态", "预计人数"},
		{"心理健康讲座", "讲座", 46357, 0.6041666666666666, "报告厅", "张三", "计划中", 120},
	}
	for i, r := range rows {
		if err := f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	imp, _ := prepare(t, s, "活动登记.xlsx", buf.Bytes(), sheet.Options{})
	if !imp.OK() {
		t.Fatal(problemLines(imp.Problems, model.LangZh))
	}
	acts := imp.Tab(model.EntityActivity).New
	if len(acts) != 1 {
		t.Fatalf("%d activities", len(acts))
	}
	a := acts[0].(*model.Activity)
	if a.Title != "心理健康讲座" || a.Kind != model.ActLecture || a.Date.String() != "2026-12-01" || a.Time != "14:30" || a.Expected != 120 || a.OrganiserID != 3 {
		t.Errorf("activity %+v", a)
	}
}

// A damaged workbook — cut short, or with bytes changed — is refused with
// a message or read as far as it is whole; it never crashes the program.
func TestDamagedWorkbooksNeverCrash(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, demo.BaseSize)
	good := exportXLSX(t, l, model.LangZh)
	try := func(data []byte) {
		f, err := sheet.Read("damaged.xlsx", data)
		if err != nil {
			if _, ok := model.AsUserMsg(err); !ok {
				t.Fatalf("error without a message: %v", err)
			}
			return
		}
		sheet.Prepare(f, l, sheet.Options{Today: storetest.Today()})
	}
	for i := 1; i < 20; i++ {
		try(good[:len(good)*i/20])
	}
	for i := 0; i < 40; i++ {
		bad := bytes.Clone(good)
		bad[(i*7919)%len(bad)] ^= 0x5A
		try(bad)
	}
}
