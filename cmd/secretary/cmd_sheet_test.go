package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
	"secretary/store/storetest"
)

type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command line in-process on a pinned clock.
func runCLI(t *testing.T, stdin string, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, system{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, exe: filepath.Join(t.TempDir(), "secretary"),
		home: t.TempDir(), goos: runtime.GOOS, clock: storetest.Clock(),
	})
	return cliResult{code, out.String(), errb.String()}
}

func fingerprint(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func loadFile(t *testing.T, path string) *model.Ledger {
	t.Helper()
	s := storetest.OpenAt(t, path, storetest.Options())
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return l
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// zipOf is a zip holding one file.
func zipOf(t *testing.T, name, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(content))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func crlf(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

// bigTaskCSV is a hand-made responsibility list of n new tasks; the row
// at bad (1-based among data rows) has a date that does not exist.
func bigTaskCSV(n, bad int) []byte {
	var b bytes.Buffer
	b.WriteString("任务名称,责任人,截止日期,状态,工作范围,考核指标\r\n")
	for i := 1; i <= n; i++ {
		due := fmt.Sprintf("2027-%02d-%02d", 1+i%12, 1+i%28)
		if i == bad {
			due = "2027-02-30"
		}
		fmt.Fprintf(&b, "第%d项心理健康工作,张三,%s,未开始,宣传推广,覆盖率≥90%%\r\n", i, due)
	}
	return b.Bytes()
}

// Each bad file is refused with its exact message, and the ledger file is
// not touched.
func TestSheetImportFaults(t *testing.T) {
	t.Parallel()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	cases := []struct {
		name, file string
		data       []byte
		args       []string
		problem    string // a line of stdout
		stderr     string
		code       int
	}{
		{name: "wrong headers", file: "money.csv", data: crlf("项目,金额,日期", "讲座,300,2026-12-01"),
			problem: "  - “money.csv”: cannot tell from the headers (项目, 金额, 日期) which tab this is; name it with --tab: Plans, Tasks, Owners, Activities, Assessments, Rectifications, Meetings, Decisions, Obligations, Rubrics, Indicators, Evidence, Documents",
			stderr:  "Error: money.csv has 1 problem(s), so nothing was imported; correct them and import again (--dry-run checks without importing)\n", code: 1},
		{name: "wrong headers for the tab", file: "money.csv", data: crlf("项目,金额,日期", "讲座,300,2026-12-01"), args: []string{"--tab", "任务"},
			problem: "  - “money.csv”: no “Tasks” headers found; the first row should name the columns, such as: Code, Title, Plan, Work area, Owner, Supervisor, Start, Due, Indicator, Status, Progress (%), Done on, From decision, Notes, Obligation, Yearly",
			stderr:  "Error: money.csv has 1 problem(s), so nothing was imported; correct them and import again (--dry-run checks without importing)\n", code: 1},
		{name: "bad date", file: "t.csv", data: crlf("任务名称,责任人,截止日期,状态,工作范围", "讲座,张三,2026-02-30,未开始,宣传推广"),
			problem: "  - “t.csv” row 2, 截止日期 “2026-02-30”: 2026-02-30 does not exist: month 2 of 2026 has only 28 days", code: 1},
		{name: "unknown owner", file: "t.csv", data: crlf("任务名称,责任人,截止日期,状态,工作范围", "讲座,赵六,2026-12-01,未开始,宣传推广"),
			problem: "  - “t.csv” row 2, 责任人 “赵六”: no such person in the ledger or on the owners sheet; add them on the owners sheet, or import with --create-owners to add them", code: 1},
		{name: "unknown status", file: "t.csv", data: crlf("任务名称,责任人,截止日期,状态,工作范围", "讲座,张三,2026-12-01,搞定了,宣传推广"),
			problem: "  - “t.csv” row 2, 状态 “搞定了”: is not one of the choices: Not started, In progress, Done, Blocked", code: 1},
		{name: "duplicate code", file: "t.csv", data: crlf("编号,任务名称", "T-1,甲", "T-1,乙"),
			problem: "  - “t.csv” row 3, 编号 “T-1”: the code T-1 appears twice (also on row 2)", code: 1},
		{name: "empty file", file: "empty.csv", data: nil,
			stderr: "Error: empty.csv is empty: there is nothing to import\n", code: 1},
		{name: "not a spreadsheet", file: "photo.xlsx", data: png,
			stderr: "Error: photo.xlsx is not a spreadsheet; choose an .xlsx workbook or a .csv file\n", code: 1},
		{name: "a broken zip", file: "docs.xlsx", data: []byte("PK\x03\x04 not really a zip"),
			stderr: "Error: docs.xlsx cannot be read as an Excel workbook (zip: not a valid zip file); it may be damaged — open it in Excel/WPS and save it again as .xlsx\n", code: 1},
		{name: "a zip that is not a workbook", file: "letter.xlsx", data: zipOf(t, "word/document.xml", "<w:document/>"),
			stderr: "Error: letter.xlsx is not a spreadsheet; choose an .xlsx workbook or a .csv file\n", code: 1},
		{name: "an old xls", file: "old.xls", data: []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and more"),
			stderr: "Error: old.xls is an old Excel (.xls) file or has a password; open it in Excel/WPS, save it as .xlsx (without a password) and import that\n", code: 1},
		{name: "a malformed csv", file: "q.csv", data: crlf("任务名称,责任人", "讲座,\"张三", "下一行,李四"),
			stderr: "Error: q.csv line 2 is malformed: a quote is never closed; check that the line's double quotes come in pairs\n", code: 1},
		{name: "10,000 rows, one bad", file: "big.csv", data: bigTaskCSV(10000, 5001),
			problem: "  - “big.csv” row 5002, 截止日期 “2027-02-30”: 2027-02-30 does not exist: month 2 of 2027 has only 28 days",
			stderr:  "Error: big.csv has 1 problem(s), so nothing was imported; correct them and import again (--dry-run checks without importing)\n", code: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			db := storetest.DemoFile(t, demo.BaseSize)
			before := fingerprint(t, db)
			in := writeFile(t, t.TempDir(), c.file, c.data)
			args := append([]string{"--db", db, "--lang", "en", "sheet", "import", "--yes"}, c.args...)
			r := runCLI(t, "", append(args, in)...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, c.code, r.stdout, r.stderr)
			}
			if c.problem != "" && !strings.Contains(r.stdout, "\n"+c.problem+"\n") {
				t.Errorf("stdout lacks %q:\n%s", c.problem, r.stdout)
			}
			if c.problem != "" && strings.Count(r.stdout, "\n  - ") != 1 {
				t.Errorf("want exactly one problem:\n%s", r.stdout)
			}
			if c.stderr != "" && r.stderr != c.stderr {
				t.Errorf("stderr %q, want %q", r.stderr, c.stderr)
			}
			if strings.Contains(r.stderr, "goroutine") || strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", r.stderr)
			}
			if fingerprint(t, db) != before {
				t.Error("the ledger file changed")
			}
		})
	}
}

// Excel on Chinese Windows saves CSV in GBK; other tools add a BOM. Both
// are recognised without being asked.
func TestSheetImportEncodings(t *testing.T) {
	t.Parallel()
	text := "任务名称,责任人,截止日期,状态,工作范围\r\n心理健康讲座（GBK）,欧阳晓雪,2026/12/1,未开始,宣传推广\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, enc string
		data      []byte
	}{
		{"gbk", "GB18030", []byte(gbk)},
		{"bom", "UTF-8 BOM", append([]byte("\xEF\xBB\xBF"), text...)},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := storetest.DemoFile(t, demo.BaseSize)
			in := writeFile(t, t.TempDir(), c.name+".csv", c.data)
			r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "import", in)
			if r.code != 0 {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, "已读取 "+c.name+".csv（"+c.enc+" 编码）：1 行数据") ||
				!strings.Contains(r.stdout, "已导入：新增 1 条、更新 0 条记录。") {
				t.Errorf("stdout:\n%s", r.stdout)
			}
			l := loadFile(t, db)
			last := l.Tasks[len(l.Tasks)-1]
			if last.Title != "心理健康讲座（GBK）" || l.OwnerName(last.OwnerID) != "欧阳晓雪" || last.Due.String() != "2026-12-01" {
				t.Errorf("imported %+v", last)
			}
		})
	}
}

func TestSheetExportImportDryRunAndTemplate(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	dir := t.TempDir()
	book := filepath.Join(dir, "台账.xlsx")
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "export", book); r.code != 0 || !strings.HasPrefix(r.stdout, "已导出到 "+book+"\n") {
		t.Fatalf("export: %+v", r)
	}
	info, err := os.Stat(book)
	if err != nil || (runtime.GOOS != "windows" && info.Mode().Perm() != 0o600) {
		t.Errorf("export file %v %v", info, err)
	}
	r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "import", "--dry-run", book)
	if r.code != 0 || !strings.Contains(r.stdout, "文件与台账一致，没有需要导入的内容。") {
		t.Errorf("re-import of the export: %+v", r)
	}

	csvPath := filepath.Join(dir, "tasks.csv")
	if r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "export", csvPath); r.code != 2 ||
		!strings.HasPrefix(r.stderr, "Usage error: exporting CSV needs --tab to say which tab: 计划 (plans)") && !strings.HasPrefix(r.stderr, "Usage error: exporting CSV needs --tab to say which tab: Plans (plans)") {
		t.Errorf("csv without --tab: %+v", r)
	}
	if r := runCLI(t, "", "--db", db, "sheet", "export", filepath.Join(dir, "x.pdf")); r.code != 2 {
		t.Errorf("pdf export: %+v", r)
	}
	if r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "export", csvPath, "--tab", "tasks"); r.code != 0 {
		t.Fatalf("csv export: %+v", r)
	}
	data, _ := os.ReadFile(csvPath)
	edited := bytes.Replace(data, []byte(",Not started,"), []byte(",In progress,"), 1)
	if bytes.Equal(edited, data) {
		t.Fatal("no task to edit")
	}
	os.WriteFile(csvPath, edited, 0o600)
	before := fingerprint(t, db)
	r = runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", "--dry-run", csvPath)
	if r.code != 0 || !strings.Contains(r.stdout, "  Tasks: 0 new, 1 changed, ") || !strings.Contains(r.stdout, "(status)") ||
		!strings.HasSuffix(r.stdout, "This was a preview (--dry-run); the ledger was not changed.\n") {
		t.Errorf("dry run: %+v", r)
	}
	if fingerprint(t, db) != before {
		t.Error("a dry run changed the ledger")
	}
	// Off a terminal there is nobody to ask: the import goes ahead.
	r = runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", csvPath)
	if r.code != 0 || !strings.Contains(r.stdout, "Imported: 0 record(s) added, 1 changed.") {
		t.Errorf("import: %+v", r)
	}

	tpl := filepath.Join(dir, "模板.xlsx")
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "template", tpl); r.code != 0 || r.stdout != "已写入模板 "+tpl+"（下拉列表中有 14 位责任人）\n" {
		t.Errorf("template: %+v", r)
	}
	if r := runCLI(t, "", "--db", filepath.Join(dir, "none.db"), "--lang", "zh", "sheet", "template", filepath.Join(dir, "t2.xlsx")); r.code != 0 {
		t.Errorf("template without a ledger: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("the template made a ledger")
	}
}

// The journal holds the import as one step.
func TestSheetImportIsOneJournalEntry(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	in := writeFile(t, t.TempDir(), "t.csv", crlf("任务名称,责任人,截止日期,状态,工作范围", "甲,张三,2026-12-01,未开始,宣传推广", "乙,李红梅,2026-12-02,未开始,宣传推广"))
	if r := runCLI(t, "", "--db", db, "sheet", "import", "--yes", in); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	s := storetest.OpenAt(t, db, storetest.Options())
	var last model.JournalEntry
	if err := s.Journal(func(e model.JournalEntry) bool { last = e; return true }); err != nil {
		t.Fatal(err)
	}
	if last.Action != model.ActImport || last.Count != 2 {
		t.Errorf("last journal entry %+v", last)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	l, _ := s.Load()
	if l.Tasks[len(l.Tasks)-1].Title == "乙" {
		t.Error("undo left the imported tasks")
	}
	_ = store.MsgIDUsed
}
