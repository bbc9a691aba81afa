package model

// attentionDecisions: the decisions the next meeting opens by checking
// (决定事项落实情况) — those of the latest meeting held by today that are
// not yet carried out: overdue first, then the rest by due date.
func attentionDecisions(l *Ledger, today Date) ([]AttentionItem, int) {
	var last *Meeting
	for i := range l.Meetings {
		m := &l.Meetings[i]
		if m.Held() && m.Date <= today && (last == nil || meetingBefore(last, m)) {
			last = m
		}
	}
	if last == nil {
		return nil, 0
	}
	idx := TasksByDecision(l)
	var items []AttentionItem
	for _, d := range MeetingDecisions(l, last.ID) {
		status := DecisionStatusOf(l, idx[d.ID], today)
		if status == DecisionDone {
			continue
		}
		it := AttentionItem{Kind: AttnDecisionOpen, Entity: EntityDecision, ID: d.ID, Title: d.Text,
			Owner: l.OwnerName(d.OwnerID), Date: d.Due, Status: status}
		if !d.Due.IsZero() {
			it.Days = int(d.Due - today)
		}
		items = append(items, it)
	}
	byDate(items)
	n := len(items)
	return items[:min(n, AttentionLimit)], n
}
