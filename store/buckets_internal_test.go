package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// TestEveryKindHasItsOwnBucket: each kind in the model's registry gets a
// bucket, named by its plural, that is no other kind's and none of the
// ledger's own (meta, settings, journal, history).
func TestEveryKindHasItsOwnBucket(t *testing.T) {
	t.Parallel()
	seen := map[string]string{}
	for _, b := range [][]byte{bucketMeta, bucketSettings, bucketJournal, bucketHistory} {
		seen[string(b)] = "the ledger"
	}
	for _, k := range model.Kinds() {
		b := entityBucket(k.Entity())
		if len(b) == 0 {
			t.Errorf("%s: no bucket", k.Code())
			continue
		}
		if owner, dup := seen[string(b)]; dup {
			t.Errorf("%s: bucket %q is already %s's", k.Code(), b, owner)
		}
		seen[string(b)] = k.Code()
	}
	if len(allBuckets()) != 4+len(model.Kinds()) {
		t.Errorf("allBuckets lists %d buckets", len(allBuckets()))
	}
}

// TestAddKindBucketsGivesAnOlderLedgerItsNewKinds: a ledger written
// before a kind existed lacks its bucket and will not load; the migration
// step a new kind adds creates it, and the ledger loads with none of the
// kind and everything else as it was.
func TestAddKindBucketsGivesAnOlderLedgerItsNewKinds(t *testing.T) {
	t.Parallel()
	s, err := Open(filepath.Join(t.TempDir(), "secretary.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Create(&model.Owner{Name: "张三"}); err != nil {
		t.Fatal(err)
	}
	newest := model.Kinds()[len(model.Kinds())-1]
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(entityBucket(newest.Entity())) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(); err == nil {
		t.Fatalf("a ledger without the %s bucket loaded", newest.Plural())
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return addKindBuckets(s, tx) }); err != nil {
		t.Fatal(err)
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if l.Counts().Of(newest.Entity()) != 0 || l.OwnerName(1) != "张三" {
		t.Errorf("after adding the bucket: %v", l.Counts())
	}
}
