package model

// Progress is how far a plan has come, counted from its tasks.
type Progress struct {
	Done    int // tasks done
	Total   int // all tasks
	Overdue int // open tasks past due
	// MeanPercent is the average of the tasks' own progress percentages,
	// a finer measure than Done/Total for plans with long tasks.
	MeanPercent int
}

// Percent is Done/Total as a whole percentage, rounded half-up (0 for a
// plan with no tasks).
func (p Progress) Percent() int {
	return Percent(p.Done, p.Total)
}

// PlanProgress computes every plan's progress in one pass over the tasks.
func PlanProgress(l *Ledger, today Date) map[ID]Progress {
	out := make(map[ID]Progress, len(l.Plans))
	sums := make(map[ID]int, len(l.Plans))
	for i := range l.Tasks {
		t := &l.Tasks[i]
		if t.PlanID == 0 {
			continue
		}
		p, sum := out[t.PlanID], sums[t.PlanID]
		countTask(&p, &sum, t, today)
		out[t.PlanID], sums[t.PlanID] = p, sum
	}
	for id, p := range out {
		p.MeanPercent = Percent(sums[id], p.Total*100)
		out[id] = p
	}
	return out
}

// ProgressOf is one plan's progress: what PlanProgress gives it, for a
// screen that updates the plans a save touched instead of all of them.
func ProgressOf(l *Ledger, plan ID, today Date) Progress {
	var p Progress
	sum := 0
	for i := range l.Tasks {
		if t := &l.Tasks[i]; t.PlanID == plan && plan != 0 {
			countTask(&p, &sum, t, today)
		}
	}
	if p.Total > 0 {
		p.MeanPercent = Percent(sum, p.Total*100)
	}
	return p
}

// countTask adds one task to its plan's progress and percentage sum.
func countTask(p *Progress, sum *int, t *Task, today Date) {
	p.Total++
	if t.Status == TaskDone {
		p.Done++
		*sum += 100
	} else {
		*sum += t.Progress
	}
	if t.Overdue(today) {
		p.Overdue++
	}
}

// Load is how much one person carries: open, overdue and done tasks, and
// the rectifications they own.
type Load struct {
	Open        int
	Overdue     int
	DueSoon     int
	Done        int
	OpenRects   int
	OverdueRect int
}

// OwnerLoads computes every owner's load in one pass.
func OwnerLoads(l *Ledger, today Date) map[ID]Load {
	out := make(map[ID]Load, len(l.Owners))
	for i := range l.Tasks {
		t := &l.Tasks[i]
		ld := out[t.OwnerID]
		ld.countTask(t, today)
		out[t.OwnerID] = ld
	}
	for i := range l.Rectifications {
		r := &l.Rectifications[i]
		ld := out[r.OwnerID]
		ld.countRect(r, today)
		out[r.OwnerID] = ld
	}
	return out
}

// LoadOf is one person's load: what OwnerLoads gives them.
func LoadOf(l *Ledger, owner ID, today Date) Load {
	var ld Load
	for i := range l.Tasks {
		if t := &l.Tasks[i]; t.OwnerID == owner {
			ld.countTask(t, today)
		}
	}
	for i := range l.Rectifications {
		if r := &l.Rectifications[i]; r.OwnerID == owner {
			ld.countRect(r, today)
		}
	}
	return ld
}

func (ld *Load) countTask(t *Task, today Date) {
	switch {
	case !t.Open():
		ld.Done++
	default:
		ld.Open++
		if t.Overdue(today) {
			ld.Overdue++
		}
		if t.DueSoon(today) {
			ld.DueSoon++
		}
	}
}

func (ld *Load) countRect(r *Rectification, today Date) {
	if !r.Open() {
		return
	}
	ld.OpenRects++
	if r.Overdue(today) {
		ld.OverdueRect++
	}
}

// RectCounts is how many rectifications an assessment has, by state.
type RectCounts struct {
	Open    int
	Overdue int
	Closed  int
}

// AssessmentRects counts each assessment's rectifications.
func AssessmentRects(l *Ledger, today Date) map[ID]RectCounts {
	out := make(map[ID]RectCounts, len(l.Assessments))
	for i := range l.Rectifications {
		r := &l.Rectifications[i]
		c := out[r.AssessmentID]
		c.count(r, today)
		out[r.AssessmentID] = c
	}
	return out
}

// RectsOfAssessment is one assessment's counts: what AssessmentRects
// gives it.
func RectsOfAssessment(l *Ledger, assessment ID, today Date) RectCounts {
	var c RectCounts
	for i := range l.Rectifications {
		if r := &l.Rectifications[i]; r.AssessmentID == assessment {
			c.count(r, today)
		}
	}
	return c
}

func (c *RectCounts) count(r *Rectification, today Date) {
	if r.Open() {
		c.Open++
		if r.Overdue(today) {
			c.Overdue++
		}
	} else {
		c.Closed++
	}
}

// TasksOf lists the tasks that satisfy keep, in ID order.
func TasksOf(l *Ledger, keep func(*Task) bool) []*Task {
	var out []*Task
	for i := range l.Tasks {
		if keep(&l.Tasks[i]) {
			out = append(out, &l.Tasks[i])
		}
	}
	return out
}

// RectsOf lists the rectifications that satisfy keep, in ID order.
func RectsOf(l *Ledger, keep func(*Rectification) bool) []*Rectification {
	var out []*Rectification
	for i := range l.Rectifications {
		if keep(&l.Rectifications[i]) {
			out = append(out, &l.Rectifications[i])
		}
	}
	return out
}

// TargetLabel is how an assessment's target reads in a table: the record's
// code and title, or the work area's name.
func TargetLabel(l *Ledger, t Target, lang Lang) string {
	if t.Kind == TargetArea {
		return LabelOf(t.Area).In(lang)
	}
	ent := t.Entity()
	if ent == 0 {
		return ""
	}
	code := Code(ent, t.ID)
	if r := l.Record(ent, t.ID); r != nil {
		return code + " " + r.DisplayName()
	}
	return code
}
