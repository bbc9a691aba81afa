package model

import "strings"

// Obligation is a piece of required recurring work (规定动作): something
// official documents ask of a school at a frequency — at least one
// practice activity a month, six class hours of lessons a semester, an
// activity on 5·25. The ledger carries the calendar so the secretary does
// not have to, and Coverage says for each period whether it was met.
//
// What meets it is named by rules (activities of given kinds; meetings of
// given kinds once meetings exist) and by tags: a task tagged with the
// obligation (Task.ObligationID) meets it when done.
type Obligation struct {
	ID    ID        `cbor:"1,keyasint,omitempty"`
	Title string    `cbor:"2,keyasint,omitempty"`
	Freq  Frequency `cbor:"3,keyasint,omitempty"`
	// Min is how many records must meet it in each period, or — when Sum
	// is set — how much of that quantity they must add up to (≥ 6 class
	// hours). At least 1.
	Min int `cbor:"4,keyasint,omitempty"`
	// Sum is the quantity added up instead of counting records; 0 counts
	// records.
	Sum Measure `cbor:"5,keyasint,omitempty"`
	// Meets are the kinds of record that meet it, by entity.
	Meets  []MeetRule `cbor:"6,keyasint,omitempty"`
	Source string     `cbor:"7,keyasint,omitempty"` // the document it comes from, as text
	// Inactive obligations are kept (their history, the tasks tagged
	// with them) but left out of coverage, the today panel and the new
	// school year. Stored as "inactive" so that a record without the
	// field — every record made before it, every sheet row without the
	// column — is active.
	Inactive bool   `cbor:"8,keyasint,omitempty"`
	Notes    string `cbor:"9,keyasint,omitempty"`
}

// MeetRule names one kind of record that meets an obligation: records of
// the entity whose own kind (an activity's ActivityKind) is Kind, or of
// any kind when Kind is 0.
type MeetRule struct {
	Entity Entity `cbor:"1,keyasint,omitempty"`
	Kind   uint8  `cbor:"2,keyasint,omitempty"`
}

// Measure is a quantity an activity records (counts only, never who) and
// an obligation can add up.
type Measure uint8

// Measures. Stored: never reorder.
const (
	MeasureHours        Measure = 1 + iota // class hours (课时)
	MeasureVisits                          // home visits (户次)
	MeasureChecked                         // students checked (受测人数)
	MeasureFollowUps                       // students followed up (跟进人数)
	MeasureParticipants                    // people who took part (实到人数)
)

// measureLabels is read-only.
var measureLabels = []Label{{},
	{"hours", "enum.measure.hours"},
	{"visits", "enum.measure.visits"},
	{"checked", "enum.measure.checked"},
	{"follow_ups", "enum.measure.follow_ups"},
	{"participants", "enum.measure.participants"},
}

func (Measure) labels() []Label { return measureLabels }

// ActivityUnits are the measures an activity's own Quantity can be in;
// follow-ups and participants have fields of their own.
func ActivityUnits() []Measure { return []Measure{MeasureHours, MeasureVisits, MeasureChecked} }

// Message keys of an obligation's validation.
const (
	MsgAtLeast      = "v.at_least"      // args: the least allowed value
	MsgBadFrequency = "v.bad_frequency" // args: the text typed
	MsgBadRule      = "v.bad_rule"      // args: the text typed
	MsgNotUnit      = "v.not_unit"      // an activity's quantity in a measure it cannot have
)

// Entity is EntityObligation.
func (o *Obligation) Entity() Entity { return EntityObligation }

// GetID is the obligation's number.
func (o *Obligation) GetID() ID { return o.ID }

// SetID is for the store.
func (o *Obligation) SetID(id ID) { o.ID = id }

// DisplayName is the title.
func (o *Obligation) DisplayName() string { return o.Title }

// References: none (tasks point at obligations, not the other way).
func (o *Obligation) References() []Ref { return referencesOf(o) }

// Active reports whether the obligation counts.
func (o *Obligation) Active() bool { return !o.Inactive }

// Validate checks every field: the frequency parses and its range runs
// forward, the minimum is at least 1, each rule names a kind of record
// that can meet an obligation.
func (o *Obligation) Validate() error {
	v := &ValidationError{Entity: EntityObligation}
	checkText(v, "obligation.title", o.Title, true, MaxShortText)
	if err := o.Freq.check(); err != nil {
		v.Fields = append(v.Fields, FieldError{Field: "obligation.frequency", Msg: err.Msg})
	}
	if o.Min < 1 {
		v.add("obligation.min", MsgAtLeast, 1)
	}
	checkEnum(v, "obligation.sum", o.Sum, false)
	if len(o.Meets) > MaxListItems {
		v.add("obligation.meets", MsgRange, 0, MaxListItems)
	}
	seen := map[MeetRule]bool{}
	for _, r := range o.Meets {
		if !validRule(r) {
			v.add("obligation.meets", MsgBadChoice)
			break
		}
		if seen[r] {
			v.add("obligation.meets", MsgDuplicate, RuleText(r, LangZh))
			break
		}
		seen[r] = true
	}
	checkText(v, "obligation.source", o.Source, false, MaxLongText)
	checkText(v, "obligation.notes", o.Notes, false, MaxLongText)
	return v.err()
}

// Normalize tidies an obligation: text trimmed, rules in a stable order.
func (o *Obligation) Normalize(_ Record, _ Date) {
	o.Title = CleanLine(o.Title)
	o.Source = CleanText(o.Source)
	o.Notes = CleanText(o.Notes)
	if len(o.Meets) == 0 {
		o.Meets = nil
	}
}

// MinText is the minimum as a person reads it: "≥ 1", "≥ 6 课时".
func (o *Obligation) MinText(lang Lang) string {
	s := "≥ " + itoa(o.Min)
	if o.Sum != 0 {
		s += " " + LabelOf(o.Sum).In(lang)
	}
	return s
}

// MeetsText lists what meets the obligation: its rules, and tagged tasks.
func (o *Obligation) MeetsText(lang Lang) string {
	return RulesText(o.Meets, lang)
}

// MeetsKind reports whether a rule of the obligation takes records of
// the entity and kind.
func (o *Obligation) MeetsKind(e Entity, kind uint8) bool {
	for _, r := range o.Meets {
		if r.Entity == e && (r.Kind == 0 || r.Kind == kind) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// hasFold reports whether s, lower-cased and with surrounding space
// trimmed, is one of the names.
func hasFold(s string, names ...string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, n := range names {
		if s == n {
			return true
		}
	}
	return false
}
