package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// MaxUndo is how many steps back undo can go. Older steps stay in the
// journal for history and diff; they just cannot be undone.
const MaxUndo = 200

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
	return tx.Bucket(bucketMeta).Put(keyWriter, []byte(s.opts.Version))
}

func (s *Store) readStack(tx *bolt.Tx, key []byte) ([]uint64, error) {
	v := tx.Bucket(bucketMeta).Get(key)
	if v == nil {
		return nil, nil
	}
	var st []uint64
	if err := s.codec.decode(v, &st); err != nil {
		return nil, s.damaged(err, model.M(MsgDamageUndo, causeOf(err)))
	}
	return st, nil
}

func (s *Store) writeStack(tx *bolt.Tx, key []byte, st []uint64) error {
	if len(st) > MaxUndo {
		st = st[len(st)-MaxUndo:]
	}
	v, err := s.codec.encode(st)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(key, v)
}

// pushDone puts a new action on the undo stack and forgets what could be
// redone: after a new action, redoing an older undone one would apply it
// on top of a state it never saw.
func (s *Store) pushDone(tx *bolt.Tx, seq uint64) error {
	st, err := s.readStack(tx, keyUndo)
	if err != nil {
		return err
	}
	if err := s.writeStack(tx, keyUndo, append(st, seq)); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Delete(keyRedo)
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

// Undo reverts the latest action still on the undo stack and returns the
// journal entry that records the undoing; its Describe says what was
// undone.
func (s *Store) Undo() (model.JournalEntry, error) { return s.step(model.JournalUndo) }

// Redo applies again the latest undone action.
func (s *Store) Redo() (model.JournalEntry, error) { return s.step(model.JournalRedo) }

func (s *Store) step(kind model.JournalKind) (model.JournalEntry, error) {
	if s.readOnly {
		return model.JournalEntry{}, newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	if err := s.backupOnce(); err != nil {
		return model.JournalEntry{}, err
	}
	from, to, nothing := keyUndo, keyRedo, MsgNothingUndo
	if kind == model.JournalRedo {
		from, to, nothing = keyRedo, keyUndo, MsgNothingRedo
	}
	var out model.JournalEntry
	err := s.db.Update(func(tx *bolt.Tx) error {
		src, err := s.readStack(tx, from)
		if err != nil {
			return err
		}
		if len(src) == 0 {
			return newErr(KindNothing, nil, nothing)
		}
		seq := src[len(src)-1]
		orig, err := s.entry(tx, seq)
		if err != nil {
			return err
		}
		changes, err := s.applyChanges(tx, seq, orig.Changes, kind == model.JournalUndo)
		if err != nil {
			return err
		}
		out = model.JournalEntry{
			UnixMs: s.opts.Clock.Now().UnixMilli(), Kind: kind, Action: orig.Action,
			Entity: orig.Entity, RecordID: orig.RecordID, Title: orig.Title, Count: orig.Count,
			Of: seq, Changes: changes,
		}
		if err := s.appendJournal(tx, &out); err != nil {
			return err
		}
		if err := s.writeStack(tx, from, src[:len(src)-1]); err != nil {
			return err
		}
		dst, err := s.readStack(tx, to)
		if err != nil {
			return err
		}
		return s.writeStack(tx, to, append(dst, seq))
	})
	return out, err
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

// CanUndo and CanRedo report whether there is a step to take, for the
// help bar.
func (s *Store) CanUndo() bool { return s.stackLen(keyUndo) > 0 }

// CanRedo reports whether an undone step can be redone.
func (s *Store) CanRedo() bool { return s.stackLen(keyRedo) > 0 }

func (s *Store) stackLen(key []byte) int {
	n := 0
	_ = s.db.View(func(tx *bolt.Tx) error {
		st, err := s.readStack(tx, key)
		n = len(st)
		return err
	})
	return n
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
