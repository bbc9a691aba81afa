package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/internal/width"
	"secretary/model"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store"
	"secretary/store/storetest"
)

// summaryCLI runs the command line in-process on the ledger at db, with
// the pinned test clock and only the environment given.
func summaryCLI(t *testing.T, db string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["PATH"]; !ok {
		env["PATH"] = t.TempDir() // no lp, no browser unless a test adds them
	}
	code = run(append([]string{"--db", db}, args...), system{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return env[k] }, home: t.TempDir(), goos: runtime.GOOS,
		clock: storetest.Clock(),
	})
	return code, out.String(), errb.String()
}

func settingsOf(t *testing.T, db string) model.Settings {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true, Clock: storetest.Clock()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	set, err := s.Settings()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func journalLen(t *testing.T, db string) int {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true, Clock: storetest.Clock()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := 0
	if err := s.Journal(func(model.JournalEntry) bool { n++; return true }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSummaryPrintsTextByDefault(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	code, out, errs := summaryCLI(t, db, nil, "summary", "--lang", "zh")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"阳光实验中学心理健康教育工作领导小组", "2026—2027学年第一学期（2026-09-01 至 2027-01-31）", "一、总体情况", "十、下一步安排", "生成日期：2026-11-20"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if width.Cells(l) > 80 {
			t.Errorf("line %d is wider than 80 columns: %q", i+1, l)
		}
	}
	if strings.Contains(out, "13800000001") {
		t.Error("a phone number is in the summary")
	}
	// Printing to the terminal is a preview: it records nothing.
	if set := settingsOf(t, db); !set.LastSummary.IsZero() {
		t.Errorf("a preview recorded the summary day %s", set.LastSummary)
	}
	code, out, _ = summaryCLI(t, db, nil, "summary", "--lang", "en", "--period", "month", "--format", "md")
	if code != 0 || !strings.HasPrefix(out, "# 阳光实验中学") || !strings.Contains(out, "November 2026 (2026-11-01 to 2026-11-30)") || !strings.Contains(out, "## 1. Overview") {
		t.Errorf("markdown for the month:\n%.400s", out)
	}
}

func TestSummaryFileRecordsTheDayAndSinceLastUsesIt(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	code, _, errs := summaryCLI(t, db, nil, "summary", "--lang", "zh", "--period", "since-last")
	if code != 1 || !strings.Contains(errs, "还没有记录过汇报日期") || !strings.Contains(errs, "--period semester") {
		t.Fatalf("since-last with no summary yet: exit %d, %q", code, errs)
	}
	before := journalLen(t, db)
	out := filepath.Join(t.TempDir(), "meeting", "汇报.html")
	code, stdout, errs := summaryCLI(t, db, nil, "summary", "--lang", "zh", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "已写入 "+out) || !strings.Contains(stdout, "已把 2026-11-20 记为上次汇报日期") {
		t.Errorf("stdout: %q", stdout)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("<h2>一、总体情况</h2>")) || !bytes.HasPrefix(page, []byte("<!DOCTYPE html>")) {
		t.Error("-o x.html did not write the HTML summary")
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
			t.Errorf("the file has mode %v", fi.Mode().Perm())
		}
	}
	if set := settingsOf(t, db); set.LastSummary != storetest.Today() || set.GroupName == "" {
		t.Errorf("settings after writing: %+v", set)
	}
	if got := journalLen(t, db); got != before+1 {
		t.Errorf("recording the day took %d journal entries, want one", got-before)
	}
	// The same day again changes nothing, and journals nothing (the
	// file it wrote is replaced only with --force).
	if code, _, _ := summaryCLI(t, db, nil, "summary", "-o", out, "--force"); code != 0 || journalLen(t, db) != before+1 {
		t.Errorf("a second summary the same day added a journal entry")
	}
	// -o FOLDER writes into it, named after the period.
	folder := t.TempDir()
	if code, _, errs := summaryCLI(t, db, nil, "summary", "--lang", "en", "--format", "md", "-o", folder); code != 0 {
		t.Fatalf("-o folder: %s", errs)
	}
	if _, err := os.Stat(filepath.Join(folder, "summary_2026-09-01_2027-01-31.md")); err != nil {
		t.Errorf("-o folder: %v", err)
	}
	code, stdout, _ = summaryCLI(t, db, nil, "summary", "--lang", "zh", "--period", "since-last")
	if code != 0 || !strings.Contains(stdout, "自上次汇报以来（2026-11-20 至 2026-11-20）") {
		t.Errorf("since-last after a summary: exit %d\n%.300s", code, stdout)
	}
}

func TestSummaryUsageErrors(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "docx"}, "不支持的格式“docx”"},
		{[]string{"--period", "week"}, "不支持的期间“week”"},
		{[]string{"--period", "month", "--from", "2026-10-01"}, "--period 和 --from/--to 只能选一种"},
		{[]string{"--to", "2026-10-01"}, "--to 需要同时给出 --from"},
		{[]string{"--from", "2026-13-01"}, "月份 13"},
		{[]string{"--from", "明年"}, "无法识别日期“明年”"},
		{[]string{"--from", "2026-11-30", "--to", "2026-11-01"}, "结束日期不能早于开始日期"},
		{[]string{"--owner", "张三", "--period", "month"}, "任务单（--owner）"},
		{[]string{"extra"}, "需要 0 个参数"},
	} {
		code, out, errs := summaryCLI(t, db, nil, append([]string{"--lang", "zh", "summary"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) || out != "" || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, want exit 2 with %q on one line", c.args, code, errs, c.want)
		}
	}
	code, _, errs := summaryCLI(t, db, nil, "--lang", "en", "summary", "--format", "docx")
	if code != 2 || !strings.Contains(errs, "unknown format “docx”: use text, md, html or pdf") {
		t.Errorf("English usage error: %q", errs)
	}
}

func TestSummaryTaskSlip(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 3000)
	code, out, errs := summaryCLI(t, db, nil, "summary", "--lang", "zh", "--owner", "欧阳晓雪")
	if code != 0 || !strings.Contains(out, "任务单") || !strings.Contains(out, "责任人：欧阳晓雪（领导小组秘书/联络员，兼职心理教师，心理中心）") || !strings.Contains(out, "考核指标") {
		t.Fatalf("slip: exit %d %s\n%.500s", code, errs, out)
	}
	code, out, _ = summaryCLI(t, db, nil, "summary", "--lang", "zh", "--owner", "O-1")
	if code != 0 || !strings.Contains(out, "责任人：王建国") {
		t.Errorf("slip by code: exit %d", code)
	}
	code, _, errs = summaryCLI(t, db, nil, "summary", "--lang", "zh", "--owner", "不存在的人")
	if code != 1 || !strings.Contains(errs, "没有找到责任人“不存在的人”") {
		t.Errorf("unknown owner: exit %d %q", code, errs)
	}
	// In a large staff a surname alone fits several people.
	code, _, errs = summaryCLI(t, db, nil, "summary", "--lang", "en", "--owner", "李")
	if code != 1 || !strings.Contains(errs, "matches several owners") || !strings.Contains(errs, "李红梅 (O-2)") {
		t.Errorf("ambiguous owner: exit %d %q", code, errs)
	}
	// Writing a slip is not a meeting summary: the day is not recorded.
	out2 := filepath.Join(t.TempDir(), "slip.md")
	if code, _, errs := summaryCLI(t, db, nil, "summary", "--owner", "张三", "-o", out2); code != 0 {
		t.Fatalf("slip to file: %s", errs)
	}
	if set := settingsOf(t, db); !set.LastSummary.IsZero() {
		t.Error("a task slip recorded the summary day")
	}
	if data, _ := os.ReadFile(out2); !bytes.HasPrefix(data, []byte("# ")) {
		t.Error("-o slip.md is not Markdown")
	}
}

func TestSummaryPDFWithoutBrowser(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	dir := t.TempDir()
	out := filepath.Join(dir, "s.pdf")
	code, _, errs := summaryCLI(t, db, map[string]string{"SECRETARY_BROWSER": filepath.Join(dir, "no-such-browser")}, "summary", "--lang", "zh", "-o", out)
	if code != 1 || !strings.Contains(errs, "没有找到 Chromium 内核的浏览器") || !strings.Contains(errs, "--format html") {
		t.Errorf("exit %d: %q", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF file was written without a browser")
	}
	if set := settingsOf(t, db); !set.LastSummary.IsZero() {
		t.Error("a failed summary recorded the day")
	}
}

func TestSummaryReadOnlyLedgerStillWrites(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs a file the user cannot write (root can write anything)")
	}
	db := storetest.DemoFile(t, 0)
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "s.md")
	code, stdout, errs := summaryCLI(t, db, nil, "summary", "--lang", "zh", "-o", out)
	if code != 0 || !strings.Contains(stdout, "未能记录本次汇报日期") {
		t.Errorf("exit %d %q %q", code, stdout, errs)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error("the summary was not written")
	}
}

// TestSummaryMessagesInBothLanguages checks every message the summary,
// its periods and printing can show exists in Chinese and English.
func TestSummaryMessagesInBothLanguages(t *testing.T) {
	t.Parallel()
	cat := i18n.Catalog()
	keys := []string{
		summary.MsgNoLastSummary, summary.MsgLastInFuture, summary.MsgBadRange, summary.MsgBadPeriod,
		summary.MsgOwnerNone, summary.MsgOwnerMany,
		printout.MsgNoBrowser, printout.MsgPDFFailed, printout.MsgPrintError, printout.MsgWriteError,
		printout.MsgPrinted, printout.MsgPrintBrowser, printout.MsgNoPrinter, printout.MsgKept,
		"summary.written", "cli.summary.short", "cli.summary.long", "cli.summary.recorded", "cli.summary.not_recorded",
		"cli.summary.bad_format", "cli.summary.bad_period", "cli.summary.period_and_dates",
		"cli.summary.to_without_from", "cli.summary.owner_and_period",
	}
	for _, f := range []string{"period", "from", "to", "owner", "format", "output", "print"} {
		keys = append(keys, "cli.summary.flag."+f)
	}
	for _, k := range keys {
		text, ok := cat[i18n.Key(k)]
		if !ok || text.Zh == "" || text.En == "" {
			t.Errorf("%s: missing in zh or en", k)
			continue
		}
		if strings.Count(text.Zh, "%") != strings.Count(text.En, "%") {
			t.Errorf("%s: zh and en take different arguments", k)
		}
	}
}
