package model

import (
	"secretary/internal/sanitize"
	"strings"
	"unicode/utf8"
)

// Record is what every ledger entry has in common: its kind, its number,
// a name to show in messages, its own validation and the records it points
// at. The store uses it to check references inside the same transaction
// that writes.
type Record interface {
	Entity() Entity
	GetID() ID
	DisplayName() string
	Validate() error
	References() []Ref
}

// NamedIn is a record whose name depends on the language it is shown in
// (an assessment is named by its date and kind); DisplayName is its
// Chinese name.
type NamedIn interface {
	NameIn(lang Lang) string
}

// MutableRecord is a pointer to a record, so the store can set its ID.
type MutableRecord interface {
	Record
	SetID(ID)
}

// Ref is a pointer from one record to another. Required references must be
// set; every set reference must point at an existing record.
type Ref struct {
	Field    string // field key, e.g. "task.owner"
	Entity   Entity
	ID       ID
	Required bool
}

// CodeOf is the display code of a record.
func CodeOf(r Record) string { return Code(r.Entity(), r.GetID()) }

// Validation message keys shared by every record.
const (
	MsgRequired    = "v.required"     // the field must be filled in
	MsgTooLong     = "v.too_long"     // args: max characters
	MsgRange       = "v.range"        // args: min, max
	MsgNegative    = "v.negative"     // must not be below zero
	MsgDateOrder   = "v.date_order"   // args: the earlier field's key
	MsgBadChoice   = "v.bad_choice"   // not one of the offered values
	MsgNoEvidence  = "v.no_evidence"  // closing a rectification needs evidence
	MsgCancelWhy   = "v.cancel_why"   // a cancelled activity needs a reason
	MsgDuplicate   = "v.duplicate"    // args: the repeated value
	MsgEmptyItem   = "v.empty_item"   // args: item number (1-based)
	MsgNotFound    = "v.not_found"    // a reference to a missing record; args: code
	MsgClosedEarly = "v.closed_early" // closed before it was opened; args: opened date
)

// Limits on text fields, so a stray paste cannot bloat the ledger or break
// a printout. Measured in characters, not bytes, so Chinese gets the same
// room as English.
const (
	MaxShortText = 200  // titles, names, venues
	MaxLongText  = 4000 // notes, indicators, summaries
	MaxListItems = 100  // goals, indicators, findings
)

// checkText trims nothing (callers pass trimmed values) and reports empty
// required text and text over the limit.
func checkText(v *ValidationError, field, s string, required bool, max int) {
	if required && strings.TrimSpace(s) == "" {
		v.add(field, MsgRequired)
		return
	}
	if utf8.RuneCountInString(s) > max {
		v.add(field, MsgTooLong, max)
	}
}

func checkEnum[E Enum](v *ValidationError, field string, e E, required bool) {
	if e == 0 {
		if required {
			v.add(field, MsgRequired)
		}
		return
	}
	if !Valid(e) {
		v.add(field, MsgBadChoice)
	}
}

func checkDates(v *ValidationError, startField string, start Date, endField string, end Date) {
	if !start.IsZero() && !end.IsZero() && end < start {
		v.add(endField, MsgDateOrder, "field."+startField)
	}
}

func checkDateRange(v *ValidationError, field string, d Date) {
	if d.IsZero() {
		return
	}
	if y := d.Year(); y < MinYear || y > MaxYear {
		v.add(field, MsgDateRange, d.String(), y, MinYear, MaxYear)
	}
}

func checkList(v *ValidationError, field string, items []string, max int) {
	if len(items) > MaxListItems {
		v.add(field, MsgRange, 0, MaxListItems)
		return
	}
	for i, it := range items {
		if strings.TrimSpace(it) == "" {
			v.add(field, MsgEmptyItem, i+1)
			return
		}
		if utf8.RuneCountInString(it) > max {
			v.add(field, MsgTooLong, max)
			return
		}
	}
}

// CleanText trims surrounding space and applies the one sanitising rule
// (internal/sanitize) for a multi-line field: control characters, bidi
// controls and stray zero-width characters go; newlines and tabs stay.
func CleanText(s string) string {
	return sanitize.Text(strings.TrimSpace(s))
}

// CleanLine is CleanText for one-line fields: newlines and tabs become
// spaces, and runs of spaces one.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}

// NewRecord is an empty record of the entity's kind, or nil for an
// unknown kind: what a decoder fills in, and what a new record's history
// is compared with.
func NewRecord(e Entity) MutableRecord {
	if k := KindOf(e); k != nil {
		return k.New()
	}
	return nil
}

// CloneRecord copies a record deeply enough that changing the copy, its
// lists included, never touches the original.
func CloneRecord(r Record) MutableRecord {
	if k := KindOf(r.Entity()); k != nil {
		return k.Clone(r)
	}
	return nil
}
