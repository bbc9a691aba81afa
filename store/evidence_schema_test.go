package store

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/model/demo"
)

// inspectionBuckets are the buckets schema v7 added.
func inspectionBuckets() [][]byte {
	return [][]byte{entityBucket(model.EntityRubric), entityBucket(model.EntityIndicator),
		entityBucket(model.EntityEvidence), entityBucket(model.EntityDocument)}
}

// asSchema6 takes a file back to how a program before the inspection
// kinds left it: their buckets gone, schema 6 (the one before theirs). In
// a snapshot the manifest counts only the kinds that program knew.
func asSchema6(t *testing.T, path string, snapshot bool) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range inspectionBuckets() {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		// The schema first: the digest below skips the buckets a file of
		// it predates, as the older program did.
		if err := tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, 6)); err != nil {
			return err
		}
		if snapshot {
			c := newCodec()
			var w manifestWire
			if err := c.decode(tx.Bucket(bucketSnapshot).Get(keyManifest), &w); err != nil {
				return err
			}
			// As the older program computed it: over the kinds it knew.
			d, err := contentDigest(tx)
			if err != nil {
				return err
			}
			w.Counts, w.Schema, w.Digest = w.Counts[:len(w.Counts)-len(inspectionBuckets())], 6, d
			v, err := c.encode(&w)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketSnapshot).Put(keyManifest, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestAV6LedgerGetsTheInspectionBuckets: opening a ledger written before
// the inspection kinds adds their buckets (after a backup) and keeps
// everything else.
func TestAV6LedgerGetsTheInspectionBuckets(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "secretary.db")
	s, err := Open(path, Options{NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(&model.Owner{Name: "张三"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	asSchema6(t, path, false)

	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if meta, _ := s.Meta(); meta.Schema != SchemaVersion {
		t.Fatalf("schema %d", meta.Schema)
	}
	l, err := s.Load()
	if err != nil || l.OwnerName(1) != "张三" || len(l.Rubrics) != 0 {
		t.Fatalf("load: %v %+v", err, l)
	}
	if _, err := s.Create(&model.Rubric{Title: "市级标准"}); err != nil {
		t.Fatal(err)
	}
	if list, _ := ListBackups(path); len(list) != 1 {
		t.Errorf("backups before the migration: %v", list)
	}
}

// TestASnapshotFromBeforeTheInspectionKindsImports: a snapshot whose
// manifest counts only the kinds before them, from a ledger without the inspection
// buckets, checks clean and imports.
func TestASnapshotFromBeforeTheInspectionKindsImports(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, err := Open(filepath.Join(dir, "old", "secretary.db"), Options{NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	l := demo.Build(model.NewDate(2026, time.November, 20), 0)
	l.Rubrics, l.Indicators, l.Evidence, l.Documents = nil, nil, nil, nil
	if err := src.Fill(l); err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(dir, "old.snapshot")
	if _, err := src.Export(snap, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	src.Close()
	asSchema6(t, snap, true)

	info, err := CheckSnapshot(snap, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !info.Report.OK() {
		t.Fatalf("an old snapshot does not check clean: %+v", info.Report.Problems)
	}
	dst, err := Open(filepath.Join(dir, "new", "secretary.db"), Options{NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	im, err := dst.PrepareImport(snap, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ns, _, err := im.Apply(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer ns.Close()
	got, err := ns.Load()
	if err != nil || len(got.Tasks) != len(l.Tasks) {
		t.Fatalf("imported: %v", err)
	}
	if _, err := ns.Create(&model.Document{Kind: model.DocRule, Title: "新制度"}); err != nil {
		t.Fatal(err)
	}
	os.Remove(snap)
}
