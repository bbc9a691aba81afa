package model

// kinds is the registry of record kinds. It is written once, by init, and
// only read after. (An initialiser cannot build it: a kind's fields show
// references through the ledger, which reads the registry, and Go calls
// that an initialisation cycle.)
var kinds registry

// The kinds in the order the tabs show them. A new kind is declared in its
// own kind_*.go file and added at the end of this list; nothing else in
// the model iterates kinds by hand.
func init() {
	kinds = newRegistry(planKind, ownerKind, taskKind, activityKind, assessmentKind, rectificationKind, meetingKind, decisionKind, obligationKind,
		rubricKind, indicatorKind, evidenceKind, documentKind)
}
