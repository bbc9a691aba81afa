package store_test

import (
	"bufio"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// Each test here damages a real ledger file the way files get damaged
// (another window, an interrupted copy, a bad disk sector, a wrong file)
// and checks that the store says so with a typed error and one clear
// line, never panics or hangs, and leaves the file's bytes as they were.

// TestBusyLedgerIsReportedWithinTwoSecondsAndWritesNothing: another
// process holds the ledger's lock past the wait (a very long write, or an
// older secretary, which kept it for as long as it was open). Opening,
// and checking, say the ledger is busy in another window.
func TestBusyLedgerIsReportedWithinTwoSecondsAndWritesNothing(t *testing.T) {
	path := storetest.DemoFile(t, 0)
	before := fileSum(t, path)

	holder := childCmd(t, "lock", path)
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	holder.Stderr = os.Stderr
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		if err := holder.Wait(); err != nil {
			t.Errorf("holder: %v", err)
		}
		assertUnchanged(t, path, before)
	}()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("holder said %q, %v", line, err)
	}

	start := time.Now()
	s, err := store.Open(path, storetest.Options())
	took := time.Since(start)
	if err == nil {
		s.Close()
		t.Fatal("a second process opened a ledger another one holds")
	}
	se := storeErr(t, err, store.KindLocked, store.MsgBusy)
	if se.Msg.Args[0] != path {
		t.Errorf("message names %v, not the ledger", se.Msg.Args)
	}
	// The lock wait is store.LockTimeout (2 s); the slack covers a slow,
	// race-instrumented run.
	if took < store.LockTimeout-100*time.Millisecond || took > store.LockTimeout+1500*time.Millisecond {
		t.Errorf("Open gave up after %v; want about %v", took, store.LockTimeout)
	}
	assertOneClearLine(t, err, path)

	// Checking the file (read-only) is refused the same way, sooner when
	// asked to wait less.
	opts := storetest.Options()
	opts.LockTimeout = 200 * time.Millisecond
	if _, err := store.CheckFile(path, opts); !store.IsKind(err, store.KindLocked) {
		t.Errorf("check of a held ledger: %v", err)
	}
	assertUnchanged(t, path, before)
	assertNoLeftovers(t, filepath.Dir(path), filepath.Base(path))
}

func TestTruncatedFileIsRefusedAndUntouched(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 500)
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// bbolt allocates ahead, so the file is longer than its data; cut
	// into the data itself: the last page, one byte of it, half, down to
	// the meta pages and below.
	used := usedBytes(t, path)
	if used > int64(len(whole)) || used < 8*store.PageSize {
		t.Fatalf("data ends at %d of %d bytes", used, len(whole))
	}
	for _, size := range []int64{used - store.PageSize, used - 1, used / 2, 3 * store.PageSize, 5000, 100, 50} {
		if err := os.WriteFile(path, whole[:size], 0o600); err != nil {
			t.Fatal(err)
		}
		before := fileSum(t, path)
		_, err := store.Open(path, storetest.Options())
		if size >= 80 { // a whole meta record left: still recognisably a ledger
			se := storeErr(t, err, store.KindDamaged, store.MsgTruncated)
			if se.Msg.Args[1] != size {
				t.Errorf("size %d: message says %v", size, se.Msg.Args)
			}
		} else {
			// Not even bbolt's meta record: nothing says it was a ledger.
			storeErr(t, err, store.KindNotLedger, store.MsgNotLedger)
		}
		assertOneClearLine(t, err, path)
		_, err = store.CheckFile(path, storetest.Options())
		if err == nil {
			t.Errorf("size %d: check passed a truncated file", size)
		}
		assertUnchanged(t, path, before)
	}
	assertNoLeftovers(t, filepath.Dir(path), filepath.Base(path))
}

// usedBytes is where a ledger's data ends: its pages' high-water mark.
func usedBytes(t *testing.T, path string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

// An interrupted copy can also leave a file of the right length whose
// tail is zeros (the copier set the size first). The meta page then
// promises pages that hold nothing.
func TestZeroFilledTailIsReportedAsDamage(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 500)
	info, _ := os.Stat(path)
	half := info.Size() / 2 / store.PageSize * store.PageSize
	patchFile(t, path, half, make([]byte, info.Size()-half))
	before := fileSum(t, path)
	_, err := store.Open(path, storetest.Options())
	storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	assertOneClearLine(t, err, path)
	rep, err := store.CheckFile(path, storetest.Options())
	if err == nil && rep.OK() {
		t.Error("check passed a file whose second half is zeros")
	}
	if err != nil {
		storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	}
	assertUnchanged(t, path, before)
}

func TestZeroedDataPageIsReportedNotPanicked(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	off := findOnly(t, path, []byte("心理辅导中心标准化建设")) // T-1's title
	page := off / store.PageSize
	patchFile(t, path, page*store.PageSize, make([]byte, store.PageSize))
	before := fileSum(t, path)

	// Open walks the page tree before bbolt reads it, and names the page.
	for _, readOnly := range []bool{false, true} {
		opts := storetest.Options()
		opts.ReadOnly = readOnly
		_, err := store.Open(path, opts)
		se := storeErr(t, err, store.KindDamaged, store.MsgDamaged)
		if m, ok := se.Msg.Args[1].(model.Msg); !ok || m.Key != store.MsgDamagePageAt || m.Args[0] != uint64(page) {
			t.Errorf("damage described as %v, want page %d", se.Msg.Args[1], page)
		}
		assertOneClearLine(t, err, path)
	}
	// check says the same in its one line.
	_, err := store.CheckFile(path, storetest.Options())
	storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	assertUnchanged(t, path, before)
	assertNoLeftovers(t, filepath.Dir(path), filepath.Base(path))
}

func TestFlippedByteInAValueIsCaughtByItsChecksum(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	name := []byte("欧阳晓雪") // O-4's name, stored once
	off := findOnly(t, path, name)
	b, _ := os.ReadFile(path)
	patchFile(t, path, off+1, []byte{b[off+1] ^ 0x01}) // 阳 becomes another character
	before := fileSum(t, path)

	s, err := store.Open(path, storetest.Options())
	if err != nil {
		t.Fatalf("the page structure is intact, so Open should succeed: %v", err)
	}
	_, err = s.Load()
	se := storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	what, _ := se.Msg.Args[1].(model.Msg)
	if what.Key != store.MsgDamageRecord || what.Args[0] != "O-4" || what.Args[1].(model.Msg).Key != store.MsgCauseChecksum {
		t.Errorf("damage described as %v", se.Msg.Args[1])
	}
	assertOneClearLine(t, err, path)

	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 1 || rep.Problems[0].Msg.Key != store.MsgCheckRecord {
		t.Fatalf("check problems %+v", rep.Problems)
	}
	if m := rep.Problems[0].Msg.Args[0].(model.Msg); m.Key != store.MsgDamageRecord || m.Args[0] != "O-4" {
		t.Errorf("check names %v", m)
	}
	// The rest of the ledger is counted: every other record reads fine.
	if rep.Counts.Of(model.EntityOwner) != 12 || rep.Counts.Of(model.EntityTask) < 20 {
		t.Errorf("counts %+v", rep.Counts)
	}
	// Reading the damaged record on its own says the same.
	if _, err := s.Update(&model.Owner{ID: 4, Name: "欧阳晓雪"}); !store.IsKind(err, store.KindDamaged) {
		t.Errorf("update of the damaged record: %v", err)
	}
	s.Close()
	assertUnchanged(t, path, before)
}

func TestFilesThatAreNotLedgersAreRefusedAndUntouched(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	random := make([]byte, 3*store.PageSize)
	rand.Read(random)
	text := []byte("# 心理健康教育工作会议记录\n时间：2026-11-20\n参会人员：王建国、李红梅\n")
	cases := map[string]func(path string){
		"random.db": func(path string) { os.WriteFile(path, random, 0o600) },
		"notes.txt": func(path string) { os.WriteFile(path, text, 0o600) },
		"short.db":  func(path string) { os.WriteFile(path, []byte("bolt"), 0o600) },
		"other-bbolt.db": func(path string) {
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("settings"))
				return b.Put([]byte("theme"), []byte("dark"))
			})
			db.Close()
		},
		"meta-without-schema.db": func(path string) {
			db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("meta"))
				return b.Put([]byte("schema"), []byte("2"))
			})
			db.Close()
		},
	}
	for name, write := range cases {
		path := filepath.Join(dir, name)
		write(path)
		before := fileSum(t, path)
		_, err := store.Open(path, storetest.Options())
		storeErr(t, err, store.KindNotLedger, store.MsgNotLedger)
		assertOneClearLine(t, err, path)
		if _, err := store.CheckFile(path, storetest.Options()); !store.IsKind(err, store.KindNotLedger) {
			t.Errorf("%s: check said %v", name, err)
		}
		assertUnchanged(t, path, before)
	}
	var names []string
	for n := range cases {
		names = append(names, n)
	}
	assertNoLeftovers(t, dir, names...)
}

func TestEmptyFileIsRefusedNotInitialised(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "secretary.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(path, storetest.Options())
	storeErr(t, err, store.KindNotLedger, store.MsgEmptyFile)
	assertOneClearLine(t, err, path)
	if _, err := store.CheckFile(path, storetest.Options()); !store.IsKind(err, store.KindNotLedger) {
		t.Errorf("check said %v", err)
	}
	if info, _ := os.Stat(path); info.Size() != 0 {
		t.Errorf("the empty file now has %d bytes", info.Size())
	}
	assertNoLeftovers(t, filepath.Dir(path), "secretary.db")
}

func TestLedgerFromANewerProgramIsRefusedAndUntouched(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte{0, 0, 0, 0, 0, 0, 0, 99})
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := fileSum(t, path)

	opts := storetest.Options()
	opts.NoBackup = false // even a migration's backup must not happen
	_, err = store.Open(path, opts)
	se := storeErr(t, err, store.KindNewerSchema, store.MsgNewerSchema)
	if se.Msg.Args[0] != 99 || se.Msg.Args[1] != store.SchemaVersion {
		t.Errorf("args %v", se.Msg.Args)
	}
	assertOneClearLine(t, err, "")
	for _, lang := range []string{"v99"} {
		if line := fmtErr(err); !strings.Contains(line, lang) {
			t.Errorf("message %q does not say which version made it", line)
		}
	}
	if _, err := store.CheckFile(path, opts); !store.IsKind(err, store.KindNewerSchema) {
		t.Errorf("check said %v", err)
	}
	assertUnchanged(t, path, before)
	assertNoLeftovers(t, filepath.Dir(path), filepath.Base(path))
}

func TestDirectoryAndMissingFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, err := store.Open(dir, storetest.Options())
	if err == nil {
		t.Fatal("opened a folder as a ledger")
	}
	assertOneClearLine(t, err, dir)
	missing := filepath.Join(dir, "nowhere", "secretary.db")
	_, err = store.CheckFile(missing, storetest.Options())
	storeErr(t, err, store.KindIO, store.MsgNoLedger)
	assertOneClearLine(t, err, missing)
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Error("checking a missing ledger created its folder")
	}
}

// An undo list that points at a journal entry that is not there is
// reported by Check and refused by Undo, not followed into nothing.
func TestBrokenUndoListIsReported(t *testing.T) {
	t.Parallel()
	path := storetest.Path(t)
	s := mustOpen(t, path)
	newOwner(t, s, "张三", "心理中心")
	newOwner(t, s, "李四", "教务处")
	s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("undo_top"), []byte{0, 0, 0, 0, 0, 0, 0x03, 0xe7}) // entry 999
	})
	db.Close()

	s = mustOpen(t, path)
	defer s.Close()
	rep, err := s.Check()
	if err != nil || len(rep.Problems) != 1 {
		t.Fatalf("check: %v %+v", err, rep)
	}
	if m := rep.Problems[0].Msg.Args[0].(model.Msg); m.Key != store.MsgDamageJournal || m.Args[0] != uint64(999) {
		t.Errorf("problem %v", m)
	}
	_, err = s.Undo()
	storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	assertOneClearLine(t, err, path)
	// Everything else still works: the records load, new work saves.
	if l, err := s.Load(); err != nil || len(l.Owners) != 2 {
		t.Fatalf("load: %v", err)
	}
	newOwner(t, s, "王五", "德育处")
}
