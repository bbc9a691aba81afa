package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
)

// TestCommandsWorkWhileTheProgramIsOpen is the secretary's daily case:
// the program is open in one terminal, and in another she prints the
// summary, checks the file, hands out a workbook and a snapshot, compares
// them and changes a setting. Each works at once (it used to wait two
// seconds and say the ledger was open in another window), and the file
// checks clean after the program, still open, has written too.
func TestCommandsWorkWhileTheProgramIsOpen(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	// --lang en: C.UTF-8 names no language, so the program would speak
	// Chinese (issue 16), and the test reads English.
	tm := newTerm(t, 120, 40, []string{"LANG=C.UTF-8", "TERM=xterm-256color"}, shellQuote(binary)+" --lang en --db "+shellQuote(db))
	tm.waitFor("P-1")

	run := func(args ...string) string {
		t.Helper()
		start := time.Now()
		out, err := exec.Command(binary, append([]string{"--db", db, "--lang", "en"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("%v while the program is open: %v\n%s", args, err, out)
		}
		if took := time.Since(start); took > 1500*time.Millisecond {
			t.Errorf("%v took %v", args, took)
		}
		return string(out)
	}
	if out := run("summary", "--format", "text"); !strings.Contains(out, "meeting summary") || !strings.Contains(out, "阳光实验中学") {
		t.Errorf("summary printed %q", out)
	}
	if out := run("check"); !strings.Contains(out, "Healthy") {
		t.Errorf("check printed %q", out)
	}
	snap := filepath.Join(dir, "handover.snapshot")
	run("export", snap)
	run("sheet", "export", filepath.Join(dir, "ledger.xlsx"))
	run("diff", db, snap)
	run("settings", "school", "Second Window School")

	// The program, still open, tries to write as well: u undoes the last
	// step, which is the settings change it has not shown yet. Either it
	// refuses until it has shown it, or (once it notices changes by
	// itself) it undoes it; both say so, and the file agrees.
	tm.keys("u")
	refused := false
	deadline := time.Now().Add(10 * time.Second)
	for {
		screen := tm.screen()
		// The status line wraps long messages: read it as one line.
		flat := strings.Join(strings.Fields(screen), " ")
		// The refusal ("… was changed in another window, so nothing was
		// done"), not the notice of the program reading the ledger again
		// ("… was changed in another window and has been read again"),
		// which may show first and be followed by the undo.
		if strings.Contains(flat, "so nothing was done") || strings.Contains(flat, "so this change was not saved") {
			refused = true
			break
		}
		if strings.Contains(flat, "Undone:") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("u said neither that it undid nor why not:\n%s", screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
	school := strings.TrimSpace(run("settings", "school"))
	if refused != (school == "Second Window School") {
		t.Errorf("refused %v, but the school is now %q", refused, school)
	}
	if out := run("check"); !strings.Contains(out, "Healthy") {
		t.Errorf("check after both windows wrote: %s", out)
	}
	t.Logf("the open program's undo: refused %v; school %q", refused, school)
}
