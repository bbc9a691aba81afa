package store_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// importInto prepares and applies the snapshot into the store and returns
// the store to use afterwards.
func importInto(t *testing.T, s *store.Store, snap string, crypt store.CryptOptions) (*store.Store, *store.Import, *store.ApplyResult) {
	t.Helper()
	im, err := s.PrepareImport(snap, store.ImportOptions{Crypt: crypt})
	if err != nil {
		t.Fatalf("prepare: %v", err)
	}
	ns, res, err := im.Apply(s)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	t.Cleanup(func() { ns.Close() })
	return ns, im, res
}

func TestRoundTripIntoANewLocationKeepsEveryRecord(t *testing.T) {
	t.Parallel()
	for _, encrypt := range []bool{false, true} {
		name := map[bool]string{false: "plain", true: "encrypted"}[encrypt]
		t.Run(name, func(t *testing.T) {
			snap, _, src := exportDemo(t, 300, encrypt)
			// The receiver: another folder, a new empty ledger.
			dst := storetest.Open(t)
			im, err := dst.PrepareImport(snap, store.ImportOptions{Crypt: cryptOpts(testPass)})
			if err != nil {
				t.Fatal(err)
			}
			if im.Info.Encrypted != encrypt || im.Info.Manifest == nil || im.Info.Manifest.Counts != src.Counts() || im.Info.SHA256 != fileSum(t, snap) {
				t.Fatalf("info %+v", im.Info)
			}
			empty, _ := dst.Load()
			d := im.Diff(empty, model.LangZh)
			if got := d.Tally(model.EntityTask); got.Added != len(src.Tasks) || got.Changed+got.Removed != 0 {
				t.Fatalf("preview of tasks %+v", got)
			}
			ns, res, err := im.Apply(dst)
			if err != nil {
				t.Fatal(err)
			}
			defer ns.Close()
			if res.Backup != "" {
				t.Fatalf("an empty ledger was backed up: %s", res.Backup)
			}
			got, err := ns.Load()
			if err != nil {
				t.Fatal(err)
			}
			sameRecords(t, src, got)
			rep, err := ns.Check()
			if err != nil || !rep.OK() {
				t.Fatalf("check after import: %v %+v", err, rep)
			}
			if ns.CanUndo() || ns.CanRedo() {
				t.Fatal("undo reaches into the previous secretary's session")
			}
			var last model.JournalEntry
			ns.Journal(func(e model.JournalEntry) bool { last = e; return true })
			if last.Action != model.ActImport || last.Count != src.Counts().Total() {
				t.Fatalf("journal does not record the import: %+v", last)
			}
			if left := tempLeftovers(t, filepath.Dir(ns.Path())); len(left) != 0 {
				t.Fatalf("left %v", left)
			}
		})
	}
}

func TestImportBacksUpTheCurrentLedgerFirst(t *testing.T) {
	t.Parallel()
	snap, _, src := exportDemo(t, 0, false)
	cur := storetest.Open(t)
	newOwner(t, cur, "原秘书 Old", "德育处")
	old, _ := cur.Load()
	oldSum := fileSum(t, cur.Path())

	ns, im, res := importInto(t, cur, snap, store.CryptOptions{})
	d := im.Diff(old, model.LangZh)
	if d.Tally(model.EntityOwner).Changed != 1 { // O-1 was 原秘书, is now the demo's first owner
		t.Fatalf("owners %+v", d.Tally(model.EntityOwner))
	}
	if res.Backup == "" || filepath.Dir(res.Backup) != store.BackupDir(ns.Path()) {
		t.Fatalf("backup %q", res.Backup)
	}
	b := storetest.OpenAt(t, res.Backup, store.Options{Clock: storetest.Clock(), ReadOnly: true})
	backedUp, err := b.Load()
	if err != nil {
		t.Fatal(err)
	}
	if backedUp.Owners[0].Name != "原秘书 Old" || len(backedUp.Owners) != 1 {
		t.Fatalf("backup holds %+v", backedUp.Owners)
	}
	if fileSum(t, ns.Path()) == oldSum {
		t.Fatal("ledger not replaced")
	}
	got, _ := ns.Load()
	sameRecords(t, src, got)
	assertMode(t, ns.Path(), 0o600)
}

func TestImportOfAnOlderSchemaMigratesTheCopy(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, 0)
	o := &model.Owner{ID: 1, Name: "王建国", Title: "校长", Department: "校长办公室"}
	if _, err := s.Update(o); err != nil {
		t.Fatal(err)
	}
	src, _ := s.Load()
	snap := filepath.Join(t.TempDir(), "v1.snapshot")
	if _, err := s.Export(snap, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	// Make the snapshot a schema-1 ledger: no history index.
	editBolt(t, snap, func(b *boltFile) {
		b.deleteBucket("history")
		b.put("meta", "schema", u64(1))
	})
	dst := storetest.Open(t)
	ns, im, _ := importInto(t, dst, snap, store.CryptOptions{})
	if !im.Migrated {
		t.Fatal("not reported as migrated")
	}
	meta, _ := ns.Meta()
	if meta.Schema != store.SchemaVersion {
		t.Fatalf("schema %d", meta.Schema)
	}
	got, _ := ns.Load()
	sameRecords(t, src, got)
	if hist, err := ns.History(model.EntityOwner, 1); err != nil || len(hist) != 1 || hist[0].Action != model.ActUpdate {
		t.Fatalf("history index not rebuilt: %v %v", hist, err)
	}
}

// TestRefusedImportsLeaveTheLedgerByteIdentical covers every way an import
// must say no: the current ledger's bytes, its folder and its backups are
// exactly as before, and the message names what is wrong.
func TestRefusedImportsLeaveTheLedgerByteIdentical(t *testing.T) {
	t.Parallel()
	plain, _, _ := exportDemo(t, 0, false)
	sealed, _, _ := exportDemo(t, 0, true)
	emptyStore := storetest.Open(t)
	emptySnap := filepath.Join(t.TempDir(), "empty.snapshot")
	if _, err := emptyStore.Export(emptySnap, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name  string
		make  func(t *testing.T) string // returns the file to import
		crypt store.CryptOptions
		kind  store.ErrorKind
		key   string
	}{
		{"missing file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope.snapshot") }, store.CryptOptions{}, store.KindIO, store.MsgSnapNoFile},
		{"empty file", func(t *testing.T) string { return writeFile(t, nil) }, store.CryptOptions{}, store.KindNotLedger, store.MsgSnapEmptyFile},
		{"text file", func(t *testing.T) string { return writeFile(t, []byte("这不是台账 not a ledger\n")) }, store.CryptOptions{}, store.KindNotLedger, store.MsgSnapNotLedger},
		{"bbolt file of another program", otherBoltFile, store.CryptOptions{}, store.KindNotLedger, store.MsgSnapNotLedger},
		{"truncated", func(t *testing.T) string { return cut(t, plain, 0.5) }, store.CryptOptions{}, store.KindDamaged, store.MsgSnapTruncated},
		{"corrupted record", func(t *testing.T) string { return flipInRecord(t, plain) }, store.CryptOptions{}, store.KindDamaged, store.MsgSnapCorrupt},
		{"record edited, checksum recomputed", func(t *testing.T) string { return editRecord(t, plain) }, store.CryptOptions{}, store.KindTampered, store.MsgSnapTampered},
		{"record removed", func(t *testing.T) string { return removeRecord(t, plain) }, store.CryptOptions{}, store.KindTampered, store.MsgSnapTampered},
		{"newer schema", func(t *testing.T) string {
			return edited(t, plain, func(b *boltFile) { b.put("meta", "schema", u64(store.SchemaVersion+7)) })
		}, store.CryptOptions{}, store.KindNewerSchema, store.MsgSnapNewer},
		{"newer manifest", func(t *testing.T) string { return edited(t, plain, func(b *boltFile) { b.setManifestFormat(9) }) }, store.CryptOptions{}, store.KindNewerSchema, store.MsgSnapNewerManifest},
		{"no records", func(t *testing.T) string { return emptySnap }, store.CryptOptions{}, store.KindEmpty, store.MsgSnapNoRecords},
		{"wrong passphrase", func(t *testing.T) string { return sealed }, cryptOpts("交接口令 handover-2026 🔐"), store.KindWrongPassphrase, store.MsgSnapWrongPass},
		{"no passphrase", func(t *testing.T) string { return sealed }, store.CryptOptions{}, store.KindNeedPassphrase, store.MsgSnapNeedPass},
		{"encrypted, damaged", func(t *testing.T) string { return flipAt(t, sealed, 0.6) }, cryptOpts(testPass), store.KindDamaged, store.MsgSnapCryptDamaged},
		{"encrypted, truncated", func(t *testing.T) string { return cut(t, sealed, 0.7) }, cryptOpts(testPass), store.KindDamaged, store.MsgSnapCryptDamaged},
		{"encrypted, padded", func(t *testing.T) string { return pad(t, sealed, 100) }, cryptOpts(testPass), store.KindDamaged, store.MsgSnapCryptDamaged},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cur, _ := storetest.Demo(t, 0)
			newOwner(t, cur, "现任秘书 Current", "心理中心")
			dir := filepath.Dir(cur.Path())
			sum := fileSum(t, cur.Path())
			snap := c.make(t)
			_, err := cur.PrepareImport(snap, store.ImportOptions{Crypt: c.crypt})
			if !store.IsKind(err, c.kind) || errKey(err) != c.key {
				t.Fatalf("want kind %d %s, got %v (%s)", c.kind, c.key, err, errKey(err))
			}
			if fileSum(t, cur.Path()) != sum {
				t.Fatal("the ledger changed")
			}
			if left := tempLeftovers(t, dir); len(left) != 0 {
				t.Fatalf("left %v", left)
			}
			if list, _ := store.ListBackups(cur.Path()); len(list) != 0 {
				t.Fatalf("a refused import made backups: %v", list)
			}
			if l, err := cur.Load(); err != nil || l.Owners[len(l.Owners)-1].Name != "现任秘书 Current" {
				t.Fatalf("ledger after refusal: %v", err)
			}
		})
	}
}

func TestImportingTheLedgerIntoItselfIsRefused(t *testing.T) {
	t.Parallel()
	cur, _ := storetest.Demo(t, 0)
	sum := fileSum(t, cur.Path())
	_, err := cur.PrepareImport(cur.Path(), store.ImportOptions{})
	if errKey(err) != store.MsgSnapSameFile {
		t.Fatalf("got %v", err)
	}
	if fileSum(t, cur.Path()) != sum {
		t.Fatal("ledger changed")
	}
}

func TestWrongPassphraseAndDamageAreToldApart(t *testing.T) {
	t.Parallel()
	sealed, _, _ := exportDemo(t, 0, true)
	cur := storetest.Open(t)
	_, wrong := cur.PrepareImport(sealed, store.ImportOptions{Crypt: cryptOpts("wrong 错误")})
	_, damaged := cur.PrepareImport(flipAt(t, sealed, 0.5), store.ImportOptions{Crypt: cryptOpts(testPass)})
	if errKey(wrong) == errKey(damaged) || errKey(wrong) != store.MsgSnapWrongPass || errKey(damaged) != store.MsgSnapCryptDamaged {
		t.Fatalf("wrong passphrase: %v; damaged: %v", wrong, damaged)
	}
}

func TestDiscardRemovesTheVerifiedCopy(t *testing.T) {
	t.Parallel()
	snap, _, _ := exportDemo(t, 0, false)
	cur := storetest.Open(t)
	sum := fileSum(t, cur.Path())
	im, err := cur.PrepareImport(snap, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tempLeftovers(t, filepath.Dir(cur.Path()))) != 1 {
		t.Fatal("expected the verified copy beside the ledger")
	}
	im.Discard()
	im.Discard()
	if left := tempLeftovers(t, filepath.Dir(cur.Path())); len(left) != 0 {
		t.Fatalf("left %v", left)
	}
	if fileSum(t, cur.Path()) != sum {
		t.Fatal("ledger changed")
	}
	if _, _, err := im.Apply(cur); err == nil {
		t.Fatal("applying a discarded import succeeded")
	}
}

func TestAStaleCopyFromAKilledImportIsCleanedUp(t *testing.T) {
	t.Parallel()
	snap, _, _ := exportDemo(t, 0, false)
	cur := storetest.Open(t)
	dir := filepath.Dir(cur.Path())
	// A copy by a process that has ended, and one in an older program's
	// naming, which says no process.
	dead := exec.Command(os.Args[0], "-test.run=^$")
	dead.Env = append(os.Environ(), childEnv+"=none")
	dead.Run()
	stale := []string{
		filepath.Join(dir, fmt.Sprintf(".secretary.db.import.p%d.deadbeef.tmp", dead.ProcessState.Pid())),
		filepath.Join(dir, ".secretary.db.import.deadbeef.tmp"),
	}
	// And one of another window whose import waits for its user's yes.
	pending := filepath.Join(dir, fmt.Sprintf(".secretary.db.import.p%d.cafe.tmp", os.Getppid()))
	for _, f := range append(stale, pending) {
		if err := os.WriteFile(f, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	im, err := cur.PrepareImport(snap, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer im.Discard()
	for _, f := range stale {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Errorf("stale copy %s still there", filepath.Base(f))
		}
	}
	if _, err := os.Stat(pending); err != nil {
		t.Errorf("another window's import lost its copy: %v", err)
	}
}

// A snapshot written before meetings existed — schema 3, no buckets for
// meetings and decisions, a manifest counting six kinds — still imports:
// the copy is migrated and the new kinds start empty.
func TestASnapshotFromBeforeMeetingsStillImports(t *testing.T) {
	t.Parallel()
	src := storetest.Open(t)
	owner := newOwner(t, src, "欧阳晓雪", "心理中心")
	newTask(t, src, owner, "筛查预警学生一对一访谈")
	want, _ := src.Load()
	snap := filepath.Join(t.TempDir(), "v3.snapshot")
	if _, err := src.Export(snap, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	editBolt(t, snap, func(b *boltFile) {
		b.deleteBucket("meetings")
		b.deleteBucket("decisions")
		b.deleteBucket("obligations")
		for _, later := range []string{"rubrics", "indicators", "evidence", "documents"} {
			b.deleteBucket(later)
		}
		b.put("meta", "schema", u64(3))
		b.setManifestCounts([]int{0, 1, 1, 0, 0, 0})
		b.setManifestDigest()
	})
	dst := storetest.Open(t)
	ns, im, _ := importInto(t, dst, snap, store.CryptOptions{})
	if !im.Migrated {
		t.Fatal("not reported as migrated")
	}
	got, err := ns.Load()
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, want, got)
	m := &model.Meeting{Kind: model.MeetingRoutine, Date: model.NewDate(2026, 1, 5), ChairID: owner, Status: model.MeetingHeld}
	if _, err := ns.Create(m); err != nil {
		t.Fatalf("a meeting after importing an old snapshot: %v", err)
	}
	// A manifest counting more kinds than this program knows is from a
	// newer program, and one counting fewer than the first six was never
	// written: both are refused.
	for _, counts := range [][]int{{0, 1, 1}, append(make([]int, len(model.Entities())), 0)} {
		bad := filepath.Join(t.TempDir(), "bad.snapshot")
		if _, err := src.Export(bad, store.ExportOptions{}); err != nil {
			t.Fatal(err)
		}
		editBolt(t, bad, func(b *boltFile) { b.setManifestCounts(counts) })
		if _, err := dst.PrepareImport(bad, store.ImportOptions{}); err == nil {
			t.Errorf("a manifest counting %d kinds was accepted", len(counts))
		}
	}
}
