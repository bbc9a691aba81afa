package model

// DecisionTasks indexes the ledger's tasks by the decision they carry
// out, built in one pass over the tasks so a table of 10,000 decisions
// needs no search per row.
type DecisionTasks map[ID][]ID

// TasksByDecision builds the index.
func TasksByDecision(l *Ledger) DecisionTasks {
	out := DecisionTasks{}
	for i := range l.Tasks {
		if t := &l.Tasks[i]; t.DecisionID != 0 {
			out[t.DecisionID] = append(out[t.DecisionID], t.ID)
		}
	}
	return out
}

// DecisionStatusOf derives a decision's status from its tasks: none is
// 未分解; all done is 已落实; an open one past its due date makes it 逾期;
// otherwise 落实中.
func DecisionStatusOf(l *Ledger, tasks []ID, today Date) DecisionStatus {
	var x decisionTally
	for _, id := range tasks {
		if t := l.Task(id); t != nil {
			x.add(t, today)
		}
	}
	return x.status()
}

// DecisionProgress counts a meeting's decisions by status.
type DecisionProgress struct {
	Total, Done, InProgress, Overdue, Unassigned int
}

// Add counts one decision.
func (p *DecisionProgress) Add(s DecisionStatus) {
	p.Total++
	switch s {
	case DecisionDone:
		p.Done++
	case DecisionInProgress:
		p.InProgress++
	case DecisionOverdue:
		p.Overdue++
	case DecisionUnassigned:
		p.Unassigned++
	}
}

// MeetingDecisions lists a meeting's decisions in the order of their
// numbers.
func MeetingDecisions(l *Ledger, meeting ID) []*Decision {
	var out []*Decision
	for i := range l.Decisions {
		if d := &l.Decisions[i]; d.MeetingID == meeting {
			out = append(out, d)
		}
	}
	sortDecisions(out)
	return out
}

// MeetingProgress counts every meeting's decisions by status, in one
// pass over the decisions.
func MeetingProgress(l *Ledger, idx DecisionTasks, today Date) map[ID]DecisionProgress {
	out := map[ID]DecisionProgress{}
	for i := range l.Decisions {
		d := &l.Decisions[i]
		p := out[d.MeetingID]
		p.Add(DecisionStatusOf(l, idx[d.ID], today))
		out[d.MeetingID] = p
	}
	return out
}

// PreviousMeeting is the latest held meeting dated before the given one
// (by date, then number): whose decisions a meeting looks back at. nil
// when there is none.
func PreviousMeeting(l *Ledger, m *Meeting) *Meeting {
	var best *Meeting
	for i := range l.Meetings {
		x := &l.Meetings[i]
		if x.ID == m.ID || !x.Held() || !meetingBefore(x, m) {
			continue
		}
		if best == nil || meetingBefore(best, x) {
			best = x
		}
	}
	return best
}

// LatestMeeting is the meeting with the latest date (then the highest
// code), held or planned; nil in a ledger with none.
func LatestMeeting(l *Ledger) *Meeting {
	var best *Meeting
	for i := range l.Meetings {
		x := &l.Meetings[i]
		if best == nil || meetingBefore(best, x) {
			best = x
		}
	}
	return best
}

// meetingBefore orders meetings by date, then by ID.
func meetingBefore(a, b *Meeting) bool {
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	return a.ID < b.ID
}

func sortDecisions(list []*Decision) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && (list[j].No < list[j-1].No || list[j].No == list[j-1].No && list[j].ID < list[j-1].ID); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}
