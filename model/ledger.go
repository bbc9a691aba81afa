package model

// Ledger is the whole work ledger in memory: every record of every kind,
// and the settings. The store loads it in one read transaction; views,
// the summary and the sheets read it.
//
// Each slice is sorted by ID, which is how records are found: by binary
// search, or at once when IDs run 1…n. There is no index to keep up to
// date, so reading a ledger never writes, and Put and Remove patch it in
// place after a save instead of reloading it.
type Ledger struct {
	Settings       Settings
	Plans          []Plan
	Owners         []Owner
	Tasks          []Task
	Activities     []Activity
	Assessments    []Assessment
	Rectifications []Rectification
	Meetings       []Meeting
	Decisions      []Decision
	Obligations    []Obligation
	// Inspection readiness (inspection.go): rubrics and their
	// indicators, evidence, documents.
	Rubrics    []Rubric
	Indicators []RubricIndicator
	Evidence   []Evidence
	Documents  []Document
	// Began is the day the ledger began (建账): periods of the required
	// work that ended before it are not tracked, rather than missed
	// (MarkBefore). The store keeps it with the file (set when a ledger
	// is made, carried by snapshots); zero is unknown, and every period
	// counts, as for a ledger kept from the start of the school year.
	Began Date
}

// Plan returns the plan with the ID, or nil.
func (l *Ledger) Plan(id ID) *Plan { return find(l.Plans, id) }

// Owner returns the owner with the ID, or nil.
func (l *Ledger) Owner(id ID) *Owner { return find(l.Owners, id) }

// Task returns the task with the ID, or nil.
func (l *Ledger) Task(id ID) *Task { return find(l.Tasks, id) }

// Activity returns the activity with the ID, or nil.
func (l *Ledger) Activity(id ID) *Activity { return find(l.Activities, id) }

// Assessment returns the assessment with the ID, or nil.
func (l *Ledger) Assessment(id ID) *Assessment { return find(l.Assessments, id) }

// Rectification returns the rectification with the ID, or nil.
func (l *Ledger) Rectification(id ID) *Rectification { return find(l.Rectifications, id) }

// Meeting returns the meeting with the ID, or nil.
func (l *Ledger) Meeting(id ID) *Meeting { return find(l.Meetings, id) }

// Decision returns the decision with the ID, or nil.
func (l *Ledger) Decision(id ID) *Decision { return find(l.Decisions, id) }

// Obligation returns the obligation with the ID, or nil.
func (l *Ledger) Obligation(id ID) *Obligation { return find(l.Obligations, id) }

// Rubric returns the rubric with the ID, or nil.
func (l *Ledger) Rubric(id ID) *Rubric { return find(l.Rubrics, id) }

// Indicator returns the rubric indicator with the ID, or nil.
func (l *Ledger) Indicator(id ID) *RubricIndicator { return find(l.Indicators, id) }

// EvidenceItem returns the evidence item with the ID, or nil.
func (l *Ledger) EvidenceItem(id ID) *Evidence { return find(l.Evidence, id) }

// Document returns the document with the ID, or nil.
func (l *Ledger) Document(id ID) *Document { return find(l.Documents, id) }

// Record returns any record by entity and ID, or nil.
func (l *Ledger) Record(e Entity, id ID) Record {
	if k := KindOf(e); k != nil {
		return k.ops.get(l, id)
	}
	return nil
}

// EachOf calls fn with each record of the kind, in ID order, until fn
// returns an error. With Record it makes a *Ledger the Records a kind's
// rules read.
func (l *Ledger) EachOf(e Entity, fn func(Record) error) error {
	k := KindOf(e)
	if k == nil {
		return nil
	}
	for i, n := 0, k.ops.len(l); i < n; i++ {
		if err := fn(k.ops.at(l, i)); err != nil {
			return err
		}
	}
	return nil
}

// EachRecord calls fn with a pointer to every record of the ledger, kind
// by kind in tab order, then by ID, until fn returns an error.
func (l *Ledger) EachRecord(fn func(MutableRecord) error) error {
	for _, k := range kinds.list {
		if err := k.Each(l, fn); err != nil {
			return err
		}
	}
	return nil
}

// Put stores a copy of the record in the ledger: over the record with its
// entity and ID, or inserted in ID order. Finding the place is a binary
// search and inserting one copy of the slice's tail, so a view can patch
// a 100,000-record ledger after a save instead of reloading it.
func (l *Ledger) Put(r Record) {
	k := KindOf(r.Entity())
	if k == nil {
		panic("model: Put of a record of unknown entity")
	}
	k.ops.put(l, r)
}

// Remove takes the record with the entity and ID out of the ledger,
// reporting whether it was there.
func (l *Ledger) Remove(e Entity, id ID) bool {
	if k := KindOf(e); k != nil {
		return k.ops.remove(l, id)
	}
	return false
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
	for _, k := range kinds.list {
		k.ops.sort(l)
	}
}

// Reindex makes sure every slice is in ID order, sorting the ones that
// are not; call it after building or changing the slices by hand.
func (l *Ledger) Reindex() {
	for _, k := range kinds.list {
		if !k.ops.sorted(l) {
			k.ops.sort(l)
		}
	}
}

// Counts is how many records the ledger holds.
func (l *Ledger) Counts() Counts {
	var c Counts
	for _, k := range kinds.list {
		c.Add(k.entity, k.ops.len(l))
	}
	return c
}
