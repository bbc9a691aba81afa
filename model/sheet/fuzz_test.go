package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"secretary/model"
)

// FuzzReadCSV feeds the CSV reader arbitrary bytes. It must never panic
// or hang; it either refuses the file with a translatable message or
// returns rows of valid text that read back the same when written out
// again; and checking those rows as a tab never panics either.
func FuzzReadCSV(f *testing.F) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("编号,任务名称,责任人,截止日期\r\nT-1,讲座,张三,2026/12/1\r\n")
	for _, seed := range []string{
		"\xEF\xBB\xBF编号,任务名称,责任人,截止日期,状态\r\nT-1,\"讲座，含逗号\",张三,2026-12-01,进行中\r\n",
		gbk,
		"Code;Title;Owner;Due\n;Talk 🎤;Zhang;+7\n",
		"编号\t任务名称\n\"T-1\"\t\"多\n行\"\n",
		"\xFF\xFEa\x00,\x00b\x00",
		"a,\"unclosed\nb,c",
		"a,b\"c,d",
		"",
		"\x00\x01\x02",
		"编号,评估类型,评估对象,日期,评估人,考核指标\n,定期检查,P-1,2026-01-01,组,指标\n,,,,,指标二\n",
	} {
		f.Add([]byte(seed))
	}
	today := model.NewDate(2026, 11, 20)
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, []byte("PK")) {
			return // a zip: the workbook reader's business
		}
		file, err := Read("fuzz.csv", data)
		if err != nil {
			var u model.UserError
			if !errors.As(err, &u) {
				t.Fatalf("error without a message for the user: %v", err)
			}
			return
		}
		if file.Format != FormatCSV || len(file.Tables) != 1 {
			t.Fatalf("read as %v with %d tables", file.Format, len(file.Tables))
		}
		tbl := file.Tables[0]
		for i, row := range tbl.Rows {
			for _, c := range row {
				if !utf8.ValidString(c) {
					t.Fatalf("row %d has invalid text %q", i, c)
				}
			}
			if i > 0 && tbl.Lines[i] <= tbl.Lines[i-1] {
				t.Fatalf("line numbers not increasing: %v", tbl.Lines)
			}
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = file.Delimiter
		if err := w.WriteAll(tbl.Rows); err != nil {
			t.Fatal(err)
		}
		again, err := parseCSV("again.csv", buf.String(), file.Delimiter)
		if err != nil {
			t.Fatalf("rows written back do not read: %v\n%q", err, buf.String())
		}
		if got, want := nonBlank(again.Rows), nonBlank(tbl.Rows); !equalRows(got, want) {
			t.Fatalf("rows changed on the way back:\n got %q\nwant %q", got, want)
		}
		for _, tab := range []model.Entity{0, model.EntityTask, model.EntityAssessment} {
			imp := Prepare(file, &model.Ledger{}, Options{Today: today, Tab: tab})
			for _, p := range append(imp.Problems, imp.Notes...) {
				if p.Sheet == "" && p.Reason.Key == "" {
					t.Fatalf("a problem without a place or reason: %+v", p)
				}
			}
		}
	})
}

func nonBlank(rows [][]string) [][]string {
	var out [][]string
	for _, r := range rows {
		if !blank(r) {
			out = append(out, r)
		}
	}
	return out
}

func equalRows(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}
