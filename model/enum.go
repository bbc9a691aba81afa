package model

import (
	"strings"

	"secretary/internal/i18n"
)

// Lang is a UI language; the messages and labels below the UI are
// internal/i18n's types, named here so model code reads naturally.
type Lang = i18n.Lang

// The two languages every user-visible string exists in.
const (
	LangZh = i18n.LangZh
	LangEn = i18n.LangEn
)

// Label is a name shown to people: a stable code and the catalogue entry
// (internal/i18n) that holds its text in both languages. The catalogue is
// the only place any Chinese or English text is written.
type Label struct {
	Code string   // stable ASCII name, used in files and on the command line
	Key  i18n.Key // its text in the catalogue: "enum.task_status.done"
}

// In is the label's text in the language; "" for the unset label.
func (l Label) In(lang Lang) string {
	if l.Key == "" {
		return ""
	}
	return i18n.For(lang).T(l.Key)
}

// Is reports whether s names the label: its code or English text in any
// case, or its Chinese text, ignoring surrounding space. It is how sheets
// and the command line read a label in either language.
func (l Label) Is(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && (strings.EqualFold(s, l.Code) || s == l.In(LangZh) || strings.EqualFold(s, l.In(LangEn)))
}

// Enum is implemented by every enumeration in the model. Values are small
// integers stored as such; value 0 is "unset" and the tables below start at
// 1. Never reorder a table: the numbers are in users' files.
type Enum interface {
	~uint8
	labels() []Label
}

// LabelOf is the enum value's label; unset or unknown values get an empty
// label with code "".
func LabelOf[E Enum](e E) Label {
	t := e.labels()
	if int(e) >= len(t) {
		return Label{}
	}
	return t[e]
}

// Values lists an enum's valid values in display order: by number,
// unless the enum says otherwise (values appended to a stored enum keep
// their numbers but may belong earlier in a list; see ActivityKind).
func Values[E Enum]() []E {
	var zero E
	if o, ok := any(zero).(interface{ order() []E }); ok {
		return append([]E(nil), o.order()...)
	}
	n := len(zero.labels())
	out := make([]E, 0, n-1)
	for i := 1; i < n; i++ {
		out = append(out, E(i))
	}
	return out
}

// ParseEnum finds a value by its code, Chinese or English label,
// ignoring case and surrounding space. It is how sheets and the command
// line read enums in either language.
func ParseEnum[E Enum](s string) (E, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	var zero E
	for i, l := range zero.labels() {
		if i == 0 {
			continue
		}
		if l.Is(s) {
			return E(i), true
		}
	}
	if a, ok := any(zero).(interface{ formerNames() map[string]E }); ok {
		if e, ok := a.formerNames()[strings.ToLower(s)]; ok {
			return e, true
		}
	}
	return 0, false
}

// Valid reports whether e is a set, known value.
func Valid[E Enum](e E) bool { return e > 0 && int(e) < len(e.labels()) }

// PlanKind is a plan's horizon.
type PlanKind uint8

// Plan kinds.
const (
	PlanStrategic PlanKind = 1 + iota
	PlanAnnual
	PlanSemester
)

// planKindLabels is read-only: never written after init.
var planKindLabels = []Label{{},
	{"strategic", "enum.plan_kind.strategic"},
	{"annual", "enum.plan_kind.annual"},
	{"semester", "enum.plan_kind.semester"},
}

func (PlanKind) labels() []Label { return planKindLabels }

// PlanStatus is where a plan is in its life.
type PlanStatus uint8

// Plan statuses.
const (
	PlanDraft PlanStatus = 1 + iota
	PlanActive
	PlanDone
	PlanArchived
)

// planStatusLabels is read-only: never written after init.
var planStatusLabels = []Label{{},
	{"draft", "enum.plan_status.draft"},
	{"active", "enum.plan_status.active"},
	{"done", "enum.plan_status.done"},
	{"archived", "enum.plan_status.archived"},
}

func (PlanStatus) labels() []Label { return planStatusLabels }

// WorkArea is one of the group's fields of work (工作范围).
type WorkArea uint8

// Work areas.
const (
	AreaPublicity WorkArea = 1 + iota
	AreaService
	AreaTraining
	AreaCrisis
	AreaResearch
	AreaRules
)

// workAreaLabels is read-only: never written after init.
var workAreaLabels = []Label{{},
	{"publicity", "enum.work_area.publicity"},
	{"service", "enum.work_area.service"},
	{"training", "enum.work_area.training"},
	{"crisis", "enum.work_area.crisis"},
	{"research", "enum.work_area.research"},
	{"rules", "enum.work_area.rules"},
}

func (WorkArea) labels() []Label { return workAreaLabels }

// TaskStatus is how far a task has come.
type TaskStatus uint8

// Task statuses.
const (
	TaskNotStarted TaskStatus = 1 + iota
	TaskInProgress
	TaskDone
	TaskBlocked
)

// taskStatusLabels is read-only: never written after init.
var taskStatusLabels = []Label{{},
	{"not_started", "enum.task_status.not_started"},
	{"in_progress", "enum.task_status.in_progress"},
	{"done", "enum.task_status.done"},
	{"blocked", "enum.task_status.blocked"},
}

func (TaskStatus) labels() []Label { return taskStatusLabels }

// ActivityKind is what sort of event an activity is. The kinds from
// 心理健康日 on were added for the required recurring work (规定动作,
// see Obligation): appended, so stored activities keep their kinds.
type ActivityKind uint8

// Activity kinds. Stored: never reorder, only append.
const (
	ActLecture ActivityKind = 1 + iota
	ActTraining
	ActThemeMonth
	ActGroupCounselling
	ActPublicity
	ActVolunteerTraining
	ActCrisisDrill
	ActOther
	ActMentalHealthDay // 5·25 心理健康日
	ActWorldMHDay      // 10·10 世界精神卫生日
	ActLesson          // 心理课: counted in class hours
	ActClassMeeting    // 主题班会
	ActParents         // 家长学校/家长会
	ActHomeVisit       // 家访: counted in visits
	ActScreening       // 心理健康监测: counted in students checked and followed up
)

// activityKindLabels is read-only: never written after init.
var activityKindLabels = []Label{{},
	{"lecture", "enum.activity_kind.lecture"},
	{"training", "enum.activity_kind.training"},
	{"theme_month", "enum.activity_kind.theme_month"},
	{"group_counselling", "enum.activity_kind.group_counselling"},
	{"publicity", "enum.activity_kind.publicity"},
	{"volunteer_training", "enum.activity_kind.volunteer_training"},
	{"crisis_drill", "enum.activity_kind.crisis_drill"},
	{"other", "enum.activity_kind.other"},
	{"mental_health_day", "enum.activity_kind.mental_health_day"},
	{"world_mental_health_day", "enum.activity_kind.world_mental_health_day"},
	{"lesson", "enum.activity_kind.lesson"},
	{"class_meeting", "enum.activity_kind.class_meeting"},
	{"parents", "enum.activity_kind.parents"},
	{"home_visit", "enum.activity_kind.home_visit"},
	{"screening", "enum.activity_kind.screening"},
}

func (ActivityKind) labels() []Label { return activityKindLabels }

// activityKindOrder is the order forms and lists offer the kinds in: the
// days and months first, then lessons and class work, the counted kinds,
// the group's own events, and "other" last. Read-only.
var activityKindOrder = []ActivityKind{
	ActMentalHealthDay, ActWorldMHDay, ActThemeMonth, ActLesson, ActClassMeeting, ActParents,
	ActHomeVisit, ActScreening, ActTraining, ActLecture, ActGroupCounselling, ActCrisisDrill,
	ActPublicity, ActVolunteerTraining, ActOther,
}

func (ActivityKind) order() []ActivityKind { return activityKindOrder }

// activityKindFormerNames are the names (English in lower case) kinds had
// before the list grew (讲座 is now 专题讲座 …): sheets and commands
// written with the old names still read. Read-only.
var activityKindFormerNames = map[string]ActivityKind{
	"讲座": ActLecture, "培训": ActTraining, "主题月": ActThemeMonth, "危机演练": ActCrisisDrill,
	"training": ActTraining, "theme month": ActThemeMonth,
}

func (ActivityKind) formerNames() map[string]ActivityKind { return activityKindFormerNames }

// ActivityStatus is whether an activity has happened.
type ActivityStatus uint8

// Activity statuses.
const (
	ActPlanned ActivityStatus = 1 + iota
	ActHeld
	ActCancelled
)

// activityStatusLabels is read-only: never written after init.
var activityStatusLabels = []Label{{},
	{"planned", "enum.activity_status.planned"},
	{"held", "enum.activity_status.held"},
	{"cancelled", "enum.activity_status.cancelled"},
}

func (ActivityStatus) labels() []Label { return activityStatusLabels }

// AudienceGroup is one group an activity is for.
type AudienceGroup uint8

// Audience groups.
const (
	AudStudents AudienceGroup = 1 + iota
	AudParents
	AudTeachers
)

// audienceGroupLabels is read-only: never written after init.
var audienceGroupLabels = []Label{{},
	{"students", "enum.audience_group.students"},
	{"parents", "enum.audience_group.parents"},
	{"teachers", "enum.audience_group.teachers"},
}

func (AudienceGroup) labels() []Label { return audienceGroupLabels }

// AssessmentKind is the sort of inspection or evaluation.
type AssessmentKind uint8

// Assessment kinds.
const (
	AssessRoutine AssessmentKind = 1 + iota
	AssessSpecial
	AssessAnnual
)

// assessmentKindLabels is read-only: never written after init.
var assessmentKindLabels = []Label{{},
	{"routine", "enum.assessment_kind.routine"},
	{"special", "enum.assessment_kind.special"},
	{"annual", "enum.assessment_kind.annual"},
}

func (AssessmentKind) labels() []Label { return assessmentKindLabels }

// TargetKind is what an assessment looks at.
type TargetKind uint8

// Target kinds.
const (
	TargetPlan TargetKind = 1 + iota
	TargetTask
	TargetActivity
	TargetArea
)

// targetKindLabels is read-only: never written after init.
var targetKindLabels = []Label{{},
	{"plan", "enum.target_kind.plan"},
	{"task", "enum.target_kind.task"},
	{"activity", "enum.target_kind.activity"},
	{"area", "enum.target_kind.area"},
}

func (TargetKind) labels() []Label { return targetKindLabels }

// Rating is an assessment's overall verdict.
type Rating uint8

// Ratings.
const (
	RatingExcellent Rating = 1 + iota
	RatingGood
	RatingPass
	RatingFail
)

// ratingLabels is read-only: never written after init.
var ratingLabels = []Label{{},
	{"excellent", "enum.rating.excellent"},
	{"good", "enum.rating.good"},
	{"pass", "enum.rating.pass"},
	{"fail", "enum.rating.fail"},
}

func (Rating) labels() []Label { return ratingLabels }

// RectStatus is where a rectification is in its loop (整改闭环):
// opened (挂号) until verified and closed (销号).
type RectStatus uint8

// Rectification statuses.
const (
	RectOpen RectStatus = 1 + iota
	RectClosed
)

// rectStatusLabels is read-only: never written after init.
var rectStatusLabels = []Label{{},
	{"open", "enum.rect_status.open"},
	{"closed", "enum.rect_status.closed"},
}

func (RectStatus) labels() []Label { return rectStatusLabels }
