package model

import (
	"strings"
	"testing"
)

func TestParseEnumByCodeChineseOrEnglish(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want TaskStatus
	}{
		{"done", TaskDone}, {"DONE", TaskDone}, {" done ", TaskDone},
		{"已完成", TaskDone}, {"Done", TaskDone},
		{"in_progress", TaskInProgress}, {"进行中", TaskInProgress}, {"in progress", TaskInProgress}, {"IN PROGRESS", TaskInProgress},
		{"not_started", TaskNotStarted}, {"未开始", TaskNotStarted}, {"Not started", TaskNotStarted},
		{"blocked", TaskBlocked}, {"受阻", TaskBlocked},
	} {
		got, ok := ParseEnum[TaskStatus](tc.in)
		if !ok || got != tc.want {
			t.Errorf("ParseEnum[TaskStatus](%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{"", " ", "finished", "已完", "0", "3", "完成 "} {
		if got, ok := ParseEnum[TaskStatus](in); ok && in != "完成 " {
			t.Errorf("ParseEnum[TaskStatus](%q) = %v, want no match", in, got)
		}
	}
	if got, ok := ParseEnum[WorkArea]("危机干预"); !ok || got != AreaCrisis {
		t.Errorf("work area 危机干预 = %v %v", got, ok)
	}
	if got, ok := ParseEnum[ActivityKind]("Group counselling"); !ok || got != ActGroupCounselling {
		t.Errorf("activity kind = %v %v", got, ok)
	}
	if got, ok := ParseEnum[Rating]("不合格"); !ok || got != RatingFail {
		t.Errorf("rating 不合格 = %v %v", got, ok)
	}
}

// Every enum's every value has a code, a Chinese and an English label,
// and each of them finds the value again; no two values share one.
func TestEveryEnumLabelIsCompleteAndUnique(t *testing.T) {
	checkEnumTable[PlanKind](t, "PlanKind")
	checkEnumTable[PlanStatus](t, "PlanStatus")
	checkEnumTable[WorkArea](t, "WorkArea")
	checkEnumTable[TaskStatus](t, "TaskStatus")
	checkEnumTable[ActivityKind](t, "ActivityKind")
	checkEnumTable[ActivityStatus](t, "ActivityStatus")
	checkEnumTable[AudienceGroup](t, "AudienceGroup")
	checkEnumTable[AssessmentKind](t, "AssessmentKind")
	checkEnumTable[TargetKind](t, "TargetKind")
	checkEnumTable[Rating](t, "Rating")
	checkEnumTable[RectStatus](t, "RectStatus")
	checkEnumTable[Stage](t, "Stage")
	checkEnumTable[Action](t, "Action")
	checkEnumTable[Measure](t, "Measure")
	checkEnumTable[FreqKind](t, "FreqKind")
	checkEnumTable[Mark](t, "Mark")
}

func checkEnumTable[E Enum](t *testing.T, name string) {
	t.Helper()
	vals := Values[E]()
	if len(vals) == 0 {
		t.Fatalf("%s has no values", name)
	}
	seen := map[string]E{}
	// Values lists every value once; an enum may order them otherwise
	// than by number (values appended later, see ActivityKind).
	var zero E
	if len(vals) != len(zero.labels())-1 {
		t.Errorf("%s: Values lists %d of %d values", name, len(vals), len(zero.labels())-1)
	}
	listed := map[E]bool{}
	for _, v := range vals {
		if listed[v] || !Valid(v) {
			t.Errorf("%s: value %d listed twice or invalid", name, v)
		}
		listed[v] = true
		l := LabelOf(v)
		zh, en := l.In(LangZh), l.In(LangEn)
		if l.Code == "" || zh == "" || en == "" || zh == string(l.Key) || en == string(l.Key) || strings.ContainsAny(l.Code, " \t") {
			t.Errorf("%s(%d): incomplete label %+v (%q, %q)", name, v, l, zh, en)
		}
		for _, s := range []string{l.Code, zh, en} {
			if prev, dup := seen[strings.ToLower(s)]; dup && prev != v {
				t.Errorf("%s: %q names both %d and %d", name, s, prev, v)
			}
			seen[strings.ToLower(s)] = v
			if got, ok := ParseEnum[E](s); !ok || got != v {
				t.Errorf("%s: ParseEnum(%q) = %d, %v; want %d", name, s, got, ok, v)
			}
		}
	}
	if Valid(zero) || LabelOf(zero).Code != "" {
		t.Errorf("%s: zero value should be unset", name)
	}
	over := E(len(vals) + 1)
	if Valid(over) || LabelOf(over) != (Label{}) {
		t.Errorf("%s: value past the table should be invalid with an empty label", name)
	}
}

func TestDisplayCodes(t *testing.T) {
	for _, tc := range []struct {
		e    Entity
		id   ID
		code string
	}{
		{EntityPlan, 3, "P-3"}, {EntityOwner, 12, "O-12"}, {EntityTask, 41, "T-41"},
		{EntityActivity, 12, "A-12"}, {EntityAssessment, 5, "E-5"}, {EntityRectification, 18, "R-18"},
	} {
		if got := Code(tc.e, tc.id); got != tc.code {
			t.Errorf("Code(%v, %d) = %q, want %q", tc.e, tc.id, got, tc.code)
		}
		e, id, ok := ParseCode(tc.code)
		if !ok || e != tc.e || id != tc.id {
			t.Errorf("ParseCode(%q) = %v %d %v", tc.code, e, id, ok)
		}
	}
	// The forms people type or say: lower case, no dash, a space,
	// full-width letters and dashes from a Chinese input method.
	for in, want := range map[string]struct {
		e  Entity
		id ID
	}{
		"t41": {EntityTask, 41}, "T41": {EntityTask, 41}, " t-41 ": {EntityTask, 41}, "T 41": {EntityTask, 41},
		"Ｔ－４１": {EntityTask, 41}, "T－41": {EntityTask, 41}, "e-5": {EntityAssessment, 5}, "r1": {EntityRectification, 1},
		"P-007": {EntityPlan, 7}, "Ｔ－41": {EntityTask, 41},
	} {
		e, id, ok := ParseCode(in)
		if !ok || e != want.e || id != want.id {
			t.Errorf("ParseCode(%q) = %v %d %v; want %v %d", in, e, id, ok, want.e, want.id)
		}
	}
	for _, in := range []string{"", "T", "T-", "T-0", "X-1", "41", "T-4a", "T--4", "T-+4", "T-4.5", "TT-4", "任务41", "T-99999999999999999999999"} {
		if e, id, ok := ParseCode(in); ok {
			t.Errorf("ParseCode(%q) = %v %d, want refusal", in, e, id)
		}
	}
	if Entity(0).Prefix() != "?" || Entity(0).Code() != "unknown" || Entity(99).Prefix() != "?" || Entity(99).Code() != "unknown" || Entity(99).Label() != (Label{}) {
		t.Error("unknown entity should not panic and should read as unknown")
	}
	for _, e := range Entities() {
		if l := e.Label(); l.Code != e.Code() || l.In(LangZh) == "" || l.In(LangEn) == "" || l.In(LangEn) == string(l.Key) {
			t.Errorf("entity %d label %+v", e, l)
		}
	}
}
