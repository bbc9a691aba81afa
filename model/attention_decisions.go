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
	idx := TasksByDecision(l)
	type cand struct {
		candidate
		status DecisionStatus
	}
	var cands []cand
	for i := range l.Decisions {
		d := &l.Decisions[i]
		m := l.Meeting(d.MeetingID)
		if m == nil || !m.Held() || m.Date > today {
			continue
		}
		status := DecisionStatusOf(l, idx[d.ID], today)
		if status == DecisionDone {
			continue
		}
		c := cand{candidate: candidate{date: d.Due, id: d.ID}, status: status}
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
		cands = append(cands, c)
	}
	slices.SortFunc(cands, func(a, b cand) int {
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
	})
	n := min(len(cands), AttentionLimit)
	out := make([]AttentionItem, n)
	for i, c := range cands[:n] {
		d := l.Decision(c.id)
		out[i] = AttentionItem{Kind: c.kind, Entity: EntityDecision, ID: d.ID, Title: d.Text,
			Owner: l.OwnerName(d.OwnerID), Date: d.Due, Days: c.days, Status: c.status}
	}
	return out, len(cands)
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
