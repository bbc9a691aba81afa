package store

import (
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// SchemaVersion is the layout this program writes. Version 1 had no
// history index; version 2 added it; version 3 links the undo and redo
// lists through the journal (see migrations.go and undo.go); version 4
// stores large journal entries in pieces (journal.go); version 5 adds
// the buckets of meetings and decisions; version 6 the obligations';
// version 7 the inspection kinds' (rubrics, indicators, evidence,
// documents).
const SchemaVersion = 7

// Meta describes a ledger file: its layout version, when it was made and
// which program last wrote it.
type Meta struct {
	Schema  int
	Created time.Time
	Writer  string
}

// initSchema creates every bucket and the meta keys of a new ledger.
func initSchema(tx *bolt.Tx, now time.Time, version string) error {
	for _, name := range allBuckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	m := tx.Bucket(bucketMeta)
	if err := m.Put(keySchema, u64(SchemaVersion)); err != nil {
		return err
	}
	if err := m.Put(keyCreated, []byte(now.UTC().Format(time.RFC3339))); err != nil {
		return err
	}
	if err := putBegan(tx, model.DateOf(now)); err != nil {
		return err
	}
	return m.Put(keyWriter, []byte(version))
}

// readMetaTx reads the meta bucket. A file with no meta bucket is a bbolt
// file but not a ledger.
func readMetaTx(tx *bolt.Tx, path string) (Meta, error) {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		return Meta{}, newErr(KindNotLedger, nil, MsgNotLedger, path)
	}
	v := m.Get(keySchema)
	if len(v) != 8 {
		return Meta{}, newErr(KindNotLedger, nil, MsgNotLedger, path)
	}
	meta := Meta{Schema: int(binary.BigEndian.Uint64(v)), Writer: string(m.Get(keyWriter))}
	meta.Created, _ = time.Parse(time.RFC3339, string(m.Get(keyCreated)))
	return meta, nil
}

// Meta reads the ledger's meta data.
func (s *Store) Meta() (Meta, error) {
	var meta Meta
	err := s.guardedView(func(tx *bolt.Tx) error {
		var err error
		meta, err = readMetaTx(tx, s.path)
		return err
	})
	return meta, err
}

func u64(n uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, n)
	return b
}
