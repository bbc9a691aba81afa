package app

import (
	"time"

	"secretary/model"
	"secretary/store"
)

// HistoryEntry is one step in a record's life as a person reads it: when,
// what was done (a message: "修改任务 T-41「…」", undo and redo included),
// and what happened to the record in that step.
type HistoryEntry struct {
	When    time.Time
	What    model.Msg
	Created bool // the step made the record; Fields list what it was made with
	Deleted bool // the step deleted it
	// Fields are the record's fields that changed, before → after, with
	// references by name and choices by label in the asked language.
	Fields []model.FieldChange
	// Unreadable is set when the stored bytes of the step could not be
	// read back (a damaged journal entry): the step is still listed.
	Unreadable bool
}

// History lists a record's steps, oldest first. names is the ledger used
// to show references (owners by name, plans by title): the one on screen.
func (s *Service) History(e model.Entity, id model.ID, lang model.Lang, names *model.Ledger) ([]HistoryEntry, error) {
	entries, err := s.st.History(e, id)
	if err != nil {
		return nil, err
	}
	dctx := model.DiffContext{Lang: lang, Before: names, After: names}
	out := make([]HistoryEntry, 0, len(entries))
	for i := range entries {
		en := &entries[i]
		h := HistoryEntry{When: en.Time(), What: en.Describe()}
		for _, c := range en.Changes {
			if c.Entity != e || c.ID != id {
				continue
			}
			before, after, err := store.DecodeChange(c)
			switch {
			case err != nil:
				h.Unreadable = true
			case after == nil:
				h.Deleted = true
			default:
				if before == nil {
					h.Created = true
					before = model.NewRecord(e)
				}
				h.Fields = append(h.Fields, model.DiffRecords(before, after, dctx)...)
			}
		}
		out = append(out, h)
	}
	return out, nil
}
