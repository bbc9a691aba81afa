package app_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"secretary/app"
	"secretary/internal/testenv"
	"secretary/store/storetest"
)

// testEnv is a machine of the test's own: a home folder, and a PATH
// holding only what the test puts in pathDir (no printer, no browser
// unless it adds one), so cases run in parallel whatever the runner has.
func testEnv(t *testing.T, pathDir string, vars ...string) app.Env {
	t.Helper()
	m := map[string]string{"PATH": pathDir, "SECRETARY_BROWSER": filepath.Join(pathDir, "no-browser")}
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
	}
	return app.Env{Getenv: func(k string) string { return m[k] }, GOOS: runtime.GOOS, Home: t.TempDir()}
}

// openDemoEnv opens the demo ledger with the given machine.
func openDemoEnv(t *testing.T, env app.Env) *app.Service {
	t.Helper()
	s, err := app.Open(storetest.DemoFile(t, 0), app.Options{Clock: storetest.Clock(), Version: "test", NoBackup: true, Env: env, SnapshotWorkFactor: testenv.SnapshotWorkFactor})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// symlink makes a link, or skips where the OS will not (Windows without
// developer mode).
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// fakeProgram puts an executable shell script called name in dir.
func fakeProgram(t *testing.T, dir, name, script string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake programs are shell scripts")
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
}
