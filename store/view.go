package store

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// view is what the store's caller has seen of the ledger (see handle.go):
// the file's stamp and the journal's last entry when it last showed it
// (Refresh, or Open), moved on by each of its own commits made while
// nothing else had changed the file.
type view struct {
	stamp fileStamp
	seq   uint64 // the journal's last entry
	// own lists the journal entries this store wrote after another
	// window had changed the file: the view did not move on, and these
	// must not count as someone else's changes.
	own []uint64
}

func (v *view) isOwn(seq uint64) bool { return slices.Contains(v.own, seq) }

// Refresh reads the whole ledger, as Load does, for the caller to show:
// what it read becomes the caller's view, which Changed compares the file
// with and against which later writes are checked (a save over a record
// another window changed since is refused). Load leaves the view alone,
// so reading the ledger for something else (a workbook, an import's
// preview) cannot hide another window's change from the screen.
func (s *Store) Refresh() (*model.Ledger, error) { return s.load(s.db.ViewAsSeen) }

// Changed reports whether the ledger file differs from what this store's
// caller last saw (Refresh or Open, and its own writes since): another
// window wrote to it, or replaced it (an import). It takes no lock and
// reads two small blocks of the file, so the program can ask it every
// second or on every key. When it says true, Refresh reads the ledger
// again and makes that the view. A missing file is an error (MsgGone).
func (s *Store) Changed() (bool, error) {
	if s == nil || s.db == nil {
		return false, errClosed
	}
	st, err := stampAt(s.path)
	if err != nil {
		if notExist(err) {
			return true, newErr(KindIO, err, MsgGone, s.path)
		}
		return true, s.ioErr(err)
	}
	s.db.vmu.Lock()
	defer s.db.vmu.Unlock()
	return !st.equal(s.db.view.stamp), nil
}

// saw makes the state a read transaction saw (txid, journal seq) on the
// open file the caller's view.
func (h *ledgerFile) saw(txid, seq uint64) {
	h.mu.Lock()
	st := h.cur
	h.mu.Unlock()
	if st.meta.txid != txid {
		// One of this process's writes committed while the read ran:
		// only the transaction id is known, and Changed will say so,
		// which costs one more load at most.
		st.meta = boltMeta{txid: txid}
	}
	h.vmu.Lock()
	defer h.vmu.Unlock()
	own := h.view.own[:0:0]
	for _, o := range h.view.own {
		if o > seq {
			own = append(own, o)
		}
	}
	h.view = view{stamp: st, seq: seq, own: own}
}

// setView makes the file as last checked the view: Open's starting point.
func (h *ledgerFile) setView() {
	h.mu.Lock()
	st, seq := h.known, h.knownSeq
	h.mu.Unlock()
	h.vmu.Lock()
	h.view = view{stamp: st, seq: seq}
	h.vmu.Unlock()
}

// staleness compares the caller's view with the file a write transaction
// is about to change. fresh: nothing but this store has written since the
// view. replaced: the file is another one, or went back in time (a copy
// put in its place), so nothing in it can be matched against the view.
func (h *ledgerFile) staleness(tx *bolt.Tx) (v view, fresh, replaced bool) {
	h.mu.Lock()
	cur := h.cur
	h.mu.Unlock()
	h.vmu.Lock()
	v = h.view
	v.own = slices.Clone(v.own)
	h.vmu.Unlock()
	base := uint64(tx.ID()) - 1
	switch {
	case !v.stamp.sameFile(cur):
		return v, false, true
	case base == v.stamp.meta.txid:
		return v, true, false
	case base < v.stamp.meta.txid, journalSeq(tx) < v.seq:
		return v, false, true
	}
	return v, false, false
}

// checkConflicts refuses a write that would overwrite another window's
// change the caller has not seen: for each record the write changes (or
// the settings), the history index must list no entry after the view
// that this store did not write. Only runs when the file changed since
// the view; otherwise it costs one comparison.
func (s *Store) checkConflicts(tx *bolt.Tx, changes []model.Change) error {
	v, fresh, replaced := s.db.staleness(tx)
	if fresh {
		return nil
	}
	if replaced {
		return newErr(KindChanged, nil, MsgReplaced, s.path)
	}
	hb := tx.Bucket(bucketHistory)
	if hb == nil {
		return s.damaged(nil, model.M(MsgDamageBucket, string(bucketHistory)))
	}
	c := hb.Cursor()
	for _, ch := range changes {
		prefix := historyKey(ch.Entity, ch.ID, 0)[:9]
		for k, _ := c.Seek(historyKey(ch.Entity, ch.ID, v.seq+1)); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			if !v.isOwn(uint64FromKey(k[9:])) {
				var what any = model.Code(ch.Entity, ch.ID)
				if ch.Entity == 0 {
					what = model.M(MsgTheSettings)
				}
				return newErr(KindChanged, nil, MsgChanged, what)
			}
		}
	}
	return nil
}

// checkStep refuses to undo or redo a step another window made that the
// caller has not seen: the user would take back something they do not
// know happened. Once the ledger is loaded again, it is theirs to undo.
func (s *Store) checkStep(tx *bolt.Tx, seq uint64) error {
	v, fresh, replaced := s.db.staleness(tx)
	switch {
	case fresh:
		return nil
	case replaced:
		return newErr(KindChanged, nil, MsgReplaced, s.path)
	case seq > v.seq && !v.isOwn(seq):
		return newErr(KindChanged, nil, MsgStale, s.path)
	}
	return nil
}

// inSync reports whether the file held open is exactly what the caller
// last saw (with its own writes since): an import replaces only the
// ledger the user previewed.
func (h *ledgerFile) inSync() bool {
	h.mu.Lock()
	cur := h.cur
	h.mu.Unlock()
	h.vmu.Lock()
	defer h.vmu.Unlock()
	return cur.sameFile(h.view.stamp) && cur.meta.txid == h.view.stamp.meta.txid
}

// journalSeq is the journal's last sequence number: the number of the
// latest entry, deleted or not.
func journalSeq(tx *bolt.Tx) uint64 {
	if b := tx.Bucket(bucketJournal); b != nil {
		return b.Sequence()
	}
	return 0
}
