package model

import "strconv"

// Records is what a kind's cross-record rule may read of the other
// records: a store transaction, a ledger in memory (*Ledger), or a sheet
// import's records as they will be after it.
type Records interface {
	// Record is the record of the kind with the ID, or nil.
	Record(e Entity, id ID) Record
	// EachOf calls fn with each record of the kind, in ID order, until fn
	// returns an error.
	EachOf(e Entity, fn func(Record) error) error
}

// LinkProblem is a record pointing at a part of another record that the
// other record does not have: a rectification for finding 3 of an
// assessment with two findings.
type LinkProblem struct {
	Field string // the field naming the part: "rect.finding"
	Via   string // the reference field leading to the other record: "rect.assessment"
	In    Record // the other record
	Part  int    // the part it lacks: finding 3
}

// Missing is the missing part as a message shows it: "#3".
func (p LinkProblem) Missing() string { return "#" + strconv.Itoa(p.Part) }

// PartInUse is a part an update drops while other records still point at
// it: finding 3, which rectifications address.
type PartInUse struct {
	Field string // the field that lists the parts: "assessment.findings"
	Part  int
	By    Entity // the kind of the records pointing at it
	IDs   []ID   // those records, in ID order
}

// CheckLinks runs the rule of r's kind, if it has one, that looks into
// the records r points at.
func CheckLinks(r Record, others Records) []LinkProblem {
	if k := KindOf(r.Entity()); k != nil && k.checkLinks != nil {
		return k.checkLinks(r, others)
	}
	return nil
}

// PartsInUse runs the rule of the record's kind, if it has one, that
// refuses an update from before to after which drops parts other records
// still point at. It lists every such part.
func PartsInUse(before, after Record, others Records) ([]PartInUse, error) {
	if k := KindOf(after.Entity()); k != nil && k.partsInUse != nil {
		return k.partsInUse(before, after, others)
	}
	return nil, nil
}
