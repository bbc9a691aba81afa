package store

import "secretary/model"

// EachOf decodes each stored record of the kind inside the transaction,
// in ID order, until fn returns an error: for a use case that changes
// several records in one step (handing a person's open work to another,
// deleting a meeting with its decisions) and must see the file as it is
// now, not a ledger read before.
func (t *Tx) EachOf(e model.Entity, fn func(model.MutableRecord) error) error {
	return txRecords{t}.EachOf(e, func(r model.Record) error {
		mr, ok := r.(model.MutableRecord)
		if !ok {
			return nil
		}
		return fn(mr)
	})
}

// Name makes r the record the step's journal entry is named after (its
// code and title in the history), when the step touches several records
// and the one it is about is not the first it changes.
func (t *Tx) Name(r model.Record) {
	if t.main == nil {
		t.main = r
	}
}
