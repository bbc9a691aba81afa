package model

import (
	"reflect"
)

// FieldChange is one field that differs between two versions of a record,
// as a person reads it: the field's key ("task.due"; the UI translates
// "field.task.due") and the value before and after as text, "" meaning
// empty. Dates read 2026-12-01, owners by name, enums by label.
type FieldChange struct {
	Field  string
	Before string
	After  string
}

// DiffContext is what turning values into text needs: the language enum
// labels are shown in, and the ledgers the two versions belong to, so a
// reference reads as the owner's name or the plan's title on that side.
// Either ledger may be nil; references then read as codes (O-3).
type DiffContext struct {
	Lang   Lang
	Before *Ledger
	After  *Ledger
}

// DiffRecords compares two versions of one record field by field and
// returns the fields that differ, in the order a form shows them. Both
// must be of the same entity; the ID is not compared. It is what the
// handover preview, `secretary diff` and a record's history show.
func DiffRecords(before, after Record, ctx DiffContext) []FieldChange {
	if before == nil || after == nil || before.Entity() != after.Entity() {
		return nil
	}
	var out []FieldChange
	for _, f := range fieldsOf(before.Entity()) {
		bv, av := f.get(before), f.get(after)
		if sameValue(bv, av) {
			continue
		}
		bt, at := f.text(bv, ctx.Before, ctx.Lang), f.text(av, ctx.After, ctx.Lang)
		if bt == at {
			if f.ref == 0 || f.refIDs != nil {
				continue // e.g. a nil and an empty list: nothing a person would call a change
			}
			// Two different people with the same name: say which is which.
			bt, at = withCode(bt, f.ref, bv), withCode(at, f.ref, av)
		}
		out = append(out, FieldChange{Field: f.key, Before: bt, After: at})
	}
	return out
}

// DiffSettings compares the ledger's settings, with keys "settings.group",
// "settings.school", "settings.secretary", "settings.last_summary" and
// "settings.today_panel".
func DiffSettings(before, after Settings, lang Lang) []FieldChange {
	var out []FieldChange
	add := func(key, b, a string) {
		if b != a {
			out = append(out, FieldChange{Field: key, Before: b, After: a})
		}
	}
	add("settings.group", before.GroupName, after.GroupName)
	add("settings.school", before.School, after.School)
	add("settings.secretary", before.Secretary, after.Secretary)
	add("settings.last_summary", before.LastSummary.String(), after.LastSummary.String())
	add("settings.founding_no", before.FoundingNo, after.FoundingNo)
	add("settings.founding_date", before.FoundingDate.String(), after.FoundingDate.String())
	add("settings.founding_title", before.FoundingTitle, after.FoundingTitle)
	add("settings.today_panel", TodayPanelText(before, lang), TodayPanelText(after, lang))
	return out
}

// sameValue compares two field values; an empty list equals a missing one.
func sameValue(a, b any) bool {
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Kind() == reflect.Slice && rb.Kind() == reflect.Slice && ra.Len() == 0 && rb.Len() == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

func withCode(text string, e Entity, v any) string {
	id, _ := v.(ID)
	if id == 0 {
		return text
	}
	if text == "" {
		return Code(e, id)
	}
	return text + " (" + Code(e, id) + ")"
}
