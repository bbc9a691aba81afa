package store

import (
	"errors"
	"fmt"
	"math"

	"github.com/fxamacker/cbor/v2"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// migration moves a ledger from one schema version to the next. Steps run
// in order, all in one transaction with the version bump, so a ledger is
// either wholly at the old version or wholly at the new one.
type migration struct {
	from  int
	apply func(s *Store, tx *bolt.Tx) error
	// adds names the kinds of record whose buckets first exist after
	// this step: a file of an older schema (a snapshot about to be
	// migrated) lacks them, and that is not damage (kindSince).
	adds []model.Entity
}

// migrations lists every step; the last one's from+1 is SchemaVersion.
func migrations() []migration {
	return []migration{
		{from: 1, apply: buildHistoryIndex},
		{from: 2, apply: linkUndoLists},
		{from: 3, apply: splitLargeEntries},
		{from: 4, apply: addKindBuckets, adds: []model.Entity{model.EntityMeeting, model.EntityDecision}},                                             // issue 13
		{from: 5, apply: addKindBuckets, adds: []model.Entity{model.EntityObligation}},                                                                // 规定动作, issue 14
		{from: 6, apply: addKindBuckets, adds: []model.Entity{model.EntityRubric, model.EntityIndicator, model.EntityEvidence, model.EntityDocument}}, // 评估准备, issue 15
	}
}

// addKindBuckets creates the bucket of every kind of record the ledger
// lacks: the step a schema bump lists when a new kind arrives
// (docs/ADDING_A_KIND.md), so ledgers written before it open with an
// empty set of the new kind.
func addKindBuckets(_ *Store, tx *bolt.Tx) error {
	for _, e := range model.Entities() {
		if _, err := tx.CreateBucketIfNotExists(entityBucket(e)); err != nil {
			return err
		}
	}
	return nil
}

// migrate brings an older ledger up to SchemaVersion. It backs the file up
// first: a migration rewrites the user's data.
func (s *Store) migrate() error {
	meta, err := s.Meta()
	if err != nil {
		return err
	}
	if meta.Schema == SchemaVersion {
		return nil
	}
	if err := s.backupOnce(); err != nil {
		return err
	}
	err = s.db.update(func(tx *bolt.Tx) error {
		for _, m := range migrations() {
			if m.from < meta.Schema {
				continue
			}
			if err := m.apply(s, tx); err != nil {
				return fmt.Errorf("migrating schema v%d: %w", m.from, err)
			}
		}
		mb := tx.Bucket(bucketMeta)
		if err := mb.Put(keySchema, u64(SchemaVersion)); err != nil {
			return err
		}
		return mb.Put(keyWriter, []byte(s.opts.Version))
	}, allowOldSchema)
	if err == nil {
		s.db.setSchema(SchemaVersion)
	}
	var se *Error
	if err != nil && !errors.As(err, &se) {
		return newErr(KindIO, err, MsgIO, s.path, err.Error())
	}
	return err
}

// buildHistoryIndex (v1 -> v2) creates the history index from the journal
// so `H` on a record finds its changes without reading the whole journal.
func buildHistoryIndex(s *Store, tx *bolt.Tx) error {
	hb, err := tx.CreateBucketIfNotExists(bucketHistory)
	if err != nil {
		return err
	}
	jb := tx.Bucket(bucketJournal)
	if jb == nil {
		return nil
	}
	return jb.ForEach(func(k, v []byte) error {
		if len(k) == pieceKeyLen {
			return nil
		}
		var e model.JournalEntry
		if err := s.codec.decode(v, &e); err != nil {
			return s.damaged(err, model.M(MsgDamageJournal, uint64FromKey(k), causeOf(err)))
		}
		for _, c := range e.Changes {
			if err := hb.Put(historyKey(c.Entity, c.ID, e.Seq), nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// historyKey is entity(1) | id(8) | seq(8), so one record's entries sit
// together in journal order.
func historyKey(e model.Entity, id model.ID, seq uint64) []byte {
	k := make([]byte, 17)
	k[0] = byte(e)
	copy(k[1:9], idKey(id))
	copy(k[9:], u64(seq))
	return k
}

// splitLargeEntries (v3 -> v4) stores every journal entry in pieces of
// bounded size (see journal.go). A v3 program wrote a sheet import of more
// than 65,536 rows as one value that its own decoder then refused, so
// check, undo and history failed on it; those entries are read here with a
// decoder without the element limit, once, and written again in pieces.
// Only a ledger being opened for writing is migrated, and a snapshot is
// checked with the bounded decoder before its copy is migrated, so this
// decoder never reads a file that has not already been checked.
func splitLargeEntries(s *Store, tx *bolt.Tx) error {
	jb := tx.Bucket(bucketJournal)
	if jb == nil {
		return nil
	}
	wide, err := cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		MaxNestedLevels:   16,
		MaxArrayElements:  math.MaxInt32,
		MaxMapPairs:       1 << 12,
		IndefLength:       cbor.IndefLengthForbidden,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
	}.DecMode()
	if err != nil {
		return err
	}
	var large []model.JournalEntry
	err = jb.ForEach(func(k, v []byte) error {
		if len(k) != 8 || len(v) <= 4 {
			return nil
		}
		// Only a value too large to be one piece can hold too many changes.
		if len(v) < pieceMaxChanges*4 {
			return nil
		}
		payload, err := unframe(v)
		if err != nil {
			return s.damaged(err, model.M(MsgDamageJournal, uint64FromKey(k), causeOf(err)))
		}
		var e model.JournalEntry
		if err := wide.Unmarshal(payload, &e); err != nil {
			return s.damaged(err, model.M(MsgDamageJournal, uint64FromKey(k), causeOf(err)))
		}
		if len(splitChanges(e.Changes)) > 1 {
			large = append(large, e)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range large {
		if err := s.putEntry(tx, &large[i]); err != nil {
			return err
		}
	}
	return nil
}
