package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
	"secretary/store/storetest"
)

// buildSummaryBinary builds the real program for the tests that run it as
// a user would: a separate process with its own environment.
func buildSummaryBinary(t testing.TB) string {
	t.Helper()
	bin, err := testenv.BuildSecretary(t.TempDir())
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return bin
}

// runBinary runs the program in dir with exactly the environment given.
func runBinary(t *testing.T, bin, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Env = dir, env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestSummaryBinary(t *testing.T) {
	testenv.SkipShort(t)
	if runtime.GOOS == "windows" {
		t.Skip("drives lp and a POSIX shell")
	}
	t.Parallel()
	bin := buildSummaryBinary(t)
	db := storetest.DemoFile(t, 0)
	home := t.TempDir()
	empty := t.TempDir()
	// No lp and no browser unless a subtest adds them (a Mac's installed
	// Chrome must not be found behind the test's back).
	base := []string{"HOME=" + home, "PATH=" + empty, "SECRETARY_BROWSER=" + filepath.Join(empty, "none")}

	// The same ledger lays out the same whatever the locale says about
	// character widths: one rule, pinned.
	t.Run("locale", func(t *testing.T) {
		var first string
		for _, extra := range [][]string{{"LANG=C"}, {"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8"}, {"LANG=zh_CN.UTF-8", "RUNEWIDTH_EASTASIAN=1"}, {"LANG=en_US.UTF-8"}} {
			out, errs, code := runBinary(t, bin, t.TempDir(), append(append([]string{}, base...), extra...), "--db", db, "--lang", "zh", "summary")
			if code != 0 {
				t.Fatalf("%v: exit %d %s", extra, code, errs)
			}
			if first == "" {
				first = out
				continue
			}
			if out != first {
				t.Errorf("%v changes the layout", extra)
			}
		}
		// Without --lang, a Chinese locale gets Chinese.
		out, _, _ := runBinary(t, bin, t.TempDir(), append(base, "LANG=zh_CN.UTF-8"), "--db", db, "summary")
		if !strings.Contains(out, "一、总体情况") {
			t.Error("LANG=zh_CN.UTF-8 did not give a Chinese summary")
		}
	})

	// --print with a fake lp first on PATH: what it received is what the
	// user would have printed.
	t.Run("print-text", func(t *testing.T) {
		lpDir, rec := t.TempDir(), t.TempDir()
		writeFakeLP(t, lpDir, rec)
		// No browser anywhere on this PATH: the text goes to lp.
		env := []string{"HOME=" + home, "PATH=" + lpDir + ":/bin:/usr/bin", "SECRETARY_BROWSER=" + filepath.Join(lpDir, "none")}
		out, errs, code := runBinary(t, bin, t.TempDir(), env, "--db", db, "--lang", "zh", "summary", "--print")
		if code != 0 || !strings.Contains(out, "已发送到打印机（lp，text 格式）") {
			t.Fatalf("exit %d\n%s\n%s", code, out, errs)
		}
		data, _ := os.ReadFile(filepath.Join(rec, "data"))
		if !bytes.Contains(data, []byte("一、总体情况")) || !bytes.Contains(data, []byte("十、下一步安排")) {
			t.Errorf("lp received %.200q", data)
		}
		args, _ := os.ReadFile(filepath.Join(rec, "args"))
		if string(args) != "-t\n会议汇报_2026-09-01_2027-01-31\n" {
			t.Errorf("lp arguments %q", args)
		}
	})

	t.Run("print-pdf", func(t *testing.T) {
		browser := testenv.RequireTool(t, "printing a PDF", "chromium", "chromium-browser", "google-chrome")
		lpDir, rec := t.TempDir(), t.TempDir()
		writeFakeLP(t, lpDir, rec)
		env := []string{"HOME=" + home, "PATH=" + lpDir + ":" + filepath.Dir(browser) + ":/bin:/usr/bin"}
		out, errs, code := runBinary(t, bin, t.TempDir(), env, "--db", db, "--lang", "en", "summary", "--print")
		if code != 0 || !strings.Contains(out, "Sent to the printer (lp, as pdf)") {
			t.Fatalf("exit %d\n%s\n%s", code, out, errs)
		}
		if data, _ := os.ReadFile(filepath.Join(rec, "data")); !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Errorf("lp did not receive a PDF: %.20q", data)
		}
	})

	// No lp and no browser: say so, and say where the file went.
	t.Run("no-printer", func(t *testing.T) {
		dir := t.TempDir()
		out, errs, code := runBinary(t, bin, dir, base, "--db", db, "--lang", "zh", "summary", "--print")
		want := "会议汇报_2026-09-01_2027-01-31.html"
		if code != 0 || !strings.Contains(out, "本机没有可用的打印方式") || !strings.Contains(out, want) {
			t.Fatalf("exit %d\n%s\n%s", code, out, errs)
		}
		if data, err := os.ReadFile(filepath.Join(dir, want)); err != nil || !bytes.Contains(data, []byte("一、总体情况")) {
			t.Errorf("the HTML was not written in the current folder: %v", err)
		}
	})
}

func writeFakeLP(t *testing.T, dir, rec string) {
	t.Helper()
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + rec + "/args'\ncat > '" + rec + "/data'\n"
	if err := os.WriteFile(filepath.Join(dir, "lp"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSummaryProcess is `secretary summary --format text` on a
// 10,000-record ledger as a user runs it: a whole process, from exec to
// exit. The budget is 30 ms.
func BenchmarkSummaryProcess(b *testing.B) {
	bin := buildSummaryBinary(b)
	db := storetest.DemoFile(b, 10_000)
	env := []string{"HOME=" + b.TempDir(), "PATH=/usr/bin:/bin", "LANG=zh_CN.UTF-8"}
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "summary", "--format", "text")
		cmd.Env = env
		if out, err := cmd.Output(); err != nil || len(out) < 1000 {
			b.Fatalf("%v: %d bytes", err, len(out))
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	// CPU time of the child: on a busy machine, steadier than wall time.
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
