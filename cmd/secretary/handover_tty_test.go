//go:build !windows

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
	"secretary/store/storetest"
)

// tmuxTerm is the real program in a real terminal (tmux), for what only a
// terminal shows: passphrases typed with no echo.
type tmuxTerm struct {
	t       *testing.T
	tmux    string
	session string
}

func newTmux(t *testing.T, command string) *tmuxTerm {
	t.Helper()
	tm := &tmuxTerm{t: t, tmux: testenv.RequireTool(t, "typing a passphrase into a real terminal", "tmux"),
		session: fmt.Sprintf("secretary-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmd := exec.Command(tm.tmux, "-L", tm.session, "-f", "/dev/null", "new-session", "-d", "-s", tm.session, "-x", "160", "-y", "40",
		"sh", "-c", command+"; echo EXIT=$?; sleep 60")
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "SECRETARY_PASSPHRASE=", "SECRETARY_DB=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command(tm.tmux, "-L", tm.session, "kill-server").Run() })
	return tm
}

func (tm *tmuxTerm) screen() string {
	out, _ := exec.Command(tm.tmux, "-L", tm.session, "capture-pane", "-p", "-t", tm.session).Output()
	return string(out)
}

// waitFor waits until the screen shows s.
func (tm *tmuxTerm) waitFor(s string) string {
	tm.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if scr := tm.screen(); strings.Contains(scr, s) {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("the terminal never showed %q:\n%s", s, tm.screen())
	return ""
}

// typeLine types text and Enter.
func (tm *tmuxTerm) typeLine(text string) {
	tm.t.Helper()
	if err := exec.Command(tm.tmux, "-L", tm.session, "send-keys", "-t", tm.session, "-l", text).Run(); err != nil {
		tm.t.Fatal(err)
	}
	if err := exec.Command(tm.tmux, "-L", tm.session, "send-keys", "-t", tm.session, "Enter").Run(); err != nil {
		tm.t.Fatal(err)
	}
}

// TestPassphrasesAreTypedUnseen drives the real binary in tmux: export
// asks twice and shows nothing typed, a mismatch is refused with no file
// written, and import lets a mistyped passphrase be typed again.
func TestPassphrasesAreTypedUnseen(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	testenv.RequireTool(t, "typing a passphrase into a real terminal", "tmux")
	bin, err := testenv.BuildSecretary(t.TempDir())
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	ledger := storetest.DemoFile(t, 0)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.snapshot.age")
	const pass = "秘密 Secret-2026"

	// Mismatch: refused, nothing written.
	tm := newTmux(t, bin+" --lang zh --db "+ledger+" export --encrypt "+out)
	tm.waitFor("请输入口令")
	tm.typeLine(pass)
	tm.waitFor("请再输入一次口令")
	tm.typeLine(pass + "x")
	scr := tm.waitFor("EXIT=")
	if !strings.Contains(scr, "两次输入的口令不一致") || !strings.Contains(scr, "EXIT=1") || strings.Contains(scr, "Secret") {
		t.Fatalf("mismatch:\n%s", scr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written after a mismatch: %v", entries)
	}

	// Empty: refused.
	tm = newTmux(t, bin+" --lang en --db "+ledger+" export --encrypt "+out)
	tm.waitFor("Passphrase (not shown")
	tm.typeLine("")
	scr = tm.waitFor("EXIT=")
	if !strings.Contains(scr, "must not be empty") || !strings.Contains(scr, "EXIT=1") {
		t.Fatalf("empty:\n%s", scr)
	}

	// Twice the same: exported, and the passphrase never appeared.
	tm = newTmux(t, bin+" --lang zh --db "+ledger+" export --encrypt "+out)
	tm.waitFor("请输入口令")
	tm.typeLine(pass)
	tm.waitFor("请再输入一次口令")
	tm.typeLine(pass)
	scr = tm.waitFor("EXIT=")
	if !strings.Contains(scr, "已导出交接快照") || !strings.Contains(scr, "EXIT=0") || strings.Contains(scr, "Secret") || strings.Contains(scr, "秘密") {
		t.Fatalf("export:\n%s", scr)
	}
	// The program encrypts at age's own scrypt cost, 2^18: the tests that
	// encrypt in process lower it (testenv.SnapshotWorkFactor); this one
	// shows what a user's file gets.
	if stanza := scryptStanza(t, out); !strings.HasSuffix(stanza, " 18") {
		t.Errorf("the snapshot's scrypt stanza is %q, want work factor 18", stanza)
	}

	// Import into a new ledger: a wrong passphrase may be typed again.
	target := filepath.Join(t.TempDir(), "new", "secretary.db")
	tm = newTmux(t, bin+" --lang zh --db "+target+" import --yes "+out)
	tm.waitFor("的口令")
	tm.typeLine("wrong 错")
	tm.waitFor("口令不对，请再试一次")
	tm.typeLine(pass)
	scr = tm.waitFor("EXIT=")
	if !strings.Contains(scr, "✓ 已导入") || !strings.Contains(scr, "EXIT=0") || strings.Contains(scr, "Secret") {
		t.Fatalf("import:\n%s", scr)
	}
	if !equalRecords(loadLedger(t, ledger), loadLedger(t, target)) {
		t.Fatal("records differ after the import")
	}
}

// scryptStanza is the "-> scrypt SALT N" line of an age file's header.
func scryptStanza(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.SplitN(string(b), "\n", 4) {
		if strings.HasPrefix(line, "-> scrypt ") {
			return line
		}
	}
	t.Fatalf("%s has no scrypt stanza", path)
	return ""
}
