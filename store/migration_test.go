package store_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// writeV1Ledger writes a schema-v1 ledger: the layout before the history
// index. It is made the way a v1 program left it: records saved one by
// one with their journal entries and undo list, then the history bucket
// (new in v2) removed and the schema set to 1.
func writeV1Ledger(t *testing.T) (path string, owner, task model.ID) {
	t.Helper()
	path = storetest.Path(t)
	s := mustOpen(t, path)
	owner = newOwner(t, s, "欧阳晓雪", "心理中心")
	tk := newTask(t, s, owner, "筛查预警学生一对一访谈 📋")
	tk.Progress = 40
	tk.Status = model.TaskInProgress
	if _, err := s.Update(tk); err != nil {
		t.Fatal(err)
	}
	newOwner(t, s, "Amy Wu 吴敏", "家委会")
	if _, err := s.SaveSettings(model.Settings{School: "阳光实验中学"}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("history")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 1))
	})
	if err != nil {
		t.Fatal(err)
	}
	return path, owner, tk.ID
}

func schemaOf(t *testing.T, path string) (schema uint64, hasHistory bool) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		schema = binary.BigEndian.Uint64(tx.Bucket([]byte("meta")).Get([]byte("schema")))
		hasHistory = tx.Bucket([]byte("history")) != nil
		return nil
	})
	return schema, hasHistory
}

func TestOpeningAV1LedgerMigratesItAfterABackup(t *testing.T) {
	path, owner, task := writeV1Ledger(t)
	if v, hist := schemaOf(t, path); v != 1 || hist {
		t.Fatalf("fixture is schema %d, history bucket %v", v, hist)
	}
	v1Copy := filepath.Join(t.TempDir(), "v1.db")
	copyBytes(t, path, v1Copy)

	opts := storetest.Options()
	opts.NoBackup = false
	s, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	meta, err := s.Meta()
	if err != nil || meta.Schema != store.SchemaVersion {
		t.Fatalf("after open: schema %d, %v", meta.Schema, err)
	}

	// The backup, taken before the migration wrote anything, is the v1
	// ledger (a consistent copy: the same records, its own meta pages).
	backups, err := store.ListBackups(path)
	if err != nil || len(backups) != 1 {
		t.Fatalf("backups %v %v", backups, err)
	}
	if v, hist := schemaOf(t, backups[0].Path); v != 1 || hist {
		t.Errorf("backup is schema %d, history bucket %v", v, hist)
	}
	if !sameRecords(t, backups[0].Path, v1Copy) {
		t.Error("the backup's records differ from the v1 ledger's")
	}

	// The history index was built from the journal.
	hist, err := s.History(model.EntityTask, task)
	if err != nil || len(hist) != 2 || hist[0].Action != model.ActCreate || hist[1].Action != model.ActUpdate {
		t.Fatalf("task history %+v %v", hist, err)
	}
	if hist, _ := s.History(model.EntityOwner, owner); len(hist) != 1 {
		t.Fatalf("owner history %+v", hist)
	}
	// Records, settings and the undo list came through.
	l, err := s.Load()
	if err != nil || l.Task(task).Progress != 40 || l.OwnerName(owner) != "欧阳晓雪" || l.Settings.School != "阳光实验中学" {
		t.Fatalf("records after migration: %v", err)
	}
	if e, err := s.Undo(); err != nil || e.Action != model.ActSettings {
		t.Fatalf("undo after migration: %+v %v", e, err)
	}
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Fatalf("check after migration: %v %+v", err, rep)
	}
	// The migrated file stays migrated, and a second open neither
	// migrates again nor backs up again before a write.
	s.Close()
	if v, hist := schemaOf(t, path); v != store.SchemaVersion || !hist {
		t.Fatalf("on disk: schema %d, history %v", v, hist)
	}
	s2, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if b, _ := store.ListBackups(path); len(b) != 1 {
		t.Errorf("%d backups after a second open", len(b))
	}
}

// A migration that meets a damaged journal entry stops, leaves the file
// at v1 exactly as it was, and says what is damaged.
func TestFailedMigrationLeavesTheLedgerAsItWas(t *testing.T) {
	path, _, _ := writeV1Ledger(t)
	// Damage the journal entry that created the task (sequence 2). Old
	// copies of its page may linger in free pages, so every copy of its
	// bytes is damaged.
	entry := rawValue(t, path, "journal", binary.BigEndian.AppendUint64(nil, 2))
	b, _ := os.ReadFile(path)
	n := 0
	for i := bytes.Index(b, entry); i >= 0; {
		off := i + len(entry)/2
		patchFile(t, path, int64(off), []byte{b[off] ^ 0x20})
		n++
		j := bytes.Index(b[i+1:], entry)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if n == 0 {
		t.Fatal("journal entry not found in the file")
	}
	before := fileSum(t, path)

	s, err := store.Open(path, storetest.Options())
	if err == nil {
		s.Close()
		// The flipped copy was not a journal entry after all; the test
		// would prove nothing.
		t.Fatal("migration succeeded over a damaged journal")
	}
	storeErr(t, err, store.KindDamaged, store.MsgDamaged)
	assertOneClearLine(t, err, path)
	assertUnchanged(t, path, before)
	if v, hist := schemaOf(t, path); v != 1 || hist {
		t.Errorf("after a failed migration: schema %d, history %v", v, hist)
	}
	assertNoLeftovers(t, filepath.Dir(path), filepath.Base(path))
}

// rawValue is a value's bytes as stored, read with bbolt directly.
func rawValue(t *testing.T, path, bucket string, key []byte) []byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v []byte
	db.View(func(tx *bolt.Tx) error {
		v = bytes.Clone(tx.Bucket([]byte(bucket)).Get(key))
		return nil
	})
	if v == nil {
		t.Fatalf("no %s %x", bucket, key)
	}
	return v
}

// sameRecords reports whether two ledger files hold the same keys and
// values in every bucket (their page layout may differ).
func sameRecords(t *testing.T, a, b string) bool {
	t.Helper()
	dump := func(path string) map[string]string {
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		out := map[string]string{}
		db.View(func(tx *bolt.Tx) error {
			return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
				return bk.ForEach(func(k, v []byte) error {
					out[string(name)+"/"+string(k)] = string(v)
					return nil
				})
			})
		})
		return out
	}
	da, db := dump(a), dump(b)
	if len(da) != len(db) || len(da) == 0 {
		return false
	}
	for k, v := range da {
		if db[k] != v {
			return false
		}
	}
	return true
}

func copyBytes(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
