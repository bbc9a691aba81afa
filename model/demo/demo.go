// Package demo builds a realistic sample ledger: a Chinese middle school's
// year of mental health education work, with dates placed around "today"
// so that some work is done, some overdue and some still to come. It is
// what `secretary demo` writes, what the screenshots show and what tests
// use as a fixture. It is pure: the same today, size and seed give the
// same ledger.
package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"secretary/model"
)

// BaseSize is about how many records the hand-written sample holds; a
// larger size adds generated records of the same shape.
const BaseSize = 80

// Build returns a sample ledger of about size records (at least the hand
// written sample) for the day today. IDs start at 1 in each kind.
func Build(today model.Date, size int) *model.Ledger {
	b := &builder{today: today, rng: rand.New(rand.NewPCG(20260525, uint64(size))), l: &model.Ledger{}}
	b.settings()
	b.base()
	b.group()
	if extra := size - b.total(); extra > 0 {
		b.scale(extra)
	}
	b.obligations() // after scale, so a larger sample's generated part is as it was

	// The inspection sample (rubric, documents, evidence) is the same at
	// every size and is not counted in it: size is about the year's work.
	b.inspection()
	b.l.Reindex()
	return b.l
}

type builder struct {
	today model.Date
	rng   *rand.Rand
	l     *model.Ledger
}

func (b *builder) total() int { return b.l.Counts().Total() }

// schoolYearStart is 1 September of the school year that contains today.
func (b *builder) schoolYearStart() model.Date {
	y := b.today.Year()
	if b.today.Month() < time.September {
		y--
	}
	return model.NewDate(y, time.September, 1)
}

func (b *builder) settings() {
	b.l.Settings = model.Settings{
		GroupName: "阳光实验中学心理健康教育工作领导小组",
		School:    "阳光实验中学",
		Secretary: "周敏",
	}
}

func (b *builder) owner(name, title, dept, contact string) model.ID {
	id := model.ID(len(b.l.Owners) + 1)
	b.l.Owners = append(b.l.Owners, model.Owner{ID: id, Name: name, Title: title, Department: dept, Contact: contact})
	return id
}

func (b *builder) plan(p model.Plan) model.ID {
	p.ID = model.ID(len(b.l.Plans) + 1)
	b.l.Plans = append(b.l.Plans, p)
	return p.ID
}

// task adds a task whose due date is dueIn days from today; its status
// follows from that and from doneShare (how likely a past task is done).
func (b *builder) task(plan model.ID, area model.WorkArea, title string, owner, supervisor model.ID, startIn, dueIn int, indicator string, status model.TaskStatus, progress int) model.ID {
	t := model.Task{
		ID: model.ID(len(b.l.Tasks) + 1), PlanID: plan, Title: title, Area: area,
		OwnerID: owner, SupervisorID: supervisor,
		Start: b.today.AddDays(startIn), Due: b.today.AddDays(dueIn),
		Indicator: indicator, Status: status, Progress: progress,
	}
	if status == model.TaskDone {
		t.Progress = 100
		t.DoneOn = t.Due.AddDays(-b.rng.IntN(5))
		if t.DoneOn > b.today {
			t.DoneOn = b.today
		}
		// Done on a real day: not after today, not before it started (a
		// task started later than it was done starts that day).
		switch {
		case t.DoneOn >= t.Start:
		case t.Start <= b.today:
			t.DoneOn = t.Start
		default:
			t.Start = t.DoneOn
		}
	}
	b.l.Tasks = append(b.l.Tasks, t)
	return t.ID
}

func (b *builder) activity(a model.Activity) model.ID {
	a.ID = model.ID(len(b.l.Activities) + 1)
	b.l.Activities = append(b.l.Activities, a)
	return a.ID
}

func (b *builder) assessment(e model.Assessment) model.ID {
	e.ID = model.ID(len(b.l.Assessments) + 1)
	b.l.Assessments = append(b.l.Assessments, e)
	return e.ID
}

func (b *builder) rect(r model.Rectification) model.ID {
	r.ID = model.ID(len(b.l.Rectifications) + 1)
	if r.OpenedOn.IsZero() {
		r.OpenedOn = b.today.AddDays(-30)
	}
	b.l.Rectifications = append(b.l.Rectifications, r)
	return r.ID
}

// may25 is 25 May of the school year's spring (the 5·25 mental health day).
func (b *builder) may25() model.Date {
	return model.NewDate(b.schoolYearStart().Year()+1, time.May, 25)
}

// lastOct10 is the most recent 10 October before today (World Mental
// Health Day), so an activity held that day is in the past.
func (b *builder) lastOct10() model.Date {
	d := model.NewDate(b.today.Year(), time.October, 10)
	if d >= b.today {
		d = d.AddMonths(-12)
	}
	return d
}

func (b *builder) days(d model.Date) int { return b.today.DaysUntil(d) }

func fen(yuan int) model.Money { return model.Yuan(int64(yuan)) }

func (b *builder) String() string { return fmt.Sprintf("demo(%s, %d)", b.today, b.total()) }
