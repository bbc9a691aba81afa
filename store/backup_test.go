package store_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// stepClock moves one second on each reading, so every backup gets its
// own time stamp as it would in real use.
type stepClock struct{ n *int }

func (c stepClock) Now() time.Time {
	*c.n++
	return storetest.Now().Add(time.Duration(*c.n) * time.Second)
}

func backupOptions() store.Options {
	opts := storetest.Options()
	opts.NoBackup = false
	return opts
}

func TestFirstWriteOfEachSessionBacksUp(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	s := storetest.OpenAt(t, path, backupOptions())
	if list, _ := store.ListBackups(path); len(list) != 0 {
		t.Fatalf("opening alone made %d backups", len(list))
	}
	l, _ := s.Load()
	before := l.Counts()
	newOwner(t, s, "新来的心理教师", "心理中心")
	list, err := store.ListBackups(path)
	if err != nil || len(list) != 1 {
		t.Fatalf("after the first write: %v %v", list, err)
	}
	// The backup is the ledger as it was before that write.
	b := storetest.OpenAt(t, list[0].Path, storetest.Options())
	bl, err := b.Load()
	if err != nil || bl.Counts() != before {
		t.Fatalf("backup holds %+v, want %+v (%v)", bl.Counts(), before, err)
	}
	b.Close()
	assertMode(t, list[0].Path, 0o600)

	// Further writes in the same session add none.
	newOwner(t, s, "另一位", "德育处")
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if list, _ := store.ListBackups(path); len(list) != 1 {
		t.Fatalf("%d backups after three writes in one session", len(list))
	}
	s.Close()

	// The next session's first write, here an undo, makes the next one.
	s2 := storetest.OpenAt(t, path, backupOptions())
	if _, err := s2.Undo(); err != nil {
		t.Fatal(err)
	}
	if list, _ := store.ListBackups(path); len(list) != 2 {
		t.Fatalf("%d backups after the second session's first write", len(list))
	}
}

func TestNewEmptyLedgerIsNotBackedUp(t *testing.T) {
	t.Parallel()
	path := storetest.Path(t)
	s := storetest.OpenAt(t, path, backupOptions())
	newOwner(t, s, "张三", "心理中心")
	newOwner(t, s, "李四", "教务处")
	if list, _ := store.ListBackups(path); len(list) != 0 {
		t.Fatalf("an empty new ledger was backed up: %v", list)
	}
	if _, err := os.Stat(store.BackupDir(path)); !os.IsNotExist(err) {
		t.Error("the backups folder was made for nothing")
	}
}

// Past the newest ten, a backup is pruned unless it is the first of its
// day or month (see backup_tiers_test.go): here, all in one day, the
// first stays with the newest ten.
func TestTheEleventhBackupPrunesTheSecondOldest(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	n := 0
	opts := backupOptions()
	opts.Clock = stepClock{&n}
	s := storetest.OpenAt(t, path, opts)
	var made []string
	for i := 0; i < 21; i++ {
		p, err := s.Backup()
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
	}
	assertBackups(t, path, append(made[:1:1], made[11:]...))
}

// Backups taken within one second (a fixed clock, or a fast script) are
// numbered, and the numbers order them: -10 is newer than -9, and the
// first of the second, which has no number, is the oldest.
func TestBackupsWithinOneSecondKeepTheirOrder(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	s := storetest.OpenAt(t, path, backupOptions()) // the clock stands still
	var made []string
	for i := 0; i < 21; i++ {
		p, err := s.Backup()
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
	}
	if !strings.HasSuffix(made[0], "-20261120-093000.db") || !strings.HasSuffix(made[20], "-20261120-093000-21.db") {
		t.Fatalf("names %s … %s", filepath.Base(made[0]), filepath.Base(made[20]))
	}
	assertBackups(t, path, append(made[:1:1], made[11:]...))
}

// Pruning touches only this ledger's backups: another ledger in the same
// folder whose name starts the same way keeps all of its own, and files
// the user put there are left alone.
func TestPruningSparesOtherLedgersBackups(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	dir := store.BackupDir(path)
	os.MkdirAll(dir, 0o700)
	others := []string{"secretary-old-20200101-080000.db", "secretary-20200101-080000-copy.db", "secretary-notes.db", "secretary-20200101-080000-01.db"}
	for _, name := range others {
		os.WriteFile(filepath.Join(dir, name), []byte("not ours"), 0o600)
	}
	n := 0
	opts := backupOptions()
	opts.Clock = stepClock{&n}
	opts.KeepBackups = 3
	s := storetest.OpenAt(t, path, opts)
	var made []string
	for i := 0; i < 5; i++ {
		p, err := s.Backup()
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
	}
	assertBackups(t, path, append(made[:1:1], made[2:]...)) // the first of the day, and the newest three
	for _, name := range others {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
}

// assertBackups checks that the ledger's backups are exactly want (given
// oldest first), listed newest first.
func assertBackups(t *testing.T, path string, want []string) {
	t.Helper()
	list, err := store.ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(want) {
		t.Fatalf("%d backups, want %d", len(list), len(want))
	}
	for i, b := range list {
		if w := want[len(want)-1-i]; b.Path != w {
			t.Errorf("backup %d is %s, want %s", i, filepath.Base(b.Path), filepath.Base(w))
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(want[0]))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// A backup that cannot be written stops the save: the user's change is
// not applied without its safety copy.
func TestFailedBackupStopsTheWrite(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	// A file where the backups folder should be makes the backup fail,
	// as a full disk or a permission problem would.
	if err := os.WriteFile(store.BackupDir(path), []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := storetest.OpenAt(t, path, backupOptions())
	_, err := s.Create(&model.Owner{Name: "备份失败时的新人"})
	storeErr(t, err, store.KindIO, store.MsgBackupFailed)
	assertOneClearLine(t, err, "")
	l, _ := s.Load()
	for _, o := range l.Owners {
		if o.Name == "备份失败时的新人" {
			t.Fatal("the change was saved without a backup")
		}
	}
}
