package store

import (
	"slices"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// kindSince is the schema version whose ledgers first had the kind's
// bucket: the version after the migration step that adds it (its adds,
// in migrations.go), 1 for the kinds every ledger has had. A file of an
// older schema — a snapshot about to be migrated — lacks it, and that is
// not damage.
func kindSince(e model.Entity) int {
	for _, m := range migrations() {
		if slices.Contains(m.adds, e) {
			return m.from + 1
		}
	}
	return 1
}

// bucketNotYet reports a kind's bucket that the file's schema predates.
func bucketNotYet(tx *bolt.Tx, e model.Entity) bool {
	meta, err := readMetaTx(tx, "")
	return err == nil && meta.Schema < kindSince(e)
}
