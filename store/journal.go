package store

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// A journal entry of any size is stored as values of bounded size (schema
// v4). The entry's own value, under its 8-byte sequence key, holds its
// description and the first piece of its changes; Parts more pieces follow
// under 12-byte keys, seq then the piece's number (1, 2, …), which sort
// right after the entry. A 200,000-row import is one entry and one undo
// step, but no single value the decoder reads holds more than
// pieceMaxChanges changes or much more than pieceMaxBytes bytes, so the
// decoder's element limits stay small and reading a hostile file stays
// bounded by its bytes. The history index's value names the piece holding
// a record's change, so `H` decodes one piece, not the whole import.
const (
	pieceMaxChanges = 4096
	pieceMaxBytes   = 1 << 20
	pieceKeyLen     = 12
)

// pieceKey is the key of an entry's n-th extra piece of changes.
func pieceKey(seq uint64, n uint32) []byte {
	k := make([]byte, pieceKeyLen)
	binary.BigEndian.PutUint64(k, seq)
	binary.BigEndian.PutUint32(k[8:], n)
	return k
}

// pieceOf reads a history index value: the piece holding the change (0:
// the entry's own value, as every v3 ledger has it).
func pieceOf(v []byte) uint32 {
	if len(v) != 4 {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}

// splitChanges cuts changes into pieces of at most pieceMaxChanges
// changes and, past the first change of a piece, at most pieceMaxBytes of
// record bytes. There is always at least one piece.
func splitChanges(cs []model.Change) [][]model.Change {
	var out [][]model.Change
	start, size := 0, 0
	for i, c := range cs {
		n := len(c.Before) + len(c.After) + 16
		if i > start && (i-start == pieceMaxChanges || size+n > pieceMaxBytes) {
			out = append(out, cs[start:i])
			start, size = i, 0
		}
		size += n
	}
	return append(out, cs[start:])
}

// appendJournal gives the entry the next sequence number and writes it,
// with a history index key for every record it touched.
func (s *Store) appendJournal(tx *bolt.Tx, e *model.JournalEntry) error {
	jb := tx.Bucket(bucketJournal)
	seq, err := jb.NextSequence()
	if err != nil {
		return err
	}
	e.Seq = seq
	if err := s.putEntry(tx, e); err != nil {
		return err
	}
	// The writer's version changes only with the program: rewriting it
	// on every save would be a write for nothing.
	mb := tx.Bucket(bucketMeta)
	if string(mb.Get(keyWriter)) != s.opts.Version {
		return mb.Put(keyWriter, []byte(s.opts.Version))
	}
	return nil
}

// putEntry writes the entry under its Seq in pieces, with its history
// index keys, replacing any pieces an older form of it had.
func (s *Store) putEntry(tx *bolt.Tx, e *model.JournalEntry) error {
	jb, hb := tx.Bucket(bucketJournal), tx.Bucket(bucketHistory)
	pieces := splitChanges(e.Changes)
	head := *e
	head.Changes, head.Parts = pieces[0], uint32(len(pieces)-1)
	v, err := s.codec.encode(&head)
	if err != nil {
		return err
	}
	if err := jb.Put(u64(e.Seq), v); err != nil {
		return err
	}
	for n, piece := range pieces {
		if n > 0 {
			v, err := s.codec.encode(piece)
			if err != nil {
				return err
			}
			if err := jb.Put(pieceKey(e.Seq, uint32(n)), v); err != nil {
				return err
			}
		}
		var at []byte
		if n > 0 {
			at = binary.BigEndian.AppendUint32(nil, uint32(n))
		}
		for _, c := range piece {
			if err := hb.Put(historyKey(c.Entity, c.ID, e.Seq), at); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) entry(tx *bolt.Tx, seq uint64) (model.JournalEntry, error) {
	v := tx.Bucket(bucketJournal).Get(u64(seq))
	if v == nil {
		return model.JournalEntry{}, s.damaged(nil, model.M(MsgDamageJournal, seq, model.M(MsgCauseMissing)))
	}
	return s.readEntry(tx.Bucket(bucketJournal), seq, v)
}

// readEntry decodes the entry stored as v under seq and every piece of
// its changes.
func (s *Store) readEntry(jb *bolt.Bucket, seq uint64, v []byte) (model.JournalEntry, error) {
	var e model.JournalEntry
	if err := s.codec.decode(v, &e); err != nil {
		return e, s.damaged(err, model.M(MsgDamageJournal, seq, causeOf(err)))
	}
	for n := uint32(1); n <= e.Parts; n++ {
		piece, err := s.piece(jb, seq, n)
		if err != nil {
			return e, err
		}
		e.Changes = append(e.Changes, piece...)
	}
	e.Parts = 0
	return e, nil
}

// piece decodes an entry's n-th extra piece of changes.
func (s *Store) piece(jb *bolt.Bucket, seq uint64, n uint32) ([]model.Change, error) {
	v := jb.Get(pieceKey(seq, n))
	if v == nil {
		return nil, s.damaged(nil, model.M(MsgDamageJournal, seq, model.M(MsgCauseMissing)))
	}
	var piece []model.Change
	if err := s.codec.decode(v, &piece); err != nil {
		return nil, s.damaged(err, model.M(MsgDamageJournal, seq, causeOf(err)))
	}
	return piece, nil
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
// Each entry holds only that record's changes: after a large import the
// record's history decodes one piece of the import, not all of it.
func (s *Store) History(e model.Entity, id model.ID) ([]model.JournalEntry, error) {
	var out []model.JournalEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		jb := tx.Bucket(bucketJournal)
		prefix := historyKey(e, id, 0)[:9]
		c := tx.Bucket(bucketHistory).Cursor()
		for k, at := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, at = c.Next() {
			seq := uint64FromKey(k[9:])
			v := jb.Get(u64(seq))
			if v == nil {
				return s.damaged(nil, model.M(MsgDamageJournal, seq, model.M(MsgCauseMissing)))
			}
			var entry model.JournalEntry
			if err := s.codec.decode(v, &entry); err != nil {
				return s.damaged(err, model.M(MsgDamageJournal, seq, causeOf(err)))
			}
			changes := entry.Changes
			if n := pieceOf(at); n > 0 && n <= entry.Parts {
				var err error
				if changes, err = s.piece(jb, seq, n); err != nil {
					return err
				}
			}
			entry.Changes, entry.Parts = nil, 0
			for _, ch := range changes {
				if ch.Entity == e && ch.ID == id {
					entry.Changes = append(entry.Changes, ch)
				}
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
		jb := tx.Bucket(bucketJournal)
		c := jb.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if len(k) == pieceKeyLen {
				continue // a piece of the entry before it, read with it
			}
			e, err := s.readEntry(jb, uint64FromKey(k), v)
			if err != nil {
				return err
			}
			if !fn(e) {
				return nil
			}
		}
		return nil
	})
}
