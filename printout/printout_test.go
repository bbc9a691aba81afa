package printout_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store/storetest"
)

// env is the real machine with PATH and $SECRETARY_BROWSER replaced, so
// each test sees only the programs it puts there.
func env(path string, vars ...string) printout.Env {
	e := printout.System()
	m := map[string]string{"PATH": path, "HOME": os.Getenv("HOME")}
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
	}
	e.Getenv = func(k string) string { return m[k] }
	return e
}

// noBrowser is env(path) with the browser pointed at nothing, so no
// installed Chrome (on a Mac, say) is found behind the test's back.
func noBrowser(path string) printout.Env {
	return env(path, printout.BrowserEnv, filepath.Join(path, "no-such-browser"))
}

// fakeLP puts a program called name in a new folder: it records its
// arguments and what it was sent on stdin, and fails with msg when msg
// is not empty, as lp does without a default printer.
func fakeLP(t *testing.T, name, msg string) (dir, record string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("lp is not how Windows prints")
	}
	dir, record = t.TempDir(), t.TempDir()
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "/args'\ncat > '" + record + "/data'\n"
	if msg != "" {
		script += "echo '" + msg + "' >&2\nexit 1\n"
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, record
}

func demoDoc(t *testing.T) *summary.Summary {
	t.Helper()
	l := demo.Build(storetest.Today(), demo.BaseSize)
	return summary.Build(l, summary.Semester(storetest.Today()), storetest.Today())
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFindBrowser(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fake := filepath.Join(dir, "chromium")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		// (On a Mac an installed Chrome comes before PATH.)
		if got := printout.FindBrowser(env(dir)); got != fake && runtime.GOOS == "linux" {
			t.Errorf("chromium on PATH: found %q", got)
		}
		if got := printout.FindBrowser(env("", printout.BrowserEnv, fake)); got != fake {
			t.Errorf("$SECRETARY_BROWSER: found %q", got)
		}
		if got := printout.FindBrowser(env(dir, printout.BrowserEnv, filepath.Join(dir, "missing"))); got != "" {
			t.Errorf("a missing $SECRETARY_BROWSER falls back to %q instead of saying so", got)
		}
	}
	if got := printout.FindBrowser(env(t.TempDir())); got != "" && runtime.GOOS == "linux" {
		t.Errorf("empty PATH: found %q", got)
	}
	if _, err := printout.PDF(context.Background(), env(""), "", []byte("<p>x")); !hasKey(err, printout.MsgNoBrowser) {
		t.Errorf("PDF without a browser: %v", err)
	}
}

func hasKey(err error, key string) bool {
	var m *model.MsgError
	return errors.As(err, &m) && string(m.Msg.Key) == key
}

func TestPrintTextThroughLPWithoutBrowser(t *testing.T) {
	t.Parallel()
	dir, rec := fakeLP(t, "lp", "")
	s := demoDoc(t)
	res, err := printout.Print(context.Background(), noBrowser(dir), s, summary.Options{Lang: model.LangZh}, filepath.Join(t.TempDir(), "x"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Method != printout.MethodSpooler || res.Program != "lp" || res.Sent != summary.FormatText || res.Path != "" {
		t.Errorf("result %+v", res)
	}
	if got := read(t, filepath.Join(rec, "args")); got != "-t\n会议汇报_2026-09-01_2027-01-31\n" {
		t.Errorf("lp got arguments %q", got)
	}
	// Paper is a handout: the text format as written to a file, not the
	// screen's (which adds what the secretary should do).
	var want strings.Builder
	if err := s.Write(&want, summary.FormatText, summary.Options{Lang: model.LangZh, Width: 80}); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(rec, "data")); got != want.String() {
		t.Errorf("lp was sent something other than the text summary:\n%.300s", got)
	}
}

func TestPrintThroughLPR(t *testing.T) {
	t.Parallel()
	dir, rec := fakeLP(t, "lpr", "")
	res, err := printout.Print(context.Background(), noBrowser(dir), demoDoc(t), summary.Options{Lang: model.LangEn}, filepath.Join(t.TempDir(), "x"))
	if err != nil || res.Program != "lpr" {
		t.Fatalf("%+v %v", res, err)
	}
	if got := read(t, filepath.Join(rec, "args")); got != "-T\nsummary_2026-09-01_2027-01-31\n" {
		t.Errorf("lpr got arguments %q", got)
	}
	if !strings.Contains(read(t, filepath.Join(rec, "data")), "1. Overview") {
		t.Error("lpr was not sent the English summary")
	}
}

func TestPrintFailureKeepsTheFile(t *testing.T) {
	t.Parallel()
	dir, _ := fakeLP(t, "lp", "lp: Error - no default destination available.")
	fallback := filepath.Join(t.TempDir(), "会议汇报.html")
	res, err := printout.Print(context.Background(), noBrowser(dir), demoDoc(t), summary.Options{}, fallback)
	if !hasKey(err, printout.MsgPrintError) || !strings.Contains(err.Error(), "no default destination") {
		t.Fatalf("error %v", err)
	}
	want := strings.TrimSuffix(fallback, ".html") + ".txt"
	if res.Path != want {
		t.Fatalf("kept %q, want %q", res.Path, want)
	}
	if !strings.Contains(read(t, want), "一、总体情况") {
		t.Error("the kept file is not the summary")
	}
	checkPrivate(t, want)
}

func TestNoWayToPrintWritesTheFile(t *testing.T) {
	t.Parallel()
	fallback := filepath.Join(t.TempDir(), "out", "会议汇报.pdf")
	res, err := printout.Print(context.Background(), noBrowser(t.TempDir()), demoDoc(t), summary.Options{}, fallback)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.TrimSuffix(fallback, ".pdf") + ".html"
	if res.Method != printout.MethodNone || res.Path != want {
		t.Fatalf("result %+v, want the HTML at %s", res, want)
	}
	if !strings.Contains(read(t, want), "<h2>一、总体情况</h2>") {
		t.Error("the file written is not the HTML summary")
	}
	checkPrivate(t, want)
}

// checkPrivate checks a written file is the user's alone.
func checkPrivate(t *testing.T, path string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, fi.Mode().Perm())
	}
}

// chromiumEnv is the machine's PATH (where Chromium is) with dir first.
func chromiumEnv(t *testing.T, dir string) printout.Env {
	t.Helper()
	testenv.SkipShort(t)
	testenv.RequireTool(t, "printing the summary to PDF", "chromium", "chromium-browser", "google-chrome")
	return env(dir + string(os.PathListSeparator) + os.Getenv("PATH"))
}

// TestPDFInChromium prints the demo summary with the real browser and
// reads the PDF back with poppler: A4 pages, the Chinese section titles
// and the figures are there, and the first page is saved as a PNG (set
// SUMMARY_SCREENSHOT_DIR to keep a copy and look at it).
func TestPDFInChromium(t *testing.T) {
	t.Parallel()
	e := chromiumEnv(t, t.TempDir())
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		testenv.RequireTool(t, "reading the PDF back", tool)
	}
	s := demoDoc(t)
	dir := t.TempDir()
	pdf := filepath.Join(dir, "会议汇报.pdf")
	if err := printout.WriteFile(context.Background(), e, pdf, s, summary.FormatPDF, summary.Options{Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	checkPrivate(t, pdf)
	info := run(t, "pdfinfo", pdf)
	if !strings.Contains(info, "(A4)") {
		t.Errorf("not A4:\n%s", info)
	}
	if strings.Contains(info, "Pages:           0") {
		t.Error("no pages")
	}
	txt := run(t, "pdftotext", "-layout", pdf, "-")
	for _, want := range []string{
		"阳光实验中学心理健康教育工作领导小组", "2026—2027学年第一学期",
		"一、总体情况", "二、领导小组组成", "三、计划进展", "四、责任落实", "五、活动开展", "六、规定动作完成情况",
		"七、会议与决定事项落实", "八、监督评估与整改", "九、存在问题", "十、下一步安排",
		"欧阳晓雪", "T-21", "R-1", "1,755", "8,600", "85.4", "2/9", "3/6", "组长", "秘书/联络员", "M-5 工作例会", "0/3",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	for _, o := range demo.Build(storetest.Today(), demo.BaseSize).Owners {
		if strings.Contains(txt, o.Contact) {
			t.Errorf("%s's phone number is in the PDF", o.Name)
		}
	}
	// A handout: each assessment's findings with their rectifications
	// (closed: date, verifier, evidence), each plan's goals, legends that
	// say what the figures are, nothing addressed to the secretary.
	flat := strings.Join(strings.Fields(txt), "")
	for _, want := range []string{
		"发现的问题与整改情况", "验收人", "整改佐证", "周检记录表4份", "李红梅", "各计划的目标", "建成达标的心理辅导中心",
		"条后数字：逾期/未完成（未逾期）/本期完成的任务数", "条后数字：已完成任务数/任务总数完成率", "活动日期已过，尚未登记举办情况",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	if strings.Contains(flat, "请登记举办情况") {
		t.Error("the handout tells the secretary what to do")
	}
	png := screenshot(t, pdf, dir)
	t.Logf("first page: %s", png)
}

// Every date in the demo summary prints whole on one line, and so do the
// short states beside them ("还有 14 天"): a narrow column used to print
// "2026-11-" above "18" and "还有30" above "天".
func TestSummaryPDFKeepsDatesWhole(t *testing.T) {
	t.Parallel()
	e := chromiumEnv(t, t.TempDir())
	testenv.RequireTool(t, "reading the PDF back", "pdftotext")
	s := demoDoc(t)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		pdf := filepath.Join(t.TempDir(), "summary.pdf")
		if err := printout.WriteFile(context.Background(), e, pdf, s, summary.FormatPDF, summary.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		txt := strings.ReplaceAll(run(t, "pdftotext", "-layout", pdf, "-"), "\u00a0", " ")
		var page strings.Builder
		if err := s.Write(&page, summary.FormatHTML, summary.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		html := strings.ReplaceAll(page.String(), "\u00a0", " ")
		dates := dateRE.FindAllString(html, -1)
		if len(dates) < 40 {
			t.Fatalf("%s: only %d dates in the page", lang, len(dates))
		}
		for _, d := range dates {
			if !strings.Contains(txt, d) {
				t.Errorf("%s: %s is not whole on one line of the PDF", lang, d)
			}
		}
		for _, state := range stateRE.FindAllString(html, -1) {
			if !strings.Contains(txt, state) {
				t.Errorf("%s: %q is not whole on one line of the PDF", lang, state)
			}
		}
	}
}

var (
	dateRE  = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	stateRE = regexp.MustCompile(`还有 \d+ 天|逾期 \d+ 天|in \d+ days|\d+ days overdue`)
)

func TestSlipIsOnePage(t *testing.T) {
	t.Parallel()
	e := chromiumEnv(t, t.TempDir())
	testenv.RequireTool(t, "reading the PDF back", "pdfinfo")
	l := demo.Build(storetest.Today(), demo.BaseSize)
	id, err := summary.FindOwner(l, "欧阳晓雪")
	if err != nil {
		t.Fatal(err)
	}
	sl, err := summary.BuildSlip(l, id, storetest.Today())
	if err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(t.TempDir(), sl.FileName(summary.FormatPDF, model.LangZh))
	if err := printout.WriteFile(context.Background(), e, pdf, sl, summary.FormatPDF, summary.Options{Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	if info := run(t, "pdfinfo", pdf); !strings.Contains(info, "Pages:           1\n") || !strings.Contains(info, "(A4)") {
		t.Errorf("the task slip is not one A4 page:\n%s", info)
	}
	screenshot(t, pdf, filepath.Dir(pdf))
}

func TestPrintPDFThroughLP(t *testing.T) {
	t.Parallel()
	dir, rec := fakeLP(t, "lp", "")
	e := chromiumEnv(t, dir)
	res, err := printout.Print(context.Background(), e, demoDoc(t), summary.Options{}, filepath.Join(t.TempDir(), "x"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent != summary.FormatPDF {
		t.Errorf("sent %v, want PDF", res.Sent)
	}
	if data := read(t, filepath.Join(rec, "data")); !strings.HasPrefix(data, "%PDF-") {
		t.Errorf("lp was not sent a PDF: %.20q", data)
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// screenshot renders the PDF's first page to a PNG in dir, and copies it
// to $SUMMARY_SCREENSHOT_DIR when that is set.
func screenshot(t *testing.T, pdf, dir string) string {
	t.Helper()
	base := filepath.Join(dir, strings.TrimSuffix(filepath.Base(pdf), ".pdf"))
	run(t, "pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdf, base)
	png := base + ".png"
	data, err := os.ReadFile(png)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Fatalf("no screenshot: %v", err)
	}
	if keep := os.Getenv("SUMMARY_SCREENSHOT_DIR"); keep != "" {
		if err := os.WriteFile(filepath.Join(keep, filepath.Base(png)), data, 0o644); err != nil {
			t.Error(err)
		}
	}
	return png
}
