package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// A second, independent reader: LibreOffice opens the exported workbook
// and writes each sheet as CSV. Text cells come out quoted, numbers and
// dates bare (filter option "quote all text cells"), so the test sees
// not only that the Chinese text, dates and amounts survive but that
// dates and numbers are real date and number cells.
func TestLibreOfficeReadsTheExportedWorkbook(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	soffice := testenv.RequireTool(t, "reading the exported workbook with a second program (Debian: libreoffice-calc)", "libreoffice", "soffice")
	db := storetest.DemoFile(t, demo.BaseSize)
	dir := t.TempDir()
	book := filepath.Join(dir, "台账.xlsx")
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "export", book); r.code != 0 {
		t.Fatalf("export: %+v", r)
	}
	out := filepath.Join(dir, "lo")
	// Field separator, text delimiter, UTF-8, from line 1, -, -, quote all
	// text cells, detect numbers, raw values (not as shown), no formulas,
	// keep spaces, and -1: every sheet to its own file.
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", filter, "--outdir", out, book)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, msg)
	}

	l := loadFile(t, db)
	for _, tab := range sheet.Tabs() {
		name := sheet.TabLabel(tab).In(model.LangZh)
		data, err := os.ReadFile(filepath.Join(out, "台账-"+name+".csv"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no %s sheet: %v", name, err)
		}
		got := parseQuoted(string(data))
		want := ourCSV(t, l, tab)
		if len(got) != len(want) {
			t.Errorf("%s: LibreOffice reads %d rows, want %d", name, len(got), len(want))
			continue
		}
		cols := sheet.Columns(tab)
		for r := range want {
			for j, w := range want[r] {
				var g quotedCell
				if j < len(got[r]) {
					g = got[r][j]
				}
				if g.text != w && !sameAverage(cols[j].Kind, g.text, w) {
					t.Errorf("%s row %d %s: LibreOffice reads %q, want %q", name, r+1, cols[j].Header.In(model.LangZh), g.text, w)
					continue
				}
				if r == 0 || w == "" {
					continue
				}
				if isText := cols[j].Kind == sheet.KindText; g.quoted != isText {
					t.Errorf("%s row %d %s %q: text cell %v, want %v", name, r+1, cols[j].Header.In(model.LangZh), w, g.quoted, isText)
				}
			}
		}
	}
	cover, _ := os.ReadFile(filepath.Join(out, "台账-封面.csv"))
	if !strings.Contains(string(cover), `"`+l.Settings.GroupName+`"`) || !strings.Contains(string(cover), "\"任务\","+strconv.Itoa(len(l.Tasks))+",") {
		t.Errorf("cover as LibreOffice reads it:\n%s", cover)
	}
}

// ourCSV is the tab as our own CSV export writes it, line breaks as LF.
func ourCSV(t *testing.T, l *model.Ledger, tab model.Entity) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := sheet.WriteCSV(&b, l, tab, sheet.ExportOptions{Lang: model.LangZh, Now: storetest.Now()}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\xEF\xBB\xBF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

type quotedCell struct {
	text   string
	quoted bool
}

// parseQuoted splits CSV text into cells, remembering which were quoted.
func parseQuoted(s string) [][]quotedCell {
	s = strings.TrimPrefix(s, "\xEF\xBB\xBF")
	var rows [][]quotedCell
	var row []quotedCell
	i := 0
	for i < len(s) {
		var c quotedCell
		if s[i] == '"' {
			c.quoted = true
			var b strings.Builder
			for i++; i < len(s); i++ {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						b.WriteByte('"')
						i++
						continue
					}
					i++
					break
				}
				b.WriteByte(s[i])
			}
			c.text = strings.ReplaceAll(b.String(), "\r\n", "\n")
		} else {
			j := i
			for j < len(s) && s[j] != ',' && s[j] != '\n' && s[j] != '\r' {
				j++
			}
			c.text, i = s[i:j], j
		}
		row = append(row, c)
		if i < len(s) && s[i] == ',' {
			i++
			if i == len(s) {
				row = append(row, quotedCell{})
			}
			continue
		}
		if i < len(s) && s[i] == '\r' {
			i++
		}
		if i < len(s) && s[i] == '\n' {
			i++
		}
		rows = append(rows, row)
		row = nil
	}
	if row != nil {
		rows = append(rows, row)
	}
	return rows
}

// sameAverage: LibreOffice writes a cell's value, 74, where our CSV writes
// an average as shown, 74.0 (the cell's format, 0.0, shows it so).
func sameAverage(k sheet.Kind, got, want string) bool {
	if k != sheet.KindAverage {
		return false
	}
	g, err1 := strconv.ParseFloat(got, 64)
	w, err2 := strconv.ParseFloat(want, 64)
	return err1 == nil && err2 == nil && g == w
}
