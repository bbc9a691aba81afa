package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// A snapshot padded with zeros far past its data is refused by check and
// by import, before it is copied; the receiver's ledger neither changes
// nor grows.
func TestPaddedSnapshotIsRefused(t *testing.T) {
	t.Parallel()
	out, _, _ := exportDemo(t, 0, false)
	if err := os.Truncate(out, 256<<20); err != nil { // sparse: 256 MB of zeros
		t.Fatal(err)
	}
	_, err := store.CheckSnapshot(out, store.ReadOptions{Store: storetest.Options()})
	storeErr(t, err, store.KindTampered, store.MsgSnapPadded)
	recv := storetest.Open(t)
	before := fileSum(t, recv.Path())
	_, err = recv.PrepareImport(out, store.ImportOptions{})
	storeErr(t, err, store.KindTampered, store.MsgSnapPadded)
	t.Log(fmtErr(err))
	if left := tempLeftovers(t, filepath.Dir(recv.Path())); len(left) > 0 {
		t.Errorf("left %v", left)
	}
	recv.Close()
	if fileSum(t, recv.Path()) != before {
		t.Error("the ledger changed")
	}
}

// An encrypted snapshot whose plain text is padded is refused the same
// way; one padded within what bbolt itself leaves is imported, and the
// ledger holds only the data.
func TestImportCopiesOnlyTheData(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	out := filepath.Join(t.TempDir(), "交接.snapshot")
	if _, err := s.Export(out, store.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(out)
	if err := os.Truncate(out, st.Size()+512<<10); err != nil {
		t.Fatal(err)
	}
	recv := storetest.Open(t)
	im, err := recv.PrepareImport(out, store.ImportOptions{})
	if err != nil {
		t.Fatal(fmtErr(err))
	}
	ns, _, err := im.Apply(recv)
	if err != nil {
		t.Fatal(err)
	}
	defer ns.Close()
	got, _ := os.Stat(ns.Path())
	if got.Size() >= st.Size()+512<<10 {
		t.Errorf("the ledger is %d bytes: the padding was copied", got.Size())
	}
	nl, _ := ns.Load()
	sameRecords(t, l, nl)
}

// A file that is not a ledger is refused before anything is copied
// beside the ledger.
func TestNotALedgerIsRefusedBeforeCopying(t *testing.T) {
	t.Parallel()
	big := filepath.Join(t.TempDir(), "video.snapshot")
	f, _ := os.Create(big)
	f.Truncate(64 << 20)
	f.WriteAt([]byte("not a bbolt file"), 0)
	f.Close()
	recv := storetest.Open(t)
	_, err := recv.PrepareImport(big, store.ImportOptions{})
	storeErr(t, err, store.KindNotLedger, store.MsgSnapNotLedger)
	if left := tempLeftovers(t, filepath.Dir(recv.Path())); len(left) > 0 {
		t.Errorf("left %v", left)
	}
}

// When the ledger's path is a symlink, an import replaces the file it
// points at and the link stays a link.
func TestImportThroughASymlinkKeepsTheLink(t *testing.T) {
	t.Parallel()
	out, _, l := exportDemo(t, 0, false)
	realDir := t.TempDir()
	real := filepath.Join(realDir, "synced-ledger.db")
	s := storetest.OpenAt(t, real, storetest.Options())
	if _, err := s.Create(&model.Owner{Name: "原有的人"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	link := filepath.Join(t.TempDir(), "secretary.db")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	cur := storetest.OpenAt(t, link, storetest.Options())
	im, err := cur.PrepareImport(out, store.ImportOptions{})
	if err != nil {
		t.Fatal(fmtErr(err))
	}
	ns, _, err := im.Apply(cur)
	if err != nil {
		t.Fatal(err)
	}
	ns.Close()
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is gone: %v %v", fi.Mode(), err)
	}
	rs := storetest.OpenAt(t, real, storetest.Options())
	nl, _ := rs.Load()
	sameRecords(t, l, nl)
}
