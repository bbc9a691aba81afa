package model

import (
	"reflect"
	"sort"
)

// ChangeKind says what happened to a record between two ledgers.
type ChangeKind uint8

// Change kinds, in the order a diff lists them.
const (
	Added ChangeKind = 1 + iota
	Changed
	Removed
)

// RecordDiff is one record that differs between two ledgers.
type RecordDiff struct {
	Kind   ChangeKind
	Entity Entity
	ID     ID
	Title  string        // the record's name: the new one, or the old one when removed
	Fields []FieldChange // what changed, for Changed
}

// Code is the record's display code, T-41.
func (d RecordDiff) Code() string { return Code(d.Entity, d.ID) }

// LedgerDiff is everything that differs between two ledgers: records per
// tab (in tab order, then by ID) and the settings.
type LedgerDiff struct {
	Records  []RecordDiff
	Settings []FieldChange
}

// Tally counts a diff's records of one entity by kind.
type Tally struct{ Added, Changed, Removed int }

// Total is the number of records that differ.
func (t Tally) Total() int { return t.Added + t.Changed + t.Removed }

// Empty reports two ledgers with the same records and settings.
func (d *LedgerDiff) Empty() bool { return len(d.Records) == 0 && len(d.Settings) == 0 }

// Tally counts the records of one entity that were added, changed and
// removed.
func (d *LedgerDiff) Tally(e Entity) Tally {
	var t Tally
	for _, r := range d.Records {
		if r.Entity != e {
			continue
		}
		switch r.Kind {
		case Added:
			t.Added++
		case Changed:
			t.Changed++
		case Removed:
			t.Removed++
		}
	}
	return t
}

// Of lists the differing records of one entity.
func (d *LedgerDiff) Of(e Entity) []RecordDiff {
	var out []RecordDiff
	for _, r := range d.Records {
		if r.Entity == e {
			out = append(out, r)
		}
	}
	return out
}

// DiffLedgers lists what changed from before to after: records added,
// changed (with each changed field) and removed, matched by entity and ID,
// and changed settings. Values are shown in lang.
func DiffLedgers(before, after *Ledger, lang Lang) *LedgerDiff {
	if before == nil {
		before = &Ledger{}
	}
	if after == nil {
		after = &Ledger{}
	}
	ctx := DiffContext{Lang: lang, Before: before, After: after}
	d := &LedgerDiff{Settings: DiffSettings(before.Settings, after.Settings, lang)}
	for _, e := range Entities() {
		old, cur := recordsOf(before, e), recordsOf(after, e)
		byID := make(map[ID]Record, len(old))
		for _, r := range old {
			byID[r.GetID()] = r
		}
		var part []RecordDiff
		for _, r := range cur {
			prev, ok := byID[r.GetID()]
			if !ok {
				part = append(part, RecordDiff{Kind: Added, Entity: e, ID: r.GetID(), Title: r.DisplayName()})
				continue
			}
			delete(byID, r.GetID())
			if reflect.DeepEqual(prev, r) {
				continue
			}
			if fields := DiffRecords(prev, r, ctx); len(fields) > 0 {
				part = append(part, RecordDiff{Kind: Changed, Entity: e, ID: r.GetID(), Title: r.DisplayName(), Fields: fields})
			}
		}
		for _, r := range byID {
			part = append(part, RecordDiff{Kind: Removed, Entity: e, ID: r.GetID(), Title: r.DisplayName()})
		}
		sort.Slice(part, func(i, j int) bool { return part[i].ID < part[j].ID })
		d.Records = append(d.Records, part...)
	}
	return d
}

// recordsOf lists a ledger's records of one entity as Records.
func recordsOf(l *Ledger, e Entity) []Record {
	if k := KindOf(e); k != nil {
		return k.Records(l)
	}
	return nil
}
