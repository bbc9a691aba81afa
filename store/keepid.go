package store

import (
	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// MsgIDUsed refuses to create a record under a number its kind has given
// out before (to a record since deleted, or one created meanwhile).
const MsgIDUsed = "store.id_used" // args: code

// CreateWithID saves a new record under the ID it already carries, instead
// of the next one from the sequence. A sheet import uses it so that a row
// coded T-41 in a workbook becomes T-41 in the ledger, and importing the
// same workbook again updates that record instead of adding it twice.
//
// IDs are never reused: the ID must be above every ID the kind has ever
// given out (KindInUse otherwise), and the kind's sequence moves up to it,
// so records created later get higher numbers still. Like Create, it
// normalises, validates and checks references first.
func (t *Tx) CreateWithID(r model.MutableRecord) error {
	b := t.tx.Bucket(entityBucket(r.Entity()))
	id := uint64(r.GetID())
	if id == 0 || id <= b.Sequence() {
		return newErr(KindInUse, nil, MsgIDUsed, model.CodeOf(r))
	}
	t.prepare(r, nil)
	if err := t.validate(r); err != nil {
		return err
	}
	if err := b.SetSequence(id); err != nil {
		return err
	}
	return t.put(b, nil, r)
}

// LastIDs is, for each kind of record, the highest ID it has ever given
// out, deleted records included: the number a new record's ID must be
// above.
func (s *Store) LastIDs() (map[model.Entity]model.ID, error) {
	out := make(map[model.Entity]model.ID, len(model.Entities()))
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, e := range model.Entities() {
			b := tx.Bucket(entityBucket(e))
			if b == nil {
				return newErr(KindNotLedger, nil, MsgNotLedger, s.path)
			}
			out[e] = model.ID(b.Sequence())
		}
		return nil
	})
	return out, err
}
