package model

// CurrentYearPlan is the plan a new task belongs to unless told
// otherwise: the school year's annual plan (年度计划) whose period holds
// today, when there is exactly one that is not archived. With none, or
// two to choose between, ok is false and the task starts with no plan.
func CurrentYearPlan(l *Ledger, today Date) (id ID, ok bool) {
	for i := range l.Plans {
		p := &l.Plans[i]
		if p.Kind != PlanAnnual || p.Status == PlanArchived {
			continue
		}
		if (!p.Start.IsZero() && today < p.Start) || (!p.End.IsZero() && today > p.End) {
			continue
		}
		if ok {
			return 0, false
		}
		id, ok = p.ID, true
	}
	return id, ok
}
