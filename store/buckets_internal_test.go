package store

import (
	"testing"

	"secretary/model"
)

// TestEveryKindHasItsOwnBucket: each kind in the model's registry gets a
// bucket, named by its plural, that is no other kind's and none of the
// ledger's own (meta, settings, journal, history).
func TestEveryKindHasItsOwnBucket(t *testing.T) {
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
