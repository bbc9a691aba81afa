package model

// Stage is one of the four stages an activity names a responsible person
// for (策划、组织、现场、总结).
type Stage uint8

// Activity stages, in order.
const (
	StagePlanning Stage = 1 + iota
	StageOrganising
	StageOnSite
	StageSummary
)

// stageLabels is read-only.
var stageLabels = []Label{{},
	{"planning", "enum.stage.planning"},
	{"organising", "enum.stage.organising"},
	{"on_site", "enum.stage.on_site"},
	{"summary", "enum.stage.summary"},
}

func (Stage) labels() []Label { return stageLabels }

// Activity is a lecture, training, theme month, group counselling session
// or other event: when and where, who runs each stage, who it is for, what
// it cost and, once held, how it went (效果评价).
type Activity struct {
	ID           ID              `cbor:"1,keyasint,omitempty"`
	Kind         ActivityKind    `cbor:"2,keyasint,omitempty"`
	Title        string          `cbor:"3,keyasint,omitempty"`
	PlanID       ID              `cbor:"4,keyasint,omitempty"`
	TaskID       ID              `cbor:"5,keyasint,omitempty"`
	Date         Date            `cbor:"6,keyasint,omitempty"`
	Time         string          `cbor:"7,keyasint,omitempty"` // free text: 14:30, 14:30-16:00, 下午第二节
	Venue        string          `cbor:"8,keyasint,omitempty"`
	OrganiserID  ID              `cbor:"9,keyasint,omitempty"`
	StageOwners  [4]ID           `cbor:"10,keyasint,omitempty"` // indexed by Stage-1
	Audience     []AudienceGroup `cbor:"11,keyasint,omitempty"`
	Expected     int             `cbor:"12,keyasint,omitempty"`
	Actual       int             `cbor:"13,keyasint,omitempty"`
	Budget       Money           `cbor:"14,keyasint,omitempty"`
	Spend        Money           `cbor:"15,keyasint,omitempty"`
	Sponsors     string          `cbor:"16,keyasint,omitempty"`
	Volunteers   string          `cbor:"17,keyasint,omitempty"`
	Status       ActivityStatus  `cbor:"18,keyasint,omitempty"`
	CancelReason string          `cbor:"19,keyasint,omitempty"`
	Summary      string          `cbor:"20,keyasint,omitempty"` // 总结
	Score        int             `cbor:"21,keyasint,omitempty"` // satisfaction 1–5; 0 = not evaluated
	Evaluation   string          `cbor:"22,keyasint,omitempty"` // 效果评价
	Notes        string          `cbor:"23,keyasint,omitempty"`
	// Quantity is how much the activity did in Unit: class hours of a
	// lesson, home visits made, students checked. Counts only: the
	// ledger holds nothing that identifies a student.
	Quantity  int     `cbor:"24,keyasint,omitempty"`
	Unit      Measure `cbor:"25,keyasint,omitempty"`
	FollowUps int     `cbor:"26,keyasint,omitempty"` // students followed up after a check (a count)
}

// Entity is EntityActivity.
func (a *Activity) Entity() Entity { return EntityActivity }

// GetID is the activity's number.
func (a *Activity) GetID() ID { return a.ID }

// SetID is for the store.
func (a *Activity) SetID(id ID) { a.ID = id }

// DisplayName is the title.
func (a *Activity) DisplayName() string { return a.Title }

// StageOwner is the person responsible for a stage (0 = none named).
func (a *Activity) StageOwner(s Stage) ID {
	if s < StagePlanning || s > StageSummary {
		return 0
	}
	return a.StageOwners[s-1]
}

// References: plan, task, organiser and stage owners.
func (a *Activity) References() []Ref { return referencesOf(a) }

// Validate checks every field.
func (a *Activity) Validate() error {
	v := &ValidationError{Entity: EntityActivity}
	checkText(v, "activity.title", a.Title, true, MaxShortText)
	checkEnum(v, "activity.kind", a.Kind, true)
	if a.Date.IsZero() {
		v.add("activity.date", MsgRequired)
	}
	checkDateRange(v, "activity.date", a.Date)
	checkText(v, "activity.time", a.Time, false, MaxShortText)
	checkText(v, "activity.venue", a.Venue, false, MaxShortText)
	seen := map[AudienceGroup]bool{}
	for _, g := range a.Audience {
		if !Valid(g) {
			v.add("activity.audience", MsgBadChoice)
			break
		}
		if seen[g] {
			v.add("activity.audience", MsgDuplicate, LabelOf(g).Code)
			break
		}
		seen[g] = true
	}
	if a.Expected < 0 {
		v.add("activity.expected", MsgNegative)
	}
	if a.Actual < 0 {
		v.add("activity.actual", MsgNegative)
	}
	if a.Budget < 0 {
		v.add("activity.budget", MsgNegative)
	}
	if a.Spend < 0 {
		v.add("activity.spend", MsgNegative)
	}
	checkText(v, "activity.sponsors", a.Sponsors, false, MaxLongText)
	checkText(v, "activity.volunteers", a.Volunteers, false, MaxLongText)
	checkEnum(v, "activity.status", a.Status, true)
	if a.Status == ActCancelled && a.CancelReason == "" {
		v.add("activity.cancel_reason", MsgCancelWhy)
	}
	checkText(v, "activity.cancel_reason", a.CancelReason, false, MaxLongText)
	checkText(v, "activity.summary", a.Summary, false, MaxLongText)
	if a.Score < 0 || a.Score > 5 {
		v.add("activity.score", MsgRange, 1, 5)
	}
	checkText(v, "activity.evaluation", a.Evaluation, false, MaxLongText)
	checkText(v, "activity.notes", a.Notes, false, MaxLongText)
	if a.Quantity < 0 {
		v.add("activity.quantity", MsgNegative)
	}
	switch {
	case a.Unit == 0 && a.Quantity > 0:
		v.add("activity.unit", MsgRequired)
	case a.Unit != 0 && !isActivityUnit(a.Unit):
		v.add("activity.unit", MsgNotUnit)
	}
	if a.FollowUps < 0 {
		v.add("activity.follow_ups", MsgNegative)
	}
	return v.err()
}

// Variance is spend minus budget: positive means over budget.
func (a *Activity) Variance() Money { return a.Spend - a.Budget }

// NeedsRecord reports an activity whose day has passed but which is still
// "planned": the secretary has not filled in how it went.
func (a *Activity) NeedsRecord(today Date) bool {
	return a.Status == ActPlanned && !a.Date.IsZero() && a.Date < today
}

// Upcoming reports a planned activity on or after today.
func (a *Activity) Upcoming(today Date) bool {
	return a.Status == ActPlanned && a.Date >= today
}

// HasAudience reports whether the group is in the audience.
func (a *Activity) HasAudience(g AudienceGroup) bool {
	for _, x := range a.Audience {
		if x == g {
			return true
		}
	}
	return false
}

func isActivityUnit(m Measure) bool {
	for _, u := range ActivityUnits() {
		if u == m {
			return true
		}
	}
	return false
}
