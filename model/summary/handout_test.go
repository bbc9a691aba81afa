package summary_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
)

// The summary handed round at a meeting lists each assessment's findings
// with their rectifications — an open one with its owner and due date, a
// closed one with the day it was closed, who verified it and on what
// evidence — and each plan's goals. Before, the section gave only the
// number of findings.
func TestTheHandoutListsFindingsRectificationsAndGoals(t *testing.T) {
	t.Parallel()
	today := model.NewDate(2026, 11, 20)
	l := demo.Build(today, demo.BaseSize)
	s := summary.Build(l, summary.Semester(today), today)
	var page strings.Builder
	if err := s.Write(&page, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	p := parsePage(t, page.String())
	if p.rows("findings") == 0 {
		t.Fatal("no findings table")
	}
	body := text(p.root)
	for _, r := range l.Rectifications {
		e := l.Assessment(r.AssessmentID)
		if !s.Period.Contains(e.Date) || e.Date > today {
			continue
		}
		f, _ := e.Finding(r.FindingNo)
		code := model.CodeOf(&r)
		want := []string{f.Text, code + " " + r.Measure, l.OwnerName(r.OwnerID), r.Due.String()}
		if !r.Open() {
			want = append(want, r.ClosedOn.String()+" 销号", l.OwnerName(r.VerifierID), r.Evidence)
		}
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the handout lacks %q", code, w)
			}
		}
	}
	for _, pl := range s.Plans {
		for _, g := range pl.Goals {
			if !strings.Contains(body, g) {
				t.Errorf("%s: goal %q missing", pl.Code, g)
			}
		}
	}
	// The charts say what the figures after their bars are.
	if !strings.Contains(body, "条后数字：逾期/未完成（未逾期）/本期完成 的任务数") {
		t.Error("the owners chart does not say what its figures are")
	}
}

// Nothing on a handout is addressed to the secretary: what to do about a
// past activity never recorded is said on the screen only.
func TestTheHandoutSaysNothingToTheSecretary(t *testing.T) {
	t.Parallel()
	today := model.NewDate(2026, 11, 20)
	s := summary.Build(demo.Build(today, demo.BaseSize), summary.Semester(today), today)
	if len(s.Problems.Unrecorded) == 0 {
		t.Fatal("the demo should have a past activity without its record")
	}
	const todo = "请登记举办情况"
	for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
		var b strings.Builder
		if err := s.Write(&b, f, summary.Options{Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), todo) || !strings.Contains(b.String(), "活动日期已过，尚未登记举办情况") {
			t.Errorf("%s: the handout should state the problem, not tell the secretary what to do", f)
		}
	}
	if !strings.Contains(summary.Text(s, model.LangZh, 100), todo) {
		t.Error("the screen should still say what to do")
	}
}

// Satisfaction and scores show the same number of decimals in every table
// of one printout: each activity's rating (4.0) as the averages beside it
// (4.3), every assessment's score as the overall average.
func TestScoresHaveOneNumberOfDecimals(t *testing.T) {
	t.Parallel()
	today := model.NewDate(2026, 11, 20)
	s := summary.Build(demo.Build(today, demo.BaseSize), summary.Semester(today), today)
	var page strings.Builder
	if err := s.Write(&page, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	p := parsePage(t, page.String())
	n := 0
	for k, v := range p.k {
		if !strings.HasSuffix(k, ".score") && k != "ov.avg_score" {
			continue
		}
		n++
		if v == "-" {
			continue
		}
		if i := strings.IndexByte(v, '.'); i < 0 || len(v)-i-1 != model.ScoreDecimals {
			t.Errorf("%s = %q: not %d decimal(s)", k, v, model.ScoreDecimals)
		}
	}
	if n < 8 {
		t.Fatalf("only %d scores found", n)
	}
}
