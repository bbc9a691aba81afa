package model

import "slices"

// AttentionKind is why an item needs attention today.
type AttentionKind uint8

// Attention kinds.
const (
	AttnTaskOverdue      AttentionKind = 1 + iota // an open task past its due date
	AttnTaskDueSoon                               // an open task due in the next 7 days
	AttnUnrecorded                                // a past activity still waiting for its record (✎)
	AttnRectOverdue                               // an open rectification past due
	AttnObligationDue                             // required work due this month, not yet met
	AttnObligationMissed                          // required work missed this semester
	AttnDecisionOpen                              // a decision with no task yet, or of the last meeting and not yet carried out
	AttnDocReviewOverdue                          // a document in force past its review date
	AttnDocReviewDue                              // a document due for review within ReviewSoon days
	AttnDecisionOverdue                           // an open decision past its time limit, or with a task overdue
	AttnDecisionDueSoon                           // an open decision due in the next 7 days
)

// AttentionItem is one thing the today panel lists.
type AttentionItem struct {
	Kind   AttentionKind
	Entity Entity // the record to jump to
	ID     ID
	Title  string
	Owner  string // who it is on: a task's or rectification's owner, an activity's organiser, a document's issuer
	Date   Date   // due date, activity day, review date, or the obligation period's last day
	Days   int    // days past (overdue, missed, unrecorded) or left (due soon, due); a decision overdue only through its tasks: 0
	// For an obligation: the period, how far it got and what it needs.
	Freq   Frequency
	Period Period
	Got    int
	Min    int
	Sum    Measure
	// For a decision: how far its tasks have carried it out.
	Status DecisionStatus
}

// Code is the item's record's display code.
func (it AttentionItem) Code() string { return Code(it.Entity, it.ID) }

// AttentionSection is one group of the today panel.
type AttentionSection struct {
	Key string // stable name: "tasks", "unrecorded", "rects", "decisions", "obligations", "documents"; its heading is "today.section.<key>"
	// Items are the first AttentionLimit, in date order (the most
	// overdue first); Total counts them all.
	Items []AttentionItem
	Total int
}

// AttentionLimit is how many items a section holds: more than one screen
// shows, and a 100,000-record ledger's thousands of overdue tasks are not
// each named and sorted to draw the first frame.
const AttentionLimit = 50

// Attention is what needs attention today: the today panel at start and
// `secretary today`.
type Attention struct {
	Today    Date
	Sections []AttentionSection // only those with items, in attentionSources order
}

// Count is how many items need attention.
func (a *Attention) Count() int {
	n := 0
	for _, s := range a.Sections {
		n += s.Total
	}
	return n
}

// Empty reports that nothing needs attention.
func (a *Attention) Empty() bool { return a.Count() == 0 }

// attentionSources build the today panel's sections, in order. Read-only.
var attentionSources = []struct {
	key   string
	build func(l *Ledger, today Date) ([]AttentionItem, int)
}{
	{"tasks", attentionTasks},
	{"unrecorded", attentionUnrecorded},
	{"rects", attentionRects},
	{"decisions", attentionDecisions},
	{"obligations", attentionObligations},
	{"documents", attentionDocuments},
}

// AttentionKeys are the sections' keys, in order.
func AttentionKeys() []string {
	out := make([]string, len(attentionSources))
	for i, s := range attentionSources {
		out[i] = s.key
	}
	return out
}

// AttentionOf gathers what needs attention as of today.
func AttentionOf(l *Ledger, today Date) *Attention {
	a := &Attention{Today: today}
	for _, src := range attentionSources {
		if items, total := src.build(l, today); total > 0 {
			a.Sections = append(a.Sections, AttentionSection{Key: src.key, Items: items, Total: total})
		}
	}
	return a
}

// candidate is an item before it is named: what ordering and counting
// need, and nothing the garbage collector must trace.
type candidate struct {
	date Date
	id   ID
	kind AttentionKind
	days int
}

// earliest keeps the first AttentionLimit candidates in date order, then
// ID order, and names them with item.
func earliest(cands []candidate, item func(candidate) AttentionItem) ([]AttentionItem, int) {
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.date != b.date {
			return int(a.date - b.date)
		}
		return int(a.id) - int(b.id)
	})
	n := min(len(cands), AttentionLimit)
	out := make([]AttentionItem, n)
	for i := range out {
		out[i] = item(cands[i])
	}
	return out, len(cands)
}

// byDate orders items by date, then by code.
func byDate(items []AttentionItem) {
	slices.SortFunc(items, func(a, b AttentionItem) int {
		if a.Date != b.Date {
			return int(a.Date - b.Date)
		}
		if a.Entity != b.Entity {
			return int(a.Entity) - int(b.Entity)
		}
		return int(a.ID) - int(b.ID)
	})
}

// attentionTasks: open tasks overdue (most overdue first), then due in
// the next 7 days (soonest first).
func attentionTasks(l *Ledger, today Date) ([]AttentionItem, int) {
	var cands []candidate
	for i := range l.Tasks {
		t := &l.Tasks[i]
		switch {
		case t.Overdue(today):
			cands = append(cands, candidate{t.Due, t.ID, AttnTaskOverdue, int(today - t.Due)})
		case t.DueSoon(today):
			cands = append(cands, candidate{t.Due, t.ID, AttnTaskDueSoon, int(t.Due - today)})
		}
	}
	return earliest(cands, func(c candidate) AttentionItem {
		t := l.Task(c.id)
		return AttentionItem{Kind: c.kind, Entity: EntityTask, ID: t.ID, Title: t.Title, Owner: l.OwnerName(t.OwnerID), Date: c.date, Days: c.days}
	})
}

func attentionUnrecorded(l *Ledger, today Date) ([]AttentionItem, int) {
	var cands []candidate
	for i := range l.Activities {
		if a := &l.Activities[i]; a.NeedsRecord(today) {
			cands = append(cands, candidate{a.Date, a.ID, AttnUnrecorded, int(today - a.Date)})
		}
	}
	return earliest(cands, func(c candidate) AttentionItem {
		a := l.Activity(c.id)
		return AttentionItem{Kind: c.kind, Entity: EntityActivity, ID: a.ID, Title: a.Title, Owner: l.OwnerName(a.OrganiserID), Date: c.date, Days: c.days}
	})
}

func attentionRects(l *Ledger, today Date) ([]AttentionItem, int) {
	var cands []candidate
	for i := range l.Rectifications {
		if r := &l.Rectifications[i]; r.Overdue(today) {
			cands = append(cands, candidate{r.Due, r.ID, AttnRectOverdue, int(today - r.Due)})
		}
	}
	return earliest(cands, func(c candidate) AttentionItem {
		r := l.Rectification(c.id)
		return AttentionItem{Kind: c.kind, Entity: EntityRectification, ID: r.ID, Title: r.Measure, Owner: l.OwnerName(r.OwnerID), Date: c.date, Days: c.days}
	})
}

// attentionObligations: periods not yet met that end this month (or start
// in it: 10·10 seen on 1 October), and periods of this semester that were
// missed. Earlier semesters' misses are the summary's business, not
// today's.
func attentionObligations(l *Ledger, today Date) ([]AttentionItem, int) {
	if len(l.Obligations) == 0 {
		return nil, 0
	}
	y, m, _ := today.Parts()
	monthEnd := NewDate(y, m, DaysIn(y, m))
	sem := SemesterSpan(today)
	c := CoverageOf(l, sem.From, max(sem.To, monthEnd), today)
	var out []AttentionItem
	for _, row := range c.Rows {
		o := row.Obligation
		for _, p := range row.Periods {
			it := AttentionItem{Entity: EntityObligation, ID: o.ID, Title: o.Title, Date: p.To,
				Freq: o.Freq, Period: p.Period, Got: p.Got, Min: o.Min, Sum: o.Sum}
			switch {
			case p.Mark == MarkMissed && p.To >= sem.From:
				it.Kind, it.Days = AttnObligationMissed, int(today-p.To)
			case p.Mark != MarkMet && p.To >= today && p.To <= monthEnd && p.From <= monthEnd:
				it.Kind, it.Days = AttnObligationDue, int(p.To-today)
			case p.Mark == MarkNotYet && p.From <= monthEnd:
				it.Kind, it.Days = AttnObligationDue, int(p.To-today)
			default:
				continue
			}
			out = append(out, it)
		}
	}
	byDate(out)
	return out, len(out)
}

// attentionDocuments: documents in force whose review date has passed
// (the most overdue first) or falls within ReviewSoon days — the ones
// the documents' list marks ⚠ and ⏳ and the evidence view counts
// (DocumentsForReview). A review needs a revision and a meeting to adopt
// it, so its window is ReviewSoon, not the tasks' week.
func attentionDocuments(l *Ledger, today Date) ([]AttentionItem, int) {
	var cands []candidate
	for i := range l.Documents {
		d := &l.Documents[i]
		switch d.Review(today) {
		case ReviewOverdue:
			cands = append(cands, candidate{d.ReviewDue, d.ID, AttnDocReviewOverdue, int(today - d.ReviewDue)})
		case ReviewDueSoon:
			cands = append(cands, candidate{d.ReviewDue, d.ID, AttnDocReviewDue, int(d.ReviewDue - today)})
		}
	}
	return earliest(cands, func(c candidate) AttentionItem {
		d := l.Document(c.id)
		return AttentionItem{Kind: c.kind, Entity: EntityDocument, ID: d.ID, Title: d.Title, Owner: d.Issuer, Date: c.date, Days: c.days}
	})
}
