package sheet_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// An internal meeting's notes (研判会) stay out of a workbook unless the
// export asks for them; importing that workbook over the ledger keeps
// the notes the ledger holds instead of blanking them.
func TestInternalMeetingNotesAreWithheldAndKept(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	var internal *model.Meeting
	for i := range l.Meetings {
		if l.Meetings[i].Internal {
			internal = &l.Meetings[i]
		}
	}
	if internal == nil || len(internal.Agenda) == 0 || internal.Agenda[0].Notes == "" {
		t.Fatal("the demo has no internal meeting with notes")
	}
	secret := internal.Agenda[0].Notes
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		csv := string(exportCSV(t, l, model.EntityMeeting, lang))
		if strings.Contains(csv, secret) {
			t.Errorf("%s: the CSV holds the internal meeting's notes", lang)
		}
		if !strings.Contains(csv, map[model.Lang]string{model.LangZh: "〔内部会议，记录未导出〕", model.LangEn: "[internal meeting: notes not exported]"}[lang]) {
			t.Errorf("%s: the CSV does not say the notes were withheld", lang)
		}
		if all := string(exportCSVWith(t, l, model.EntityMeeting, sheet.ExportOptions{Lang: lang, IncludeInternal: true})); !strings.Contains(all, secret) {
			t.Errorf("%s: --include-internal left the notes out", lang)
		}
	}
	data := exportXLSX(t, l, model.LangZh)
	imp, _ := prepare(t, s, "ledger.xlsx", data, sheet.Options{})
	if !imp.OK() || !imp.Empty() {
		a, c := imp.Counts()
		t.Fatalf("re-import of the withheld export: ok=%v, adds %d, changes %d\n%s", imp.OK(), a.Total(), c.Total(), problemLines(imp.Problems, model.LangEn))
	}
}

// The meetings tab reads what a secretary types by hand: attendees as a
// list of names, absentees with reasons, numbered agenda items with
// notes, 是/否; and a person both present and absent is refused, naming
// the column.
func TestMeetingRowsReadAsTyped(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	csv := "会议类型,会议日期,主持人,出席,缺席（原因）,议题及讨论情况,状态,内部会议\r\n" +
		"工作例会,2026-11-02,李红梅,王建国、张三，欧阳晓雪,陈立（请假）;刘芳(外出培训),\"1. 筛查结果通报\n覆盖率97%\n2. 培训安排\",已召开,否\r\n"
	imp, _ := prepare(t, s, "会议.csv", []byte(csv), sheet.Options{})
	if !imp.OK() {
		t.Fatalf("problems:\n%s", problemLines(imp.Problems, model.LangZh))
	}
	added, _ := imp.Counts()
	if added.Of(model.EntityMeeting) != 1 {
		t.Fatalf("adds %v", added)
	}
	m := imp.Tab(model.EntityMeeting).New[0].(*model.Meeting)
	if len(m.Attendees) != 3 || len(m.Absentees) != 2 || m.Absentees[1].Reason != "外出培训" || m.Absentees[0].Reason != "请假" {
		t.Errorf("attendance %+v %+v", m.Attendees, m.Absentees)
	}
	if len(m.Agenda) != 2 || m.Agenda[0].Title != "筛查结果通报" || m.Agenda[0].Notes != "覆盖率97%" || m.Agenda[1].Title != "培训安排" {
		t.Errorf("agenda %+v", m.Agenda)
	}

	both := "会议类型,会议日期,主持人,出席,缺席（原因）,状态\r\n工作例会,2026-11-02,李红梅,王建国、张三,张三（请假）,已召开\r\n"
	imp, _ = prepare(t, s, "会议.csv", []byte(both), sheet.Options{})
	if imp.OK() || !strings.Contains(problemLines(imp.Problems, model.LangZh), "缺席") {
		t.Errorf("a person both present and absent: %s", problemLines(imp.Problems, model.LangZh))
	}
}

// A meeting held on a day still to come is refused at its row, in the
// preview, as the store would refuse it — not as a failed import of the
// whole file after the preview said yes.
func TestAHeldMeetingFromTheFutureIsRefusedAtItsRow(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	future := storetest.Today().AddDays(30).String()
	imp, _ := prepare(t, s, "meetings.csv", csvLines("会议类型,日期,主持人,状态", "工作例会,"+future+",张三,已召开"), sheet.Options{Tab: model.EntityMeeting})
	if got := problemLines(imp.Problems, model.LangZh); !strings.Contains(got, "第 2 行") || !strings.Contains(got, "不能标为已召开") {
		t.Fatalf("problems:\n%s", got)
	}
}
