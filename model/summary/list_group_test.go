package summary_test

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/model/summary/summarytest"
	"secretary/store"
	"secretary/store/storetest"
)

// groupLists are the lists added after issue 11, by the names the
// goldens carry.
var groupLists = []struct {
	name string
	kind summary.ListKind
}{
	{"meetings", summary.ListMeetings},
	{"decisions", summary.ListDecisions},
	{"obligations", summary.ListObligations},
	{"documents", summary.ListDocuments},
}

// listsLedger is the lists' ledger, checked as the store checks a ledger
// it is given: the goldens print records a user could have saved.
func listsLedger(t *testing.T) *model.Ledger {
	t.Helper()
	l := summarytest.Ledger(storetest.Today())
	if err := store.ValidateLedger(l); err != nil {
		t.Fatalf("the fixture is not a ledger a user could save: %v", err)
	}
	return l
}

func listText(t *testing.T, li *summary.List, f summary.Format, lang model.Lang) string {
	t.Helper()
	var b strings.Builder
	if err := li.Write(&b, f, summary.Options{Lang: lang, Width: 120}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The four lists in both languages, as text and Markdown, pinned: every
// mark (✓ ⚠ ⏳ ✔), Chinese, Chinese mixed with English and emoji lined up
// in their columns.
func TestGoldenGroupLists(t *testing.T) {
	l := listsLedger(t)
	for _, c := range groupLists {
		li, err := summary.BuildList(l, c.kind, summary.ListOptions{}, storetest.Today())
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			golden(t, "list_"+c.name+"_"+string(lang)+".txt.golden", []byte(listText(t, li, summary.FormatText, lang)))
			golden(t, "list_"+c.name+"_"+string(lang)+".md.golden", []byte(listText(t, li, summary.FormatMarkdown, lang)))
		}
	}
}

// What each list says of its records, read from the page a user prints:
// the derived states, the order, and the marks.
func TestGroupListsSayHowEachRecordStands(t *testing.T) {
	t.Parallel()
	l := listsLedger(t)
	page := func(kind summary.ListKind, lang model.Lang) string {
		li, err := summary.BuildList(l, kind, summary.ListOptions{}, storetest.Today())
		if err != nil {
			t.Fatal(err)
		}
		// The hourglass is drawn on paper, and dates are kept whole: read
		// them back as the mark and the date.
		page := hourglass.ReplaceAllString(listText(t, li, summary.FormatHTML, lang), "⏳")
		return strings.NewReplacer(`<span class="nw">`, "", "</span>", "").Replace(page)
	}
	for _, c := range []struct {
		kind summary.ListKind
		want []string
	}{
		{summary.ListMeetings, []string{"会议清单", `data-k="meeting.1.attendance">3/4<`, `data-k="meeting.1.decisions">⚠ 1/3<`,
			"〔内部〕 重点关注学生研判会", `data-k="meeting.3.status">⚠ 计划<`, `data-k="meeting.4.status">⏳ 计划<`, "第 3 次工作例会", "合计</dt><dd data-k=\"count\">4 项<"}},
		{summary.ListDecisions, []string{"决定事项落实清单", `data-k="decision.1.status">✓ 已落实<`, `data-k="decision.2.status">⚠ 逾期<`,
			`data-k="decision.3.status">落实中<`, `data-k="decision.4.status">⏳ 未分解<`, "4 项，其中逾期 1 项"}},
		{summary.ListObligations, []string{"规定动作清单", "2026—2027学年完成情况",
			`data-k="obligation.1.coverage">✔ 1　⏳ 1　⚠ 1（共 10 个月）<`, `data-k="obligation.3.coverage">未启用，不统计<`, "只计标记了它的任务"}},
		{summary.ListDocuments, []string{"制度文件清单", `data-k="document.1.review">⚠ 2026-11-10<`, `data-k="document.2.review">⏳ 2026-12-10<`,
			`data-k="document.3.review">2026-08-12<`, "已废止", "4 项，其中逾期 1 项"}},
	} {
		got := page(c.kind, model.LangZh)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q", c.kind, w)
			}
		}
	}
	// Decisions in the order their meetings took them; documents by kind,
	// then by title in pinyin order (安 before 学).
	dec := page(summary.ListDecisions, model.LangZh)
	if order := indexes(dec, ">D-1<", ">D-2<", ">D-4<", ">D-3<"); !slices.IsSorted(order) {
		t.Errorf("decisions out of order: %v", order)
	}
	docs := page(summary.ListDocuments, model.LangZh)
	if order := indexes(docs, ">W-2<", ">W-1<", ">W-3<", ">W-4<"); !slices.IsSorted(order) {
		t.Errorf("documents out of order: %v", order)
	}
	meetings := page(summary.ListMeetings, model.LangEn)
	for _, w := range []string{"Meetings", "[internal] 重点关注学生研判会", "Routine meeting #3", "⚠ Planned"} {
		if !strings.Contains(meetings, w) {
			t.Errorf("the English meetings list lacks %q", w)
		}
	}
}

// hourglass is the drawn ⏳ of an HTML page.
var hourglass = regexp.MustCompile(`<svg class="mk" role="img" aria-label="⏳".*?</svg>`)

// indexes are where each string first appears in s (-1 if nowhere).
func indexes(s string, subs ...string) []int {
	out := make([]int, len(subs))
	for i, sub := range subs {
		out[i] = strings.Index(s, sub)
	}
	return out
}

// An internal meeting is on the meetings list by its name, never with
// its notes, in any format or language; nor on the decisions list.
func TestInternalNotesStayOffTheLists(t *testing.T) {
	t.Parallel()
	l := listsLedger(t)
	for _, kind := range []summary.ListKind{summary.ListMeetings, summary.ListDecisions} {
		li, err := summary.BuildList(l, kind, summary.ListOptions{}, storetest.Today())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
			for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
				out := listText(t, li, f, lang)
				if strings.Contains(out, "SECRET") || strings.Contains(out, "原则通过") {
					t.Errorf("%s as %s in %s prints a meeting's notes", kind, f, lang)
				}
			}
		}
	}
}

// Text a user typed is escaped as every printout escapes it: markup is
// shown, not run, in HTML; a pipe does not break a Markdown table; a
// control character is shown, not sent, in text.
func TestGroupListsEscapeWhatWasTyped(t *testing.T) {
	t.Parallel()
	l := listsLedger(t)
	hostile := "<script>alert(1)</script> | 管道 \x1b[31m红\u202e"
	l.Meetings[0].Title += hostile
	l.Decisions[0].Text += hostile
	l.Obligations[0].Title += hostile
	l.Documents[0].Title += hostile
	for _, c := range groupLists {
		li, err := summary.BuildList(l, c.kind, summary.ListOptions{}, storetest.Today())
		if err != nil {
			t.Fatal(err)
		}
		html := listText(t, li, summary.FormatHTML, model.LangZh)
		if strings.Contains(html, "<script>alert") || !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: the HTML does not escape the title", c.name)
		}
		md := listText(t, li, summary.FormatMarkdown, model.LangZh)
		if !strings.Contains(md, `\| 管道`) {
			t.Errorf("%s: the Markdown table is not escaped", c.name)
		}
		for name, out := range map[string]string{"text": listText(t, li, summary.FormatText, model.LangZh), "markdown": md} {
			if strings.ContainsAny(out, "\x1b\u202e") || !strings.Contains(out, "␛") {
				t.Errorf("%s as %s sends a control character", c.name, name)
			}
		}
	}
}

// --owner narrows the meetings (chaired, recorded, attended or sent
// apologies) and the decisions (owned); the lists without people or
// plans refuse a filter they cannot apply instead of printing
// everything under a heading that says otherwise.
func TestGroupListFilters(t *testing.T) {
	t.Parallel()
	l := listsLedger(t)
	codes := func(kind summary.ListKind, o summary.ListOptions) []string {
		li, err := summary.BuildList(l, kind, o, storetest.Today())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range li.Meetings {
			out = append(out, model.CodeOf(&m))
		}
		for _, d := range li.Decisions {
			out = append(out, model.CodeOf(&d))
		}
		return out
	}
	if got := codes(summary.ListMeetings, summary.ListOptions{Owner: 3}); !slices.Equal(got, []string{"M-1", "M-4"}) {
		t.Errorf("Anna 李's meetings: %v", got)
	}
	if got := codes(summary.ListMeetings, summary.ListOptions{Owner: 4}); !slices.Equal(got, []string{"M-1", "M-2", "M-3"}) {
		t.Errorf("曾晓云's meetings (one with apologies): %v", got)
	}
	if got := codes(summary.ListDecisions, summary.ListOptions{Owner: 2}); !slices.Equal(got, []string{"D-3"}) {
		t.Errorf("欧阳晓雪's decisions: %v", got)
	}
	// The screen's order wins over the list's own.
	if got := codes(summary.ListDecisions, summary.ListOptions{IDs: []model.ID{3, 1}}); !slices.Equal(got, []string{"D-3", "D-1"}) {
		t.Errorf("the screen's rows: %v", got)
	}
	for _, c := range []struct {
		kind summary.ListKind
		o    summary.ListOptions
		want string
	}{
		{summary.ListObligations, summary.ListOptions{Owner: 1}, "规定动作清单不能按人筛选：请去掉 --owner"},
		{summary.ListDocuments, summary.ListOptions{Owner: 1}, "制度文件清单不能按人筛选：请去掉 --owner"},
		{summary.ListAssessments, summary.ListOptions{Owner: 1}, "评估检查清单不能按人筛选：请去掉 --owner"},
		{summary.ListMeetings, summary.ListOptions{Plan: 1}, "会议清单不能按计划筛选：请去掉 --plan"},
		{summary.ListDecisions, summary.ListOptions{Plan: 1}, "决定事项落实清单不能按计划筛选：请去掉 --plan"},
	} {
		_, err := summary.BuildList(l, c.kind, c.o, storetest.Today())
		var ue i18n.UserError
		if !errors.As(err, &ue) || i18n.New(i18n.LangZh).Err(err) != c.want {
			t.Errorf("%s %+v: %v", c.kind, c.o, err)
		}
	}
}

// The command line's names in either language find each list.
func TestParseListKindReadsTheNewLists(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]summary.ListKind{
		"meetings": summary.ListMeetings, "会议": summary.ListMeetings, "Meeting": summary.ListMeetings,
		"decisions": summary.ListDecisions, "决定事项": summary.ListDecisions,
		"obligations": summary.ListObligations, "规定动作": summary.ListObligations,
		"documents": summary.ListDocuments, "制度文件": summary.ListDocuments, "document": summary.ListDocuments,
	} {
		if got, ok := summary.ParseListKind(in); !ok || got != want {
			t.Errorf("%q: %v %v", in, got, ok)
		}
	}
	for _, e := range []model.Entity{model.EntityMeeting, model.EntityDecision, model.EntityObligation, model.EntityDocument} {
		if _, ok := summary.ListOf(e); !ok {
			t.Errorf("no list of %s", e.Code())
		}
	}
	for _, e := range []model.Entity{model.EntityIndicator, model.EntityEvidence} {
		if _, ok := summary.ListOf(e); ok {
			t.Errorf("a list of %s", e.Code())
		}
	}
}

// BenchmarkGroupListsHTML100k is each of the group's lists of a
// 100,000-record ledger (some 2,000 meetings and 10,000 decisions)
// copied out of the ledger and laid out as its HTML page: the decisions
// derive their status from their tasks, the required work counts a
// school year's coverage over 48,000 tasks and 22,000 activities.
func BenchmarkGroupListsHTML100k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 100_000)
	for _, c := range groupLists {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				li, err := summary.BuildList(l, c.kind, summary.ListOptions{}, today)
				if err != nil {
					b.Fatal(err)
				}
				var w strings.Builder
				if err := li.Write(&w, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
