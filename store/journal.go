package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// appendJournal gives the entry the next sequence number and writes it,
// with a history index key for every record it touched.
func (s *Store) appendJournal(tx *bolt.Tx, e *model.JournalEntry) error {
	jb := tx.Bucket(bucketJournal)
	seq, err := jb.NextSequence()
	if err != nil {
		return err
	}
	e.Seq = seq
	v, err := s.codec.encode(e)
	if err != nil {
		return err
	}
	if err := jb.Put(u64(seq), v); err != nil {
		return err
	}
	hb := tx.Bucket(bucketHistory)
	for _, c := range e.Changes {
		if err := hb.Put(historyKey(c.Entity, c.ID, seq), nil); err != nil {
			return err
		}
	}
	// The writer's version changes only with the program: rewriting it
	// on every save would be a write for nothing.
	mb := tx.Bucket(bucketMeta)
	if string(mb.Get(keyWriter)) != s.opts.Version {
		return mb.Put(keyWriter, []byte(s.opts.Version))
	}
	return nil
}

func (s *Store) entry(tx *bolt.Tx, seq uint64) (model.JournalEntry, error) {
	var e model.JournalEntry
	v := tx.Bucket(bucketJournal).Get(u64(seq))
	if v == nil {
		return e, s.damaged(nil, model.M(MsgDamageJournal, seq, model.M(MsgCauseMissing)))
	}
	if err := s.codec.decode(v, &e); err != nil {
		return e, s.damaged(err, model.M(MsgDamageJournal, seq, causeOf(err)))
	}
	return e, nil
}

// applyChanges writes each change's Before (undo, in reverse order) or
// After (redo, in order). Each record must still be exactly as the step
// left it; if something else changed it since, the step is refused rather
// than overwrite that work.
func (s *Store) applyChanges(tx *bolt.Tx, seq uint64, changes []model.Change, undo bool) ([]model.Change, error) {
	out := make([]model.Change, 0, len(changes))
	for i := range changes {
		c := changes[i]
		if undo {
			c = changes[len(changes)-1-i]
		}
		want, put := c.After, c.Before
		if !undo {
			want, put = c.Before, c.After
		}
		var b *bolt.Bucket
		var key []byte
		if c.Entity == 0 {
			b, key = tx.Bucket(bucketSettings), keySetting
		} else {
			b, key = tx.Bucket(entityBucket(c.Entity)), idKey(c.ID)
		}
		if b == nil {
			return nil, s.damaged(nil, model.M(MsgDamageKind, seq))
		}
		cur := b.Get(key)
		if !bytes.Equal(cur, want) {
			var what any = model.Code(c.Entity, c.ID)
			if c.Entity == 0 {
				what = model.M(MsgTheSettings)
			}
			return nil, newErr(KindInUse, nil, MsgStepConflict, what)
		}
		var err error
		if put == nil {
			err = b.Delete(key)
		} else {
			err = b.Put(key, put)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, model.Change{Entity: c.Entity, ID: c.ID, Before: bytes.Clone(cur), After: put})
	}
	return out, nil
}

// History lists the journal entries that touched a record, oldest first.
func (s *Store) History(e model.Entity, id model.ID) ([]model.JournalEntry, error) {
	var out []model.JournalEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		prefix := historyKey(e, id, 0)[:9]
		c := tx.Bucket(bucketHistory).Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			seq := uint64FromKey(k[9:])
			entry, err := s.entry(tx, seq)
			if err != nil {
				return err
			}
			out = append(out, entry)
		}
		return nil
	})
	return out, err
}

// Journal lists every journal entry, oldest first, calling fn for each.
// Returning false stops the walk.
func (s *Store) Journal(fn func(model.JournalEntry) bool) error {
	return s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketJournal).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var e model.JournalEntry
			if err := s.codec.decode(v, &e); err != nil {
				return s.damaged(err, model.M(MsgDamageJournal, uint64FromKey(k), causeOf(err)))
			}
			if !fn(e) {
				return nil
			}
		}
		return nil
	})
}
