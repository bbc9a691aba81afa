package model

// Plan is a strategic (multi-year), annual or semester plan: goals, a
// period, special funds and a leader. Its progress is derived from its
// tasks (see PlanProgressOf).
type Plan struct {
	ID       ID         `cbor:"1,keyasint,omitempty"`
	Kind     PlanKind   `cbor:"2,keyasint,omitempty"`
	Title    string     `cbor:"3,keyasint,omitempty"`
	Start    Date       `cbor:"4,keyasint,omitempty"`
	End      Date       `cbor:"5,keyasint,omitempty"`
	Goals    []string   `cbor:"6,keyasint,omitempty"`
	Budget   Money      `cbor:"7,keyasint,omitempty"`
	Status   PlanStatus `cbor:"8,keyasint,omitempty"`
	LeaderID ID         `cbor:"9,keyasint,omitempty"` // an owner; 0 = not named
	Notes    string     `cbor:"10,keyasint,omitempty"`
}

// Entity is EntityPlan.
func (p *Plan) Entity() Entity { return EntityPlan }

// GetID is the plan's number.
func (p *Plan) GetID() ID { return p.ID }

// SetID is for the store.
func (p *Plan) SetID(id ID) { p.ID = id }

// DisplayName is the title.
func (p *Plan) DisplayName() string { return p.Title }

// References: the leader, if named.
func (p *Plan) References() []Ref { return referencesOf(p) }

// Validate checks every field and returns a *ValidationError listing each
// problem, or nil.
func (p *Plan) Validate() error {
	v := &ValidationError{Entity: EntityPlan}
	checkText(v, "plan.title", p.Title, true, MaxShortText)
	checkEnum(v, "plan.kind", p.Kind, true)
	checkEnum(v, "plan.status", p.Status, true)
	if p.Start.IsZero() {
		v.add("plan.start", MsgRequired)
	}
	if p.End.IsZero() {
		v.add("plan.end", MsgRequired)
	}
	checkDateRange(v, "plan.start", p.Start)
	checkDateRange(v, "plan.end", p.End)
	checkDates(v, "plan.start", p.Start, "plan.end", p.End)
	if p.Budget < 0 {
		v.add("plan.budget", MsgNegative)
	}
	checkList(v, "plan.goals", p.Goals, MaxLongText)
	checkText(v, "plan.notes", p.Notes, false, MaxLongText)
	return v.err()
}
