package model

// FieldText is one field of a record as a printout shows it: the field's
// key ("activity.venue"; a UI names it "field."+key) and its value as
// text, owners by name and enums by label.
type FieldText struct {
	Field string
	Text  string
}

// FieldTexts lists a record's fields that hold something, in the order
// forms show them, read through the kind's declaration: a printout of
// any kind of record, including kinds added later, needs no code of its
// own.
func FieldTexts(r Record, l *Ledger, lang Lang) []FieldText {
	var out []FieldText
	for _, f := range fieldsOf(r.Entity()) {
		v := f.get(r)
		t := f.text(v, l, lang)
		if t == "" {
			continue
		}
		out = append(out, FieldText{Field: f.key, Text: t})
	}
	return out
}
