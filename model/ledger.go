package model

import "sort"

// Ledger is the whole work ledger in memory: every record of every kind,
// and the settings. The store loads it in one read transaction; views,
// the summary and the sheets read it. Slices are sorted by ID.
type Ledger struct {
	Settings       Settings
	Plans          []Plan
	Owners         []Owner
	Tasks          []Task
	Activities     []Activity
	Assessments    []Assessment
	Rectifications []Rectification

	idx *ledgerIndex
}

type ledgerIndex struct {
	plans, owners, tasks, activities, assessments, rects map[ID]int
}

// Counts is how many records of each kind a ledger holds.
type Counts struct {
	Plans          int `json:"plans"`
	Owners         int `json:"owners"`
	Tasks          int `json:"tasks"`
	Activities     int `json:"activities"`
	Assessments    int `json:"assessments"`
	Rectifications int `json:"rectifications"`
}

// Total is the number of records of every kind.
func (c Counts) Total() int {
	return c.Plans + c.Owners + c.Tasks + c.Activities + c.Assessments + c.Rectifications
}

// Of is the count for one entity.
func (c Counts) Of(e Entity) int {
	switch e {
	case EntityPlan:
		return c.Plans
	case EntityOwner:
		return c.Owners
	case EntityTask:
		return c.Tasks
	case EntityActivity:
		return c.Activities
	case EntityAssessment:
		return c.Assessments
	case EntityRectification:
		return c.Rectifications
	}
	return 0
}

// Add increments the count for one entity.
func (c *Counts) Add(e Entity, n int) {
	switch e {
	case EntityPlan:
		c.Plans += n
	case EntityOwner:
		c.Owners += n
	case EntityTask:
		c.Tasks += n
	case EntityActivity:
		c.Activities += n
	case EntityAssessment:
		c.Assessments += n
	case EntityRectification:
		c.Rectifications += n
	}
}

// Counts is how many records the ledger holds.
func (l *Ledger) Counts() Counts {
	return Counts{len(l.Plans), len(l.Owners), len(l.Tasks), len(l.Activities), len(l.Assessments), len(l.Rectifications)}
}

func indexOf[T any](items []T, id func(*T) ID) map[ID]int {
	m := make(map[ID]int, len(items))
	for i := range items {
		m[id(&items[i])] = i
	}
	return m
}

// index returns the ID lookups, building them if Reindex was not called.
// Code that shares a ledger between goroutines calls Reindex first, so
// that reads never write.
func (l *Ledger) index() *ledgerIndex {
	if l.idx == nil {
		l.Reindex()
	}
	return l.idx
}

// Reindex rebuilds the ID lookups; call it after changing the slices.
func (l *Ledger) Reindex() {
	l.idx = &ledgerIndex{
		plans:       indexOf(l.Plans, func(p *Plan) ID { return p.ID }),
		owners:      indexOf(l.Owners, func(o *Owner) ID { return o.ID }),
		tasks:       indexOf(l.Tasks, func(t *Task) ID { return t.ID }),
		activities:  indexOf(l.Activities, func(a *Activity) ID { return a.ID }),
		assessments: indexOf(l.Assessments, func(e *Assessment) ID { return e.ID }),
		rects:       indexOf(l.Rectifications, func(r *Rectification) ID { return r.ID }),
	}
}

func lookup[T any](items []T, m map[ID]int, id ID) *T {
	if i, ok := m[id]; ok && id != 0 {
		return &items[i]
	}
	return nil
}

// Plan returns the plan with the ID, or nil.
func (l *Ledger) Plan(id ID) *Plan { return lookup(l.Plans, l.index().plans, id) }

// Owner returns the owner with the ID, or nil.
func (l *Ledger) Owner(id ID) *Owner { return lookup(l.Owners, l.index().owners, id) }

// Task returns the task with the ID, or nil.
func (l *Ledger) Task(id ID) *Task { return lookup(l.Tasks, l.index().tasks, id) }

// Activity returns the activity with the ID, or nil.
func (l *Ledger) Activity(id ID) *Activity { return lookup(l.Activities, l.index().activities, id) }

// Assessment returns the assessment with the ID, or nil.
func (l *Ledger) Assessment(id ID) *Assessment {
	return lookup(l.Assessments, l.index().assessments, id)
}

// Rectification returns the rectification with the ID, or nil.
func (l *Ledger) Rectification(id ID) *Rectification {
	return lookup(l.Rectifications, l.index().rects, id)
}

// Record returns any record by entity and ID, or nil.
func (l *Ledger) Record(e Entity, id ID) Record {
	switch e {
	case EntityPlan:
		if p := l.Plan(id); p != nil {
			return p
		}
	case EntityOwner:
		if o := l.Owner(id); o != nil {
			return o
		}
	case EntityTask:
		if t := l.Task(id); t != nil {
			return t
		}
	case EntityActivity:
		if a := l.Activity(id); a != nil {
			return a
		}
	case EntityAssessment:
		if a := l.Assessment(id); a != nil {
			return a
		}
	case EntityRectification:
		if r := l.Rectification(id); r != nil {
			return r
		}
	}
	return nil
}

// OwnerName is the owner's name, or "" for 0 or a missing owner.
func (l *Ledger) OwnerName(id ID) string {
	if o := l.Owner(id); o != nil {
		return o.Name
	}
	return ""
}

// PlanTitle is the plan's title, or "".
func (l *Ledger) PlanTitle(id ID) string {
	if p := l.Plan(id); p != nil {
		return p.Title
	}
	return ""
}

// Sort puts every slice in ID order.
func (l *Ledger) Sort() {
	sort.Slice(l.Plans, func(i, j int) bool { return l.Plans[i].ID < l.Plans[j].ID })
	sort.Slice(l.Owners, func(i, j int) bool { return l.Owners[i].ID < l.Owners[j].ID })
	sort.Slice(l.Tasks, func(i, j int) bool { return l.Tasks[i].ID < l.Tasks[j].ID })
	sort.Slice(l.Activities, func(i, j int) bool { return l.Activities[i].ID < l.Activities[j].ID })
	sort.Slice(l.Assessments, func(i, j int) bool { return l.Assessments[i].ID < l.Assessments[j].ID })
	sort.Slice(l.Rectifications, func(i, j int) bool { return l.Rectifications[i].ID < l.Rectifications[j].ID })
	l.Reindex()
}
