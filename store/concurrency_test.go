package store_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// The ledger stays usable from a second window (issue 12, item 8). A
// window in the test process and one in a child process share a ledger
// file the way the program and a second terminal do.

// TestAnOpenWindowLeavesTheLedgerToOthers: while another process has the
// ledger open (and has read it, as the program does on start), this one
// opens, loads, checks, exports and writes it without waiting.
func TestAnOpenWindowLeavesTheLedgerToOthers(t *testing.T) {
	path := storetest.DemoFile(t, 0)
	other := startRemote(t, path)

	quick := func(what string, fn func() error) {
		t.Helper()
		start := time.Now()
		if err := fn(); err != nil {
			t.Fatalf("%s while another window is open: %v", what, err)
		}
		// Far below the 2 s a held lock would cost; generous for -race.
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s took %v", what, took)
		}
	}
	var s *store.Store
	quick("open", func() (err error) { s, err = store.Open(path, storetest.Options()); return err })
	defer s.Close()
	quick("load", func() error { _, err := s.Load(); return err })
	quick("check", func() error {
		rep, err := store.CheckFile(path, storetest.Options())
		if err == nil && !rep.OK() {
			err = fmt.Errorf("problems: %+v", rep.Problems)
		}
		return err
	})
	quick("export", func() error {
		_, err := s.Export(filepath.Join(t.TempDir(), "x.snapshot"), store.ExportOptions{})
		return err
	})
	quick("save", func() error { _, err := s.Create(&model.Owner{Name: "李四"}); return err })
	quick("settings", func() error {
		_, err := s.SaveSettings(model.Settings{GroupName: "心理健康教育工作领导小组", School: "实验中学"})
		return err
	})
	// And the other window, still open, sees both writes and can write.
	if got := other.do("changed"); got != "true" {
		t.Fatalf("other window: changed says %s", got)
	}
	if got := other.do("load"); got != "ok" {
		t.Fatalf("other window: load: %s", got)
	}
	if got := other.do("changed"); got != "false" {
		t.Fatalf("other window after load: changed says %s", got)
	}
	if got := other.do("create 王五"); !strings.HasPrefix(got, "O-") {
		t.Fatalf("other window: create: %s", got)
	}
}

// TestTwoProcessesAlternateAThousandWrites: two windows, one per process,
// take turns for 1,000 writes. Each adds an owner; every fifth also adds
// a word to one shared owner's notes, edited from the copy on its screen,
// which the other window has usually changed since. Such a save is
// refused (KindChanged), the window loads the ledger again and saves
// again. Afterwards every owner and every word is there, once, and the
// ledger checks clean.
func TestTwoProcessesAlternateAThousandWrites(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("a thousand synced writes")
	}
	path := storetest.DemoFile(t, 0)
	local, err := openWindow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer local.s.Close()
	shared, err := local.create("共同")
	if err != nil {
		t.Fatal(err)
	}
	_, sharedID, _ := model.ParseCode(shared)
	other := startRemote(t, path)

	const writes = 1000
	var words []string
	refused := 0
	for i := range writes {
		mine := i%2 == 0
		who := map[bool]string{true: "P", false: "C"}[mine]
		name := fmt.Sprintf("%s-%d", who, i)
		// Between two of a window's turns the other one wrote.
		var changed string
		if mine {
			c, err := local.s.Changed()
			changed = fmt.Sprint(c)
			if err != nil {
				changed = outcome(err)
			}
		} else {
			changed = other.do("changed")
		}
		if i >= 2 && changed != "true" {
			t.Fatalf("write %d: the other window's write went unnoticed (changed: %s)", i, changed)
		}
		// A third of the time the window shows the change first, as
		// the program does on its next tick; then its own save leaves
		// it up to date. The other times (and always before adding a
		// word) it saves from what is on its screen.
		fresh := i%3 == 0 && i%5 != 0
		if fresh {
			if mine {
				must(t, local.load())
			} else if got := other.do("load"); got != "ok" {
				t.Fatalf("write %d: load: %s", i, got)
			}
		}
		if mine {
			if _, err := local.create(name); err != nil {
				t.Fatalf("write %d: %v", i, err)
			}
		} else if got := other.do("create %s", name); !strings.HasPrefix(got, "O-") {
			t.Fatalf("write %d: %s", i, got)
		}
		if fresh && mine {
			if c, err := local.s.Changed(); c || err != nil {
				t.Fatalf("write %d: after loading and saving, changed says %v %v", i, c, err)
			}
		}
		if i%5 != 0 {
			continue
		}
		word := fmt.Sprintf("w%d", i)
		words = append(words, word)
		for try := 0; ; try++ {
			var got string
			if mine {
				got = outcome(local.appendNote(sharedID, word))
			} else {
				got = other.do("append %d %s", sharedID, word)
			}
			if got == "ok" {
				break
			}
			if got != fmt.Sprintf("err %d %s", store.KindChanged, store.MsgChanged) || try > 0 {
				t.Fatalf("write %d, try %d: %s", i, try, got)
			}
			refused++
			if mine {
				must(t, local.load())
			} else if got := other.do("load"); got != "ok" {
				t.Fatalf("write %d: load: %s", i, got)
			}
		}
	}
	if refused == 0 {
		t.Error("no save was ever made against an out-of-date copy; the test does not test conflicts")
	}

	s := storetest.OpenAt(t, path, storetest.Options())
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, o := range l.Owners {
		names[o.Name]++
	}
	for i := range writes {
		name := fmt.Sprintf("%s-%d", map[bool]string{true: "P", false: "C"}[i%2 == 0], i)
		if names[name] != 1 {
			t.Errorf("%s is in the ledger %d times", name, names[name])
		}
	}
	notes := strings.Fields(l.Owner(sharedID).Notes)
	if strings.Join(notes, " ") != strings.Join(words, " ") {
		t.Errorf("shared notes lost or reordered words:\n got %v\nwant %v", notes, words)
	}
	rep, err := s.Check()
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v %+v", err, rep)
	}
	t.Logf("%d writes, %d saves refused as out of date and made again", writes, refused)
}

// TestTwoProcessesWritingAtOnceBothSucceed: no turns this time; both
// write as fast as they can. Each write waits for the other's (a
// millisecond or so), never long enough to be refused as busy.
func TestTwoProcessesWritingAtOnceBothSucceed(t *testing.T) {
	// Not parallel: both windows wait for the lock at most LockTimeout,
	// and a neighbour loading the CPU could stretch a burst past it.
	path := storetest.DemoFile(t, 0)
	local, err := openWindow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer local.s.Close()
	other := startRemote(t, path)
	const n = 150
	var wg sync.WaitGroup
	var remoteGot string
	wg.Add(1)
	go func() {
		defer wg.Done()
		remoteGot = other.do("burst %d C", n)
	}()
	for i := 1; i <= n; i++ {
		if _, err := local.create(fmt.Sprintf("P-%d", i)); err != nil {
			t.Fatalf("P-%d: %v", i, err)
		}
	}
	wg.Wait()
	if remoteGot != "ok" {
		t.Fatalf("the other process: %s", remoteGot)
	}
	must(t, local.load())
	names := map[string]bool{}
	for _, o := range local.l.Owners {
		names[o.Name] = true
	}
	for i := 1; i <= n; i++ {
		for _, who := range []string{"P", "C"} {
			if !names[fmt.Sprintf("%s-%d", who, i)] {
				t.Errorf("%s-%d is missing", who, i)
			}
		}
	}
}

// TestAShortWaitForAnotherWindowSucceeds: another process holds the
// ledger's lock for 300 ms; a save meanwhile waits and goes through.
func TestAShortWaitForAnotherWindowSucceeds(t *testing.T) {
	path := storetest.DemoFile(t, 0)
	s := storetest.OpenAt(t, path, storetest.Options())
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
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("holder said %q, %v", line, err)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		stdin.Close()
	}()
	start := time.Now()
	o := &model.Owner{Name: "赵六"}
	if _, err := s.Create(o); err != nil {
		t.Fatalf("save after a short wait: %v", err)
	}
	if took := time.Since(start); took < 250*time.Millisecond {
		t.Errorf("the save did not wait for the lock (%v)", took)
	}
	if err := holder.Wait(); err != nil {
		t.Fatal(err)
	}
	l, err := s.Load()
	if err != nil || l.Owner(o.ID) == nil {
		t.Fatalf("saved owner missing: %v", err)
	}
}

// TestAnImportInAnotherWindowIsSeenAndNotWrittenOver: the program is open
// on a ledger; another window imports a snapshot over it. The program
// notices, refuses to save its out-of-date edit into the new ledger (or
// into the old file, which no one will read again), and after loading
// shows the snapshot's records and saves into the new file.
func TestAnImportInAnotherWindowIsSeenAndNotWrittenOver(t *testing.T) {
	t.Parallel()
	snap, _, snapLedger := exportDemo(t, 0, false)
	path := storetest.DemoFile(t, 200)
	local, err := openWindow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer local.s.Close()
	// Keep the old file reachable, to show nothing is written into it.
	oldFile := filepath.Join(t.TempDir(), "old.db")
	must(t, os.Link(path, oldFile))
	oldSum := fileSum(t, oldFile)

	other := startRemote(t, path)
	if got := other.do("import %s", snap); got != "ok" {
		t.Fatalf("import in the other window: %s", got)
	}
	if c, err := local.s.Changed(); !c || err != nil {
		t.Fatalf("after the import, changed says %v %v", c, err)
	}
	first := local.l.Owners[0].ID
	err = local.appendNote(first, "过期的修改")
	storeErr(t, err, store.KindChanged, store.MsgReplaced)
	assertOneClearLine(t, err, path)
	if _, err := local.s.Undo(); !store.IsKind(err, store.KindChanged) {
		t.Errorf("undo into a replaced ledger: %v", err)
	}
	if fileSum(t, oldFile) != oldSum {
		t.Error("a write went into the replaced file")
	}

	must(t, local.load())
	sameRecords(t, snapLedger, local.l)
	if c, err := local.s.Changed(); c || err != nil {
		t.Fatalf("after loading the new ledger, changed says %v %v", c, err)
	}
	code, err := local.create("新秘书")
	if err != nil {
		t.Fatalf("save into the new ledger: %v", err)
	}
	fresh := storetest.OpenAt(t, path, storetest.Options())
	l, err := fresh.Load()
	if err != nil {
		t.Fatal(err)
	}
	if _, id, _ := model.ParseCode(code); l.Owner(id) == nil || l.Owner(id).Name != "新秘书" {
		t.Fatalf("the save after the import is not in the new ledger")
	}
	if fileSum(t, oldFile) != oldSum {
		t.Error("a write went into the replaced file")
	}
}

// TestAWriteWaitingWhileTheFileIsReplacedGoesToTheNewFile: a save waits
// for the lock on the ledger file while another process renames a new
// ledger over it, still holding the old one's lock (as an import does on
// Unix). The save must not land in the old file, which no one will read
// again: it opens the new one, finds it is not the ledger its caller
// looked at, and refuses.
func TestAWriteWaitingWhileTheFileIsReplacedGoesToTheNewFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows cannot rename over an open file; replace.go marks the ledger instead (TestReplaceByMark)")
	}
	path := storetest.DemoFile(t, 0)
	newer := filepath.Join(filepath.Dir(path), "newer.db")
	must(t, os.WriteFile(newer, mustRead(t, storetest.DemoFile(t, 100)), 0o600))
	s := storetest.OpenAt(t, path, storetest.Options())
	oldFile := filepath.Join(t.TempDir(), "old.db")
	must(t, os.Link(path, oldFile))
	oldSum := fileSum(t, oldFile)

	// The "other process": bbolt's lock on the old file, from a handle of
	// its own (flock locks belong to the open file, not the process).
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := s.Create(&model.Owner{Name: "等锁的人"})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond) // the save is waiting for the lock
	must(t, os.Rename(newer, path))
	must(t, db.Close())
	err = <-done
	storeErr(t, err, store.KindChanged, store.MsgReplaced)
	if fileSum(t, oldFile) != oldSum {
		t.Fatal("the save went into the replaced file")
	}
	l, err := s.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Owners) == 0 || l.Counts().Total() < 100 {
		t.Fatalf("loaded %+v, not the new file", l.Counts())
	}
	if _, err := s.Create(&model.Owner{Name: "等锁的人"}); err != nil {
		t.Fatalf("save after loading the new file: %v", err)
	}
}

// TestAFileReplacedByADamagedOneIsReportedNotTrusted: the file checked at
// Open is replaced by a cut-off copy; the next load looks it over again
// and reports it.
func TestAFileReplacedByADamagedOneIsReportedNotTrusted(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 200)
	s := storetest.OpenAt(t, path, storetest.Options())
	whole := mustRead(t, path)
	cut := filepath.Join(filepath.Dir(path), "cut.db")
	must(t, os.WriteFile(cut, whole[:len(whole)/3], 0o600))
	must(t, os.Rename(cut, path))
	if c, err := s.Changed(); !c || err != nil {
		t.Fatalf("changed says %v %v", c, err)
	}
	_, err := s.Load()
	if !store.IsKind(err, store.KindDamaged) {
		t.Fatalf("load of a cut-off file: %v", err)
	}
	assertOneClearLine(t, err, path)
}

// TestAMissingFileIsNotMadeAgain: the ledger is moved away while open;
// the store says so and never creates an empty ledger in its place.
func TestAMissingFileIsNotMadeAgain(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	s := storetest.OpenAt(t, path, storetest.Options())
	must(t, os.Rename(path, path+".moved"))
	if _, err := s.Changed(); !store.IsKind(err, store.KindIO) {
		t.Errorf("changed: %v", err)
	}
	_, err := s.Create(&model.Owner{Name: "李四"})
	storeErr(t, err, store.KindIO, store.MsgGone)
	assertOneClearLine(t, err, path)
	if _, err := s.Load(); !store.IsKind(err, store.KindIO) {
		t.Errorf("load: %v", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a file was made at the ledger's path: %v", err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
