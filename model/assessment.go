package model

import "math"

// Target is what an assessment looks at: a plan, a task, an activity or a
// whole work area.
type Target struct {
	Kind TargetKind `cbor:"1,keyasint,omitempty"`
	ID   ID         `cbor:"2,keyasint,omitempty"` // for plan, task, activity
	Area WorkArea   `cbor:"3,keyasint,omitempty"` // for a work area
}

// Entity is the kind of record the target points at (0 for a work area).
func (t Target) Entity() Entity {
	switch t.Kind {
	case TargetPlan:
		return EntityPlan
	case TargetTask:
		return EntityTask
	case TargetActivity:
		return EntityActivity
	}
	return 0
}

// Indicator is one scored line of an assessment: what was looked at, the
// target, what was found, and a score out of 100.
type Indicator struct {
	Name   string  `cbor:"1,keyasint,omitempty"`
	Target string  `cbor:"2,keyasint,omitempty"`
	Result string  `cbor:"3,keyasint,omitempty"`
	Score  float64 `cbor:"4,keyasint,omitempty"`
	Scored bool    `cbor:"5,keyasint,omitempty"` // false: not scored yet, left out of averages
}

// Finding is a problem an assessment found (发现的问题). Rectifications
// point at it by its number, which stays fixed when others are removed.
type Finding struct {
	No   int    `cbor:"1,keyasint,omitempty"`
	Text string `cbor:"2,keyasint,omitempty"`
}

// Assessment is an inspection or evaluation (定期检查, 专项督导, 年度考核)
// with scored indicators, an overall rating and its findings.
type Assessment struct {
	ID         ID             `cbor:"1,keyasint,omitempty"`
	Kind       AssessmentKind `cbor:"2,keyasint,omitempty"`
	Target     Target         `cbor:"3,keyasint"`
	Date       Date           `cbor:"4,keyasint,omitempty"`
	Assessor   string         `cbor:"5,keyasint,omitempty"` // a person or a body, e.g. 区教育局督导组
	Indicators []Indicator    `cbor:"6,keyasint,omitempty"`
	Rating     Rating         `cbor:"7,keyasint,omitempty"` // 0 = not rated yet
	Findings   []Finding      `cbor:"8,keyasint,omitempty"`
	Notes      string         `cbor:"9,keyasint,omitempty"`
}

// Entity is EntityAssessment.
func (e *Assessment) Entity() Entity { return EntityAssessment }

// GetID is the assessment's number.
func (e *Assessment) GetID() ID { return e.ID }

// SetID is for the store.
func (e *Assessment) SetID(id ID) { e.ID = id }

// DisplayName describes the assessment by kind and date, since it has no
// title of its own: "2026-11-20 定期检查".
func (e *Assessment) DisplayName() string { return e.NameIn(LangZh) }

// NameIn is DisplayName in a language: "2026-11-20 Routine inspection".
func (e *Assessment) NameIn(lang Lang) string {
	return e.Date.String() + " " + LabelOf(e.Kind).In(lang)
}

// References: the target record, when it is one.
func (e *Assessment) References() []Ref { return referencesOf(e) }

// Finding returns the finding with that number.
func (e *Assessment) Finding(no int) (Finding, bool) {
	for _, f := range e.Findings {
		if f.No == no {
			return f, true
		}
	}
	return Finding{}, false
}

// NextFindingNo is the number a new finding gets.
func (e *Assessment) NextFindingNo() int {
	n := 0
	for _, f := range e.Findings {
		if f.No > n {
			n = f.No
		}
	}
	return n + 1
}

// Validate checks every field.
func (e *Assessment) Validate() error {
	v := &ValidationError{Entity: EntityAssessment}
	checkEnum(v, "assessment.kind", e.Kind, true)
	checkEnum(v, "assessment.target", e.Target.Kind, true)
	switch {
	case e.Target.Kind == TargetArea:
		checkEnum(v, "assessment.target", e.Target.Area, true)
	case e.Target.Kind != 0 && e.Target.ID == 0:
		v.add("assessment.target", MsgRequired)
	}
	if e.Date.IsZero() {
		v.add("assessment.date", MsgRequired)
	}
	checkDateRange(v, "assessment.date", e.Date)
	checkText(v, "assessment.assessor", e.Assessor, true, MaxShortText)
	if len(e.Indicators) > MaxListItems {
		v.add("assessment.indicators", MsgRange, 0, MaxListItems)
	}
	for i, in := range e.Indicators {
		if in.Name == "" {
			v.add("assessment.indicators", MsgEmptyItem, i+1)
			break
		}
		if in.Scored && (in.Score < 0 || in.Score > 100 || math.IsNaN(in.Score)) {
			v.add("assessment.indicators", MsgRange, 0, 100)
			break
		}
		if len([]rune(in.Name)) > MaxShortText || len([]rune(in.Target)) > MaxLongText || len([]rune(in.Result)) > MaxLongText {
			v.add("assessment.indicators", MsgTooLong, MaxLongText)
			break
		}
	}
	checkEnum(v, "assessment.rating", e.Rating, false)
	seen := map[int]bool{}
	for i, f := range e.Findings {
		if f.Text == "" {
			v.add("assessment.findings", MsgEmptyItem, i+1)
			break
		}
		if f.No <= 0 || seen[f.No] {
			v.add("assessment.findings", MsgDuplicate, f.No)
			break
		}
		seen[f.No] = true
		if len([]rune(f.Text)) > MaxLongText {
			v.add("assessment.findings", MsgTooLong, MaxLongText)
			break
		}
	}
	checkText(v, "assessment.notes", e.Notes, false, MaxLongText)
	return v.err()
}

// AverageScore is the mean of the scored indicators; ok is false when none
// is scored.
func (e *Assessment) AverageScore() (avg float64, ok bool) {
	sum, n := 0.0, 0
	for _, in := range e.Indicators {
		if in.Scored {
			sum += in.Score
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}
