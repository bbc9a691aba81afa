package app

import (
	"secretary/model"
	"secretary/store"
)

// Result is what a write did: the journal entry (its Describe is the
// status line) and each record it changed, decoded, so a screen can patch
// the ledger it holds instead of reading the whole file again.
type Result struct {
	Entry   model.JournalEntry
	Changes []Change
}

// Change is one record (or the settings) as a write left it.
type Change struct {
	Entity model.Entity
	ID     model.ID
	// Before and After are the record's versions; Before is nil for a
	// new record, After nil for a deleted one. Both are nil for the
	// settings (Entity 0), which Settings holds instead.
	Before, After model.Record
	Settings      *model.Settings
}

// Empty reports a write that changed nothing (a form saved unchanged).
func (r Result) Empty() bool { return len(r.Changes) == 0 }

// Apply patches a ledger held in memory with the result's changes, so it
// reads as the file now does: the cost of a save stays that of the
// records it touched, not of the ledger's size.
func (r Result) Apply(l *model.Ledger) {
	for _, c := range r.Changes {
		switch {
		case c.Entity == 0 && c.Settings != nil:
			l.Settings = *c.Settings
		case c.After != nil:
			l.Put(c.After)
		case c.Entity != 0:
			l.Remove(c.Entity, c.ID)
		}
	}
}

// result decodes a journal entry's changes.
func result(e model.JournalEntry) (Result, error) {
	out := Result{Entry: e, Changes: make([]Change, 0, len(e.Changes))}
	for _, c := range e.Changes {
		if c.Entity == 0 {
			set, err := store.DecodeSettings(c.After)
			if err != nil {
				return out, err
			}
			out.Changes = append(out.Changes, Change{Settings: &set})
			continue
		}
		before, after, err := store.DecodeChange(c)
		if err != nil {
			return out, err
		}
		out.Changes = append(out.Changes, Change{Entity: c.Entity, ID: c.ID, Before: before, After: after})
	}
	return out, nil
}

// finish turns a store write's answer into a Result.
func finish(e model.JournalEntry, err error) (Result, error) {
	if err != nil {
		return Result{}, err
	}
	return result(e)
}

// write runs one store write as a use case: refused on a read-only
// ledger, its journal entry decoded into a Result.
func (s *Service) write(fn func(st *store.Store) (model.JournalEntry, error)) (Result, error) {
	st, done, err := s.acquire()
	if err != nil {
		return Result{}, err
	}
	defer done()
	if err := canWrite(st); err != nil {
		return Result{}, err
	}
	return finish(fn(st))
}

// Save writes a record as one journaled, undoable step: a new record
// (ID 0) is created and given its number, an existing one updated.
// action says how the journal names the step (closing a rectification,
// marking an activity held …); model.ActCreate and model.ActUpdate are
// the plain cases. rec is changed in place (its ID, normalised fields).
func (s *Service) Save(action model.Action, rec model.MutableRecord) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		if rec.GetID() == 0 {
			return st.Create(rec)
		}
		if action == model.ActCreate {
			action = model.ActUpdate
		}
		return st.UpdateAs(action, rec)
	})
}

// Delete removes a record. It is refused, naming what still points at
// the record, while other records do — except evidence, which lets go in
// the same step: an item that is the record goes with it, a file about
// it stays without it, and a deleted indicator leaves the items' links
// (see deleteDetaching). A front end asks first, naming the indicators
// the record supports (model.IndicatorsOf).
func (s *Service) Delete(e model.Entity, id model.ID) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActDelete, func(t *store.Tx) error { return deleteDetaching(t, e, id) })
	})
}

// Undo takes back the latest step still on the undo list.
func (s *Service) Undo() (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) { return st.Undo() })
}

// Redo applies again the latest undone step.
func (s *Service) Redo() (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) { return st.Redo() })
}

// SaveSettings writes the group's settings as one undoable step.
func (s *Service) SaveSettings(set model.Settings) (Result, error) {
	if err := set.Check(s.Today()); err != nil {
		return Result{}, err
	}
	return s.write(func(st *store.Store) (model.JournalEntry, error) { return st.SaveSettings(set) })
}

// Settings reads the settings alone, without loading the ledger.
func (s *Service) Settings() (model.Settings, error) {
	st, done, err := s.acquire()
	if err != nil {
		return model.Settings{}, err
	}
	defer done()
	return st.Settings()
}
