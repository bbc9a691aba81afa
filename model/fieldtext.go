package model

import "strings"

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

// RecordDate is the day a record of any kind is dated by: its first
// field whose key ends in ".date" (a meeting's, an activity's), or zero.
// Evidence made of a record takes it as its own date.
func RecordDate(r Record) Date {
	for _, f := range fieldsOf(r.Entity()) {
		if !strings.HasSuffix(f.key, ".date") {
			continue
		}
		if d, ok := f.get(r).(Date); ok && !d.IsZero() {
			return d
		}
	}
	return 0
}
