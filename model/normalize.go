package model

// Normalizer is a record the store tidies before saving: text trimmed and
// stripped of control characters, and fields that follow from others
// (the day a task was done, the day a rectification was opened) filled
// in. before is the stored version, or nil for a new record.
type Normalizer interface {
	Normalize(before Record, today Date)
}

func cleanList(items []string) []string {
	if len(items) == 0 {
		return nil
	}
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = CleanText(s)
	}
	return out
}

// Normalize tidies a plan.
func (p *Plan) Normalize(_ Record, _ Date) {
	p.Title = CleanLine(p.Title)
	p.Goals = cleanList(p.Goals)
	p.Notes = CleanText(p.Notes)
}

// Normalize tidies an owner.
func (o *Owner) Normalize(_ Record, _ Date) {
	o.Name = CleanLine(o.Name)
	o.Title = CleanLine(o.Title)
	o.Department = CleanLine(o.Department)
	o.Contact = CleanLine(o.Contact)
	o.Notes = CleanText(o.Notes)
}

// Normalize tidies a task and keeps DoneOn in step with the status: set
// the day it became done, cleared when it is no longer done.
func (t *Task) Normalize(before Record, today Date) {
	t.Title = CleanLine(t.Title)
	t.Indicator = CleanText(t.Indicator)
	t.Notes = CleanText(t.Notes)
	if t.Status != TaskDone {
		t.DoneOn = NoDate
		return
	}
	if t.DoneOn.IsZero() {
		if b, ok := before.(*Task); ok && b.Status == TaskDone && !b.DoneOn.IsZero() {
			t.DoneOn = b.DoneOn
		} else {
			t.DoneOn = today
		}
	}
}

// Normalize tidies an activity.
func (a *Activity) Normalize(_ Record, _ Date) {
	a.Title = CleanLine(a.Title)
	a.Time = CleanLine(a.Time)
	a.Venue = CleanLine(a.Venue)
	a.Sponsors = CleanText(a.Sponsors)
	a.Volunteers = CleanText(a.Volunteers)
	a.CancelReason = CleanText(a.CancelReason)
	a.Summary = CleanText(a.Summary)
	a.Evaluation = CleanText(a.Evaluation)
	a.Notes = CleanText(a.Notes)
	if a.Status != ActCancelled {
		a.CancelReason = ""
	}
}

// Normalize tidies an assessment.
func (e *Assessment) Normalize(_ Record, _ Date) {
	e.Assessor = CleanLine(e.Assessor)
	e.Notes = CleanText(e.Notes)
	for i := range e.Indicators {
		in := &e.Indicators[i]
		in.Name = CleanLine(in.Name)
		in.Target = CleanText(in.Target)
		in.Result = CleanText(in.Result)
	}
	for i := range e.Findings {
		e.Findings[i].Text = CleanText(e.Findings[i].Text)
	}
	if e.Target.Kind == TargetArea {
		e.Target.ID = 0
	} else {
		e.Target.Area = 0
	}
}

// Normalize tidies a rectification and records the day it was opened.
func (r *Rectification) Normalize(_ Record, today Date) {
	r.Measure = CleanText(r.Measure)
	r.Evidence = CleanText(r.Evidence)
	r.ReopenReason = CleanText(r.ReopenReason)
	if r.OpenedOn.IsZero() {
		r.OpenedOn = today
	}
	if r.Status == RectOpen {
		r.ClosedOn = NoDate
	}
}
