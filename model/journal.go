package model

import "time"

// Action is what a user did, as the audit journal records it.
type Action uint8

// Actions. Stored in the journal: never reorder.
const (
	ActCreate Action = 1 + iota
	ActUpdate
	ActDelete
	ActCloseRect
	ActReopenRect
	ActMarkHeld
	ActCancel
	ActSettings
	ActImport // a sheet import: many records in one step
	ActMigrate
	ActNewYear  // the new school year: a plan, its tasks and activities in one step
	ActDefaults // the default obligations loaded into a ledger
	ActReassign // a person's open work handed to another: many records in one step
)

// actionLabels is read-only.
var actionLabels = []Label{{},
	{"create", "enum.action.create"},
	{"update", "enum.action.update"},
	{"delete", "enum.action.delete"},
	{"close", "enum.action.close"},
	{"reopen", "enum.action.reopen"},
	{"held", "enum.action.held"},
	{"cancel", "enum.action.cancel"},
	{"settings", "enum.action.settings"},
	{"import", "enum.action.import"},
	{"migrate", "enum.action.migrate"},
	{"new_year", "enum.action.new_year"},
	{"defaults", "enum.action.defaults"},
	{"reassign", "enum.action.reassign"},
}

func (Action) labels() []Label { return actionLabels }

// JournalKind says whether an entry is a user's action or the undoing or
// redoing of one.
type JournalKind uint8

// Journal entry kinds.
const (
	JournalDo JournalKind = 1 + iota
	JournalUndo
	JournalRedo
)

// Change is one record's before and after, as encoded bytes (the store's
// codec). Before is nil for a new record; After is nil for a deleted one.
// Entity 0 stands for the ledger's settings.
type Change struct {
	Entity Entity `cbor:"1,keyasint,omitempty"`
	ID     ID     `cbor:"2,keyasint,omitempty"`
	Before []byte `cbor:"3,keyasint,omitempty"`
	After  []byte `cbor:"4,keyasint,omitempty"`
}

// JournalEntry is one step in the audit journal: who did what to which
// records, when — enough to undo it, redo it and show a record's history.
type JournalEntry struct {
	Seq      uint64      `cbor:"1,keyasint,omitempty"`
	UnixMs   int64       `cbor:"2,keyasint,omitempty"`
	Kind     JournalKind `cbor:"3,keyasint,omitempty"`
	Action   Action      `cbor:"4,keyasint,omitempty"`
	Entity   Entity      `cbor:"5,keyasint,omitempty"` // the main record's kind
	RecordID ID          `cbor:"6,keyasint,omitempty"`
	Title    string      `cbor:"7,keyasint,omitempty"` // the main record's name at the time
	Count    int         `cbor:"8,keyasint,omitempty"` // records touched, for imports
	Of       uint64      `cbor:"9,keyasint,omitempty"` // for undo/redo: the user's action undone or redone
	Changes  []Change    `cbor:"10,keyasint,omitempty"`
	// Below is the entry under this one on the undo or redo list it was
	// pushed on (0: the bottom); the store keeps only the lists' tops.
	Below uint64 `cbor:"11,keyasint,omitempty"`
	// Parts is how many more pieces of Changes the store keeps beside the
	// entry (schema v4): a large import is split so that no stored value
	// is large. Entries the store hands out carry every change and Parts 0.
	Parts uint32 `cbor:"12,keyasint,omitempty"`
}

// Time is when the entry was written.
func (j *JournalEntry) Time() time.Time { return time.UnixMilli(j.UnixMs) }

// Describe is the human description of the entry, as a translatable
// message: "删除任务 T-41「组织心理健康讲座」".
func (j *JournalEntry) Describe() Msg {
	var what Msg
	switch {
	case j.Action == ActSettings:
		what = M("journal.settings")
	case j.Action == ActImport || j.Action == ActMigrate || j.Action == ActNewYear || j.Action == ActDefaults || j.Action == ActReassign:
		what = M("journal.bulk", LabelOf(j.Action), j.Count)
	default:
		what = M("journal.record", LabelOf(j.Action), j.Entity.Label(), Code(j.Entity, j.RecordID), j.Title)
	}
	switch j.Kind {
	case JournalUndo:
		return M("journal.undo", what)
	case JournalRedo:
		return M("journal.redo", what)
	}
	return what
}
