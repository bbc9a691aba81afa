package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/store/storetest"
)

// wallSize is the demo ledger the wall-list PDF test prints: 1,000
// records (some 550 tasks, eight pages) by default, which takes Chromium
// seconds; WALL_SIZE=10000 prints the 10,000-record ledger the issue
// names (150 pages, a minute or more on two cores).
func wallSize() int {
	if n, err := strconv.Atoi(os.Getenv("WALL_SIZE")); err == nil && n > 0 {
		return n
	}
	return 1000
}

// TestWallListPDF prints the responsibility list with the real program
// and the real Chromium and reads it back with poppler: A4 landscape,
// and page 2 carries the group and date at its head, the table's header
// row, and its page number.
func TestWallListPDF(t *testing.T) {
	testenv.SkipShort(t)
	if runtime.GOOS == "windows" {
		t.Skip("drives Chromium through PATH")
	}
	t.Parallel()
	browser := testenv.RequireTool(t, "printing a PDF", "chromium", "chromium-browser", "google-chrome")
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		testenv.RequireTool(t, "reading the PDF back", tool)
	}
	bin := buildSummaryBinary(t)
	db := storetest.DemoFile(t, wallSize())
	dir := t.TempDir()
	env := []string{"HOME=" + t.TempDir(), "PATH=" + filepath.Dir(browser) + ":/usr/bin:/bin"}
	out, errs, code := runBinary(t, bin, dir, env, "--db", db, "--lang", "zh", "print", "tasks", "-o", "wall.pdf")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	pdf := filepath.Join(dir, "wall.pdf")
	info := pdftool(t, "pdfinfo", pdf)
	if !strings.Contains(info, "Page size:       841.92 x 594.96 pts (A4)") {
		t.Fatalf("not A4 landscape:\n%s", info)
	}
	pages := 0
	for _, line := range strings.Split(info, "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(rest))
		}
	}
	if pages < 2 {
		t.Fatalf("%d page(s): the test needs a list that runs over", pages)
	}
	page2 := strings.Join(strings.Fields(pdftool(t, "pdftotext", "-layout", "-f", "2", "-l", "2", pdf, "-")), " ")
	for _, want := range []string{
		"阳光实验中学心理健康教育工作领导小组 阳光实验中学", "制表日期：",
		"编号 任务 责任人 监督人 开始 截止 考核指标 进度 状态",
		"第 2 页，共 " + strconv.Itoa(pages) + " 页",
	} {
		if !strings.Contains(page2, want) {
			t.Errorf("page 2 of %d lacks %q:\n%.600s", pages, want, page2)
		}
	}
	last := strings.Join(strings.Fields(pdftool(t, "pdftotext", "-layout", "-f", strconv.Itoa(pages), "-l", strconv.Itoa(pages), pdf, "-")), " ")
	if !strings.Contains(last, "组长（签字）") {
		t.Errorf("the last page has no signature line:\n%.400s", last)
	}
	t.Logf("%d records: %d pages", wallSize(), pages)
}

func pdftool(t *testing.T, name string, args ...string) string {
	t.Helper()
	b, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, b)
	}
	return string(b)
}

// BenchmarkPrintTasksProcess is `secretary print tasks --format html` of
// a 10,000-record ledger as a user runs it, a whole process from exec to
// exit. The budget is 300 ms.
func BenchmarkPrintTasksProcess(b *testing.B) {
	bin := buildSummaryBinary(b)
	db := storetest.DemoFile(b, 10_000)
	dir := b.TempDir()
	env := []string{"HOME=" + b.TempDir(), "PATH=/usr/bin:/bin", "LANG=zh_CN.UTF-8"}
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "print", "tasks", "--format", "html", "-o", filepath.Join(dir, "wall.html"), "--force")
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// TestDecisionListPDF prints the decisions list with the real program and
// the real Chromium, and reads it back: A4 landscape over several pages,
// each headed by the group and the date with the table's header row and
// its page number; Chinese and mixed Chinese-English text as typed; the
// leader's signature on the last page.
func TestDecisionListPDF(t *testing.T) {
	testenv.SkipShort(t)
	if runtime.GOOS == "windows" {
		t.Skip("drives Chromium through PATH")
	}
	t.Parallel()
	browser := testenv.RequireTool(t, "printing a PDF", "chromium", "chromium-browser", "google-chrome")
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		testenv.RequireTool(t, "reading the PDF back", tool)
	}
	bin := buildSummaryBinary(t)
	// Enough decisions to run over a page.
	db := listsFile(t, func(l *model.Ledger) {
		for no := 4; no < 100; no++ {
			l.Decisions = append(l.Decisions, model.Decision{ID: model.ID(len(l.Decisions) + 1), MeetingID: 1, No: no,
				Text: "第 " + strconv.Itoa(no) + " 项决定：落实 follow-up 📌", OwnerID: model.ID(1 + no%4), Due: storetest.Today().AddDays(no - 50)})
		}
	})
	dir := t.TempDir()
	env := []string{"HOME=" + t.TempDir(), "PATH=" + filepath.Dir(browser) + ":/usr/bin:/bin"}
	out, errs, code := runBinary(t, bin, dir, env, "--db", db, "--lang", "zh", "print", "decisions", "-o", "decisions.pdf")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	pdf := filepath.Join(dir, "decisions.pdf")
	info := pdftool(t, "pdfinfo", pdf)
	if !strings.Contains(info, "Page size:       841.92 x 594.96 pts (A4)") {
		t.Fatalf("not A4 landscape:\n%s", info)
	}
	pages := 0
	for _, line := range strings.Split(info, "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(rest))
		}
	}
	if pages < 2 {
		t.Fatalf("%d page(s): the test needs a list that runs over", pages)
	}
	text := func(page int) string {
		p := strconv.Itoa(page)
		return strings.Join(strings.Fields(pdftool(t, "pdftotext", "-layout", "-f", p, "-l", p, pdf, "-")), " ")
	}
	first := text(1)
	for _, want := range []string{"决定事项落实清单", "班主任全员培训 all-staff training", "Anna 李", "✓ 已落实", "逾期", "未分解", "合计：100 项"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q:\n%.800s", want, first)
		}
	}
	page2 := text(2)
	for _, want := range []string{
		"阳光实验中学心理健康教育工作领导小组 阳光实验中学 Sunshine School", "制表日期：",
		"编号 会议 决定事项 责任人 截止 落实情况 分解任务", "落实 follow-up",
		"第 2 页，共 " + strconv.Itoa(pages) + " 页",
	} {
		if !strings.Contains(page2, want) {
			t.Errorf("page 2 of %d lacks %q:\n%.800s", pages, want, page2)
		}
	}
	if last := text(pages); !strings.Contains(last, "组长（签字）") {
		t.Errorf("the last page has no signature line:\n%.400s", last)
	}
}
