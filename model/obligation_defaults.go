package model

import (
	"time"

	"secretary/internal/i18n"
)

// defaultObligation is one obligation of the default set: its rules, and
// the catalogue keys of its words ("obligation.default.<code>.title",
// ".source", ".notes").
type defaultObligation struct {
	code  string
	freq  Frequency
	min   int
	sum   Measure
	meets []MeetRule
	notes bool // has a ".notes" text
}

// defaultSet is the default set of required work, from the documents
// named in each one's source (facts in our own words; the table).
// Read-only.
var defaultSet = []defaultObligation{
	{code: "may_month", freq: Frequency{Kind: FreqRange, From: NewMonthDay(time.May, 1), To: NewMonthDay(time.May, 31)},
		min: 1, meets: activityRules(ActThemeMonth)},
	{code: "day_525", freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.May, 25)},
		min: 1, meets: activityRules(ActMentalHealthDay)},
	{code: "day_1010", freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.October, 10)},
		min: 1, meets: activityRules(ActWorldMHDay)},
	{code: "screening", freq: Frequency{Kind: FreqYear},
		min: 1, meets: activityRules(ActScreening), notes: true},
	{code: "monthly_practice", freq: Frequency{Kind: FreqMonthly},
		min: 1, meets: []MeetRule{{Entity: EntityActivity}}, notes: true},
	{code: "home_visit", freq: Frequency{Kind: FreqSemester},
		min: 1, meets: activityRules(ActHomeVisit), notes: true},
	{code: "lessons", freq: Frequency{Kind: FreqSemester},
		min: 6, sum: MeasureHours, meets: activityRules(ActLesson), notes: true},
	{code: "class_meeting", freq: Frequency{Kind: FreqSemester},
		min: 1, meets: activityRules(ActClassMeeting)},
	{code: "parents", freq: Frequency{Kind: FreqSemester},
		min: 1, meets: activityRules(ActParents)},
	// Met by a special meeting of the group (专题会议) held in the school
	// year, or a task tagged with it.
	{code: "group_meeting", freq: Frequency{Kind: FreqYear},
		min: 1, meets: []MeetRule{{Entity: EntityMeeting, Kind: uint8(MeetingSpecial)}}, notes: true},
}

func activityRules(kinds ...ActivityKind) []MeetRule {
	out := make([]MeetRule, len(kinds))
	for i, k := range kinds {
		out[i] = MeetRule{Entity: EntityActivity, Kind: uint8(k)}
	}
	return out
}

// DefaultObligations is the default set of required work, with titles,
// sources and notes in the language: what a new ledger starts with and
// `secretary obligations --load-defaults` adds. IDs are 0.
func DefaultObligations(lang Lang) []Obligation {
	tr := i18n.For(lang)
	out := make([]Obligation, len(defaultSet))
	for i, d := range defaultSet {
		base := "obligation.default." + d.code
		o := Obligation{
			Title:  tr.T(i18n.Key(base + ".title")),
			Freq:   d.freq,
			Min:    d.min,
			Sum:    d.sum,
			Meets:  append([]MeetRule(nil), d.meets...),
			Source: tr.T(i18n.Key(base + ".source")),
		}
		if d.notes {
			o.Notes = tr.T(i18n.Key(base + ".notes"))
		}
		out[i] = o
	}
	return out
}

// DefaultKeys are the catalogue keys the default set uses, for the
// catalogue's test.
func DefaultKeys() []i18n.Key {
	var out []i18n.Key
	for _, d := range defaultSet {
		base := "obligation.default." + d.code
		out = append(out, i18n.Key(base+".title"), i18n.Key(base+".source"))
		if d.notes {
			out = append(out, i18n.Key(base+".notes"))
		}
	}
	return out
}

// MissingDefaults are the obligations of the default set the ledger does
// not have yet, told by title in either language, so loading the set
// twice adds nothing the second time.
func MissingDefaults(l *Ledger, lang Lang) []Obligation {
	have := map[string]bool{}
	for i := range l.Obligations {
		have[l.Obligations[i].Title] = true
	}
	zh, en := DefaultObligations(LangZh), DefaultObligations(LangEn)
	var out []Obligation
	for i, o := range DefaultObligations(lang) {
		if !have[zh[i].Title] && !have[en[i].Title] {
			out = append(out, o)
		}
	}
	return out
}
