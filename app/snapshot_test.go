package app_test

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"secretary/app"
	"secretary/model"
	"secretary/model/demo"
	"secretary/store/storetest"
)

// TestSnapshotHandover: the outgoing secretary exports, the incoming one
// prepares (verified, a diff against what the ledger holds now), applies,
// and the same Service carries on with the new file.
func TestSnapshotHandover(t *testing.T) {
	t.Parallel()
	env := testEnv(t, t.TempDir())
	outgoing := openDemoEnv(t, env)
	folder := t.TempDir()
	res, err := outgoing.ExportSnapshot(app.SnapshotExportRequest{Path: folder})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(folder, app.DefaultSnapshotName(storetest.Today(), false)); res.Path != want || res.SHA256 == "" || res.Manifest.Counts != load(t, outgoing).Counts() {
		t.Fatalf("exported %+v, want it at %s", res, want)
	}

	// The incoming ledger holds a little of its own.
	incoming, err := app.Open(filepath.Join(t.TempDir(), "secretary.db"), app.Options{Clock: storetest.Clock(), Env: env})
	if err != nil {
		t.Fatal(err)
	}
	defer incoming.Close()
	if _, err := incoming.SetSetting("school", "旧学校"); err != nil {
		t.Fatal(err)
	}
	owner := model.Owner{Name: "旧人"}
	if _, err := incoming.Save(model.ActCreate, &owner); err != nil {
		t.Fatal(err)
	}
	in, err := incoming.PrepareImport(res.Path, app.ImportOptions{Lang: model.LangZh})
	if err != nil {
		t.Fatal(err)
	}
	if !in.WillBackUp() || in.Diff.Empty() || in.Info.Manifest == nil || in.Ledger.Counts() != res.Manifest.Counts {
		t.Fatalf("prepared: backup %v, diff empty %v, manifest %v", in.WillBackUp(), in.Diff.Empty(), in.Info.Manifest)
	}
	path := incoming.Path()

	// Screens keep calling while the import applies: they wait, then
	// read one ledger or the other, never a closed one.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := incoming.Load(); err != nil {
					t.Errorf("a load during the import: %v", err)
					return
				}
			}
		}()
	}
	done, err := incoming.ApplyImport(in)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if done.Backup == "" || done.Ledger.Counts() != res.Manifest.Counts {
		t.Fatalf("applied %+v", done)
	}
	if incoming.Path() != path {
		t.Errorf("the Service moved to %s", incoming.Path())
	}
	l := load(t, incoming)
	if l.Counts() != res.Manifest.Counts || l.Settings.School == "旧学校" {
		t.Errorf("after the import the Service reads %+v, school %q", l.Counts(), l.Settings.School)
	}
	// … and writes the new file, and undo does not reach back before it.
	if _, err := incoming.SetSetting("secretary", "新秘书"); err != nil {
		t.Fatal(err)
	}
	if _, err := incoming.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := incoming.Undo(); !errors.Is(err, app.ErrNothing) {
		t.Errorf("a second undo after the import: %v, want nothing to undo", err)
	}
	in.Discard() // after ApplyImport: harmless
}

func TestSnapshotExportRefusesWhatItMayNotReplace(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	ledger := read(t, s.Path())
	dir := t.TempDir()
	old := filepath.Join(dir, "old.snapshot")
	write(t, old, "旧快照")
	if _, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: old}); !errors.Is(err, app.ErrExists) || read(t, old) != "旧快照" {
		t.Fatalf("existing: %v", err)
	}
	res, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: old, Force: true})
	if err != nil || res.Path != old {
		t.Fatalf("forced: %+v %v", res, err)
	}
	if info, err := app.CheckFile(old, nil, app.Options{}); err != nil || !info.Report.OK() || info.Manifest == nil {
		t.Fatalf("the replaced snapshot does not check: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left beside it: %v", entries)
	}
	for _, p := range []string{s.Path(), filepath.Join(app.BackupDir(s.Path()), "x.snapshot")} {
		if _, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: p, Force: true}); !errors.Is(err, app.ErrProtected) {
			t.Errorf("export to %s: %v", p, err)
		}
	}
	if read(t, s.Path()) != ledger {
		t.Error("the ledger changed")
	}
	// A link is replaced through, not turned into a file.
	target := filepath.Join(dir, "target.snapshot")
	write(t, target, "x")
	link := filepath.Join(dir, "link.snapshot")
	symlink(t, target, link)
	if _, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: link, Force: true}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link became a file")
	}
	if info, err := app.CheckFile(link, nil, app.Options{}); err != nil || info.Manifest == nil {
		t.Errorf("the link's target is not the snapshot: %v", err)
	}
}

func TestEncryptedSnapshot(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	out := filepath.Join(t.TempDir(), "x.snapshot.age")
	if _, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: out, Encrypt: true}); err == nil {
		t.Fatal("an empty passphrase was accepted")
	}
	if _, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: out, Encrypt: true, Passphrase: "口令"}); err != nil {
		t.Fatal(err)
	}
	if enc, err := app.IsEncryptedFile(out); err != nil || !enc {
		t.Fatalf("encrypted %v %v", enc, err)
	}
	pass := func(p string) app.Passphrase { return func() (string, error) { return p, nil } }
	if _, err := app.CheckFile(out, nil, app.Options{}); !errors.Is(err, app.ErrNeedPassphrase) {
		t.Errorf("no passphrase: %v", err)
	}
	if _, err := app.CheckFile(out, pass("wrong"), app.Options{}); !errors.Is(err, app.ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	l, info, err := app.LoadFile(out, pass("口令"), app.Options{})
	if err != nil || !info.Encrypted || l.Counts() != load(t, s).Counts() {
		t.Errorf("right passphrase: %v", err)
	}
}

func TestCheckLedgerAndBackups(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "secretary.db")
	if _, err := app.CheckLedger(missing, app.Options{}); err == nil {
		t.Error("a missing ledger checks")
	} else if m, ok := model.AsUserMsg(err); !ok || m.Key != "store.no_ledger" {
		t.Errorf("a missing ledger: %v", err)
	}
	notLedger := filepath.Join(t.TempDir(), "notes.db")
	write(t, notLedger, "会议记录")
	if _, err := app.CheckFile(notLedger, nil, app.Options{}); !errors.Is(err, app.ErrNotLedger) {
		t.Errorf("not a ledger: %v", err)
	}
	path := storetest.DemoFile(t, 0)
	info, err := app.CheckLedger(path, app.Options{})
	if err != nil || !info.Report.OK() || info.Report.Counts != demo.Build(storetest.Today(), 0).Counts() {
		t.Fatalf("%+v %v", info, err)
	}
	b, err := app.ListBackups(path, time.Now())
	if err != nil || len(b.List) != 0 || b.Dir != filepath.Join(filepath.Dir(path), "backups") {
		t.Fatalf("%+v %v", b, err)
	}
	s, err := app.Open(path, app.Options{Clock: storetest.Clock()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetSetting("school", "x"); err != nil { // the first write backs up
		t.Fatal(err)
	}
	s.Close()
	if b, err := app.ListBackups(path, time.Now()); err != nil || len(b.List) != 1 {
		t.Errorf("after a write: %+v %v", b, err)
	}
}
