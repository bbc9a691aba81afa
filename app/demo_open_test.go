package app_test

import (
	"os"
	"path/filepath"
	"testing"

	"secretary/app"
	"secretary/store/storetest"
)

// TestOpenDemoLeavesTheLedgerAlone: the sample year goes into a file of
// its own in a folder beside the ledger; the ledger keeps every byte and
// its folder gets none of the sample's evidence files.
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
		if d.Path() != filepath.Join(filepath.Dir(path), app.DemoFolder, app.DemoFileName) {
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
	if _, err := os.Stat(s.EvidenceDir()); !os.IsNotExist(err) {
		t.Errorf("the sample wrote into the ledger's evidence folder %s: %v", s.EvidenceDir(), err)
	}
	sample, err := os.ReadDir(app.EvidenceDir(app.DemoPath(path)))
	if err != nil || len(sample) == 0 {
		t.Errorf("the sample's evidence files are not beside it: %v", err)
	}
	l, _ := s.Load()
	if c := app.CheckEvidenceFiles(path, l, true); !c.OK() || len(c.Unreferenced) != 0 {
		t.Errorf("check of the ledger's evidence folder: %+v", c)
	}
}
