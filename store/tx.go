package store

import (
	"bytes"
	"errors"
	"reflect"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/sanitize"
	"secretary/model"
)

// Tx is one user action's write transaction. Everything done through it
// commits together with one journal entry, or not at all.
type Tx struct {
	s       *Store
	tx      *bolt.Tx
	today   model.Date
	changes []model.Change
	main    model.Record // the record the journal entry is named after
	count   int
	texts   map[reflect.Type]*sanitize.Walker // built once per kind per transaction
}

// Do runs fn in one write transaction and journals what it changed as one
// step, described by action and the first record it touched. A change
// that alters nothing writes nothing and returns a zero entry.
func (s *Store) Do(action model.Action, fn func(*Tx) error) (model.JournalEntry, error) {
	return s.do(action, fn, true)
}

// do is Do; backup false skips the session's backup for this one step
// (see SaveSettings: recording the last summary's day).
func (s *Store) do(action model.Action, fn func(*Tx) error, backup bool) (model.JournalEntry, error) {
	if s.readOnly {
		return model.JournalEntry{}, newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	if backup {
		if err := s.backupOnce(); err != nil {
			return model.JournalEntry{}, err
		}
	}
	var entry model.JournalEntry
	err := s.db.Update(func(btx *bolt.Tx) error {
		t := &Tx{s: s, tx: btx, today: s.Today()}
		if err := fn(t); err != nil {
			return err
		}
		if len(t.changes) == 0 {
			return errNothingToCommit
		}
		if err := s.checkConflicts(btx, t.changes); err != nil {
			return err
		}
		entry = model.JournalEntry{
			UnixMs:  s.opts.Clock.Now().UnixMilli(),
			Kind:    model.JournalDo,
			Action:  action,
			Count:   t.count,
			Changes: t.changes,
		}
		if t.main != nil {
			entry.Entity, entry.RecordID, entry.Title = t.main.Entity(), t.main.GetID(), t.main.DisplayName()
		}
		return s.pushDone(btx, &entry)
	})
	if err != nil {
		return model.JournalEntry{}, s.commitErr(err)
	}
	return entry, nil
}

// Create saves a new record and sets its ID.
func (s *Store) Create(r model.MutableRecord) (model.JournalEntry, error) {
	return s.Do(model.ActCreate, func(t *Tx) error { return t.Create(r) })
}

// Update saves a changed record.
func (s *Store) Update(r model.Record) (model.JournalEntry, error) {
	return s.UpdateAs(model.ActUpdate, r)
}

// UpdateAs saves a changed record, journaled as the action (closing a
// rectification, marking an activity held).
func (s *Store) UpdateAs(action model.Action, r model.Record) (model.JournalEntry, error) {
	return s.Do(action, func(t *Tx) error { return t.Update(r) })
}

// Delete removes a record. It refuses while other records point at it.
func (s *Store) Delete(e model.Entity, id model.ID) (model.JournalEntry, error) {
	return s.Do(model.ActDelete, func(t *Tx) error { return t.Delete(e, id) })
}

// Today is the transaction's "today".
func (t *Tx) Today() model.Date { return t.today }

// Get reads one record.
func (t *Tx) Get(e model.Entity, id model.ID) (model.MutableRecord, error) {
	b := t.tx.Bucket(entityBucket(e))
	if b == nil || id == 0 {
		return nil, notFound(e, id)
	}
	v := b.Get(idKey(id))
	if v == nil {
		return nil, notFound(e, id)
	}
	r, err := t.s.codec.decodeRecord(e, v)
	if err != nil {
		return nil, t.s.recordDamaged(e, idKey(id), err)
	}
	return r, nil
}

// Create validates r, checks what it points at, gives it the next ID of
// its kind and saves it.
func (t *Tx) Create(r model.MutableRecord) error {
	b := t.tx.Bucket(entityBucket(r.Entity()))
	t.prepare(r, nil)
	if err := t.validate(r); err != nil {
		return err
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	r.SetID(model.ID(seq))
	return t.put(b, nil, r)
}

// Update validates r and saves it over the stored version.
func (t *Tx) Update(r model.Record) error {
	before, err := t.Get(r.Entity(), r.GetID())
	if err != nil {
		return err
	}
	t.prepare(r, before)
	if err := t.validate(r); err != nil {
		return err
	}
	if err := t.checkPartsKept(before, r); err != nil {
		return err
	}
	return t.put(t.tx.Bucket(entityBucket(r.Entity())), t.tx.Bucket(entityBucket(r.Entity())).Get(idKey(r.GetID())), r)
}

// Delete removes a record nothing else points at.
func (t *Tx) Delete(e model.Entity, id model.ID) error {
	r, err := t.Get(e, id)
	if err != nil {
		return err
	}
	if err := t.checkUnused(r); err != nil {
		return err
	}
	b := t.tx.Bucket(entityBucket(e))
	before := bytes.Clone(b.Get(idKey(id)))
	if err := b.Delete(idKey(id)); err != nil {
		return err
	}
	t.note(r, model.Change{Entity: e, ID: id, Before: before})
	return nil
}

// put encodes and writes r, noting the change unless the bytes are equal.
func (t *Tx) put(b *bolt.Bucket, before []byte, r model.Record) error {
	t.cleanTexts(r)
	v, err := t.s.codec.encode(r)
	if err != nil {
		return err
	}
	if before != nil && bytes.Equal(before, v) {
		return nil
	}
	if err := b.Put(idKey(r.GetID()), v); err != nil {
		return err
	}
	t.note(r, model.Change{Entity: r.Entity(), ID: r.GetID(), Before: bytes.Clone(before), After: v})
	return nil
}

func (t *Tx) note(r model.Record, c model.Change) {
	if t.main == nil {
		t.main = r
	}
	t.changes = append(t.changes, c)
	t.count++
}

// has reports whether a record exists, without decoding it: a reference
// check needs no more, and decoding each referenced record was a fifth of
// the time of a 10,000-row sheet import.
func (t *Tx) has(e model.Entity, id model.ID) bool {
	b := t.tx.Bucket(entityBucket(e))
	return b != nil && id != 0 && b.Get(idKey(id)) != nil
}

// prepare fills what a record takes from the records it points at and
// normalises it (model.FillDefaults, Normalize), as every save does
// before it validates.
func (t *Tx) prepare(r model.Record, before model.Record) {
	model.FillDefaults(r, txRecords{t})
	if n, ok := r.(model.Normalizer); ok {
		n.Normalize(before, t.today)
	}
}

// validate runs the record's own checks and its kind's save rules
// (model.ValidateSave), then its references, and merges the problems into
// one *model.ValidationError.
func (t *Tx) validate(r model.Record) error {
	err := model.ValidateSave(r, txRecords{t}, t.today)
	var v *model.ValidationError
	if err != nil && !errors.As(err, &v) {
		return err
	}
	if v == nil {
		v = &model.ValidationError{Entity: r.Entity()}
	}
	for _, ref := range r.References() {
		if ref.ID == 0 {
			continue // a missing required reference is the record's own "required" error
		}
		if !t.has(ref.Entity, ref.ID) {
			v.Fields = append(v.Fields, model.FieldError{Field: ref.Field, Msg: model.M(model.MsgNotFound, model.Code(ref.Entity, ref.ID))})
		}
	}
	if tc, ok := r.(model.TodayChecker); ok {
		v.Fields = append(v.Fields, tc.CheckOn(t.today)...)
	}
	for _, p := range model.CheckLinks(r, txRecords{t}) {
		v.Fields = append(v.Fields, model.FieldError{Field: p.Field, Msg: p.Message()})
	}
	if len(v.Fields) > 0 {
		return v
	}
	return nil
}

// cleanTexts applies the sanitising rule to every string of r that still
// breaks it, whatever path the record came by: Normalize cleans the
// fields it knows with the rule for their kind (one line or several);
// this is the last line of defence for any other, so that no record is
// ever stored holding a control character.
func (t *Tx) cleanTexts(r model.Record) {
	typ := reflect.TypeOf(r)
	w := t.texts[typ]
	if w == nil {
		if t.texts == nil {
			t.texts = map[reflect.Type]*sanitize.Walker{}
		}
		w = sanitize.NewWalker(typ)
		t.texts[typ] = w
	}
	w.CleanAll(r)
}
