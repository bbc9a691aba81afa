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

// Label is one name in both languages.
type Label struct {
	Code string // stable ASCII name, used in files and on the command line
	Zh   string
	En   string
}

// In returns the label in the language.
func (l Label) In(lang Lang) string {
	if lang == LangEn {
		return l.En
	}
	return l.Zh
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

// Values lists an enum's valid values in display order.
func Values[E Enum]() []E {
	var zero E
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
		if strings.EqualFold(s, l.Code) || s == l.Zh || strings.EqualFold(s, l.En) {
			return E(i), true
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
	{"strategic", "战略规划", "Strategic plan"},
	{"annual", "年度计划", "Annual plan"},
	{"semester", "学期计划", "Semester plan"},
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
	{"draft", "草稿", "Draft"},
	{"active", "执行中", "Active"},
	{"done", "已完成", "Done"},
	{"archived", "已归档", "Archived"},
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
	{"publicity", "宣传推广", "Publicity"},
	{"service", "服务体系建设", "Service system"},
	{"training", "人员培训", "Staff training"},
	{"crisis", "危机干预", "Crisis intervention"},
	{"research", "科研支持", "Research"},
	{"rules", "制度规范", "Rules and standards"},
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
	{"not_started", "未开始", "Not started"},
	{"in_progress", "进行中", "In progress"},
	{"done", "已完成", "Done"},
	{"blocked", "受阻", "Blocked"},
}

func (TaskStatus) labels() []Label { return taskStatusLabels }

// ActivityKind is what sort of event an activity is.
type ActivityKind uint8

// Activity kinds.
const (
	ActLecture ActivityKind = 1 + iota
	ActTraining
	ActThemeMonth
	ActGroupCounselling
	ActPublicity
	ActVolunteerTraining
	ActCrisisDrill
	ActOther
)

// activityKindLabels is read-only: never written after init.
var activityKindLabels = []Label{{},
	{"lecture", "讲座", "Lecture"},
	{"training", "培训", "Training"},
	{"theme_month", "主题月", "Theme month"},
	{"group_counselling", "团体辅导", "Group counselling"},
	{"publicity", "宣传", "Publicity"},
	{"volunteer_training", "志愿者培训", "Volunteer training"},
	{"crisis_drill", "危机演练", "Crisis drill"},
	{"other", "其他", "Other"},
}

func (ActivityKind) labels() []Label { return activityKindLabels }

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
	{"planned", "计划中", "Planned"},
	{"held", "已举办", "Held"},
	{"cancelled", "已取消", "Cancelled"},
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
	{"students", "学生", "Students"},
	{"parents", "家长", "Parents"},
	{"teachers", "教师", "Teachers"},
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
	{"routine", "定期检查", "Routine inspection"},
	{"special", "专项督导", "Special inspection"},
	{"annual", "年度考核", "Annual evaluation"},
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
	{"plan", "计划", "Plan"},
	{"task", "任务", "Task"},
	{"activity", "活动", "Activity"},
	{"area", "工作范围", "Work area"},
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
	{"excellent", "优秀", "Excellent"},
	{"good", "良好", "Good"},
	{"pass", "合格", "Pass"},
	{"fail", "不合格", "Fail"},
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
	{"open", "整改中", "Open"},
	{"closed", "已销号", "Closed"},
}

func (RectStatus) labels() []Label { return rectStatusLabels }
