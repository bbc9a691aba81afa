// Package storetest gives tests a real store: a bbolt file in t.TempDir(),
// a pinned clock, and fixture ledgers from the demo sample. Nothing here
// mocks the store; every test that uses it reads and writes a real file.
package storetest

import (
	"path/filepath"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
)

// Now is the instant every test's clock is pinned to: a Friday morning in
// the autumn semester.
func Now() time.Time { return time.Date(2026, time.November, 20, 9, 30, 0, 0, time.UTC) }

// Clock is a clock pinned to Now.
func Clock() model.FixedClock { return model.FixedClock{T: Now()} }

// Today is the civil date of Now: 2026-11-20.
func Today() model.Date { return model.DateOf(Now()) }

// Options are the store options tests use: the pinned clock, no
// automatic backups unless a test asks for them.
func Options() store.Options {
	return store.Options{Clock: Clock(), Version: "test", NoBackup: true}
}

// Path is a ledger path inside a fresh temporary folder.
func Path(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "ledger", "secretary.db")
}

// Open creates an empty ledger in a temporary folder and closes it when
// the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	return OpenAt(t, Path(t), Options())
}

// OpenAt opens (or creates) the ledger at path.
func OpenAt(t testing.TB, path string, opts store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(path, opts)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Demo is a store filled with the demo sample of about size records
// (demo.BaseSize for the hand-written one), and the ledger it holds.
func Demo(t testing.TB, size int) (*store.Store, *model.Ledger) {
	t.Helper()
	s := Open(t)
	Fill(t, s, size)
	l, err := s.Load()
	if err != nil {
		t.Fatalf("load demo: %v", err)
	}
	return s, l
}

// Fill writes the demo sample into an empty store.
func Fill(t testing.TB, s *store.Store, size int) {
	t.Helper()
	if err := s.Fill(demo.Build(Today(), size)); err != nil {
		t.Fatalf("fill demo: %v", err)
	}
}

// DemoFile writes a demo ledger at a fresh path, closes it and returns the
// path: for tests that open the file themselves (a child process, the CLI).
func DemoFile(t testing.TB, size int) string {
	t.Helper()
	path := Path(t)
	s, err := store.Open(path, Options())
	if err != nil {
		t.Fatal(err)
	}
	Fill(t, s, size)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}
