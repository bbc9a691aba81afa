package app_test

import (
	"os"
	"path/filepath"
	"testing"

	"secretary/app"
	"secretary/store/storetest"
)

// TestOpenDemoLeavesTheLedgerAlone: the sample year goes into a file of
// its own beside the ledger, which keeps every byte.
func TestOpenDemoLeavesTheLedgerAlone(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "secretary.db")
	s, err := app.Open(path, app.Options{Clock: storetest.Clock(), NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before, _ := os.ReadFile(path)
	for range 2 { // a second time replaces the first sample
		d, err := s.OpenDemo()
		if err != nil {
			t.Fatal(err)
		}
		if d.Path() != filepath.Join(filepath.Dir(path), app.DemoFileName) {
			t.Errorf("demo at %s", d.Path())
		}
		l, err := d.Load()
		if err != nil || len(l.Tasks) == 0 {
			t.Fatalf("demo ledger: %v, %d tasks", err, len(l.Tasks))
		}
		d.Close()
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the ledger changed")
	}
	if l, err := s.Load(); err != nil || len(l.Tasks) != 0 {
		t.Errorf("the ledger now holds %d tasks (%v)", len(l.Tasks), err)
	}
}
