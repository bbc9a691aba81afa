package store_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"secretary/store"
	"secretary/store/storetest"
)

func TestExportWritesACheckableSnapshotAndLeavesTheLedgerAlone(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	before := fileSum(t, s.Path())
	dir := filepath.Join(t.TempDir(), "U盘 stick")
	out := filepath.Join(dir, "交接 2026.snapshot")

	res, err := s.Export(out, store.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Path != out || res.Encrypted {
		t.Fatalf("result %+v", res)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if res.Size != info.Size() || res.SHA256 != fileSum(t, out) {
		t.Fatalf("reported size %d sha %s; file has %d %s", res.Size, res.SHA256, info.Size(), fileSum(t, out))
	}
	assertMode(t, out, 0o600)
	assertMode(t, dir, 0o700|os.ModeDir)
	if left := tempLeftovers(t, dir); len(left) != 0 {
		t.Fatalf("temporary files left beside the snapshot: %v", left)
	}
	if left := tempLeftovers(t, filepath.Dir(s.Path())); len(left) != 0 {
		t.Fatalf("temporary files left beside the ledger: %v", left)
	}
	if fileSum(t, s.Path()) != before {
		t.Fatal("export changed the ledger file")
	}

	m := res.Manifest
	if m.Counts != l.Counts() || m.Schema != store.SchemaVersion || m.Version != "test" || m.Source != s.Path() ||
		!m.Created.Equal(storetest.Now()) || m.School != "阳光实验中学" || m.Secretary != "周敏" || len(m.Digest) != 32 {
		t.Fatalf("manifest %+v", m)
	}
	checked, err := store.CheckSnapshot(out, store.ReadOptions{Store: storetest.Options()})
	if err != nil {
		t.Fatal(err)
	}
	if !checked.Report.OK() || checked.Encrypted || checked.SHA256 != res.SHA256 || checked.Manifest == nil || checked.Manifest.Counts != l.Counts() {
		t.Fatalf("check of the snapshot: %+v report %+v", checked, checked.Report)
	}
}

func TestEncryptedExportHidesTheContentsAndLeavesNoPlainCopy(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	out := filepath.Join(t.TempDir(), "x.snapshot.age")
	res, err := s.Export(out, exportOpts(true))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(out)
	if !store.IsEncrypted(raw) || !res.Encrypted || res.SHA256 != fileSum(t, out) || res.Size != int64(len(raw)) {
		t.Fatalf("not an age file or wrong result: %+v", res)
	}
	for _, secret := range []string{"阳光实验中学", l.Owners[0].Name, l.Owners[0].Contact} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Fatalf("the encrypted snapshot contains %q in the clear", secret)
		}
	}
	if left := tempLeftovers(t, filepath.Dir(s.Path())); len(left) != 0 {
		t.Fatalf("plain copy left beside the ledger: %v", left)
	}
	if enc, err := store.SniffSnapshot(out); err != nil || !enc {
		t.Fatalf("sniff: %v %v", enc, err)
	}
	if enc, err := store.SniffSnapshot(s.Path()); err != nil || enc {
		t.Fatalf("sniff of the plain ledger: %v %v", enc, err)
	}
	checked, err := store.CheckSnapshot(out, store.ReadOptions{Store: storetest.Options(), Crypt: cryptOpts(testPass)})
	if err != nil {
		t.Fatal(err)
	}
	if !checked.Report.OK() || !checked.Encrypted || checked.Manifest.Counts != l.Counts() {
		t.Fatalf("check: %+v %+v", checked, checked.Report)
	}
}

func TestExportNeverReplacesAFile(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, 0)
	dir := t.TempDir()
	out := filepath.Join(dir, "old.snapshot")
	if err := os.WriteFile(out, []byte("上一次的快照"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := s.Export(out, store.ExportOptions{})
	if !store.IsKind(err, store.KindExists) || errKey(err) != store.MsgSnapExists {
		t.Fatalf("want exists, got %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "上一次的快照" {
		t.Fatal("the existing file was changed")
	}
	// Exporting onto the ledger itself is the same refusal.
	if _, err := s.Export(s.Path(), store.ExportOptions{}); !store.IsKind(err, store.KindExists) {
		t.Fatalf("export over the ledger: %v", err)
	}
	// A folder gets the default name inside it.
	res, err := s.Export(dir, exportOpts(true))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "secretary-2026-11-20.snapshot.age"); res.Path != want {
		t.Fatalf("path %s, want %s", res.Path, want)
	}
	if _, err := s.Export(dir, store.ExportOptions{Encrypt: true}); !store.IsKind(err, store.KindNeedPassphrase) {
		t.Fatalf("encrypting without a passphrase: %v", err)
	}
}
