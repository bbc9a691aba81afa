package app

import (
	"time"

	"secretary/model"
	"secretary/store"
)

// HistoryEntry is one step in a record's life as a person reads it: when,
// what was done (a message: "修改任务 T-41「…」", undo and redo included),
// and the record before and after that step.
type HistoryEntry struct {
	When time.Time
	What model.Msg
	// Before and After are the record's versions around the step,
	// decoded; Before is nil when the step made the record, After nil
	// when it deleted it.
	Before, After model.Record
	// Unreadable is set when the stored bytes of the step could not be
	// read back (a damaged journal entry): the step is still listed.
	Unreadable bool
}

// Created reports a step that made the record.
func (h HistoryEntry) Created() bool { return !h.Unreadable && h.Before == nil && h.After != nil }

// Deleted reports a step that deleted the record.
func (h HistoryEntry) Deleted() bool { return !h.Unreadable && h.After == nil }

// Fields are the record's fields the step changed, before → after (for a
// new record: what it was made with), with references by name from names
// (the ledger on screen; nil shows codes) and choices by label in lang.
// A front end calls it on its own goroutine, where its ledger lives.
func (h HistoryEntry) Fields(lang model.Lang, names *model.Ledger) []model.FieldChange {
	if h.Unreadable || h.After == nil {
		return nil
	}
	before := h.Before
	if before == nil {
		before = model.NewRecord(h.After.Entity())
	}
	return model.DiffRecords(before, h.After, model.DiffContext{Lang: lang, Before: names, After: names})
}

// History lists a record's steps, oldest first.
func (s *Service) History(e model.Entity, id model.ID) ([]HistoryEntry, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	entries, err := st.History(e, id)
	done()
	if err != nil {
		return nil, err
	}
	out := make([]HistoryEntry, 0, len(entries))
	for i := range entries {
		en := &entries[i]
		h := HistoryEntry{When: en.Time(), What: en.Describe()}
		for _, c := range en.Changes {
			if c.Entity != e || c.ID != id {
				continue
			}
			before, after, err := store.DecodeChange(c)
			if err != nil {
				h.Unreadable = true
				continue
			}
			h.Before, h.After = before, after
		}
		out = append(out, h)
	}
	return out, nil
}
