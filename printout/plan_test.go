package printout_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"secretary/model/summary"
	"secretary/printout"
)

// fakeBrowser is a "browser" that writes a tiny PDF where
// --print-to-pdf= says, as headless Chromium does.
func fakeBrowser(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "chromium")
	script := "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4\\n' > \"${a#--print-to-pdf=}\";; esac; done\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPlanMatchesPrint: for each way a machine can be set up, the file
// Plan names is the file Print keeps the document in, and Plan's
// "always" says whether Print keeps one when the printer works.
func TestPlanMatchesPrint(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("the fakes are shell scripts")
	}
	browser := fakeBrowser(t)
	lpOK, _ := fakeLP(t, "lp", "")
	lpFails, _ := fakeLP(t, "lp", "lp: no default destination")
	none := t.TempDir()
	for _, c := range []struct {
		name       string
		env        printout.Env
		alwaysKept bool
		failing    bool
	}{
		{"nothing", noBrowser(none), true, false},
		{"browser only", env(none, printout.BrowserEnv, browser), true, false},
		{"lp, no browser", noBrowser(lpOK), false, false},
		{"lp and browser", env(lpOK, printout.BrowserEnv, browser), false, false},
		{"failing lp, no browser", noBrowser(lpFails), false, true},
		{"failing lp and browser", env(lpFails, printout.BrowserEnv, browser), false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			fallback := filepath.Join(t.TempDir(), "会议汇报.pdf")
			want, always := printout.Plan(c.env, fallback)
			if always != c.alwaysKept {
				t.Errorf("Plan says always=%v", always)
			}
			res, err := printout.Print(context.Background(), c.env, demoDoc(t), summary.Options{}, fallback)
			if (err != nil) != c.failing {
				t.Fatalf("Print: %v", err)
			}
			switch {
			case res.Path == "" && (always || c.failing):
				t.Errorf("Print kept no file; Plan named %s", want)
			case res.Path != "" && res.Path != want:
				t.Errorf("Print kept %s; Plan named %s", res.Path, want)
			}
			if _, err := os.Stat(want); (err == nil) != (res.Path != "") {
				t.Errorf("the file Plan names exists: %v; Print kept %q", err == nil, res.Path)
			}
		})
	}
}
