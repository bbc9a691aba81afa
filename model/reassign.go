package model

// A Move is one role a reassignment hands over: the record, and the field
// that named the person who leaves (task.owner, activity.stage.on_site …).
type Move struct {
	Entity Entity
	ID     ID
	Field  string
}

// Reassign hands over what the person from is still responsible for to
// the person to, in one record: an open task's owner or supervisor, an
// open rectification's owner or verifier, and the organiser and stage
// roles of an activity still planned from today on. Finished work keeps
// the name of whoever did it. It changes r in place and lists the moves;
// none means r is not affected. The preview and the write both use it,
// so what the preview shows is what moves.
func Reassign(r MutableRecord, from, to ID, today Date) []Move {
	var out []Move
	swap := func(p *ID, field string) {
		if *p == from {
			*p = to
			out = append(out, Move{Entity: r.Entity(), ID: r.GetID(), Field: field})
		}
	}
	switch x := r.(type) {
	case *Task:
		if x.Open() {
			swap(&x.OwnerID, "task.owner")
			swap(&x.SupervisorID, "task.supervisor")
		}
	case *Rectification:
		if x.Open() {
			swap(&x.OwnerID, "rect.owner")
			swap(&x.VerifierID, "rect.verifier")
		}
	case *Activity:
		if x.Status == ActPlanned && (x.Date.IsZero() || x.Date >= today) {
			swap(&x.OrganiserID, "activity.organiser")
			for _, s := range Values[Stage]() {
				swap(&x.StageOwners[s-1], "activity.stage."+LabelOf(s).Code)
			}
		}
	}
	return out
}

// ReassignKinds are the kinds a reassignment looks at.
func ReassignKinds() []Entity {
	return []Entity{EntityTask, EntityRectification, EntityActivity}
}

// Reassignment is what handing over a person's open work would change:
// the records, as they would be saved, and every role that moves.
type Reassignment struct {
	From, To ID
	Records  []MutableRecord
	Moves    []Move
}

// PlanReassign works out a reassignment on a ledger without changing it:
// the preview a user confirms.
func PlanReassign(l *Ledger, from, to ID, today Date) Reassignment {
	out := Reassignment{From: from, To: to}
	for _, e := range ReassignKinds() {
		k := KindOf(e)
		_ = k.Each(l, func(r MutableRecord) error {
			c := k.Clone(r)
			if moves := Reassign(c, from, to, today); len(moves) > 0 {
				out.Records = append(out.Records, c)
				out.Moves = append(out.Moves, moves...)
			}
			return nil
		})
	}
	return out
}
