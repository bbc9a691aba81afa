package store

import (
	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// MsgNotEmpty refuses to fill a ledger that already holds records.
const MsgNotEmpty = "store.not_empty" // args: path

// Fill writes a whole ledger into an empty one in a single transaction,
// keeping the records' IDs and setting each kind's sequence past them.
// It is how `secretary demo` and test fixtures make a ledger quickly: one
// commit for any number of records. Every record is validated and its
// references checked first; nothing is written if any fails. The journal
// gets one entry saying how many records arrived; it cannot be undone,
// since there was nothing before it.
func (s *Store) Fill(l *model.Ledger) error {
	if s.readOnly {
		return newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	empty, err := s.isEmpty()
	if err != nil {
		return err
	}
	if !empty {
		return newErr(KindInUse, nil, MsgNotEmpty, s.path)
	}
	if err := ValidateLedger(l); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		n := 0
		put := func(r model.MutableRecord) error {
			b := tx.Bucket(entityBucket(r.Entity()))
			v, err := s.codec.encode(r)
			if err != nil {
				return err
			}
			if seq := uint64(r.GetID()); seq > b.Sequence() {
				if err := b.SetSequence(seq); err != nil {
					return err
				}
			}
			n++
			return b.Put(idKey(r.GetID()), v)
		}
		if err := l.EachRecord(put); err != nil {
			return err
		}
		sv, err := s.codec.encode(l.Settings)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketSettings).Put(keySetting, sv); err != nil {
			return err
		}
		// A ledger filled whole holds its history: it began when l says
		// (zero: unknown, every period counts), not when the file was made.
		if err := putBegan(tx, l.Began); err != nil {
			return err
		}
		entry := model.JournalEntry{UnixMs: s.opts.Clock.Now().UnixMilli(), Kind: model.JournalDo, Action: model.ActImport, Count: n}
		return s.appendJournal(tx, &entry)
	})
}

// ValidateLedger checks every record of an in-memory ledger and every
// reference between them, returning the first problem as a
// *model.ValidationError naming the record.
func ValidateLedger(l *model.Ledger) error {
	l.Reindex()
	return l.EachRecord(func(r model.MutableRecord) error {
		if r.GetID() == 0 {
			return &model.ValidationError{Entity: r.Entity(), Fields: []model.FieldError{{Field: r.Entity().Code() + ".id", Msg: model.M(model.MsgRequired)}}}
		}
		if err := r.Validate(); err != nil {
			return model.NewMsgError("store.invalid_record", model.CodeOf(r)).Wrap(err)
		}
		for _, ref := range r.References() {
			if ref.ID != 0 && l.Record(ref.Entity, ref.ID) == nil {
				return model.NewMsgError("store.invalid_record", model.CodeOf(r)).Wrap(&model.ValidationError{Entity: r.Entity(),
					Fields: []model.FieldError{{Field: ref.Field, Msg: model.M(model.MsgNotFound, model.Code(ref.Entity, ref.ID))}}})
			}
		}
		if len(model.CheckLinks(r, l)) > 0 {
			return model.NewMsgError("store.invalid_record", model.CodeOf(r))
		}
		return nil
	})
}
