package forms_test

import (
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/tuitest"
)

// replaceCase is one prefilled number or date field of one form: the
// draft that opens it, what the user types over the prefill, and how the
// saved record shows it.
type replaceCase struct {
	name   string
	action model.Action
	// setup may change the ledger first and returns the draft.
	draft func(t *testing.T, a *app.Service, l *model.Ledger) forms.Draft
	field string
	typed string
	saved func(r model.Record) string // the saved value, as typed
}

func find[T any](t *testing.T, list []T, ok func(*T) bool) *T {
	t.Helper()
	for i := range list {
		if ok(&list[i]) {
			return &list[i]
		}
	}
	t.Fatal("the demo has no such record")
	return nil
}

func dateOf(d model.Date) string   { return d.String() }
func moneyOf(m model.Money) string { return m.Plain() }

// heldReady is the demo's past activity still waiting for its record,
// with 30 expected and a 500 yuan budget (the trial's numbers), outside
// any plan.
func heldReady(t *testing.T, a *app.Service, l *model.Ledger) model.Activity {
	today := model.Today(tuitest.Clock())
	act := *find(t, l.Activities, func(x *model.Activity) bool { return x.NeedsRecord(today) })
	act.Expected, act.Budget, act.PlanID, act.TaskID = 30, model.Yuan(500), 0, 0
	if _, err := a.Save(model.ActUpdate, &act); err != nil {
		t.Fatal(err)
	}
	return act
}

func replaceCases() []replaceCase {
	today := model.Today(tuitest.Clock())
	plan2 := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditPlanDraft(*find(t, l.Plans, func(p *model.Plan) bool { return p.Kind == model.PlanAnnual }))
	}
	newPlan := func(*testing.T, *app.Service, *model.Ledger) forms.Draft {
		d := forms.NewPlanDraft(today)
		d.Title = "新计划"
		return d
	}
	notStarted := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditTaskDraft(*find(t, l.Tasks, func(x *model.Task) bool {
			return x.Status == model.TaskNotStarted && x.Progress == 0 && x.Due > today && x.Start < today.AddDays(-20)
		}))
	}
	done := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditTaskDraft(*find(t, l.Tasks, func(x *model.Task) bool {
			return x.Status == model.TaskDone && x.Start <= today.AddDays(-10) && x.DoneOn != today.AddDays(-2)
		}))
	}
	upcoming := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditActivityDraft(*find(t, l.Activities, func(x *model.Activity) bool {
			return x.Upcoming(today) && x.Expected > 0 && x.Budget > 0
		}))
	}
	held := func(t *testing.T, a *app.Service, l *model.Ledger) forms.Draft {
		return forms.NewHeldDraft(heldReady(t, a, l))
	}
	openRect := func(t *testing.T, _ *app.Service, l *model.Ledger) *model.Rectification {
		return find(t, l.Rectifications, func(r *model.Rectification) bool { return r.Open() && r.Due > today })
	}
	editRect := func(t *testing.T, a *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditRectDraft(*openRect(t, a, l))
	}
	newRect := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		e := find(t, l.Assessments, func(x *model.Assessment) bool { return len(x.Findings) > 0 && x.Date < today })
		d := forms.NewRectDraft(e.ID, e.Findings[0].No)
		d.Measure, d.OwnerID, d.Due = "补齐台账", l.Owners[0].ID, "+10"
		return d
	}
	closeRect := func(t *testing.T, a *app.Service, l *model.Ledger) forms.Draft {
		r := openRect(t, a, l)
		d := forms.NewCloseDraft(*r, today)
		d.Evidence = "验收记录"
		d.VerifierID = find(t, l.Owners, func(o *model.Owner) bool { return o.ID != r.OwnerID }).ID
		return d
	}
	assessment := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditAssessmentDraft(*find(t, l.Assessments, func(x *model.Assessment) bool { return x.Date < today }))
	}
	newAssessment := func(*testing.T, *app.Service, *model.Ledger) forms.Draft {
		d := forms.NewAssessmentDraft(today)
		d.Assessor = "德育处"
		return d
	}
	plan := func(r model.Record) *model.Plan { return r.(*model.Plan) }
	task := func(r model.Record) *model.Task { return r.(*model.Task) }
	act := func(r model.Record) *model.Activity { return r.(*model.Activity) }
	rect := func(r model.Record) *model.Rectification { return r.(*model.Rectification) }
	return []replaceCase{
		{"plan start", model.ActUpdate, plan2, "plan.start", "2026-09-02", func(r model.Record) string { return dateOf(plan(r).Start) }},
		{"plan end", model.ActUpdate, plan2, "plan.end", "2027-08-30", func(r model.Record) string { return dateOf(plan(r).End) }},
		{"plan budget", model.ActUpdate, plan2, "plan.budget", "66000", func(r model.Record) string { return moneyOf(plan(r).Budget) }},
		{"new plan start", model.ActCreate, newPlan, "plan.start", "2026-09-03", func(r model.Record) string { return dateOf(plan(r).Start) }},
		{"new plan end", model.ActCreate, newPlan, "plan.end", "2027-07-15", func(r model.Record) string { return dateOf(plan(r).End) }},
		{"task progress", model.ActUpdate, notStarted, "task.progress", "60", func(r model.Record) string { return strconv.Itoa(task(r).Progress) }},
		{"task due", model.ActUpdate, notStarted, "task.due", "2026-12-24", func(r model.Record) string { return dateOf(task(r).Due) }},
		{"task start", model.ActUpdate, notStarted, "task.start", "2026-10-12", func(r model.Record) string { return dateOf(task(r).Start) }},
		{"task date done", model.ActUpdate, done, "task.done_on", today.AddDays(-2).String(), func(r model.Record) string { return dateOf(task(r).DoneOn) }},
		{"activity date", model.ActUpdate, upcoming, "activity.date", "2026-12-20", func(r model.Record) string { return dateOf(act(r).Date) }},
		{"activity expected", model.ActUpdate, upcoming, "activity.expected", "45", func(r model.Record) string { return strconv.Itoa(act(r).Expected) }},
		{"activity budget", model.ActUpdate, upcoming, "activity.budget", "800", func(r model.Record) string { return moneyOf(act(r).Budget) }},
		{"held participants", model.ActMarkHeld, held, "activity.actual", "28", func(r model.Record) string { return strconv.Itoa(act(r).Actual) }},
		{"held spend", model.ActMarkHeld, held, "activity.spend", "450", func(r model.Record) string { return moneyOf(act(r).Spend) }},
		{"rectification due", model.ActUpdate, editRect, "rect.due", "2026-12-31", func(r model.Record) string { return dateOf(rect(r).Due) }},
		{"rectification registered", model.ActUpdate, editRect, "rect.opened_on", "2026-11-01", func(r model.Record) string { return dateOf(rect(r).OpenedOn) }},
		{"new rectification registered", model.ActCreate, newRect, "rect.opened_on", "2026-11-02", func(r model.Record) string { return dateOf(rect(r).OpenedOn) }},
		{"closing date", model.ActCloseRect, closeRect, "rect.closed_on", "2026-11-19", func(r model.Record) string { return dateOf(rect(r).ClosedOn) }},
		{"assessment date", model.ActUpdate, assessment, "assessment.date", "2026-11-18", func(r model.Record) string { return dateOf(r.(*model.Assessment).Date) }},
		{"new assessment date", model.ActCreate, newAssessment, "assessment.date", "2026-11-17", func(r model.Record) string { return dateOf(r.(*model.Assessment).Date) }},
	}
}

// TestTypingReplacesEveryPrefilledNumberAndDate types into every
// prefilled number and date field of every form — key by key and as one
// paste — and checks what is saved is what was typed. Before, typing 28
// into a field showing 30 saved 3028, and 60 over a progress of 0 saved
// 060.
func TestTypingReplacesEveryPrefilledNumberAndDate(t *testing.T) {
	t.Parallel()
	for _, c := range replaceCases() {
		for _, how := range []string{"keys", "paste"} {
			t.Run(c.name+" "+how, func(t *testing.T) {
				t.Parallel()
				a := tuitest.Open(t, tuitest.DemoFile(t))
				l, err := a.Load()
				if err != nil {
					t.Fatal(err)
				}
				d := c.draft(t, a, l)
				ctx := tuitest.Context(t, a, model.LangZh, 100, 40)
				h := forms.NewHost(ctx, 7, d, c.action)
				h.SetSize(100, 36)
				var ov common.Overlay = h
				ov, _ = drive(ov, tuitest.Messages(ov.Init())...)
				for i := 0; h.FocusedField() != c.field; i++ {
					if i > 40 {
						t.Fatalf("never reached %s:\n%s", c.field, h.View())
					}
					ov, _ = drive(ov, tuitest.Key("tab"))
				}
				if !strings.Contains(h.View(), "> ") {
					t.Fatalf("no field shown:\n%s", h.View())
				}
				var msgs []tea.Msg
				if how == "paste" {
					msgs = append(msgs, typeText(c.typed))
				} else {
					for _, r := range c.typed {
						msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
					}
				}
				ov, _ = drive(ov, msgs...)
				ov, out := drive(ov, tuitest.Key("ctrl+s"))
				if ws := h.Warnings(); ws != nil {
					t.Fatalf("unexpected warnings %+v:\n%s", ws, h.View())
				}
				var saved model.Record
				for _, m := range out {
					if s, ok := m.(forms.SavedMsg); ok {
						saved = s.Record
					}
				}
				if saved == nil {
					t.Fatalf("not saved:\n%s", ov.View())
				}
				l, err = a.Load()
				if err != nil {
					t.Fatal(err)
				}
				stored := l.Record(saved.Entity(), saved.GetID())
				if got := c.saved(stored); got != c.typed {
					t.Fatalf("typed %q over the prefill, saved %q", c.typed, got)
				}
			})
		}
	}
}
