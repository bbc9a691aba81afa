package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/model/demo"
)

// The Windows way of replacing the ledger (replaceWith without the lock
// held across the rename), run on every platform: Windows itself cannot
// be tested here, but what it relies on — the mark, and writers waiting
// for it — can.

func testOptions() Options {
	return Options{Clock: model.FixedClock{T: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)}, Version: "test", NoBackup: true, LockTimeout: time.Second}
}

// demoLedger writes a demo ledger of about size records at dir/name.
func demoLedger(t *testing.T, dir, name string, size int) string {
	t.Helper()
	path := filepath.Join(dir, name)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Fill(demo.Build(model.DateOf(testOptions().Clock.Now()), size)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReplaceByMark(t *testing.T) {
	dir := t.TempDir()
	path := demoLedger(t, dir, "secretary.db", 0)
	next := demoLedger(t, dir, "next.db", 100)
	importer, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer importer.Close()
	other, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	oldFile := filepath.Join(t.TempDir(), "old.db")
	if err := os.Link(path, oldFile); err != nil {
		t.Fatal(err)
	}

	// Between the importer letting go of the lock and its rename, the
	// other window saves: it meets the mark and waits, and after the
	// rename finds a new file it has not seen.
	saved := make(chan error, 1)
	if _, err := importer.replaceWith(next, false, func() {
		go func() {
			_, err := other.Create(&model.Owner{Name: "李四"})
			saved <- err
		}()
		time.Sleep(150 * time.Millisecond) // the save has met the mark by now
	}); err != nil {
		t.Fatal(err)
	}
	err = <-saved
	if !IsKind(err, KindChanged) || errKey(err) != MsgReplaced {
		t.Fatalf("the save during the replacement: %v", err)
	}
	old, err := Open(oldFile, Options{ReadOnly: true, Clock: testOptions().Clock})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	l, err := old.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range l.Owners {
		if o.Name == "李四" {
			t.Fatal("the save went into the replaced file")
		}
	}
	if nl, err := other.Refresh(); err != nil || nl.Counts().Total() < 100 {
		t.Fatalf("the other window does not see the new ledger: %v", err)
	}
	if _, err := other.Create(&model.Owner{Name: "李四"}); err != nil {
		t.Fatalf("save into the new ledger: %v", err)
	}
}

func TestAFailedReplacementTakesItsMarkOff(t *testing.T) {
	dir := t.TempDir()
	path := demoLedger(t, dir, "secretary.db", 0)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.opts.LockTimeout = 200 * time.Millisecond // the rename's retries
	_, err = s.replaceWith(filepath.Join(dir, "no-such-file.db"), false, nil)
	if errKey(err) != MsgSnapApplyFailed {
		t.Fatalf("replacing with a missing file: %v", err)
	}
	if _, err := s.Create(&model.Owner{Name: "李四"}); err != nil {
		t.Fatalf("save after the failed replacement: %v", err)
	}
}

func TestAMarkLeftByADeadImportExpires(t *testing.T) {
	dir := t.TempDir()
	path := demoLedger(t, dir, "secretary.db", 0)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mark := func(until time.Time) {
		t.Helper()
		if err := s.db.update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keyReplacing, u64(uint64(until.UnixMilli())))
		}, allowReplacing); err != nil {
			t.Fatal(err)
		}
	}
	// A live mark: the save waits out its lock timeout and says busy.
	mark(time.Now().Add(time.Minute))
	s.opts.LockTimeout = 200 * time.Millisecond
	start := time.Now()
	_, err = s.Create(&model.Owner{Name: "李四"})
	if !IsKind(err, KindLocked) || errKey(err) != MsgBusy {
		t.Fatalf("save while marked: %v", err)
	}
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Errorf("gave up after %v without waiting", took)
	}
	// A mark whose time is past (its import died) is ignored.
	mark(time.Now().Add(-time.Second))
	if _, err := s.Create(&model.Owner{Name: "李四"}); err != nil {
		t.Fatalf("save under an expired mark: %v", err)
	}
}

func errKey(err error) string {
	var se *Error
	if errors.As(err, &se) {
		return string(se.Msg.Key)
	}
	return ""
}
