package model

// rectificationKind declares rectifications (整改): actions that fix an
// assessment's finding, tracked until verified and closed.
var rectificationKind = declare(kindSpec[Rectification, *Rectification]{
	entity: EntityRectification,
	prefix: "R",
	code:   "rectification",
	plural: "rectifications",
	slice:  func(l *Ledger) *[]Rectification { return &l.Rectifications },
	fields: []fieldSpec{
		requiredRef("rect.assessment", EntityAssessment, func(r *Rectification) ID { return r.AssessmentID }),
		custom("rect.finding", func(r *Rectification) any { return findingRef{r.AssessmentID, r.FindingNo} }, findingText),
		plain("rect.measure", func(r *Rectification) any { return r.Measure }),
		requiredRef("rect.owner", EntityOwner, func(r *Rectification) ID { return r.OwnerID }),
		plain("rect.due", func(r *Rectification) any { return r.Due }),
		enum("rect.status", func(r *Rectification) RectStatus { return r.Status }),
		plain("rect.opened_on", func(r *Rectification) any { return r.OpenedOn }),
		plain("rect.closed_on", func(r *Rectification) any { return r.ClosedOn }),
		ref("rect.verifier", EntityOwner, func(r *Rectification) ID { return r.VerifierID }),
		plain("rect.evidence", func(r *Rectification) any { return r.Evidence }),
		plain("rect.reopen_reason", func(r *Rectification) any { return r.ReopenReason }),
	},
	checkLinks: findingExists,
	defaults:   rectDefaults,
	saveRules:  rectSaveRules,
})

// findingExists reports a rectification for a finding its assessment
// does not have.
func findingExists(r *Rectification, others Records) []LinkProblem {
	if r.AssessmentID == 0 || r.FindingNo <= 0 {
		return nil
	}
	a, ok := others.Record(EntityAssessment, r.AssessmentID).(*Assessment)
	if !ok {
		return nil
	}
	if _, ok := a.Finding(r.FindingNo); ok {
		return nil
	}
	return []LinkProblem{{Field: "rect.finding", Via: "rect.assessment", In: a, Part: r.FindingNo}}
}
