package store_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"

	"github.com/fxamacker/cbor/v2"
	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// writeOldLedger writes a ledger in an older layout, the way a program of
// that schema left it: records saved one by one with their journal, a
// settings change undone (so both the undo and the redo list hold a
// step), then the layout taken back by hand with bbolt and CBOR:
//
//	v2: the undo and redo lists kept whole in meta ("undo", "redo": a
//	    CRC-framed CBOR array of the users' actions' sequence numbers),
//	    no Below in journal entries;
//	v1: as v2, and no history index bucket.
//
// It returns the path, the owner's and task's IDs.
func writeOldLedger(t *testing.T, schema int) (path string, owner, task model.ID) {
	t.Helper()
	path = storetest.Path(t)
	s := mustOpen(t, path)
	owner = newOwner(t, s, "欧阳晓雪", "心理中心")      // journal 1
	tk := newTask(t, s, owner, "筛查预警学生一对一访谈 📋") // 2
	tk.Progress = 40
	tk.Status = model.TaskInProgress
	if _, err := s.Update(tk); err != nil { // 3
		t.Fatal(err)
	}
	newOwner(t, s, "Amy Wu 吴敏", "家委会")                                          // 4
	if _, err := s.SaveSettings(model.Settings{School: "阳光实验中学"}); err != nil { // 5
		t.Fatal(err)
	}
	if _, err := s.Undo(); err != nil { // 6, undoing 5
		t.Fatal(err)
	}
	s.Close()

	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	enc, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		t.Fatal(err)
	}
	frame := func(v any) []byte {
		p, err := enc.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return append(binary.BigEndian.AppendUint32(nil, crc32.Checksum(p, crc32.MakeTable(crc32.Castagnoli))), p...)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, journal := tx.Bucket([]byte("meta")), tx.Bucket([]byte("journal"))
		entries := map[uint64]model.JournalEntry{}
		journal.ForEach(func(k, v []byte) error {
			var e model.JournalEntry
			if err := cbor.Unmarshal(v[4:], &e); err != nil {
				t.Fatal(err)
			}
			entries[e.Seq] = e
			return nil
		})
		// The lists as v2 held them: the users' actions, bottom first.
		list := func(key string) []uint64 {
			var seqs []uint64
			if v := meta.Get([]byte(key)); v != nil {
				for seq := binary.BigEndian.Uint64(v); seq != 0; seq = entries[seq].Below {
					e := entries[seq]
					if e.Kind == model.JournalDo {
						seqs = append([]uint64{seq}, seqs...)
					} else {
						seqs = append([]uint64{e.Of}, seqs...)
					}
				}
			}
			return seqs
		}
		// v3 and v4 keep today's lists and history; they lack the
		// buckets of meetings and decisions, which v5 added.
		for _, k := range []string{"meetings", "decisions"} {
			if err := tx.DeleteBucket([]byte(k)); err != nil {
				return err
			}
		}
		if schema >= 3 {
			return meta.Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, uint64(schema)))
		}
		undo, redo := list("undo_top"), list("redo_top")
		if len(undo) != 4 || len(redo) != 1 || redo[0] != 5 {
			t.Fatalf("fixture lists undo %v redo %v", undo, redo)
		}
		for _, k := range []string{"undo_top", "redo_top"} {
			meta.Delete([]byte(k))
		}
		meta.Put([]byte("undo"), frame(undo))
		meta.Put([]byte("redo"), frame(redo))
		for seq, e := range entries {
			e.Below = 0
			journal.Put(binary.BigEndian.AppendUint64(nil, seq), frame(&e))
		}
		if schema < 2 {
			if err := tx.DeleteBucket([]byte("history")); err != nil {
				return err
			}
		}
		return meta.Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, uint64(schema)))
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
	t.Parallel()
	testMigration(t, 1)
}

func TestOpeningAV2LedgerMigratesItAfterABackup(t *testing.T) {
	t.Parallel()
	testMigration(t, 2)
}

// v3 is main's layout before meetings; v4 (the hostile-file hardening's
// number) has the same buckets. Both gain meetings and decisions.
func TestOpeningAV3LedgerMigratesItAfterABackup(t *testing.T) {
	t.Parallel()
	testMigration(t, 3)
}

func TestOpeningAV4LedgerMigratesItAfterABackup(t *testing.T) {
	t.Parallel()
	testMigration(t, 4)
}

func testMigration(t *testing.T, from int) {
	path, owner, task := writeOldLedger(t, from)
	if v, hist := schemaOf(t, path); v != uint64(from) || hist != (from >= 2) {
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
	if v, hist := schemaOf(t, backups[0].Path); v != uint64(from) || hist != (from >= 2) {
		t.Errorf("backup is schema %d, history bucket %v", v, hist)
	}
	if !sameFileContents(t, backups[0].Path, v1Copy) {
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
	// Records, settings and both lists came through: the settings change
	// was undone, so redo brings it back, and undo then walks back the
	// steps in order, across the migrated lists and the new entries.
	l, err := s.Load()
	if err != nil || l.Task(task).Progress != 40 || l.OwnerName(owner) != "欧阳晓雪" || l.Settings.School != "" {
		t.Fatalf("records after migration: %v %+v", err, l.Settings)
	}
	if !s.CanUndo() || !s.CanRedo() {
		t.Fatalf("after migration: can undo %v, can redo %v", s.CanUndo(), s.CanRedo())
	}
	if e, err := s.Redo(); err != nil || e.Action != model.ActSettings || e.Of != 5 {
		t.Fatalf("redo after migration: %+v %v", e, err)
	}
	if set, _ := s.Settings(); set.School != "阳光实验中学" {
		t.Fatalf("redo did not bring the settings back: %+v", set)
	}
	for _, want := range []struct {
		action model.Action
		of     uint64
	}{{model.ActSettings, 5}, {model.ActCreate, 4}, {model.ActUpdate, 3}, {model.ActCreate, 2}, {model.ActCreate, 1}} {
		e, err := s.Undo()
		if err != nil || e.Action != want.action || e.Of != want.of {
			t.Fatalf("undo, want %v of %d: %+v %v", want.action, want.of, e, err)
		}
	}
	if _, err := s.Undo(); !store.IsKind(err, store.KindNothing) {
		t.Fatalf("undo past the first step: %v", err)
	}
	if l, _ := s.Load(); l.Counts().Total() != 0 {
		t.Fatalf("after undoing everything: %+v", l.Counts())
	}
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Fatalf("check after migration: %v %+v", err, rep)
	}
	// The kinds the old layout lacked are there, empty, and take records.
	chair := newOwner(t, s, "王建国", "校长办公室")
	m := &model.Meeting{Kind: model.MeetingRoutine, Date: model.NewDate(2026, 1, 5), ChairID: chair, Status: model.MeetingHeld}
	if _, err := s.Create(m); err != nil {
		t.Fatalf("a meeting in the migrated ledger: %v", err)
	}
	if _, err := s.Create(&model.Decision{MeetingID: m.ID, No: 1, Text: "按期完成"}); err != nil {
		t.Fatalf("a decision in the migrated ledger: %v", err)
	}
	for i := 0; i < 3; i++ {
		if _, err := s.Undo(); err != nil {
			t.Fatal(err)
		}
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
	t.Parallel()
	path, _, _ := writeOldLedger(t, 1)
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

// sameFileContents reports whether two ledger files hold the same keys and
// values in every bucket (their page layout may differ).
func sameFileContents(t *testing.T, a, b string) bool {
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
