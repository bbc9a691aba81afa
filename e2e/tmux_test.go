package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/internal/testenv"
)

// term is a tmux session on its own server socket, so tests never touch
// the user's tmux or each other.
type term struct {
	t      *testing.T
	tmux   string
	socket string
	name   string
}

// newTerm starts cmdline in a detached tmux session of the size. The
// program opens with the today panel over its first screen when anything
// needs attention; newTerm closes it, so a test starts where it expects
// (newTermWithToday keeps it).
func newTerm(t *testing.T, w, h int, env []string, cmdline string) *term {
	t.Helper()
	tm := newTermWithToday(t, w, h, env, cmdline)
	tm.dismissToday()
	return tm
}

// newTermWithToday is newTerm leaving the today panel open.
func newTermWithToday(t *testing.T, w, h int, env []string, cmdline string) *term {
	t.Helper()
	tm := &term{t: t, tmux: testenv.RequireTool(t, "driving the program in a real terminal", "tmux"),
		socket: filepath.Join(t.TempDir(), "tmux.sock"), name: "secretary"}
	// The pane stays after the program exits (remain-on-exit), so the
	// test can tell an exit from a crash and read what was left.
	// The program remembers the language in the user's config folder:
	// each terminal gets a folder of its own, never the real one.
	env = append([]string{"XDG_CONFIG_HOME=" + shellQuote(t.TempDir())}, env...)
	script := fmt.Sprintf("env %s %s; echo; echo EXIT=$?; sleep 60", strings.Join(env, " "), cmdline)
	tm.run("new-session", "-d", "-s", tm.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), script)
	t.Cleanup(func() { exec.Command(tm.tmux, "-S", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *term) run(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command(tm.tmux, append([]string{"-S", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// dismissToday waits for the program's first screen and closes the today
// panel if it is on it. A program that ends instead (an error) is left
// for the test to read.
func (tm *term) dismissToday() {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		s := tm.screen()
		if strings.Contains(s, "EXIT=") {
			return
		}
		if strings.Contains(s, "今日提醒 · ") || strings.Contains(s, "Today · ") {
			tm.keys("Escape")
			continue
		}
		if strings.Contains(s, "心理健康教育工作台账") || strings.Contains(s, "Mental health education work ledger") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// screen is what the terminal shows now.
func (tm *term) screen() string { return tm.run("capture-pane", "-p", "-t", tm.name) }

// waitFor waits until the screen shows every part, or fails.
func (tm *term) waitFor(parts ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(s, p)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %q; screen:\n%s", parts, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// keys sends named keys (tmux names: Enter, Tab, Escape, C-s) one by one,
// pausing so the program handles each as a separate key press.
func (tm *term) keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		tm.run("send-keys", "-t", tm.name, k)
		time.Sleep(60 * time.Millisecond)
	}
}

// typeText sends text literally, as typing (or an input method) would.
func (tm *term) typeText(s string) {
	tm.t.Helper()
	tm.run("send-keys", "-t", tm.name, "-l", s)
	time.Sleep(100 * time.Millisecond)
}
