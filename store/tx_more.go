package store

import "secretary/model"

// EachOf decodes each stored record of the kind, in ID order, until fn
// returns an error: for a use case that changes the records pointing at
// one it is about to delete, in the same transaction.
func (t *Tx) EachOf(e model.Entity, fn func(model.Record) error) error {
	return txRecords{t}.EachOf(e, fn)
}

// Name names the journal entry after r (the record the user acted on),
// whatever the transaction changed first: deleting an activity first
// detaches the evidence that pointed at it, and the step is still
// "delete A-3".
func (t *Tx) Name(r model.Record) { t.main = r }
