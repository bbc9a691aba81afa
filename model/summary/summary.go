// Package summary is the meeting summary (会议汇报): Build gathers every
// figure a secretary brings to a leadership group meeting for a period,
// and the renderers turn it into text (the terminal, 80 columns),
// Markdown and a self-contained printable HTML page. BuildSlip is one
// person's task slip (任务单). Nothing here does I/O beyond writing to the
// io.Writer it is given, and nothing knows about the terminal UI: the CLI
// and the Summary tab both call Build and a renderer.
//
// People's contact details are never part of a summary: printouts leave
// the room.
//
// The Summary tab uses it like this (the CLI does the same):
//
//	p, err := summary.Preset(summary.PeriodSemester, today, l.Settings.LastSummary)
//	p = p.Next()                              // `]`; p.Prev() is `[`
//	s := summary.Build(l, p, today)           // pure, ~3 ms for 10,000 records
//	view := summary.Text(s, lang, width)      // the viewport's content, bars included
//	name := s.FileName(summary.FormatPDF, lang) // default for the `w` prompt
//
// Writing and printing go through package printout (PDF needs a browser
// and takes seconds: run it in a tea.Cmd):
//
//	err := printout.WriteFile(ctx, printout.System(), path, s, format, summary.Options{Lang: lang})
//	res, err := printout.Print(ctx, printout.System(), s, summary.Options{Lang: lang}, fallbackPath)
//	status := tr.Msg(res.Msg())
//
// After writing or printing a meeting summary, save today as
// Settings.LastSummary (store.SaveSettings) so the next one can cover
// PeriodSinceLast. A task slip (BuildSlip, SlipText) is a Document too.
package summary

import (
	"secretary/model"
)

// Horizon is how many days ahead "coming up" looks: the next 30 days'
// deadlines and activities.
const Horizon = 30

// Summary is a meeting summary as figures and rows, in the order school
// work reports use. It holds no formatting and no language; renderers
// add both.
type Summary struct {
	Header  Header
	Period  Period
	Today   model.Date
	Horizon model.Date // last day of "the next 30 days": Today+Horizon

	Overview    Overview          // 1 总体情况
	Plans       []PlanRow         // 2 计划进展
	Owners      []OwnerRow        // 3 责任落实, by owner
	Departments []DeptRow         // 3 责任落实, by department
	Activities  ActivitySection   // 4 活动开展
	Obligations []ObligationRow   // 规定动作完成情况, after the activities
	Began       model.Date        // the day the ledger began, for the legend of periods before it
	Assessments AssessmentSection // 5 监督评估与整改
	Problems    Problems          // 6 存在问题
	Next        []AgendaItem      // 7 下一步安排
	Group       Group             // 领导小组组成, 会议与决定事项落实 (group.go)
}

// Header is what heads every printout: the ledger's settings.
type Header struct {
	Group     string
	School    string
	Secretary string
}

// Score is an average with how many values went into it; N == 0 means
// nothing was scored, which prints as a dash rather than a zero.
type Score struct {
	Sum float64
	N   int
}

// Add puts one value into the average.
func (s *Score) Add(v float64) { s.Sum += v; s.N++ }

// Mean is the average (0 when nothing was scored).
func (s Score) Mean() float64 {
	if s.N == 0 {
		return 0
	}
	return s.Sum / float64(s.N)
}

// String is the average to one decimal, or "-" when nothing was scored.
func (s Score) String() string {
	if s.N == 0 {
		return "-"
	}
	return model.ScoreText(s.Mean())
}

// Overview is section 1: the headline figures.
type Overview struct {
	ActivePlans    int         // active plans running in the period
	TasksOpen      int         // open tasks, as of today
	TasksOverdue   int         // open tasks past due, as of today
	TasksDone      int         // tasks done in the period
	TasksDueSoon   int         // open tasks due in the next 30 days
	ActivitiesHeld int         // activities held in the period
	Participants   int         // people who took part in them
	Spend          model.Money // what they cost
	Budget         model.Money // what they were budgeted
	Upcoming       int         // activities planned for the next 30 days
	Assessments    int         // assessments held in the period
	AvgScore       Score       // their average score (out of 100)
	RectsOpened    int         // rectifications opened in the period
	RectsClosed    int         // rectifications closed in the period
	RectsOpen      int         // rectifications still open, as of today
	RectsOverdue   int         // of which past due
}

// PlanRow is one active plan's progress (section 2).
type PlanRow struct {
	ID           model.ID
	Code         string
	Title        string
	Kind         model.PlanKind
	Start, End   model.Date
	Leader       string
	Done, Total  int // tasks done / all tasks of the plan
	Overdue      int // open tasks past due
	DoneInPeriod int // tasks done in the period
	Percent      int // Done/Total
	MeanPercent  int // average of the tasks' own progress
	Budget       model.Money
	Spent        model.Money // spend of the plan's held activities, all time
	Goals        []string    // the plan's goals (目标), as the plan lists them
}

// TaskItem is one task as a summary lists it.
type TaskItem struct {
	ID          model.ID
	Code        string
	Title       string
	Owner       string
	Supervisor  string
	Plan        string
	Area        model.WorkArea
	Due         model.Date
	Status      model.TaskStatus
	Progress    int
	Indicator   string
	DaysOverdue int // > 0 when past due
}

// Overdue reports whether the task is past due.
func (t TaskItem) Overdue() bool { return t.DaysOverdue > 0 }

// OwnerRow is one person's tasks (section 3).
type OwnerRow struct {
	ID           model.ID
	Name         string
	Title        string
	Department   string
	Open         int       // open tasks, as of today
	Done         int       // tasks done in the period
	Overdue      int       // open tasks past due
	OverdueTasks []TaskRef // those tasks, most overdue first (details in Problems)
}

// TaskRef points at a task: enough to name it in a list.
type TaskRef struct {
	ID   model.ID
	Code string
	Due  model.Date
}

// DeptRow is one department's tasks (section 3).
type DeptRow struct {
	Name    string // "" for owners with no department
	Owners  int
	Open    int
	Done    int
	Overdue int
}

// ActivityItem is one activity as a summary lists it.
type ActivityItem struct {
	ID        model.ID
	Code      string
	Title     string
	Kind      model.ActivityKind
	Date      model.Date
	Time      string
	Venue     string
	Organiser string
	Expected  int
	Actual    int
	Budget    model.Money
	Spend     model.Money
	Score     int // 1–5, 0 = not evaluated
	Role      model.Stage
}

// KindRow is the held activities of one kind (section 4).
type KindRow struct {
	Kind         model.ActivityKind
	Held         int
	Participants int
	Spend        model.Money
	Budget       model.Money
	Score        Score // satisfaction 1–5
}

// ActivitySection is section 4.
type ActivitySection struct {
	Held         int
	Cancelled    int // cancelled activities dated in the period
	Participants int
	Expected     int // what the held activities expected
	Spend        model.Money
	Budget       model.Money
	Score        Score // satisfaction 1–5 over evaluated activities
	ByKind       []KindRow
	HeldList     []ActivityItem // in date order
	Upcoming     []ActivityItem // planned in the next 30 days, in date order
}

// AssessmentItem is one assessment held in the period (section 5).
type AssessmentItem struct {
	ID       model.ID
	Code     string
	Date     model.Date
	Kind     model.AssessmentKind
	Target   Target
	Assessor string
	Score    Score // its indicators' average, out of 100
	Rating   model.Rating
	Findings int
	// Found is each finding with the rectifications that address it: what
	// the group reads to see the loop closed (整改闭环).
	Found []FindingItem
}

// FindingItem is one problem an assessment found and what is being done
// about it.
type FindingItem struct {
	No    int
	Text  string
	Rects []RectLine // in ID order; none yet when nothing was registered
}

// RectLine is one rectification under its finding: an open one with its
// owner and due date, a closed one with when it was closed, who verified
// it and on what evidence (销号).
type RectLine struct {
	ID          model.ID
	Code        string
	Measure     string
	Owner       string
	Due         model.Date
	Open        bool
	DaysOverdue int // > 0 when open and past due
	ClosedOn    model.Date
	Verifier    string
	Evidence    string
}

// Target is what an assessment looked at: a record (its code and name)
// or a work area, whose name the renderer says in its language.
type Target struct {
	Name string         // "P-2 本学年心理健康教育工作计划"; "" for a work area
	Area model.WorkArea // set for a work area
}

// RectItem is one rectification as a summary lists it.
type RectItem struct {
	ID          model.ID
	Code        string
	Measure     string
	Owner       string
	Assessment  string // the assessment's code
	Finding     string // the finding it fixes
	OpenedOn    model.Date
	Due         model.Date
	DaysOverdue int // > 0 when past due
}

// Overdue reports whether the rectification is past due.
func (r RectItem) Overdue() bool { return r.DaysOverdue > 0 }

// AssessmentSection is section 5.
type AssessmentSection struct {
	Held        int
	Score       Score // mean of the assessments' averages
	List        []AssessmentItem
	RectsOpened int        // opened in the period
	RectsClosed int        // closed in the period
	OpenRects   []RectItem // every open rectification, earliest due first
	Overdue     int        // of the open ones, past due
}

// StalledPlan is an active plan with nothing done in the period.
type StalledPlan struct {
	Code    string
	Title   string
	Total   int // its tasks; 0 means it has none yet
	Percent int // its overall progress
}

// Problems is section 6: what needs the group's attention.
type Problems struct {
	OverdueTasks []TaskItem     // open tasks past due, most overdue first
	OverdueRects []RectItem     // open rectifications past due
	Unrecorded   []ActivityItem // past activities still "planned": their record is missing
	Stalled      []StalledPlan  // active plans with no task done in the period
}

// Count is how many problems there are in all.
func (p Problems) Count() int {
	return len(p.OverdueTasks) + len(p.OverdueRects) + len(p.Unrecorded) + len(p.Stalled)
}

// AgendaKind is what an agenda line is about.
type AgendaKind uint8

// Agenda kinds, in the order lines of the same day are listed.
const (
	AgendaActivity AgendaKind = 1 + iota
	AgendaAssessment
	AgendaTask
	AgendaRect
)

// AgendaItem is one line of section 7: a deadline or an event in the next
// 30 days.
type AgendaItem struct {
	ID    model.ID // the record's ID within its kind
	Date  model.Date
	Kind  AgendaKind
	Code  string
	Title string // a task's or activity's title, a rectification's measure
	Owner string // the owner, organiser, or an assessment's assessor
	// For an assessment: its kind and target, named in the renderer's
	// language.
	AssessKind model.AssessmentKind
	Target     Target
}
