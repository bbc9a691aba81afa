package sheet

import (
	"slices"

	"secretary/model"
)

// eachRecord calls fn with a pointer to every record of the ledger.
func eachRecord(l *model.Ledger, fn func(model.MutableRecord)) {
	for i := range l.Plans {
		fn(&l.Plans[i])
	}
	for i := range l.Owners {
		fn(&l.Owners[i])
	}
	for i := range l.Tasks {
		fn(&l.Tasks[i])
	}
	for i := range l.Activities {
		fn(&l.Activities[i])
	}
	for i := range l.Assessments {
		fn(&l.Assessments[i])
	}
	for i := range l.Rectifications {
		fn(&l.Rectifications[i])
	}
}

func sortedIDs[V any](m map[model.ID]V) []model.ID {
	ids := make([]model.ID, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// cloneRecord copies a record deeply enough that changing the copy —
// including the store's normalising, which edits slices in place — never
// touches the original.
func cloneRecord(r model.MutableRecord) model.MutableRecord {
	switch v := r.(type) {
	case *model.Plan:
		c := *v
		c.Goals = slices.Clone(v.Goals)
		return &c
	case *model.Owner:
		c := *v
		return &c
	case *model.Task:
		c := *v
		return &c
	case *model.Activity:
		c := *v
		c.Audience = slices.Clone(v.Audience)
		return &c
	case *model.Assessment:
		c := *v
		c.Indicators = slices.Clone(v.Indicators)
		c.Findings = slices.Clone(v.Findings)
		return &c
	case *model.Rectification:
		c := *v
		return &c
	}
	panic("sheet: unknown record type")
}
