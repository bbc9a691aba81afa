package model

// The kinds of record inspection readiness adds (issue 15): a rubric of
// indicators the group is judged on, the evidence filed per indicator,
// and the group's documents (rules, plans, notices) that evidence often
// is. Their numbers sit apart from the kinds other features add (7–15)
// so that features built side by side never claim the same number; the
// numbers are stored in journals, so they never change once released.
const (
	EntityRubric Entity = 16 + iota
	EntityIndicator
	EntityEvidence
	EntityDocument
)

// Message keys of the inspection kinds' own rules.
const (
	MsgScoreAbovePoints = "v.score_above_points" // args: the indicator's points
	MsgParentElsewhere  = "v.parent_elsewhere"   // the parent indicator is in another rubric; args: its code
	MsgParentCycle      = "v.parent_cycle"       // following parents comes back to the indicator; args: the codes on the way
	MsgTooDeep          = "v.too_deep"           // more than MaxIndicatorDepth levels; args: the limit
	MsgChildPoints      = "v.child_points"       // a child has more points than its parent; args: child points, parent code, parent points
	MsgCodeTaken        = "v.code_taken"         // another indicator of the rubric has the code; args: code
	MsgChildrenSum      = "v.children_sum"       // the indicators under one add up to more than it; args: its code, its points, their total
	MsgEvidenceEmpty    = "v.evidence_empty"     // neither a file nor a record
	MsgNotLinkable      = "v.not_linkable"       // evidence pointing at a kind that cannot be evidence; args: kind
	MsgBadHash          = "v.bad_hash"           // not a SHA-256 in hex
	MsgFileTooLarge     = "v.file_too_large"     // args: size, limit (both as text, e.g. "201 MB")
)

// MaxIndicatorDepth is how deep a rubric's tree may go: first-level
// indicators (规划管理), second-level (机构建设) and third-level ones.
const MaxIndicatorDepth = 3

// MaxEvidenceFile bounds one evidence file: a scan, a photo or a
// document is far smaller; a video is not evidence a binder can hold.
const MaxEvidenceFile = 200 << 20

// MaxCodeLen bounds an indicator's code (A1.B2.C3).
const MaxCodeLen = 32
