package sheet_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// rezip rewrites a workbook, replacing (or, with a nil value, dropping)
// the named parts.
func rezip(t testing.TB, data []byte, parts map[string][]byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		body, replaced := parts[f.Name]
		if replaced && body == nil {
			continue
		}
		if !replaced {
			rc, _ := f.Open()
			body, _ = io.ReadAll(rc)
			rc.Close()
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	zw.Close()
	return out.Bytes()
}

func errText(t *testing.T, err error, lang model.Lang) string {
	t.Helper()
	var u model.UserError
	if !errors.As(err, &u) {
		t.Fatalf("error without a message for the user: %v", err)
	}
	return i18n.New(lang).Err(err)
}

func sampleWorkbook(t testing.TB) []byte {
	_, l := storetest.Demo(t, 0)
	return exportXLSX(t, l, model.LangZh)
}

// A sheet whose XML is damaged, or whose part is missing, is an error
// naming the sheet, never an import of nothing.
func TestMalformedSheetIsAnErrorNamingIt(t *testing.T) {
	t.Parallel()
	data := sampleWorkbook(t)
	for what, parts := range map[string]map[string][]byte{
		"garbage": {"xl/worksheets/sheet3.xml": []byte(`<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row <<<`)},
		"missing": {"xl/worksheets/sheet3.xml": nil},
	} {
		_, err := sheet.Read("坏.xlsx", rezip(t, data, parts))
		if err == nil {
			t.Fatalf("%s: a damaged sheet was read", what)
		}
		msg := errText(t, err, model.LangEn)
		if !strings.Contains(msg, "坏.xlsx") || !strings.Contains(msg, "“") {
			t.Errorf("%s: %q names no sheet", what, msg)
		}
		t.Logf("%s: %s", what, msg)
	}
}

// A workbook whose one cell unpacks to hundreds of megabytes is refused
// before the parser reads it, both as a shared string and inline.
func TestWorkbookWithAHugeCellIsRefused(t *testing.T) {
	t.Parallel()
	data := sampleWorkbook(t)
	huge := strings.Repeat("A", 40<<20)
	shared := []byte(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>` + huge + `</t></si></sst>`)
	inline := []byte(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>` + huge + `</t></is></c></row></sheetData></worksheet>`)
	for what, parts := range map[string]map[string][]byte{
		"shared": {"xl/sharedStrings.xml": shared},
		"inline": {"xl/worksheets/sheet3.xml": inline},
	} {
		file := rezip(t, data, parts)
		if len(file) > 1<<20 {
			t.Fatalf("fixture is %d bytes", len(file))
		}
		_, err := sheet.Read("大.xlsx", file)
		if err == nil {
			t.Fatalf("%s: read a 40 MB cell", what)
		}
		t.Logf("%s: %s", what, errText(t, err, model.LangEn))
	}
}

// The CSV export marks formula-like texts with an apostrophe, so a
// spreadsheet program opening it sees text; reading it back gives the
// text as it was. Numbers stay numbers.
func TestCSVCellsNeverBecomeFormulas(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	titles := []string{"=1+2", `=HYPERLINK("http://example.invalid","x")`, "+86 电话", "-减压", "@所有人", "＝全角", "＋", "－１", "＠", "'=already", "'plain", "plain"}
	for i, title := range titles {
		l.Tasks[i].Title = title
	}
	l.Tasks[0].Progress = 0
	data := exportCSV(t, l, model.EntityTask, model.LangZh)
	rows := readCSVRows(t, data)
	byTitle := map[string]bool{}
	for _, r := range rows[1:] {
		for _, c := range r {
			byTitle[c] = true
		}
	}
	for _, title := range titles[:len(titles)-2] {
		if byTitle[title] {
			t.Errorf("%q is written as is", title)
		}
		if !byTitle["'"+title] {
			t.Errorf("%q is not written as '%s", title, title)
		}
	}
	f, err := sheet.Read("tasks.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]bool{}
	for _, r := range f.Tables[0].Rows {
		for _, c := range r {
			read[c] = true
		}
	}
	for _, title := range titles {
		if !read[title] {
			t.Errorf("%q did not come back as it was", title)
		}
	}
	_ = s
}

func readCSVRows(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := sheet.Read("raw.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	_ = f
	// The raw cells, before the reader takes the apostrophes off.
	var rows [][]string
	for _, line := range strings.Split(strings.TrimPrefix(string(data), "\xEF\xBB\xBF"), "\r\n") {
		rows = append(rows, splitCSVLine(line))
	}
	return rows
}

// splitCSVLine splits one line written by encoding/csv (quotes doubled).
func splitCSVLine(line string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '"' && quoted && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case c == ',' && !quoted:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(out, cur.String())
}

// The xlsx export keeps formula-like texts as text cells, never formulas.
func TestXLSXKeepsFormulaLikeTextsAsText(t *testing.T) {
	t.Parallel()
	_, l := storetest.Demo(t, 0)
	l.Tasks[0].Title = "=1+2"
	data := exportXLSX(t, l, model.LangZh)
	wb, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	found := false
	for _, name := range wb.GetSheetList() {
		rows, _ := wb.GetRows(name)
		for r, row := range rows {
			for c, v := range row {
				if v != "=1+2" {
					continue
				}
				found = true
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if f, _ := wb.GetCellFormula(name, cell); f != "" {
					t.Errorf("%s!%s is the formula %q", name, cell, f)
				}
				if typ, _ := wb.GetCellType(name, cell); typ == excelize.CellTypeFormula {
					t.Errorf("%s!%s has type formula", name, cell)
				}
			}
		}
	}
	if !found {
		t.Fatal("the title is not in the workbook")
	}
	f, err := sheet.Read("l.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, tb := range f.Tables {
		for _, r := range tb.Rows {
			for _, c := range r {
				ok = ok || c == "=1+2"
			}
		}
	}
	if !ok {
		t.Fatal("=1+2 did not come back")
	}
}

// A CSV cell with a control character is refused with its row and column.
func TestCSVControlCharacterIsRefusedWithItsPlace(t *testing.T) {
	t.Parallel()
	data := []byte("任务名称,责任人\r\n讲座,张三\r\n\"标题\x1b]0;owned\x07\",李四\r\n")
	_, err := sheet.Read("tasks.csv", data)
	if err == nil {
		t.Fatal("a cell with ESC was read")
	}
	en := errText(t, err, model.LangEn)
	if !strings.Contains(en, "row 3 column A") || !strings.Contains(en, "U+001B") {
		t.Fatalf("message %q does not say where", en)
	}
	if zh := errText(t, err, model.LangZh); !strings.Contains(zh, "第 3 行 A 列") {
		t.Fatalf("message %q does not say where", zh)
	}
	for _, bidi := range []string{"\u202e", "\u0085", "\u2066"} {
		if _, err := sheet.Read("t.csv", []byte("任务名称\r\n标"+bidi+"题\r\n")); err == nil {
			t.Errorf("%U was let in", []rune(bidi)[0])
		}
	}
}

// Formula-like titles survive a round trip through the store exactly —
// exported to CSV (behind the apostrophe), imported into a new ledger —
// and a title typed with spaces before its "=" (" =1+3"), which the store
// trims, is exported as text, not as a formula.
func TestFormulaLikeTitlesRoundTripThroughTheStore(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, 0)
	data := []byte("姓名,职务\r\n=1+2,-班主任\r\n\" =1+3\",@全体\r\n'＝全角,+86\r\n")
	imp, _ := prepare(t, s, "owners.csv", data, sheet.Options{})
	commit(t, s, imp)
	l, _ := s.Load()
	names := map[string]string{}
	for _, o := range l.Owners {
		names[o.Name] = o.Title
	}
	for name, title := range map[string]string{"=1+2": "-班主任", "=1+3": "@全体", "＝全角": "+86"} {
		if got, ok := names[name]; !ok || got != title {
			t.Errorf("%q stored as %v / title %q", name, ok, got)
		}
	}
	out := exportCSV(t, l, model.EntityOwner, model.LangZh)
	for _, line := range strings.Split(string(out), "\r\n") {
		for _, cell := range splitCSVLine(line) {
			if formulaStart(cell) {
				t.Errorf("exported cell %q would be a formula", cell)
			}
		}
	}
	fresh := storetest.Open(t)
	imp2, _ := prepare(t, fresh, "owners.csv", out, sheet.Options{})
	commit(t, fresh, imp2)
	l2, _ := fresh.Load()
	for _, o := range l2.Owners {
		if title, ok := names[o.Name]; ok && title != o.Title {
			t.Errorf("%q came back with title %q, want %q", o.Name, o.Title, title)
		}
	}
	got := map[string]bool{}
	for _, o := range l2.Owners {
		got[o.Name] = true
	}
	for name := range names {
		if !got[name] {
			t.Errorf("%q did not come back", name)
		}
	}
}

// formulaStart is what makes a spreadsheet program read a CSV cell as a
// formula.
func formulaStart(cell string) bool {
	for _, p := range []string{"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"} {
		if strings.HasPrefix(cell, p) {
			return true
		}
	}
	return false
}
