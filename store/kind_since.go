package store

import (
	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// kindSince is the schema version whose ledgers first had the kind's
// bucket (addKindBuckets in migrations.go). A file of an older schema —
// a snapshot about to be migrated — lacks it, and that is not damage.
func kindSince(e model.Entity) int {
	switch e {
	case model.EntityMeeting, model.EntityDecision:
		return 5
	}
	return 1
}

// bucketNotYet reports a kind's bucket that the file's schema predates.
func bucketNotYet(tx *bolt.Tx, e model.Entity) bool {
	meta, err := readMetaTx(tx, "")
	return err == nil && meta.Schema < kindSince(e)
}
