package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/i18n"
	"secretary/model"
)

// Problem is one thing Check found wrong, as a translatable message.
type Problem struct {
	Msg model.Msg
}

// Message keys of check problems.
const (
	MsgCheckStructure = "check.structure" // args: bbolt's description
	MsgCheckRecord    = "check.record"    // args: a damage.* message saying what is damaged and how
	MsgCheckRef       = "check.ref"       // args: code, field key, missing code
	MsgCheckInvalid   = "check.invalid"   // args: code, field key, message
	MsgCheckMeta      = "check.meta_page" // one meta page unreadable
	MsgCheckTooMany   = "check.too_many"  // more problems than are listed
	MsgCheckPanicked  = "check.panicked"  // args: what bbolt said
)

// maxProblems caps the list: past a hundred, more lines do not help.
const maxProblems = 100

// Report is the result of Check.
type Report struct {
	Meta     Meta
	Counts   model.Counts
	Problems []Problem
}

// OK reports a clean check.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

func (r *Report) add(key i18n.Key, args ...any) {
	if len(r.Problems) == maxProblems {
		r.Problems = append(r.Problems, Problem{Msg: model.M(MsgCheckTooMany)})
	}
	if len(r.Problems) > maxProblems {
		return
	}
	r.Problems = append(r.Problems, Problem{Msg: model.M(key, args...)})
}

// Check verifies the whole ledger: bbolt's own page structure check, every
// stored value's CRC and decoding, every record's validation and
// references, the journal and the settings. It never panics and never
// writes. Problems are listed in a stable order (kind, then ID), so two
// checks of the same file read the same.
func (s *Store) Check() (*Report, error) {
	rep := &Report{}
	// The file was walked (walkPages) when it was opened, or when it was
	// last found changed, so bbolt's own checker can run without
	// following a page out of the file or round a loop.
	err := s.db.View(func(tx *bolt.Tx) error {
		if s.db.metaDamaged() {
			rep.add(MsgCheckMeta)
		}
		meta, err := readMetaTx(tx, s.path)
		if err != nil {
			return err
		}
		rep.Meta = meta
		if !checkStructure(tx, rep) {
			// Walking damaged pages again to decode records could panic
			// or mislead; the structural problems are the report.
			return nil
		}
		checkBuckets(tx, rep)
		s.checkRecords(tx, rep)
		s.checkJournal(tx, rep)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// checkStructure runs bbolt's check and reports whether it found nothing.
func checkStructure(tx *bolt.Tx, rep *Report) bool {
	ok := true
	for err := range tx.Check() {
		ok = false
		rep.add(MsgCheckStructure, oneLine(err.Error()))
	}
	return ok
}

// checkRecords decodes every record, validates it and checks what it
// points at, with the same rules the store applies when saving.
func (s *Store) checkRecords(tx *bolt.Tx, rep *Report) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			rep.add(MsgCheckPanicked, oneLine(fmt.Sprint(r)))
		}
	}()
	exists := map[model.Entity]map[model.ID]model.Record{}
	var all []model.Record // in kind order, then key (ID) order
	for _, e := range model.Entities() {
		exists[e] = map[model.ID]model.Record{}
		b := tx.Bucket(entityBucket(e))
		if b == nil {
			if !bucketNotYet(tx, e) {
				rep.add(MsgCheckRecord, model.M(MsgDamageBucket, string(entityBucket(e))))
			}
			continue
		}
		_ = b.ForEach(func(k, v []byte) error {
			r, err := s.codec.decodeRecord(e, v)
			if err != nil {
				rep.add(MsgCheckRecord, model.M(MsgDamageRecord, recordName(e, k), causeOf(err)))
				if id, ok := keyID(k); ok {
					// It is there, only unreadable: records pointing at
					// it are not dangling, and saying so would bury the
					// one real problem under a dozen false ones.
					exists[e][id] = unreadable{}
				}
				return nil
			}
			if id, ok := keyID(k); !ok || id != r.GetID() {
				rep.add(MsgCheckRecord, model.M(MsgDamageRecord, recordName(e, k), model.M(MsgCauseKey, model.CodeOf(r))))
				return nil
			}
			exists[e][r.GetID()] = r
			all = append(all, r)
			rep.Counts.Add(e, 1)
			return nil
		})
	}
	for _, r := range all {
		if err := r.Validate(); err != nil {
			var v *model.ValidationError
			if errors.As(err, &v) {
				for _, f := range v.Fields {
					rep.add(MsgCheckInvalid, model.CodeOf(r), "field."+f.Field, f.Msg)
				}
			}
		}
		for _, ref := range r.References() {
			if ref.ID != 0 && exists[ref.Entity][ref.ID] == nil {
				rep.add(MsgCheckRef, model.CodeOf(r), "field."+ref.Field, model.Code(ref.Entity, ref.ID))
			}
		}
		for _, p := range model.CheckLinks(r, checkRecords(exists)) {
			if p.Msg.Key != "" {
				rep.add(MsgCheckInvalid, model.CodeOf(r), "field."+p.Field, p.Msg)
				continue
			}
			rep.add(MsgCheckRef, model.CodeOf(r), "field."+p.Field, p.Missing())
		}
	}
	s.checkTexts(tx, rep, all)
	var set model.Settings
	if err := s.loadSettings(tx, &set); err != nil {
		var se *Error
		if errors.As(err, &se) && len(se.Msg.Args) == 2 {
			rep.add(MsgCheckRecord, se.Msg.Args[1])
		} else {
			rep.add(MsgCheckRecord, model.M(MsgDamageSettings, causeOf(err)))
		}
	}
}

// unreadable stands in for a record whose value cannot be decoded.
type unreadable struct{ model.Record }

// checkRecords are the records a check has read, as a kind's rules read
// them. An unreadable record is missing to them: there is nothing in it to
// check against.
type checkRecords map[model.Entity]map[model.ID]model.Record

func (c checkRecords) Record(e model.Entity, id model.ID) model.Record {
	r := c[e][id]
	if _, bad := r.(unreadable); bad {
		return nil
	}
	return r
}

func (c checkRecords) EachOf(e model.Entity, fn func(model.Record) error) error {
	ids := make([]model.ID, 0, len(c[e]))
	for id := range c[e] {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if r := c.Record(e, id); r != nil {
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) checkJournal(tx *bolt.Tx, rep *Report) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			rep.add(MsgCheckPanicked, oneLine(fmt.Sprint(r)))
		}
	}()
	jb := tx.Bucket(bucketJournal)
	if jb == nil {
		rep.add(MsgCheckRecord, model.M(MsgDamageBucket, string(bucketJournal)))
		return
	}
	below := map[uint64]uint64{} // entry -> the one under it on its list
	parts := map[uint64]uint32{} // entry -> its extra pieces, to find pieces of no entry
	_ = jb.ForEach(func(k, v []byte) error {
		if len(k) == pieceKeyLen {
			return nil // read with its entry below
		}
		seq := uint64FromKey(k)
		var e model.JournalEntry
		if len(k) != 8 {
			rep.add(MsgCheckRecord, model.M(MsgDamageJournal, seq, model.M(MsgCauseKey, fmt.Sprintf("%x", k))))
			return nil
		}
		if err := s.codec.decode(v, &e); err != nil {
			rep.add(MsgCheckRecord, model.M(MsgDamageJournal, seq, causeOf(err)))
			below[seq] = 0 // there, if unreadable
			return nil
		}
		for n := uint32(1); n <= e.Parts; n++ {
			if _, err := s.piece(jb, seq, n); err != nil {
				var se *Error
				if errors.As(err, &se) && len(se.Msg.Args) == 2 {
					rep.add(MsgCheckRecord, se.Msg.Args[1])
				}
				break
			}
		}
		below[e.Seq], parts[e.Seq] = e.Below, e.Parts
		return nil
	})
	_ = jb.ForEach(func(k, _ []byte) error {
		if len(k) == pieceKeyLen {
			seq, n := uint64FromKey(k[:8]), binary.BigEndian.Uint32(k[8:])
			if n == 0 || n > parts[seq] {
				rep.add(MsgCheckRecord, model.M(MsgDamageJournal, seq, model.M(MsgCauseKey, fmt.Sprintf("%x", k))))
			}
		}
		return nil
	})
	// The undo and redo lists must lead, entry by entry, down to the
	// bottom through entries that exist, each older than the one above.
	for _, key := range [][]byte{keyUndoTop, keyRedoTop} {
		seq, err := s.top(tx, key)
		if err != nil {
			rep.add(MsgCheckRecord, model.M(MsgDamageUndo, model.M(MsgCauseDecode, string(key))))
			continue
		}
		for seq != 0 {
			next, ok := below[seq]
			if !ok {
				rep.add(MsgCheckRecord, model.M(MsgDamageJournal, seq, model.M(MsgCauseMissing)))
				break
			}
			if next >= seq {
				rep.add(MsgCheckRecord, model.M(MsgDamageUndo, model.M(MsgCauseDecode, "list out of order")))
				break
			}
			seq = next
		}
	}
}

// CheckFile opens the file read-only and checks it. Errors that stop the
// file from opening at all (not a ledger, truncated, newer) are returned
// as the error; everything else is in the report.
func CheckFile(path string, opts Options) (*Report, error) {
	opts.ReadOnly = true
	s, err := Open(path, opts)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Check()
}
