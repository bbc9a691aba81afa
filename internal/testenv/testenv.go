// Package testenv helps tests that need something outside Go: a program
// such as tmux or Chromium, or the built secretary binary. On a user's
// machine a missing program skips the test with a message saying what to
// install; in CI (CI=true), where .ci/run installs everything, it fails
// the test, so a broken install can never pass silently.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// InCI reports whether the tests run in CI.
func InCI() bool { return os.Getenv("CI") == "true" }

// RequireTool returns the path of the first of names found on PATH. When
// none is found it skips the test, or fails it in CI.
func RequireTool(t testing.TB, why string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if InCI() {
		t.Fatalf("%v not found on PATH, but CI must have it (%s); .ci/run should install it", names, why)
	}
	t.Skipf("skipping: %v not found on PATH (needed for %s); install it to run this test", names, why)
	return ""
}

// SkipShort skips a slow end-to-end test under -short.
func SkipShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping end-to-end test in -short mode")
	}
}

// SnapshotWorkFactor is the scrypt cost (log2) tests encrypt snapshots
// with: 2^10 instead of age's 2^18, a millisecond instead of seconds
// under the race detector. The passphrase, the file format and every
// message are the same; one end-to-end test (the real binary in a
// terminal) keeps the real cost and checks the file says 18.
const SnapshotWorkFactor = 10

// ModuleRoot is the repository's root folder (where go.mod is), found from
// the test's working folder.
func ModuleRoot() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// BuildSecretary builds the program into dir and returns its path. Call it
// once from TestMain: building takes seconds, running takes milliseconds.
// extra may add flags such as -race.
func BuildSecretary(dir string, extra ...string) (string, error) {
	name := "secretary"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	out := filepath.Join(dir, name)
	// -trimpath as the release is built (make build): the binary under
	// test is the one users get, and the build cache serves any clone.
	args := append([]string{"build", "-trimpath", "-o", out}, extra...)
	args = append(args, "./cmd/secretary")
	cmd := exec.Command("go", args...)
	cmd.Dir = ModuleRoot()
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return out, cmd.Run()
}
