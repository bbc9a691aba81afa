package model

import (
	"strings"

	"secretary/internal/i18n"
)

// Occurrence is one record as obligation coverage sees it: when it
// happened, its own kind, the obligation it is tagged with, whether it
// has happened (held, done) or is only planned, and the quantities it
// records. Each kind of record that can meet an obligation turns its
// records into occurrences (a meetSource); coverage never looks at the
// records themselves.
type Occurrence struct {
	Entity  Entity
	ID      ID
	Date    Date
	Kind    uint8             // the record's own kind (an ActivityKind); 0 for none
	Tag     ID                // the obligation it is tagged with; 0 for none
	Done    bool              // held or done; false: planned, not yet happened
	Amounts [measureLimit]int // by Measure
}

// measureLimit bounds Measure numbers, so an occurrence's quantities are
// an array, not a map.
const measureLimit = 8

// Amount is the occurrence's quantity of the measure.
func (o *Occurrence) Amount(m Measure) int {
	if int(m) >= measureLimit {
		return 0
	}
	return o.Amounts[m]
}

// meetSource is a kind of record that can meet obligations.
//
// To make another kind meet obligations, declare its source and add it
// to meetSources: rules naming it (MeetRule with its entity), the forms'
// choice of its kinds, the sheets' "meets" column and coverage all pick
// it up from there.
type meetSource struct {
	entity Entity
	// kinds are the record's own kinds a rule can name (an activity's
	// ActivityKind labels, index = value), in the order to offer them;
	// nil when rules cannot name the kind (tasks meet by their tag).
	kinds func() []Label
	order func() []uint8
	// each calls fn with every record of the kind dated from..to (both
	// included), as an occurrence.
	each func(l *Ledger, from, to Date, fn func(*Occurrence))
}

// meetSources are the kinds that can meet obligations, in the order
// forms and texts list them. Read-only.
var meetSources = []meetSource{activityMeets, meetingMeets, taskMeets}

var activityMeets = meetSource{
	entity: EntityActivity,
	kinds:  func() []Label { return activityKindLabels },
	order: func() []uint8 {
		out := make([]uint8, len(activityKindOrder))
		for i, k := range activityKindOrder {
			out[i] = uint8(k)
		}
		return out
	},
	each: func(l *Ledger, from, to Date, fn func(*Occurrence)) {
		var oc Occurrence
		for i := range l.Activities {
			a := &l.Activities[i]
			if a.Date < from || a.Date > to || a.Status == ActCancelled {
				continue
			}
			oc = Occurrence{Entity: EntityActivity, ID: a.ID, Date: a.Date, Kind: uint8(a.Kind), Done: a.Status == ActHeld}
			if int(a.Unit) < measureLimit {
				oc.Amounts[a.Unit] = a.Quantity
			}
			oc.Amounts[MeasureFollowUps] += a.FollowUps
			oc.Amounts[MeasureParticipants] += a.Actual
			fn(&oc)
		}
	},
}

// meetingMeets: a meeting of the group meets an obligation naming its
// kind (a special meeting once a school year, issue 13's rubrics); only
// a held meeting counts, a planned one is due.
var meetingMeets = meetSource{
	entity: EntityMeeting,
	kinds:  func() []Label { return meetingKindLabels },
	order: func() []uint8 {
		out := make([]uint8, 0, len(meetingKindLabels)-1)
		for _, k := range Values[MeetingKind]() {
			out = append(out, uint8(k))
		}
		return out
	},
	each: func(l *Ledger, from, to Date, fn func(*Occurrence)) {
		var oc Occurrence
		for i := range l.Meetings {
			m := &l.Meetings[i]
			if m.Date < from || m.Date > to {
				continue
			}
			oc = Occurrence{Entity: EntityMeeting, ID: m.ID, Date: m.Date, Kind: uint8(m.Kind), Done: m.Held()}
			fn(&oc)
		}
	},
}

var taskMeets = meetSource{
	entity: EntityTask,
	each: func(l *Ledger, from, to Date, fn func(*Occurrence)) {
		var oc Occurrence
		for i := range l.Tasks {
			t := &l.Tasks[i]
			if t.ObligationID == 0 {
				continue
			}
			// A done task counts on the day it was done; an open one
			// is planned for its due date.
			day, done := t.Due, t.Status == TaskDone
			if done && !t.DoneOn.IsZero() {
				day = t.DoneOn
			}
			if day < from || day > to {
				continue
			}
			oc = Occurrence{Entity: EntityTask, ID: t.ID, Date: day, Tag: t.ObligationID, Done: done}
			fn(&oc)
		}
	},
}

// sourceOf is the source of the entity, or nil.
func sourceOf(e Entity) *meetSource {
	for i := range meetSources {
		if meetSources[i].entity == e {
			return &meetSources[i]
		}
	}
	return nil
}

// RuleEntities are the kinds of record a rule can name (activities and
// meetings), in the order to offer them.
func RuleEntities() []Entity {
	var out []Entity
	for _, s := range meetSources {
		if s.kinds != nil {
			out = append(out, s.entity)
		}
	}
	return out
}

// RuleKinds are the kinds of the entity's records a rule can name, in
// the order to offer them, with their labels.
func RuleKinds(e Entity) []RuleKind {
	s := sourceOf(e)
	if s == nil || s.kinds == nil {
		return nil
	}
	labels := s.kinds()
	var out []RuleKind
	for _, k := range s.order() {
		if int(k) < len(labels) {
			out = append(out, RuleKind{Kind: k, Label: labels[k]})
		}
	}
	return out
}

// RuleKind is one kind a rule can name.
type RuleKind struct {
	Kind  uint8
	Label Label
}

func validRule(r MeetRule) bool {
	s := sourceOf(r.Entity)
	return s != nil && s.kinds != nil && int(r.Kind) < len(s.kinds())
}

// RuleText is one rule as a person reads it: "活动：心理课", "活动：任意".
func RuleText(r MeetRule, lang Lang) string {
	return RulesText([]MeetRule{r}, lang)
}

// RulesText lists rules by entity: "活动：心理课、主题班会；会议：专题会议"
// ("activity: Lesson, Class meeting; meeting: Special meeting"). The
// sheets write it and ParseRules reads it back.
func RulesText(rules []MeetRule, lang Lang) string {
	tr := i18n.For(lang)
	var parts []string
	for _, e := range RuleEntities() {
		var kinds []string
		for _, r := range rules {
			if r.Entity != e {
				continue
			}
			if r.Kind == 0 {
				kinds = append(kinds, tr.T("rule.any"))
				continue
			}
			if labels := sourceOf(e).kinds(); int(r.Kind) < len(labels) {
				kinds = append(kinds, labels[r.Kind].In(lang))
			}
		}
		if len(kinds) > 0 {
			parts = append(parts, tr.Sprintf("rule.entity", e.Label().In(lang), strings.Join(kinds, ListSep(lang))))
		}
	}
	for _, r := range rules { // rules for kinds this program does not know
		if !validRule(r) {
			parts = append(parts, "#"+itoa(int(r.Entity))+":"+itoa(int(r.Kind)))
		}
	}
	return strings.Join(parts, tr.T("rule.sep"))
}

// ParseRules reads what RulesText writes, in either language, with
// either kind of colon and separators: 活动：心理课、主题班会；会议：任意.
// A kind name without an entity is taken as an activity's. Errors are a
// *MsgError naming the part that was not understood.
func ParseRules(s string) ([]MeetRule, error) {
	var out []MeetRule
	for _, part := range splitAny(s, ";；\n") {
		entity := EntityActivity
		list := part
		if i := strings.IndexAny(part, ":："); i >= 0 {
			name := strings.TrimSpace(part[:i])
			list = part[i+len(string([]rune(part[i:])[0])):]
			found := false
			for _, e := range RuleEntities() {
				k := KindOf(e)
				if e.Label().Is(name) || k.PluralLabel().Is(name) || strings.EqualFold(name, k.Plural()) {
					entity, found = e, true
					break
				}
			}
			if !found {
				return nil, NewMsgError(MsgBadRule, strings.TrimSpace(part))
			}
		}
		for _, name := range splitAny(list, "、,，") {
			r, ok := parseRuleKind(entity, name)
			if !ok {
				return nil, NewMsgError(MsgBadRule, name)
			}
			if !containsRule(out, r) {
				out = append(out, r)
			}
		}
	}
	return out, nil
}

func parseRuleKind(e Entity, name string) (MeetRule, bool) {
	if (Label{Code: "any", Key: "rule.any"}).Is(name) || hasFold(name, "all", "全部", "所有", "*") {
		return MeetRule{Entity: e}, true
	}
	if e == EntityActivity {
		if k, ok := ParseEnum[ActivityKind](name); ok {
			return MeetRule{Entity: e, Kind: uint8(k)}, true
		}
		return MeetRule{}, false
	}
	for _, rk := range RuleKinds(e) {
		if rk.Label.Is(name) {
			return MeetRule{Entity: e, Kind: rk.Kind}, true
		}
	}
	return MeetRule{}, false
}

func containsRule(list []MeetRule, r MeetRule) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// splitAny splits s at any of the separator runes, trimming the parts
// and dropping empty ones.
func splitAny(s, seps string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
