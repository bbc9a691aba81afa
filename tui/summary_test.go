package tui_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/owners"
)

func TestSummaryTabShowsThePeriodAndMovesThroughIt(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	d.Keys("6")
	if !d.Contains("本学期：", "2026-09-01", "2027-01-31", "总体情况", "领导小组组成") {
		t.Fatalf("summary tab:\n%s", d.View())
	}
	d.Keys("]")
	if !d.Contains("2027-02-01", "2027-08-31") {
		t.Fatalf("] should move to the next semester:\n%s", d.View())
	}
	d.Keys("f")
	if !d.Contains("本月：", "2026-11-01", "2026-11-30") {
		t.Fatalf("f should move to this month:\n%s", d.View())
	}
	d.Keys("[")
	if !d.Contains("2026-10-01", "2026-10-31") {
		t.Fatalf("[ should move to last month:\n%s", d.View())
	}
	d.Keys("G")
	if !d.Contains("下一步安排") {
		t.Fatalf("G should scroll to the end:\n%s", d.View())
	}
}

func TestSummaryWriteRecordsTheDay(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	out := filepath.Join(t.TempDir(), "会议汇报 11月.html")
	d.Keys("6", "w")
	if !d.Contains("Write to") {
		t.Fatalf("prompt:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste(out)
	d.Keys("enter")
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("not written: %v\n%s", err, d.View())
	}
	if !strings.Contains(string(b), "<html") || !strings.Contains(string(b), "Plan progress") {
		t.Fatalf("not a summary page: %.200s", b)
	}
	if !strings.Contains(d.Model.Status(), "Written: "+out) {
		t.Fatalf("status %q", d.Model.Status())
	}
	if got := d.Ledger().Settings.LastSummary; got != storetestToday() {
		t.Fatalf("LastSummary %s, want today", got)
	}
	// An unknown extension is refused with a reason.
	d.Keys("w", "ctrl+u")
	d.Paste(filepath.Join(t.TempDir(), "summary.docx"))
	d.Keys("enter")
	if !strings.Contains(d.Model.Status(), "Unknown file type") {
		t.Fatalf("status %q", d.Model.Status())
	}
}

func TestSummaryPrintGoesToLp(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("lp is the Unix way to print")
	}
	dir := t.TempDir()
	got := filepath.Join(dir, "received")
	lp := "#!/bin/sh\necho \"$@\" > " + got + ".args\ncat > " + got + "\n"
	if err := os.WriteFile(filepath.Join(dir, "lp"), []byte(lp), 0o755); err != nil {
		t.Fatal(err)
	}
	env := tuitest.Env()
	env.Getenv = func(k string) string {
		switch k {
		case "PATH":
			return dir + string(os.PathListSeparator) + os.Getenv("PATH")
		case "SECRETARY_BROWSER":
			return filepath.Join(dir, "no-browser") // print the text: no browser needed
		}
		return ""
	}
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	d.Keys("6", "P")
	b, err := os.ReadFile(got)
	if err != nil || len(b) == 0 {
		t.Fatalf("lp received nothing: %v; status %q", err, d.Model.Status())
	}
	if !strings.Contains(d.Model.Status(), "lp") {
		t.Fatalf("status %q", d.Model.Status())
	}
}

func TestPOnAPersonShowsTheirTaskSlip(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	d.Keys("2", "o", "j", "j", "p") // O-3 张三
	if !d.Contains("张三 的任务单", "T-4") {
		t.Fatalf("slip:\n%s", d.View())
	}
	if d.Contains("13800000003") {
		t.Fatal("a task slip must not carry contact details")
	}
	// esc goes back where p was pressed: the people list, on 张三.
	d.Keys("esc")
	v := d.Model.Tab(common.TabOwners).(*owners.View)
	if d.Model.Active() != common.TabOwners || !v.ShowingPeople() || v.People().Selected() != 3 {
		t.Fatalf("esc should return to the people list on O-3:\n%s", d.View())
	}
	// The Summary tab shows the summary again, not the slip.
	d.Keys("6")
	if !d.Contains("本学期：") || d.Contains("张三 的任务单") {
		t.Fatalf("the summary tab after the slip:\n%s", d.View())
	}
}

// TestSummaryWriteAsksBeforeReplacing: w to a file that exists asks; n
// keeps it, y replaces it. The ledger itself is refused outright.
func TestSummaryWriteAsksBeforeReplacing(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	out := filepath.Join(t.TempDir(), "汇报.md")
	if err := os.WriteFile(out, []byte("上次的汇报"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.Keys("6", "w", "ctrl+u")
	d.Paste(out)
	d.Keys("enter")
	if !d.Contains("已存在。要用新文件替换它吗") {
		t.Fatalf("should ask before replacing:\n%s", d.View())
	}
	d.Keys("n")
	if b, _ := os.ReadFile(out); string(b) != "上次的汇报" {
		t.Fatal("n replaced the file")
	}
	d.Keys("w", "ctrl+u")
	d.Paste(out)
	d.Keys("enter", "y")
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "计划进展") {
		t.Fatalf("y should replace it with the summary: %.80s", b)
	}
	// The ledger's backups folder is never written into: refused
	// outright, not asked about.
	inBackups := filepath.Join(filepath.Dir(d.App.Path()), "backups", "汇报.md")
	d.Keys("w", "ctrl+u")
	d.Paste(inBackups)
	d.Keys("enter")
	if !strings.Contains(d.Model.Status(), "备份文件夹") || d.Model.Overlay() != nil {
		t.Fatalf("the backups folder must be refused outright: %q", d.Model.Status())
	}
	if _, err := os.Stat(inBackups); err == nil {
		t.Fatal("a summary was written into the backups folder")
	}
}
