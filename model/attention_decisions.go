package model

import "slices"

// attentionDecisions: the decisions of held meetings that still need
// following up, whichever meeting took them. An open decision (not
// 已落实) is listed when
//   - it is overdue (⚠): its own time limit has passed, or one of its
//     tasks is overdue (逾期). A decision no task carries out stays 未分解
//     however late it is, since its status comes from its tasks; the
//     panel flags it all the same;
//   - it falls due within DueSoonDays days (⏳);
//   - no task carries it out yet (未分解, ·): someone must break it down;
//   - the latest meeting held took it (·): the next meeting opens by
//     checking those (决定事项落实情况).
//
// Overdue first (the most overdue first), then due soon, then the rest
// by time limit (none last).
func attentionDecisions(l *Ledger, today Date) ([]AttentionItem, int) {
	if len(l.Decisions) == 0 {
		return nil, 0
	}
	var last *Meeting
	for i := range l.Meetings {
		m := &l.Meetings[i]
		if m.Held() && m.Date <= today && (last == nil || meetingBefore(last, m)) {
			last = m
		}
	}
	statusOf := decisionStatuses(l, today)
	// Only the first AttentionLimit are kept, in order, as they come: a
	// large ledger's thousands of overdue decisions are counted, not
	// sorted (sorting them all doubled the section's time at 100,000
	// records).
	var top []decisionCand
	total := 0
	for i := range l.Decisions {
		d := &l.Decisions[i]
		m := l.Meeting(d.MeetingID)
		if m == nil || !m.Held() || m.Date > today {
			continue
		}
		status := statusOf(d.ID)
		if status == DecisionDone {
			continue
		}
		c := decisionCand{candidate: candidate{date: d.Due, id: d.ID}, status: status}
		switch late := !d.Due.IsZero() && d.Due < today; {
		case late || status == DecisionOverdue:
			c.kind = AttnDecisionOverdue
			if late {
				c.days = int(today - d.Due)
			}
		case !d.Due.IsZero() && d.Due <= today+DueSoonDays:
			c.kind, c.days = AttnDecisionDueSoon, int(d.Due-today)
		case status == DecisionUnassigned || m == last:
			c.kind = AttnDecisionOpen
			if !d.Due.IsZero() {
				c.days = int(d.Due - today)
			}
		default:
			continue
		}
		total++
		if len(top) == AttentionLimit && cmpDecisionCand(c, top[len(top)-1]) >= 0 {
			continue
		}
		at, _ := slices.BinarySearchFunc(top, c, cmpDecisionCand)
		top = slices.Insert(top, at, c)
		if len(top) > AttentionLimit {
			top = top[:AttentionLimit]
		}
	}
	out := make([]AttentionItem, len(top))
	for i, c := range top {
		d := l.Decision(c.id)
		out[i] = AttentionItem{Kind: c.kind, Entity: EntityDecision, ID: d.ID, Title: d.Text,
			Owner: l.OwnerName(d.OwnerID), Date: d.Due, Days: c.days, Status: c.status}
	}
	return out, total
}

// decisionCand is a decision before it is named, with its status.
type decisionCand struct {
	candidate
	status DecisionStatus
}

// cmpDecisionCand orders decisions for the panel: overdue, due soon, the
// rest; within each by time limit (none last), then by number.
func cmpDecisionCand(a, b decisionCand) int {
	if ra, rb := decisionRank(a.kind), decisionRank(b.kind); ra != rb {
		return ra - rb
	}
	if a.date != b.date {
		switch {
		case a.date.IsZero():
			return 1
		case b.date.IsZero():
			return -1
		}
		return int(a.date - b.date)
	}
	return int(a.id) - int(b.id)
}

// decisionRank orders the decisions' kinds: overdue, due soon, the rest.
func decisionRank(k AttentionKind) int {
	switch k {
	case AttnDecisionOverdue:
		return 0
	case AttnDecisionDueSoon:
		return 1
	}
	return 2
}

// decisionTally is how a decision's tasks stand: how many, how many done,
// whether an open one is overdue.
type decisionTally struct {
	n, done int
	overdue bool
}

// status is DecisionStatusOf's rule over the tally.
func (t decisionTally) status() DecisionStatus {
	switch {
	case t.n == 0:
		return DecisionUnassigned
	case t.done == t.n:
		return DecisionDone
	case t.overdue:
		return DecisionOverdue
	}
	return DecisionInProgress
}

// decisionStatuses derives every decision's status (DecisionStatusOf) in
// one pass over the tasks, without listing each decision's tasks: the
// panel looks at every decision, and the lists and look-ups of
// TasksByDecision were a third of its time at 100,000 records. Decision
// IDs run nearly 1…n, so the tallies are a slice by ID (a map when they
// are sparse).
func decisionStatuses(l *Ledger, today Date) func(ID) DecisionStatus {
	maxID := ID(0)
	if n := len(l.Decisions); n > 0 {
		maxID = l.Decisions[n-1].ID
	}
	if int(maxID) <= 4*len(l.Decisions)+1024 {
		tally := make([]decisionTally, maxID+1)
		for i := range l.Tasks {
			if t := &l.Tasks[i]; t.DecisionID != 0 && t.DecisionID <= maxID {
				tally[t.DecisionID].add(t, today)
			}
		}
		return func(id ID) DecisionStatus { return tally[id].status() }
	}
	tally := map[ID]decisionTally{}
	for i := range l.Tasks {
		if t := &l.Tasks[i]; t.DecisionID != 0 {
			x := tally[t.DecisionID]
			x.add(t, today)
			tally[t.DecisionID] = x
		}
	}
	return func(id ID) DecisionStatus { return tally[id].status() }
}

// add counts one task of the decision.
func (x *decisionTally) add(t *Task, today Date) {
	x.n++
	if !t.Open() {
		x.done++
	} else if t.Overdue(today) {
		x.overdue = true
	}
}
