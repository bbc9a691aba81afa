package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/i18n"
	"secretary/model"
)

// The undo and redo lists are linked through the journal: an entry pushed
// on either records in Below the entry under it, and the meta bucket
// holds only each list's top (keyUndoTop, keyRedoTop). A save then
// changes 8 bytes of meta instead of rewriting a list of hundreds of
// numbers, which keeps the meta bucket small enough for bbolt to store
// inside its parent page: one page fewer to write and sync per save, and
// no list to decode and encode (schema v3; v2 kept the lists whole in
// meta, capped at 200 steps). Nothing caps the depth now: undo goes back
// as far as the journal, each step refused if a record changed since.
//
// The undo list holds entries whose changes a step takes back: a user's
// action (JournalDo) or a redo (JournalRedo). The redo list holds undo
// entries (JournalUndo); redoing one takes back what it did. A ledger
// migrated from v2 may also have users' actions on its redo list, which
// redoing applies again.

// top reads a list's top; 0 is an empty list.
func (s *Store) top(tx *bolt.Tx, key []byte) (uint64, error) {
	v := tx.Bucket(bucketMeta).Get(key)
	switch len(v) {
	case 0:
		return 0, nil
	case 8:
		return binary.BigEndian.Uint64(v), nil
	}
	return 0, s.damaged(nil, model.M(MsgDamageUndo, model.M(MsgCauseDecode, "top of list")))
}

func setTop(tx *bolt.Tx, key []byte, seq uint64) error {
	if seq == 0 {
		return tx.Bucket(bucketMeta).Delete(key)
	}
	return tx.Bucket(bucketMeta).Put(key, u64(seq))
}

// pushDone records a new action: it goes on the undo list (its Below is
// set before it is written) and the redo list is forgotten, since redoing
// an older undone step on top of a state it never saw would be wrong.
func (s *Store) pushDone(tx *bolt.Tx, e *model.JournalEntry) error {
	below, err := s.top(tx, keyUndoTop)
	if err != nil {
		return err
	}
	e.Below = below
	if err := s.appendJournal(tx, e); err != nil {
		return err
	}
	if err := setTop(tx, keyUndoTop, e.Seq); err != nil {
		return err
	}
	return setTop(tx, keyRedoTop, 0)
}

// Undo reverts the latest action still on the undo list and returns the
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
	from, to, nothing := keyUndoTop, keyRedoTop, i18n.Key(MsgNothingUndo)
	if kind == model.JournalRedo {
		from, to, nothing = keyRedoTop, keyUndoTop, MsgNothingRedo
	}
	var out model.JournalEntry
	err := s.db.Update(func(tx *bolt.Tx) error {
		seq, err := s.top(tx, from)
		if err != nil {
			return err
		}
		if seq == 0 {
			return newErr(KindNothing, nil, nothing)
		}
		if err := s.checkStep(tx, seq); err != nil {
			return err
		}
		node, err := s.entry(tx, seq)
		if err != nil {
			return err
		}
		// Undo takes back the node's changes; redo takes back an undo's
		// changes, or (migrated from v2) applies an action's again.
		back := kind == model.JournalUndo || node.Kind == model.JournalUndo
		if kind == model.JournalUndo && node.Kind == model.JournalUndo {
			return s.damaged(nil, model.M(MsgDamageUndo, model.M(MsgCauseDecode, "an undo on the undo list")))
		}
		changes, err := s.applyChanges(tx, seq, node.Changes, back)
		if err != nil {
			return err
		}
		orig := node.Seq
		if node.Kind != model.JournalDo {
			orig = node.Of
		}
		below, err := s.top(tx, to)
		if err != nil {
			return err
		}
		out = model.JournalEntry{
			UnixMs: s.opts.Clock.Now().UnixMilli(), Kind: kind, Action: node.Action,
			Entity: node.Entity, RecordID: node.RecordID, Title: node.Title, Count: node.Count,
			Of: orig, Changes: changes, Below: below,
		}
		if err := s.appendJournal(tx, &out); err != nil {
			return err
		}
		if err := setTop(tx, from, node.Below); err != nil {
			return err
		}
		return setTop(tx, to, out.Seq)
	})
	return out, s.commitErr(err)
}

// CanUndo reports whether there is a step to undo, for the help bar.
func (s *Store) CanUndo() bool { return s.hasTop(keyUndoTop) }

// CanRedo reports whether an undone step can be redone.
func (s *Store) CanRedo() bool { return s.hasTop(keyRedoTop) }

func (s *Store) hasTop(key []byte) bool {
	var seq uint64
	_ = s.db.View(func(tx *bolt.Tx) error {
		var err error
		seq, err = s.top(tx, key)
		return err
	})
	return seq != 0
}

// linkUndoLists (v2 -> v3) turns the undo and redo lists that v2 kept
// whole in meta into lists linked through the journal: each entry on a
// list gets the one under it as Below, and meta keeps the tops.
func linkUndoLists(s *Store, tx *bolt.Tx) error {
	mb, jb := tx.Bucket(bucketMeta), tx.Bucket(bucketJournal)
	for _, l := range []struct{ old, top []byte }{{keyUndoV2, keyUndoTop}, {keyRedoV2, keyRedoTop}} {
		var seqs []uint64
		if v := mb.Get(l.old); v != nil {
			if err := s.codec.decode(v, &seqs); err != nil {
				return s.damaged(err, model.M(MsgDamageUndo, causeOf(err)))
			}
		}
		below := uint64(0)
		for _, seq := range seqs {
			e, err := s.entry(tx, seq)
			if err != nil {
				return err
			}
			e.Below = below
			v, err := s.codec.encode(&e)
			if err != nil {
				return err
			}
			if err := jb.Put(u64(seq), v); err != nil {
				return err
			}
			below = seq
		}
		if err := setTop(tx, l.top, below); err != nil {
			return err
		}
		if err := mb.Delete(l.old); err != nil {
			return err
		}
	}
	return nil
}
