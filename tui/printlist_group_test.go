package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/summary/summarytest"
	"secretary/store"
	"secretary/store/storetest"
	"secretary/tui/tuitest"
)

// listsDriver is the program on the wall lists' ledger: Chinese, mixed
// and emoji records in every state the lists mark.
func listsDriver(t *testing.T, lang model.Lang) *tuitest.Driver {
	t.Helper()
	path := filepath.Join(t.TempDir(), "secretary.db")
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Fill(summarytest.Ledger(storetest.Today())); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return tuitest.New(t, tuitest.Open(t, path), lang, 120, 40)
}

// printHere presses P on the list on screen, checks the menu counts the
// rows on screen, writes the page to a file and returns it.
func printHere(t *testing.T, d *tuitest.Driver, menu string) string {
	t.Helper()
	d.Keys("P")
	if !d.Contains(menu) {
		t.Fatalf("P gives no print menu %q:\n%s", menu, d.View())
	}
	d.Keys("1")
	out := filepath.Join(t.TempDir(), "list.html")
	d.Keys("ctrl+u")
	d.Paste(out)
	d.Keys("enter")
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no page written: %v\n%s", err, d.View())
	}
	d.Keys("enter")
	return string(page)
}

// P on the decisions, the required work and the documents prints each
// list as it is on screen, through the same flow as every list: the
// decisions as filtered, the others whole.
func TestPPrintsTheGroupLists(t *testing.T) {
	t.Parallel()
	d := listsDriver(t, model.LangZh)

	d.Keys("5", "o", "/") // the decisions, filtered to the training
	d.Paste("培训")
	d.Keys("enter")
	page := printHere(t, d, "打印这份清单（1 项，A4 横向）")
	for _, want := range []string{"决定事项落实清单", ">D-2<", "班主任全员培训 all-staff training 📚", "⚠ 逾期", "筛选：培训", "size: A4 landscape"} {
		if !strings.Contains(page, want) {
			t.Errorf("decisions: the page lacks %q", want)
		}
	}
	for _, other := range []string{">D-1<", ">D-3<", ">D-4<"} {
		if strings.Contains(page, other) {
			t.Errorf("decisions: %s is not on screen but was printed", other)
		}
	}

	d.Keys("1", "o") // the required work
	page = printHere(t, d, "打印这份清单（4 项，A4 横向）")
	for _, want := range []string{"规定动作清单", ">G-1<", ">G-4<", "每月综合性教育实践活动 🎯", "2026—2027学年完成情况", "（共 10 个月）", "未启用，不统计"} {
		if !strings.Contains(page, want) {
			t.Errorf("obligations: the page lacks %q", want)
		}
	}

	d.Keys("4", "o", "o", "o") // the documents
	page = printHere(t, d, "打印这份清单（4 项，A4 横向）")
	for _, want := range []string{"制度文件清单", ">W-1<", "阳光中学〔2024〕8号", "Notice on 心理健康 week 📢", "已废止"} {
		if !strings.Contains(page, want) {
			t.Errorf("documents: the page lacks %q", want)
		}
	}
	if strings.Contains(d.Model.Status(), "不能打印") {
		t.Errorf("status %q", d.Model.Status())
	}
}

// P on a meeting stays its minutes, and the help of each list names
// only what P does there: the minutes on the meetings, the printout on
// the decisions; no printout where there is none (the rubric's
// indicators).
func TestPOnEachListDoesWhatItsHelpSays(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang                model.Lang
		minutes, printList  string
		meetingsMinutesHead string
	}{
		{model.LangZh, "P 会议纪要", "P 打印清单", "M-1 会议纪要"},
		{model.LangEn, "P minutes", "P print the list", "Minutes of M-1"},
	} {
		d := listsDriver(t, c.lang)
		d.Keys("5", "?")
		if !d.Contains(c.minutes) || d.Contains(c.printList) {
			t.Errorf("%s: the meetings list's help:\n%s", c.lang, d.View())
		}
		d.Keys("?", "o", "?")
		if !d.Contains(c.printList) || d.Contains(c.minutes) {
			t.Errorf("%s: the decisions list's help:\n%s", c.lang, d.View())
		}
		d.Keys("?", "4", "o", "o", "?") // the rubric's indicators
		if d.Contains(c.printList) {
			t.Errorf("%s: the indicators' help offers a printout:\n%s", c.lang, d.View())
		}
		d.Keys("?", "5", "o", "P") // back on the meetings: P on M-1 is its minutes
		if !d.Contains(c.meetingsMinutesHead) || d.Contains("A4") {
			t.Errorf("%s: P on a meeting:\n%s", c.lang, d.View())
		}
	}
}
