package model

import (
	"fmt"
	"strconv"
	"strings"

	"secretary/internal/i18n"
)

// fieldSpec is one comparable field of a record: its key, how to read its
// value, and how to show the value to a person. Explicit lists (in each
// kind's declaration) rather than reflection, so each field reads the way
// a secretary expects (owners by name, enums by label) and a field can be
// shown differently from how it is stored. A test sets each struct field
// in turn and checks a spec notices, so a field added to a record cannot
// be left out silently.
//
// A reference field (ref, refTo) is also one of the record's references:
// References, the store's reference checks and the kinds that may point
// at a kind are all derived from these.
type fieldSpec struct {
	key  string
	get  func(Record) any
	text func(v any, side *Ledger, lang Lang) string
	ref  Entity // the entity a reference field always points at; 0 for other fields

	targets  []Entity                  // the kinds a reference field can point at
	refID    func(Record) (Entity, ID) // what a reference field points at now; entity 0: nothing
	refIDs   func(Record) []ID         // what a list of references points at (refList), all of kind ref
	required bool                      // a reference that must be set

	// anyKind marks a reference that may point at a record of any kind
	// but those in except (refAny): the registry fills targets in once
	// every kind is declared, so a kind added later is a target too.
	anyKind bool
	except  []Entity
}

// fieldsOf lists the fields of an entity in the order forms show them.
func fieldsOf(e Entity) []fieldSpec {
	if k := KindOf(e); k != nil {
		return k.fields
	}
	return nil
}

// FieldKeys lists the keys of the fields DiffRecords compares for an
// entity, in the order forms show them ("task.title", "task.plan", …); a
// UI names them with "field." + key.
func FieldKeys(e Entity) []string {
	if k := KindOf(e); k != nil {
		return k.FieldKeys()
	}
	return nil
}

// referencesOf lists what a record points at, from its kind's reference
// fields in form order: what every record's References method returns.
func referencesOf(r Record) []Ref {
	var out []Ref
	for _, f := range fieldsOf(r.Entity()) {
		if f.refIDs != nil {
			for _, id := range f.refIDs(r) {
				if id != 0 {
					out = append(out, Ref{Field: f.key, Entity: f.ref, ID: id})
				}
			}
			continue
		}
		if f.refID == nil {
			continue
		}
		if e, id := f.refID(r); e != 0 {
			out = append(out, Ref{Field: f.key, Entity: e, ID: id, Required: f.required})
		}
	}
	return out
}

// plain is a field shown as its own text: strings, dates, amounts, counts.
func plain[T any](key string, get func(*T) any) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: plainText}
}

// enum is a field shown by its label in the UI's language.
func enum[T any, E Enum](key string, get func(*T) E) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) },
		text: func(v any, _ *Ledger, lang Lang) string { return enumText(v.(E), lang) }}
}

// ref is a field that points at a record of one kind, shown by its name.
func ref[T any](key string, e Entity, get func(*T) ID) fieldSpec {
	return fieldSpec{key: key, ref: e, get: func(r Record) any { return get(any(r).(*T)) },
		text:    func(v any, side *Ledger, _ Lang) string { return refText(side, e, v.(ID)) },
		targets: []Entity{e},
		refID:   func(r Record) (Entity, ID) { return e, get(any(r).(*T)) }}
}

// requiredRef is a ref that must be set.
func requiredRef[T any](key string, e Entity, get func(*T) ID) fieldSpec {
	f := ref(key, e, get)
	f.required = true
	return f
}

// refList is a field that points at several records of one kind (a
// meeting's attendees), shown by their names. Every ID is a reference:
// a person who attended a meeting cannot be deleted.
func refList[T any](key string, e Entity, get func(*T) []ID) fieldSpec {
	return fieldSpec{key: key, ref: e, get: func(r Record) any { return get(any(r).(*T)) },
		text: func(v any, side *Ledger, lang Lang) string {
			ids := v.([]ID)
			parts := make([]string, len(ids))
			for i, id := range ids {
				parts[i] = refText(side, e, id)
			}
			return strings.Join(parts, ListSep(lang))
		},
		targets: []Entity{e},
		refIDs:  func(r Record) []ID { return get(any(r).(*T)) }}
}

// refTo is a field that may point at a record of one of several kinds
// (an assessment's target), or at none: point says at what, with entity
// 0 for nothing. It is shown with its own text.
func refTo[T any](key string, targets []Entity, required bool, get func(*T) any, point func(*T) (Entity, ID), text func(v any, side *Ledger, lang Lang) string) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: text,
		targets: targets, required: required,
		refID: func(r Record) (Entity, ID) { return point(any(r).(*T)) }}
}

// refAny is a field that may point at a record of any kind but those in
// except, or at none (what a piece of evidence is): point says at what,
// with entity 0 for nothing. The kinds it can point at are every kind
// the registry holds, so a kind declared later needs no change here.
func refAny[T any](key string, except []Entity, get func(*T) any, point func(*T) (Entity, ID), text func(v any, side *Ledger, lang Lang) string) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: text,
		anyKind: true, except: except,
		refID: func(r Record) (Entity, ID) { return point(any(r).(*T)) }}
}

// custom is a field with its own rendering.
func custom[T any](key string, get func(*T) any, text func(v any, side *Ledger, lang Lang) string) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: text}
}

// plainText shows strings, dates, amounts and numbers as they are.
func plainText(v any, _ *Ledger, lang Lang) string {
	switch x := v.(type) {
	case string:
		return x
	case Date:
		return x.String()
	case Money:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case []string:
		return strings.Join(x, ListSep(lang))
	}
	return fmt.Sprint(v)
}

func percentText(v any, _ *Ledger, _ Lang) string { return strconv.Itoa(v.(int)) + "%" }

// scoreText shows a satisfaction score; 0 means not evaluated and shows
// as empty.
func scoreText(v any, _ *Ledger, _ Lang) string {
	if n := v.(int); n != 0 {
		return strconv.Itoa(n)
	}
	return ""
}

func enumText[E Enum](e E, lang Lang) string {
	if e == 0 {
		return ""
	}
	if !Valid(e) {
		return "#" + strconv.Itoa(int(e))
	}
	return LabelOf(e).In(lang)
}

// refText shows a referenced record: an owner by name, anything else by
// code and title. A record the ledger does not hold shows as its code.
func refText(l *Ledger, e Entity, id ID) string {
	if id == 0 {
		return ""
	}
	var r Record
	if l != nil {
		r = l.Record(e, id)
	}
	switch {
	case r == nil:
		return Code(e, id)
	case e == EntityOwner:
		return r.DisplayName()
	}
	return Code(e, id) + " " + r.DisplayName()
}

func audienceText(v any, _ *Ledger, lang Lang) string {
	groups := v.([]AudienceGroup)
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = enumText(g, lang)
	}
	return strings.Join(parts, ListSep(lang))
}

// indicatorsText shows each indicator as "name [target | result | score]".
func indicatorsText(v any, _ *Ledger, _ Lang) string {
	list := v.([]Indicator)
	parts := make([]string, len(list))
	for i, in := range list {
		score := "-"
		if in.Scored {
			score = strconv.FormatFloat(in.Score, 'f', -1, 64)
		}
		parts[i] = fmt.Sprintf("%s [%s | %s | %s]", in.Name, in.Target, in.Result, score)
	}
	return strings.Join(parts, "; ")
}

func findingsText(v any, _ *Ledger, _ Lang) string {
	list := v.([]Finding)
	parts := make([]string, len(list))
	for i, f := range list {
		parts[i] = "#" + strconv.Itoa(f.No) + " " + f.Text
	}
	return strings.Join(parts, "; ")
}

// findingRef is the finding a rectification addresses: its number on its
// assessment. It is compared and shown as one value, so a history reads
// "1. 记录不完整", never the bare number (针对问题：0 → 1).
type findingRef struct {
	Assessment ID
	No         int
}

// findingText shows the finding by its number and text, looked up on its
// assessment in the side's ledger; without the ledger (or a finding it
// lacks) by its number in words. No finding (0) is empty.
func findingText(v any, side *Ledger, lang Lang) string {
	f := v.(findingRef)
	if f.No <= 0 {
		return ""
	}
	if side != nil {
		if a := side.Assessment(f.Assessment); a != nil {
			if fd, ok := a.Finding(f.No); ok {
				return strconv.Itoa(fd.No) + ". " + fd.Text
			}
		}
	}
	return i18n.For(lang).T("field.finding_no", f.No)
}

// ListSep separates the items of a list shown in a field or a cell: "、"
// or ", " (the catalogue's "list.sep").
func ListSep(lang Lang) string { return i18n.For(lang).T("list.sep") }

// absencesText shows absentees with their reasons: "王五（外出培训）".
func absencesText(v any, side *Ledger, lang Lang) string {
	list := v.([]Absence)
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = refText(side, EntityOwner, a.OwnerID)
		if a.Reason != "" {
			parts[i] += i18n.For(lang).T("meeting.absence_reason", a.Reason)
		}
	}
	return strings.Join(parts, ListSep(lang))
}

// agendaText shows each agenda item as "title: notes".
func agendaText(v any, _ *Ledger, _ Lang) string {
	list := v.([]AgendaItem)
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = strconv.Itoa(i+1) + ". " + a.Title
		if a.Notes != "" {
			parts[i] += ": " + a.Notes
		}
	}
	return strings.Join(parts, "; ")
}
