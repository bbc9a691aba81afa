package model

import (
	"errors"
	"strings"
	"testing"
	"time"

	"secretary/internal/i18n"
)

func TestParseFrequency(t *testing.T) {
	md := NewMonthDay
	for _, tc := range []struct {
		in   string
		want Frequency
	}{
		{"每月", Frequency{Kind: FreqMonthly}},
		{"monthly", Frequency{Kind: FreqMonthly}},
		{" Monthly ", Frequency{Kind: FreqMonthly}},
		{"每学期", Frequency{Kind: FreqSemester}},
		{"semester", Frequency{Kind: FreqSemester}},
		{"Per semester", Frequency{Kind: FreqSemester}},
		{"每学年", Frequency{Kind: FreqYear}},
		{"每年", Frequency{Kind: FreqYear}},
		{"year", Frequency{Kind: FreqYear}},
		{"05-25", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"5-25", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"5月25日", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"5·25", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"５／２５", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"每年05-25", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
		{"Yearly 10-10", Frequency{Kind: FreqDate, From: md(time.October, 10)}},
		{"02-29", Frequency{Kind: FreqDate, From: md(time.February, 29)}},
		{"05-01..05-31", Frequency{Kind: FreqRange, From: md(time.May, 1), To: md(time.May, 31)}},
		{"5月1日至5月31日", Frequency{Kind: FreqRange, From: md(time.May, 1), To: md(time.May, 31)}},
		{"每年05-01至05-31", Frequency{Kind: FreqRange, From: md(time.May, 1), To: md(time.May, 31)}},
		{"Yearly 05-01 to 05-31", Frequency{Kind: FreqRange, From: md(time.May, 1), To: md(time.May, 31)}},
		{"04-25~05-05", Frequency{Kind: FreqRange, From: md(time.April, 25), To: md(time.May, 5)}},
		{"12-20..01-10", Frequency{Kind: FreqRange, From: md(time.December, 20), To: md(time.January, 10)}}, // over New Year, inside one school year
		{"05-25..05-25", Frequency{Kind: FreqDate, From: md(time.May, 25)}},
	} {
		got, err := ParseFrequency(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseFrequency(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
			continue
		}
		// What Text writes, ParseFrequency reads back, in both languages.
		for _, lang := range []Lang{LangZh, LangEn} {
			if back, err := ParseFrequency(got.Text(lang)); err != nil || back != got {
				t.Errorf("%s: %q reads back as %+v, %v", lang, got.Text(lang), back, err)
			}
		}
	}
	for _, tc := range []struct{ in, key string }{
		{"", MsgRequired},
		{"sometimes", MsgBadFrequency},
		{"13-01", MsgBadFrequency},
		{"02-30", MsgBadFrequency},
		{"05-31..05-01", MsgRangeOrder},
		{"08-20..09-10", MsgRangeOrder}, // across the school year's end
		{"05-01..", MsgBadFrequency},
		{"today", MsgBadFrequency},
		{"今天", MsgBadFrequency},
		{"+7", MsgBadFrequency},
		{"固定日期", MsgBadFrequency},
	} {
		_, err := ParseFrequency(tc.in)
		var me *MsgError
		if !errors.As(err, &me) || me.Msg.Key != i18n.Key(tc.key) {
			t.Errorf("ParseFrequency(%q): %v, want %s", tc.in, err, tc.key)
		}
	}
}

// TestObligationBadInputNamesTheField: a minimum of 0 or less, a range
// that ends before it starts and a frequency that is not one are refused,
// each naming the field.
func TestObligationBadInputNamesTheField(t *testing.T) {
	good := Obligation{Title: "月度实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}}
	if err := good.Validate(); err != nil {
		t.Fatalf("a good obligation: %v", err)
	}
	for _, tc := range []struct {
		name  string
		edit  func(o *Obligation)
		field string
		key   string
	}{
		{"min 0", func(o *Obligation) { o.Min = 0 }, "obligation.min", MsgAtLeast},
		{"min -3", func(o *Obligation) { o.Min = -3 }, "obligation.min", MsgAtLeast},
		{"range backwards", func(o *Obligation) {
			o.Freq = Frequency{Kind: FreqRange, From: NewMonthDay(time.May, 31), To: NewMonthDay(time.May, 1)}
		}, "obligation.frequency", MsgRangeOrder},
		{"no frequency", func(o *Obligation) { o.Freq = Frequency{} }, "obligation.frequency", MsgRequired},
		{"unknown frequency", func(o *Obligation) { o.Freq = Frequency{Kind: 42} }, "obligation.frequency", MsgBadChoice},
		{"bad day", func(o *Obligation) { o.Freq = Frequency{Kind: FreqDate, From: 1332} }, "obligation.frequency", MsgBadFrequency},
		{"no title", func(o *Obligation) { o.Title = " " }, "obligation.title", MsgRequired},
		{"rule of a kind that meets nothing", func(o *Obligation) { o.Meets = []MeetRule{{Entity: EntityOwner}} }, "obligation.meets", MsgBadChoice},
		{"rule of an unknown activity kind", func(o *Obligation) { o.Meets = []MeetRule{{Entity: EntityActivity, Kind: 200}} }, "obligation.meets", MsgBadChoice},
		{"rule twice", func(o *Obligation) {
			o.Meets = []MeetRule{{Entity: EntityActivity, Kind: 1}, {Entity: EntityActivity, Kind: 1}}
		}, "obligation.meets", MsgDuplicate},
		{"unknown sum", func(o *Obligation) { o.Sum = 77 }, "obligation.sum", MsgBadChoice},
	} {
		o := good
		tc.edit(&o)
		err := o.Validate()
		var v *ValidationError
		if !errors.As(err, &v) {
			t.Errorf("%s: %v, want a validation error", tc.name, err)
			continue
		}
		f, ok := v.Field(tc.field)
		if !ok || f.Msg.Key != i18n.Key(tc.key) {
			t.Errorf("%s: %v, want %s on %s", tc.name, err, tc.key, tc.field)
		}
		// The message a user reads names the field.
		if msg := i18n.For(LangZh).Err(err); !strings.Contains(msg, i18n.For(LangZh).Field(tc.field)) {
			t.Errorf("%s: %q does not name the field", tc.name, msg)
		}
	}
}

func TestRulesTextAndParseRules(t *testing.T) {
	rules := []MeetRule{{Entity: EntityActivity, Kind: uint8(ActLesson)}, {Entity: EntityActivity, Kind: uint8(ActClassMeeting)}}
	for _, lang := range []Lang{LangZh, LangEn} {
		text := RulesText(rules, lang)
		back, err := ParseRules(text)
		if err != nil || len(back) != 2 || back[0] != rules[0] || back[1] != rules[1] {
			t.Errorf("%s: %q reads back as %v, %v", lang, text, back, err)
		}
	}
	if got := RulesText(rules, LangZh); got != "活动：心理课、主题班会" {
		t.Errorf("zh text %q", got)
	}
	if got := RulesText([]MeetRule{{Entity: EntityActivity}}, LangEn); got != "activity: any" {
		t.Errorf("any: %q", got)
	}
	for in, want := range map[string][]MeetRule{
		"心理课":                  {{Entity: EntityActivity, Kind: uint8(ActLesson)}},
		"activity:lesson,主题班会": {{Entity: EntityActivity, Kind: uint8(ActLesson)}, {Entity: EntityActivity, Kind: uint8(ActClassMeeting)}},
		"活动：全部":                {{Entity: EntityActivity}},
		"活动：家长学校/家长会":          {{Entity: EntityActivity, Kind: uint8(ActParents)}},
		"活动：讲座":                {{Entity: EntityActivity, Kind: uint8(ActLecture)}}, // its former name
		"":                     nil,
	} {
		got, err := ParseRules(in)
		if err != nil || len(got) != len(want) {
			t.Errorf("ParseRules(%q) = %v, %v", in, got, err)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("ParseRules(%q) = %v, want %v", in, got, want)
			}
		}
	}
	for _, in := range []string{"会面：专题", "活动：跳舞", "owners: any"} {
		var me *MsgError
		if _, err := ParseRules(in); !errors.As(err, &me) || me.Msg.Key != MsgBadRule {
			t.Errorf("ParseRules(%q): %v", in, err)
		}
	}
}

// TestDefaultObligations: the default set is valid in both languages,
// every word of it is in the catalogue, and loading it twice adds
// nothing the second time.
func TestDefaultObligations(t *testing.T) {
	cat := i18n.Catalog()
	for _, k := range DefaultKeys() {
		if text, ok := cat[k]; !ok || strings.TrimSpace(text.Zh) == "" || strings.TrimSpace(text.En) == "" {
			t.Errorf("%s is not in the catalogue in both languages", k)
		}
	}
	for _, lang := range []Lang{LangZh, LangEn} {
		set := DefaultObligations(lang)
		if len(set) < 10 {
			t.Fatalf("%s: %d obligations", lang, len(set))
		}
		for i := range set {
			if err := set[i].Validate(); err != nil {
				t.Errorf("%s: %q: %v", lang, set[i].Title, err)
			}
		}
	}
	l := &Ledger{}
	for i, o := range DefaultObligations(LangEn) {
		o.ID = ID(i + 1)
		l.Obligations = append(l.Obligations, o)
	}
	if got := MissingDefaults(l, LangZh); len(got) != 0 {
		t.Errorf("loaded in English, %d still missing in Chinese", len(got))
	}
	l.Obligations = l.Obligations[:3]
	if got := MissingDefaults(l, LangZh); len(got) != len(defaultSet)-3 || got[0].Title != DefaultObligations(LangZh)[3].Title {
		t.Errorf("missing %d", len(got))
	}
}

func TestActivityQuantityIsACountInAUnit(t *testing.T) {
	a := Activity{Title: "心理课", Kind: ActLesson, Date: NewDate(2026, 10, 9), Status: ActHeld, Quantity: 2, Unit: MeasureHours}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		edit  func(a *Activity)
		field string
	}{
		{func(a *Activity) { a.Unit = 0 }, "activity.unit"},
		{func(a *Activity) { a.Unit = MeasureParticipants }, "activity.unit"},
		{func(a *Activity) { a.Quantity = -1 }, "activity.quantity"},
		{func(a *Activity) { a.FollowUps = -1 }, "activity.follow_ups"},
	} {
		b := a
		tc.edit(&b)
		var v *ValidationError
		if err := b.Validate(); !errors.As(err, &v) {
			t.Errorf("%+v accepted", b)
		} else if _, ok := v.Field(tc.field); !ok {
			t.Errorf("%v does not name %s", err, tc.field)
		}
	}
}

// TestOldActivityKindsKeepTheirNumbers: kinds were appended, never
// renumbered, and the old names still read.
func TestOldActivityKindsKeepTheirNumbers(t *testing.T) {
	for k, n := range map[ActivityKind]int{ActLecture: 1, ActTraining: 2, ActThemeMonth: 3, ActGroupCounselling: 4,
		ActPublicity: 5, ActVolunteerTraining: 6, ActCrisisDrill: 7, ActOther: 8, ActMentalHealthDay: 9, ActScreening: 15} {
		if int(k) != n {
			t.Errorf("%s is %d, was %d", LabelOf(k).Code, k, n)
		}
	}
	for name, want := range map[string]ActivityKind{"讲座": ActLecture, "专题讲座": ActLecture, "培训": ActTraining, "Training": ActTraining,
		"主题月": ActThemeMonth, "Theme month": ActThemeMonth, "危机演练": ActCrisisDrill, "心理课": ActLesson} {
		if got, ok := ParseEnum[ActivityKind](name); !ok || got != want {
			t.Errorf("%q = %v %v, want %v", name, got, ok, want)
		}
	}
	if v := Values[ActivityKind](); v[0] != ActMentalHealthDay || v[len(v)-1] != ActOther {
		t.Errorf("offered in the order %v", v)
	}
}
