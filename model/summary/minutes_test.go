package summary_test

import (
	"bytes"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/summary"
	"secretary/store/storetest"
)

func writeDoc(t *testing.T, d summary.Document, f summary.Format, lang model.Lang) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b, f, summary.Options{Lang: lang, Width: 80}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// demoMeeting is the demo's meeting of the kind.
func demoMeeting(t *testing.T, l *model.Ledger, kind model.MeetingKind, internal bool) *model.Meeting {
	t.Helper()
	for i := range l.Meetings {
		if m := &l.Meetings[i]; m.Kind == kind && m.Internal == internal && m.Held() {
			return m
		}
	}
	t.Fatalf("the demo has no held %s meeting", model.LabelOf(kind).Code)
	return nil
}

// The minutes read as official minutes do, in both languages: the
// group's name and 第 N 次会议纪要, the lines of who and where, each
// agenda item with its notes, and the decisions with owner, due date and
// indicator.
func TestGoldenMinutes(t *testing.T) {
	l, _ := demoSummary(t)
	today := storetest.Today()
	routine := l.Meeting(5) // 第 2 次工作例会: an absentee, two items, three decisions
	if routine == nil || routine.Kind != model.MeetingRoutine || len(routine.Absentees) == 0 {
		t.Fatalf("the demo's M-5 is %+v", routine)
	}
	mi := summary.BuildMinutes(l, routine, today, summary.MinutesOptions{})
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		golden(t, "minutes_"+string(lang)+".txt.golden", []byte(writeDoc(t, mi, summary.FormatText, lang)))
		golden(t, "minutes_"+string(lang)+".md.golden", []byte(writeDoc(t, mi, summary.FormatMarkdown, lang)))
		golden(t, "pack_"+string(lang)+".txt.golden", []byte(writeDoc(t, summary.BuildPack(l, nil, today), summary.FormatText, lang)))
	}
	text := writeDoc(t, mi, summary.FormatText, model.LangZh)
	for _, want := range []string{l.Settings.GroupName, "第 2 次会议纪要", "主持：李红梅", "缺席：陈立（请假）", "议题1：督查发现问题的整改",
		"转介协议、预警台账", "与定点医院签订心理危机学生转介", "形成演练总结"} {
		if !strings.Contains(text, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
}

// An internal meeting's notes stay off its minutes unless asked for;
// asked for, every page says the printout holds internal notes.
func TestInternalMinutesWithholdTheNotes(t *testing.T) {
	l, _ := demoSummary(t)
	today := storetest.Today()
	m := demoMeeting(t, l, model.MeetingCaseReview, true)
	secret := m.Agenda[0].Notes
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
			out := writeDoc(t, summary.BuildMinutes(l, m, today, summary.MinutesOptions{}), f, lang)
			if strings.Contains(out, secret) {
				t.Errorf("%s %s: the internal notes are printed", lang, f)
			}
			if !strings.Contains(out, "--include-internal") {
				t.Errorf("%s %s: the printout does not say how to print the notes", lang, f)
			}
			all := writeDoc(t, summary.BuildMinutes(l, m, today, summary.MinutesOptions{IncludeInternal: true}), f, lang)
			if !strings.Contains(all, secret) {
				t.Errorf("%s %s: --include-internal left the notes out", lang, f)
			}
			banner := map[model.Lang]string{model.LangZh: "内部资料", model.LangEn: "INTERNAL"}[lang]
			if strings.Count(all, banner) < 2 {
				t.Errorf("%s %s: the internal banner is not repeated: %d", lang, f, strings.Count(all, banner))
			}
			if f == summary.FormatHTML && !strings.Contains(all, "@top-center") {
				t.Errorf("%s: the banner is not on every page", lang)
			}
		}
	}
}

// The carry-out table follows up the previous held meeting's decisions;
// a decision whose only task was just marked done reads 已落实.
func TestCarryOutFollowsThePreviousMeeting(t *testing.T) {
	l, _ := demoSummary(t)
	today := storetest.Today()
	c := summary.BuildCarryOut(l, nil, today)
	if c.Previous == nil || !c.Previous.Internal {
		t.Fatalf("previous meeting %+v, want the internal case review", c.Previous)
	}
	if len(c.Decisions) != 1 || c.Decisions[0].Status != model.DecisionInProgress {
		t.Fatalf("decisions %+v", c.Decisions)
	}
	var task *model.Task
	for i := range l.Tasks {
		if l.Tasks[i].DecisionID == c.Decisions[0].ID {
			task = &l.Tasks[i]
		}
	}
	task.ApplyStatus(model.TaskDone, today, false)
	c = summary.BuildCarryOut(l, nil, today)
	if c.Decisions[0].Status != model.DecisionDone || c.Progress.Done != 1 {
		t.Fatalf("after the task was done: %+v", c.Decisions[0])
	}
	out := writeDoc(t, c, summary.FormatText, model.LangZh)
	if !strings.Contains(out, "上次会议决定事项落实情况") || !strings.Contains(out, "已落实") {
		t.Errorf("the table does not say 已落实:\n%s", out)
	}
	// A ledger with no meetings yet says so instead of an empty table.
	empty := &model.Ledger{}
	if out := writeDoc(t, summary.BuildCarryOut(empty, nil, today), summary.FormatText, model.LangEn); !strings.Contains(out, "No meeting was held") {
		t.Errorf("empty ledger:\n%s", out)
	}
}

// FindMeeting reads a code, defaults to the latest meeting, and says
// what is wrong otherwise.
func TestFindMeeting(t *testing.T) {
	l, _ := demoSummary(t)
	m, err := summary.FindMeeting(l, "")
	if err != nil || m.ID != model.LatestMeeting(l).ID || m.Held() {
		t.Fatalf("latest: %+v %v", m, err)
	}
	if m, err := summary.FindMeeting(l, "m3"); err != nil || m.ID != 3 {
		t.Errorf("m3: %+v %v", m, err)
	}
	for _, q := range []string{"M-99", "T-3", "第三次"} {
		if _, err := summary.FindMeeting(l, q); err == nil {
			t.Errorf("%q found a meeting", q)
		}
	}
	if _, err := summary.FindMeeting(&model.Ledger{}, ""); err == nil {
		t.Error("an empty ledger found a meeting")
	}
}
