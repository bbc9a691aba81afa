package model

// MeetingKind is what sort of meeting the group held (the city rubrics
// ask for each by name).
type MeetingKind uint8

// Meeting kinds. Stored: never reorder.
const (
	MeetingLeadership MeetingKind = 1 + iota // 领导小组会议
	MeetingRoutine                           // 工作例会
	MeetingSpecial                           // 专题会议
	MeetingCaseReview                        // 研判会, usually internal
	MeetingJoint                             // 联席会议
	MeetingOther
)

// meetingKindLabels is read-only.
var meetingKindLabels = []Label{{},
	{"leadership", "enum.meeting_kind.leadership"},
	{"routine", "enum.meeting_kind.routine"},
	{"special", "enum.meeting_kind.special"},
	{"case_review", "enum.meeting_kind.case_review"},
	{"joint", "enum.meeting_kind.joint"},
	{"other", "enum.meeting_kind.other"},
}

func (MeetingKind) labels() []Label { return meetingKindLabels }

// MeetingStatus says whether a meeting is still to come or was held.
type MeetingStatus uint8

// Meeting statuses. Stored: never reorder.
const (
	MeetingPlanned MeetingStatus = 1 + iota
	MeetingHeld
)

// meetingStatusLabels is read-only.
var meetingStatusLabels = []Label{{},
	{"planned", "enum.meeting_status.planned"},
	{"held", "enum.meeting_status.held"},
}

func (MeetingStatus) labels() []Label { return meetingStatusLabels }

// GroupRole is a person's place in the leadership group. 列席 people
// attend without being members.
type GroupRole uint8

// Group roles, in the order a roster prints them. Stored: never reorder.
const (
	RoleLeader    GroupRole = 1 + iota // 组长
	RoleDeputy                         // 副组长
	RoleMember                         // 成员
	RoleSecretary                      // 秘书/联络员
	RoleObserver                       // 列席
)

// groupRoleLabels is read-only.
var groupRoleLabels = []Label{{},
	{"leader", "enum.group_role.leader"},
	{"deputy", "enum.group_role.deputy"},
	{"member", "enum.group_role.member"},
	{"secretary", "enum.group_role.secretary"},
	{"observer", "enum.group_role.observer"},
}

func (GroupRole) labels() []Label { return groupRoleLabels }

// DecisionStatus is how far a decision has been carried out. It is never
// stored or typed: DecisionStatusOf derives it from the decision's tasks.
type DecisionStatus uint8

// Decision statuses, worst first is not their order: this is the order
// a carry-out table explains them in.
const (
	DecisionDone       DecisionStatus = 1 + iota // 已落实: every task done
	DecisionInProgress                           // 落实中
	DecisionOverdue                              // 逾期: an open task is past due
	DecisionUnassigned                           // 未分解: no task yet
)

// decisionStatusLabels is read-only.
var decisionStatusLabels = []Label{{},
	{"done", "enum.decision_status.done"},
	{"in_progress", "enum.decision_status.in_progress"},
	{"overdue", "enum.decision_status.overdue"},
	{"unassigned", "enum.decision_status.unassigned"},
}

func (DecisionStatus) labels() []Label { return decisionStatusLabels }
