package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// user is one person's machine: a home folder and environment. Commands
// run in-process through run(), with the real store on real files.
type user struct {
	home string
	env  map[string]string
}

func newUser(t *testing.T) *user {
	return &user{home: t.TempDir(), env: map[string]string{}}
}

// ledger is where this user's ledger lives: the per-OS data folder under
// their home.
func (u *user) ledger() string {
	return store.ResolvePath("", store.Env{Getenv: u.getenv, Home: u.home, GOOS: "linux"}).Path
}

func (u *user) getenv(k string) string { return u.env[k] }

// run runs the command line as this user with stdin and returns the exit
// code, stdout and stderr.
func (u *user) run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, system{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
		getenv: u.getenv, home: u.home, goos: "linux", clock: storetest.Clock(),
		workFactor: testenv.SnapshotWorkFactor,
	})
	return code, out.String(), errOut.String()
}

// mustRun runs a command that must succeed.
func (u *user) mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := u.run(t, "", args...)
	if code != exitOK {
		t.Fatalf("%v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, out, errOut)
	}
	return out
}

func sum(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// loadLedger reads a ledger file's records read-only.
func loadLedger(t testing.TB, path string) *model.Ledger {
	t.Helper()
	s, err := store.Open(path, store.Options{Clock: storetest.Clock(), ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return l
}

// checkClean runs the full check on a ledger file.
func checkClean(t testing.TB, path string) {
	t.Helper()
	rep, err := store.CheckFile(path, store.Options{Clock: storetest.Clock()})
	if err != nil || !rep.OK() {
		t.Fatalf("check %s: %v %+v", path, err, rep)
	}
}

// equalRecords reports whether two ledgers hold the same records and
// settings.
func equalRecords(a, b *model.Ledger) bool {
	return reflect.DeepEqual(a.Settings, b.Settings) && reflect.DeepEqual(a.Plans, b.Plans) &&
		reflect.DeepEqual(a.Owners, b.Owners) && reflect.DeepEqual(a.Tasks, b.Tasks) &&
		reflect.DeepEqual(a.Activities, b.Activities) && reflect.DeepEqual(a.Assessments, b.Assessments) &&
		reflect.DeepEqual(a.Rectifications, b.Rectifications)
}

// printedSHA finds the SHA-256 a command printed.
func printedSHA(t *testing.T, out string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if _, after, ok := strings.Cut(line, "SHA-256："); ok {
			return strings.TrimSpace(after)
		}
		if _, after, ok := strings.Cut(line, "SHA-256: "); ok {
			return strings.TrimSpace(after)
		}
	}
	t.Fatalf("no SHA-256 in:\n%s", out)
	return ""
}

func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// copyFile copies a file's bytes.
func copyFile(t testing.TB, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
