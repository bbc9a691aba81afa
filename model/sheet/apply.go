package sheet

import (
	"errors"
	"reflect"

	"secretary/internal/i18n"
	"secretary/model"
)

// Writer is what Apply needs of a store transaction; *store.Tx has it.
type Writer interface {
	Get(e model.Entity, id model.ID) (model.MutableRecord, error)
	Update(r model.Record) error
	CreateWithID(r model.MutableRecord) error
}

// Apply writes the import through one transaction: run it inside
// store.Do(model.ActImport, …) so the whole import is one journal entry
// and one undo step. It refuses an import with problems, and one whose
// ledger records changed after Prepare read them (prepare again). Records
// are written in the order they point at each other: owners, plans,
// tasks, activities, assessments, rectifications.
func (imp *Import) Apply(w Writer) error {
	if len(imp.Problems) > 0 {
		return model.NewMsgError(MsgHasProblems, len(imp.Problems))
	}
	for _, e := range importOrder() {
		t := imp.Tab(e)
		for _, u := range t.Updated {
			cur, err := w.Get(e, u.Before.GetID())
			if err != nil {
				return err
			}
			if !reflect.DeepEqual(cur, u.Before) {
				return model.NewMsgError(MsgStale, model.CodeOf(u.Before))
			}
			if err := w.Update(u.After); err != nil {
				return commitErr(u.After, err)
			}
		}
		for _, r := range t.New {
			if err := w.CreateWithID(r); err != nil {
				return commitErr(r, err)
			}
		}
	}
	return nil
}

// commitErr names the record a failed write was for. A validation error
// becomes a message listing its fields (Prepare should have caught it;
// this is the last line of defence); anything else, such as an I/O
// error, is returned as it is.
func commitErr(r model.Record, err error) error {
	var v *model.ValidationError
	if !errors.As(err, &v) {
		return err
	}
	fields := make([]model.Msg, len(v.Fields))
	for i, f := range v.Fields {
		fields[i] = model.M("error.field", model.M(i18n.Key("field."+f.Field)), f.Msg)
	}
	return model.NewMsgError(MsgCommitInvalid, model.CodeOf(r), fields)
}
