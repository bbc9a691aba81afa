package summary_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// expected recounts a summary's headline figures the slow, obvious way,
// straight from the ledger, so Build's one-pass bookkeeping is checked
// against something it does not share code with.
func expected(l *model.Ledger, p summary.Period, today model.Date) summary.Overview {
	var o summary.Overview
	in := func(d model.Date) bool { return d != 0 && d >= p.From && d <= p.To }
	for _, pl := range l.Plans {
		if pl.Status == model.PlanActive && pl.Start <= p.To && pl.End >= p.From {
			o.ActivePlans++
		}
	}
	for _, t := range l.Tasks {
		if t.Status == model.TaskDone {
			d := t.DoneOn
			if d == 0 {
				d = t.Due
			}
			if in(d) {
				o.TasksDone++
			}
			continue
		}
		o.TasksOpen++
		if t.Due < today {
			o.TasksOverdue++
		} else if t.Due <= today+30 {
			o.TasksDueSoon++
		}
	}
	for _, a := range l.Activities {
		if a.Status == model.ActHeld && in(a.Date) {
			o.ActivitiesHeld++
			o.Participants += a.Actual
			o.Spend += a.Spend
			o.Budget += a.Budget
		}
		if a.Status == model.ActPlanned && a.Date >= today && a.Date <= today+30 {
			o.Upcoming++
		}
	}
	for _, e := range l.Assessments {
		if in(e.Date) && e.Date <= today {
			o.Assessments++
			if avg, ok := e.AverageScore(); ok {
				o.AvgScore.Add(avg)
			}
		}
	}
	for _, r := range l.Rectifications {
		if in(r.OpenedOn) {
			o.RectsOpened++
		}
		if r.Status == model.RectClosed {
			if in(r.ClosedOn) {
				o.RectsClosed++
			}
			continue
		}
		o.RectsOpen++
		if r.Due < today {
			o.RectsOverdue++
		}
	}
	return o
}

func sameOverview(t *testing.T, got, want summary.Overview) {
	t.Helper()
	if got.AvgScore.String() != want.AvgScore.String() || got.AvgScore.N != want.AvgScore.N {
		t.Errorf("average score %s (%d), want %s (%d)", got.AvgScore, got.AvgScore.N, want.AvgScore, want.AvgScore.N)
	}
	got.AvgScore, want.AvgScore = summary.Score{}, summary.Score{}
	if got != want {
		t.Errorf("overview\n got %+v\nwant %+v", got, want)
	}
}

func TestBuildFiguresMatchTheLedger(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	for _, size := range []int{demo.BaseSize, 3000} {
		l := demo.Build(today, size)
		for _, p := range []summary.Period{summary.Semester(today), summary.Month(today), summary.SchoolYear(today), summary.Semester(today).Prev()} {
			s := summary.Build(l, p, today)
			sameOverview(t, s.Overview, expected(l, p, today))
			checkConsistent(t, s)
		}
	}
}

// checkConsistent checks that the sections agree with the overview and
// with each other.
func checkConsistent(t *testing.T, s *summary.Summary) {
	t.Helper()
	o := s.Overview
	var open, done, overdue int
	for _, r := range s.Owners {
		open, done, overdue = open+r.Open, done+r.Done, overdue+r.Overdue
		if len(r.OverdueTasks) != r.Overdue {
			t.Errorf("%s: %d overdue but %d listed", r.Name, r.Overdue, len(r.OverdueTasks))
		}
		if r.Open == 0 && r.Done == 0 {
			t.Errorf("%s is listed with nothing to show", r.Name)
		}
	}
	if open != o.TasksOpen || done != o.TasksDone || overdue != o.TasksOverdue {
		t.Errorf("owners add up to %d/%d/%d, overview says %d/%d/%d", open, done, overdue, o.TasksOpen, o.TasksDone, o.TasksOverdue)
	}
	var dOpen, dDone, dOverdue, dOwners int
	for _, d := range s.Departments {
		dOpen, dDone, dOverdue, dOwners = dOpen+d.Open, dDone+d.Done, dOverdue+d.Overdue, dOwners+d.Owners
	}
	if dOpen != open || dDone != done || dOverdue != overdue || dOwners != len(s.Owners) {
		t.Errorf("departments add up to %d/%d/%d (%d people), owners to %d/%d/%d (%d)", dOpen, dDone, dOverdue, dOwners, open, done, overdue, len(s.Owners))
	}
	if len(s.Problems.OverdueTasks) != o.TasksOverdue || len(s.Problems.OverdueRects) != o.RectsOverdue {
		t.Errorf("problems list %d tasks and %d rectifications overdue, overview %d and %d",
			len(s.Problems.OverdueTasks), len(s.Problems.OverdueRects), o.TasksOverdue, o.RectsOverdue)
	}
	if !slices.IsSortedFunc(s.Problems.OverdueTasks, func(a, b summary.TaskItem) int { return int(a.Due - b.Due) }) {
		t.Error("overdue tasks are not most overdue first")
	}
	for _, it := range s.Problems.OverdueTasks {
		if it.DaysOverdue != int(s.Today-it.Due) || it.DaysOverdue <= 0 {
			t.Errorf("%s due %s is %d days overdue on %s", it.Code, it.Due, it.DaysOverdue, s.Today)
		}
	}
	if len(s.Activities.HeldList) != o.ActivitiesHeld || len(s.Activities.Upcoming) != o.Upcoming || len(s.Assessments.List) != o.Assessments {
		t.Error("lists and counts disagree")
	}
	held := 0
	for _, k := range s.Activities.ByKind {
		held += k.Held
	}
	if held != o.ActivitiesHeld {
		t.Errorf("kinds add up to %d held, overview %d", held, o.ActivitiesHeld)
	}
	tasksDue := 0
	for i, it := range s.Next {
		if it.Date < s.Today || it.Date > s.Horizon {
			t.Errorf("agenda %s on %s is outside the next 30 days", it.Code, it.Date)
		}
		if i > 0 && it.Date < s.Next[i-1].Date {
			t.Errorf("agenda out of order at %s", it.Code)
		}
		if it.Kind == summary.AgendaTask {
			tasksDue++
		}
	}
	if tasksDue != o.TasksDueSoon {
		t.Errorf("agenda has %d task deadlines, overview %d", tasksDue, o.TasksDueSoon)
	}
	for _, p := range s.Plans {
		if p.Percent < 0 || p.Percent > 100 || p.Done > p.Total {
			t.Errorf("plan %s: %d/%d %d%%", p.Code, p.Done, p.Total, p.Percent)
		}
	}
}

func TestDemoSummaryReadsRight(t *testing.T) {
	t.Parallel()
	l, s := demoSummary(t)
	// Spot checks a secretary would make against the demo ledger.
	if len(s.Plans) != 3 {
		t.Errorf("%d active plans, want the strategic, annual and semester plans", len(s.Plans))
	}
	for _, p := range s.Plans {
		if p.Code == "P-4" {
			t.Error("the draft plan is listed as active")
		}
	}
	if s.Owners[0].Name != "欧阳晓雪" || s.Owners[0].Overdue != 2 {
		t.Errorf("most overdue owner = %s (%d)", s.Owners[0].Name, s.Owners[0].Overdue)
	}
	found := false
	for _, a := range s.Problems.Unrecorded {
		if strings.Contains(a.Title, "Peer supporters") {
			found = true
		}
	}
	if !found {
		t.Error("the volunteer training six days ago, still planned, is not flagged")
	}
	if got := s.Problems.OverdueTasks[0]; got.DaysOverdue < 1 || got.Owner == "" {
		t.Errorf("first overdue task %+v", got)
	}
	_ = l
}

func TestEmptyLedgerAndEmptyPeriod(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	empty := &model.Ledger{}
	s := summary.Build(empty, summary.Semester(today), today)
	if s.Overview != (summary.Overview{}) || len(s.Owners) != 0 || len(s.Next) != 0 || s.Problems.Count() != 0 {
		t.Errorf("empty ledger: %+v", s)
	}
	zh := summary.Text(s, model.LangZh, 80)
	for _, want := range []string{"会议汇报", "本期没有执行中的计划。", "本期没有举办活动。", "本期未发现需要提请注意的问题。", "未来30天没有截止事项或活动。"} {
		if !strings.Contains(zh, want) {
			t.Errorf("empty ledger's summary lacks %q", want)
		}
	}
	en := summary.Text(s, model.LangEn, 80)
	for _, want := range []string{"Meeting summary", "No active plans in the period.", "No problems to bring"} {
		if !strings.Contains(en, want) {
			t.Errorf("empty ledger's English summary lacks %q", want)
		}
	}
	for _, f := range []summary.Format{summary.FormatMarkdown, summary.FormatHTML} {
		var b bytes.Buffer
		if err := summary.Render(&b, s, f, summary.Options{}); err != nil || b.Len() == 0 {
			t.Errorf("render %s of an empty ledger: %v", f, err)
		}
	}

	// A period long before anything happened: nothing held or done in it,
	// but what is open and overdue today still shows.
	l := demo.Build(today, demo.BaseSize)
	old, _ := summary.Between(day("1990-01-01"), day("1990-12-31"))
	s = summary.Build(l, old, today)
	o := s.Overview
	if o.ActivitiesHeld != 0 || o.TasksDone != 0 || o.Assessments != 0 || o.RectsOpened != 0 || o.ActivePlans != 0 {
		t.Errorf("1990 has figures: %+v", o)
	}
	if o.TasksOpen == 0 || o.TasksOverdue == 0 || len(s.Next) == 0 {
		t.Errorf("open work as of today vanished from a past period's summary: %+v", o)
	}
	if txt := summary.Text(s, model.LangZh, 80); !strings.Contains(txt, "本期没有举办活动。") || !strings.Contains(txt, "1990-01-01 至 1990-12-31") {
		t.Error("the empty period does not say so")
	}
}

func TestBuildToleratesOddRecords(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	l := &model.Ledger{
		Settings: model.Settings{GroupName: "测试 <小组> & “Team” 🧠"},
		Owners:   []model.Owner{{ID: 1, Name: "无部门的人"}},
		Plans:    []model.Plan{{ID: 1, Kind: model.PlanAnnual, Title: "空计划", Start: today - 10, End: today + 10, Status: model.PlanActive}},
		Tasks: []model.Task{
			// Done before the ledger recorded done days: counted by due date.
			{ID: 1, OwnerID: 1, Title: "旧任务", Due: today - 3, Status: model.TaskDone},
			// An owner that is not in the ledger (a damaged import).
			{ID: 2, OwnerID: 99, Title: "孤儿任务", Due: today - 1, Status: model.TaskBlocked},
			// Due today: not overdue, due soon.
			{ID: 3, OwnerID: 1, Title: "今天到期", Due: today, Status: model.TaskInProgress},
		},
		Activities: []model.Activity{{ID: 1, Title: "没有类型的活动", Date: today - 1, Status: model.ActHeld, Actual: 5}},
	}
	s := summary.Build(l, summary.Semester(today), today)
	if s.Overview.TasksDone != 1 || s.Overview.TasksOverdue != 1 || s.Overview.TasksDueSoon != 1 {
		t.Errorf("overview %+v", s.Overview)
	}
	if len(s.Problems.Stalled) != 1 || s.Problems.Stalled[0].Total != 0 {
		t.Errorf("a plan with no tasks is not flagged: %+v", s.Problems.Stalled)
	}
	if len(s.Activities.ByKind) != 1 || s.Activities.ByKind[0].Held != 1 {
		t.Errorf("an activity without a kind is lost: %+v", s.Activities.ByKind)
	}
	txt := summary.Text(s, model.LangZh, 80)
	for _, want := range []string{"（未填部门）", "?", "今天到期", "尚无任务", "测试 <小组> & “Team” 🧠"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

func TestContactDetailsNeverPrinted(t *testing.T) {
	t.Parallel()
	l, s := demoSummary(t)
	var outs []string
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
			var b bytes.Buffer
			if err := summary.Render(&b, s, f, summary.Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b.String())
			for _, o := range l.Owners {
				sl, err := summary.BuildSlip(l, o.ID, storetest.Today())
				if err != nil {
					t.Fatal(err)
				}
				b.Reset()
				if err := summary.RenderSlip(&b, sl, f, summary.Options{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				outs = append(outs, b.String())
			}
		}
	}
	for _, o := range l.Owners {
		for _, out := range outs {
			if o.Contact != "" && strings.Contains(out, o.Contact) {
				t.Fatalf("%s's contact %s is in a printout", o.Name, o.Contact)
			}
		}
	}
}

func BenchmarkBuild100k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 100_000)
	p := summary.Semester(today)
	b.ReportMetric(float64(l.Counts().Total()), "records")
	cpu := cpuTime()
	for b.Loop() {
		summary.Build(l, p, today)
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func BenchmarkText10k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 10_000)
	s := summary.Build(l, summary.Semester(today), today)
	cpu := cpuTime()
	for b.Loop() {
		summary.Text(s, model.LangZh, 80)
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
