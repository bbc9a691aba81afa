package store

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// Problem is one thing Check found wrong, as a translatable message.
type Problem struct {
	Msg model.Msg
}

// Message keys of check problems.
const (
	MsgCheckStructure = "check.structure" // args: bbolt's description
	MsgCheckRecord    = "check.record"    // args: bucket, key, cause
	MsgCheckRef       = "check.ref"       // args: code, field key, missing code
	MsgCheckInvalid   = "check.invalid"   // args: code, field key, message
	MsgCheckMeta      = "check.meta_page" // one meta page unreadable
	MsgCheckJournal   = "check.journal"   // args: key, cause
	MsgCheckTooMany   = "check.too_many"  // args: how many more were not listed
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

func (r *Report) add(key string, args ...any) {
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
// writes.
func (s *Store) Check() (*Report, error) {
	rep := &Report{}
	if s.meta.damagedMeta {
		rep.add(MsgCheckMeta)
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		meta, err := readMetaTx(tx, s.path)
		if err != nil {
			return err
		}
		rep.Meta = meta
		checkStructure(tx, rep)
		if !rep.OK() {
			// Walking damaged pages again to decode records could panic
			// or mislead; the structural problems are the report.
			return nil
		}
		s.checkRecords(tx, rep)
		s.checkJournal(tx, rep)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

func checkStructure(tx *bolt.Tx, rep *Report) {
	for err := range tx.Check() {
		rep.add(MsgCheckStructure, err.Error())
	}
}

// checkRecords decodes every record, validates it and checks what it
// points at, with the same rules the store applies when saving.
func (s *Store) checkRecords(tx *bolt.Tx, rep *Report) {
	defer func() {
		if r := recover(); r != nil {
			rep.add(MsgCheckPanicked, fmt.Sprint(r))
		}
	}()
	exists := map[model.Entity]map[model.ID]model.Record{}
	for _, e := range model.Entities() {
		exists[e] = map[model.ID]model.Record{}
		b := tx.Bucket(entityBucket(e))
		if b == nil {
			rep.add(MsgCheckRecord, e.Code(), "-", "bucket missing")
			continue
		}
		_ = b.ForEach(func(k, v []byte) error {
			r, err := s.codec.decodeRecord(e, v)
			if err != nil {
				rep.add(MsgCheckRecord, e.Code(), fmt.Sprintf("%x", k), err.Error())
				return nil
			}
			if id, ok := keyID(k); !ok || id != r.GetID() {
				rep.add(MsgCheckRecord, e.Code(), fmt.Sprintf("%x", k), "key and record disagree")
				return nil
			}
			exists[e][r.GetID()] = r
			rep.Counts.Add(e, 1)
			return nil
		})
	}
	for _, e := range model.Entities() {
		for _, r := range exists[e] {
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
			if rc, ok := r.(*model.Rectification); ok {
				if a, ok := exists[model.EntityAssessment][rc.AssessmentID].(*model.Assessment); ok {
					if _, ok := a.Finding(rc.FindingNo); !ok {
						rep.add(MsgCheckRef, model.CodeOf(r), "field.rect.finding", fmt.Sprintf("#%d", rc.FindingNo))
					}
				}
			}
		}
	}
	var set model.Settings
	if err := s.loadSettings(tx, &set); err != nil {
		rep.add(MsgCheckRecord, "settings", "-", err.Error())
	}
}

func (s *Store) checkJournal(tx *bolt.Tx, rep *Report) {
	jb := tx.Bucket(bucketJournal)
	if jb == nil {
		rep.add(MsgCheckJournal, "-", "bucket missing")
		return
	}
	_ = jb.ForEach(func(k, v []byte) error {
		var e model.JournalEntry
		if err := s.codec.decode(v, &e); err != nil {
			rep.add(MsgCheckJournal, fmt.Sprintf("%x", k), err.Error())
		}
		return nil
	})
	for _, key := range [][]byte{keyUndo, keyRedo} {
		if _, err := s.readStack(tx, key); err != nil {
			rep.add(MsgCheckJournal, string(key), err.Error())
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
