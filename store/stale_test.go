package store_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"secretary/store"
	"secretary/store/storetest"
)

// On start, the program's own temporary files left by a killed run are
// removed — only its own names, only where it writes, only older than the
// running process; the user's files and a file being written now stay.
func TestStaleTempsAreRemovedOnStart(t *testing.T) {
	path := storetest.DemoFile(t, 0)
	dir, backups := filepath.Dir(path), store.BackupDir(path)
	os.MkdirAll(backups, 0o700)
	old := time.Now().Add(-time.Hour)
	write := func(p string, at time.Time) {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, at, at)
	}
	stale := []string{
		filepath.Join(dir, ".secretary.db.import.0215c05b4fb3.tmp"),
		filepath.Join(dir, ".secretary.db.export.a1b2c3d4e5f6.tmp"),
		filepath.Join(dir, ".secretary.db.0123456789ab.tmp"),
		filepath.Join(dir, ".backup-probe.0123456789ab.tmp"),
		filepath.Join(backups, ".secretary-20261120-093000.db.0123456789ab.tmp"),
	}
	kept := []string{
		filepath.Join(dir, "notes.tmp"),
		filepath.Join(dir, ".other.db.import.0215c05b4fb3.tmp"),
		filepath.Join(dir, ".secretary.db.import.not-hex.tmp"),
		filepath.Join(backups, "secretary-20261120-093000.db"),
	}
	for _, p := range append(append([]string(nil), stale...), kept...) {
		write(p, old)
	}
	fresh := filepath.Join(dir, ".secretary.db.export.ffffffffffff.tmp")
	write(fresh, time.Now().Add(time.Minute))
	started := time.Now()

	got := store.RemoveStaleTemps(path, started)
	sort.Strings(got)
	want := append([]string(nil), stale...)
	sort.Strings(want)
	if len(got) != len(want) {
		t.Fatalf("removed %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("removed %s, want %s", got[i], want[i])
		}
	}
	for _, p := range append(kept, fresh, path) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", p)
		}
	}
}
