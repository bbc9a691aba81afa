package tui_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// P on a list prints it as filtered on screen: here the overdue tasks
// only, written as a page with the filter in its head.
func TestPPrintsTheListAsFilteredOnScreen(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("2", "f", "f") // the overdue tasks
	d.Keys("P")
	if !d.Contains("打印这份清单（4 项，A4 横向）", "写成 PDF 文件", "送到打印机", "按屏幕上的筛选打印：逾期") {
		t.Fatalf("print menu:\n%s", d.View())
	}
	d.Keys("1")
	out := filepath.Join(t.TempDir(), "逾期任务.html")
	d.Keys("ctrl+u")
	d.Paste(out)
	d.Keys("enter")
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no page written: %v\n%s", err, d.View())
	}
	if !d.Contains("已保存：") {
		t.Fatalf("result:\n%s", d.View())
	}
	var overdue, others []string
	for _, tk := range d.Ledger().Tasks {
		if tk.Overdue(storetestToday()) {
			overdue = append(overdue, ">"+model.CodeOf(&tk)+"<")
		} else {
			others = append(others, ">"+model.CodeOf(&tk)+"<")
		}
	}
	for _, c := range overdue {
		if !strings.Contains(string(page), c) {
			t.Errorf("overdue %s missing", c)
		}
	}
	for _, c := range others {
		if strings.Contains(string(page), c) {
			t.Errorf("%s is not on screen but was printed", c)
		}
	}
	if !strings.Contains(string(page), "size: A4 landscape") || !strings.Contains(string(page), "逾期") {
		t.Error("not the wall list")
	}
	d.Keys("enter")
	if d.Contains("打印这份清单") {
		t.Fatal("the flow should close")
	}
}

// P, then the printer: the same path as the summary's (lp here).
func TestPSendsAListToThePrinter(t *testing.T) {
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
			return filepath.Join(dir, "no-browser")
		}
		return ""
	}
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	d.Keys("3", "P", "2")
	b, err := os.ReadFile(got)
	if err != nil || !strings.Contains(string(b), "活动清单") {
		t.Fatalf("lp received %q: %v\n%s", b, err, d.View())
	}
	if args, _ := os.ReadFile(got + ".args"); !strings.Contains(string(args), "活动清单_") {
		t.Errorf("lp title %q", args)
	}
	if !d.Contains("已发送到打印机") {
		t.Fatalf("result:\n%s", d.View())
	}
}
