package model

import "sort"

// Put stores a copy of the record in the ledger, replacing the one with
// its ID or inserting it in ID order: how a screen patches the ledger it
// holds after a save, instead of reading the whole file again.
//
// (A stopgap until the entity registry reaches the slices generically.)
func (l *Ledger) Put(r Record) {
	if old := l.Record(r.Entity(), r.GetID()); old != nil {
		// Saved over itself: replace in place; no index moves.
		switch x := r.(type) {
		case *Plan:
			*old.(*Plan) = *x
		case *Owner:
			*old.(*Owner) = *x
		case *Task:
			*old.(*Task) = *x
		case *Activity:
			*old.(*Activity) = *x
		case *Assessment:
			*old.(*Assessment) = *x
		case *Rectification:
			*old.(*Rectification) = *x
		}
		return
	}
	switch x := r.(type) {
	case *Plan:
		l.Plans = put(l.Plans, *x, func(p *Plan) ID { return p.ID })
	case *Owner:
		l.Owners = put(l.Owners, *x, func(p *Owner) ID { return p.ID })
	case *Task:
		l.Tasks = put(l.Tasks, *x, func(p *Task) ID { return p.ID })
	case *Activity:
		l.Activities = put(l.Activities, *x, func(p *Activity) ID { return p.ID })
	case *Assessment:
		l.Assessments = put(l.Assessments, *x, func(p *Assessment) ID { return p.ID })
	case *Rectification:
		l.Rectifications = put(l.Rectifications, *x, func(p *Rectification) ID { return p.ID })
	}
	l.Reindex()
}

// Remove drops the record with the ID, if the ledger holds it.
func (l *Ledger) Remove(e Entity, id ID) {
	switch e {
	case EntityPlan:
		l.Plans = remove(l.Plans, id, func(p *Plan) ID { return p.ID })
	case EntityOwner:
		l.Owners = remove(l.Owners, id, func(p *Owner) ID { return p.ID })
	case EntityTask:
		l.Tasks = remove(l.Tasks, id, func(p *Task) ID { return p.ID })
	case EntityActivity:
		l.Activities = remove(l.Activities, id, func(p *Activity) ID { return p.ID })
	case EntityAssessment:
		l.Assessments = remove(l.Assessments, id, func(p *Assessment) ID { return p.ID })
	case EntityRectification:
		l.Rectifications = remove(l.Rectifications, id, func(p *Rectification) ID { return p.ID })
	}
	l.Reindex()
}

func put[T any](items []T, v T, id func(*T) ID) []T {
	want := id(&v)
	i := sort.Search(len(items), func(i int) bool { return id(&items[i]) >= want })
	if i < len(items) && id(&items[i]) == want {
		items[i] = v
		return items
	}
	items = append(items, v)
	copy(items[i+1:], items[i:])
	items[i] = v
	return items
}

func remove[T any](items []T, want ID, id func(*T) ID) []T {
	i := sort.Search(len(items), func(i int) bool { return id(&items[i]) >= want })
	if i < len(items) && id(&items[i]) == want {
		return append(items[:i], items[i+1:]...)
	}
	return items
}
