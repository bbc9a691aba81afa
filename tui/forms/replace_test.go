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
	// inCtx, when set, makes the draft instead, for the forms that read
	// the screen's context (the obligations' and meetings' pickers).
	inCtx func(t *testing.T, ctx *common.Context) forms.Draft
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
	cases := []replaceCase{
		{"plan start", model.ActUpdate, plan2, "plan.start", "2026-09-02", func(r model.Record) string { return dateOf(plan(r).Start) }, nil},
		{"plan end", model.ActUpdate, plan2, "plan.end", "2027-08-30", func(r model.Record) string { return dateOf(plan(r).End) }, nil},
		{"plan budget", model.ActUpdate, plan2, "plan.budget", "66000", func(r model.Record) string { return moneyOf(plan(r).Budget) }, nil},
		{"new plan start", model.ActCreate, newPlan, "plan.start", "2026-09-03", func(r model.Record) string { return dateOf(plan(r).Start) }, nil},
		{"new plan end", model.ActCreate, newPlan, "plan.end", "2027-07-15", func(r model.Record) string { return dateOf(plan(r).End) }, nil},
		{"task progress", model.ActUpdate, notStarted, "task.progress", "60", func(r model.Record) string { return strconv.Itoa(task(r).Progress) }, nil},
		{"task due", model.ActUpdate, notStarted, "task.due", "2026-12-24", func(r model.Record) string { return dateOf(task(r).Due) }, nil},
		{"task start", model.ActUpdate, notStarted, "task.start", "2026-10-12", func(r model.Record) string { return dateOf(task(r).Start) }, nil},
		{"task date done", model.ActUpdate, done, "task.done_on", today.AddDays(-2).String(), func(r model.Record) string { return dateOf(task(r).DoneOn) }, nil},
		{"activity date", model.ActUpdate, upcoming, "activity.date", "2026-12-20", func(r model.Record) string { return dateOf(act(r).Date) }, nil},
		{"activity expected", model.ActUpdate, upcoming, "activity.expected", "45", func(r model.Record) string { return strconv.Itoa(act(r).Expected) }, nil},
		{"activity budget", model.ActUpdate, upcoming, "activity.budget", "800", func(r model.Record) string { return moneyOf(act(r).Budget) }, nil},
		{"held participants", model.ActMarkHeld, held, "activity.actual", "28", func(r model.Record) string { return strconv.Itoa(act(r).Actual) }, nil},
		{"held spend", model.ActMarkHeld, held, "activity.spend", "450", func(r model.Record) string { return moneyOf(act(r).Spend) }, nil},
		{"rectification due", model.ActUpdate, editRect, "rect.due", "2026-12-31", func(r model.Record) string { return dateOf(rect(r).Due) }, nil},
		{"rectification registered", model.ActUpdate, editRect, "rect.opened_on", "2026-11-01", func(r model.Record) string { return dateOf(rect(r).OpenedOn) }, nil},
		{"new rectification registered", model.ActCreate, newRect, "rect.opened_on", "2026-11-02", func(r model.Record) string { return dateOf(rect(r).OpenedOn) }, nil},
		{"closing date", model.ActCloseRect, closeRect, "rect.closed_on", "2026-11-19", func(r model.Record) string { return dateOf(rect(r).ClosedOn) }, nil},
		{"assessment date", model.ActUpdate, assessment, "assessment.date", "2026-11-18", func(r model.Record) string { return dateOf(r.(*model.Assessment).Date) }, nil},
		{"new assessment date", model.ActCreate, newAssessment, "assessment.date", "2026-11-17", func(r model.Record) string { return dateOf(r.(*model.Assessment).Date) }, nil},
	}
	return append(cases, laterReplaceCases()...)
}

// laterReplaceCases are the prefilled numbers and dates of the forms the
// group's year brought (meetings, decisions, the required work, the
// rubric, evidence, documents, the roster).
func laterReplaceCases() []replaceCase {
	today := model.Today(tuitest.Clock())
	meeting := func(t *testing.T, ctx *common.Context) forms.Draft {
		l := ctx.Ledger
		return forms.EditMeetingDraft(l, *find(t, l.Meetings, func(m *model.Meeting) bool { return m.Held() && m.No > 0 && m.Date < today }))
	}
	decision := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditDecisionDraft(*find(t, l.Decisions, func(d *model.Decision) bool { return !d.Due.IsZero() && d.OwnerID != 0 }))
	}
	obligation := func(t *testing.T, ctx *common.Context) forms.Draft {
		return forms.EditObligationDraft(ctx, *find(t, ctx.Ledger.Obligations, func(o *model.Obligation) bool { return o.Min > 0 && o.Sum == 0 }))
	}
	leaf := func(l *model.Ledger) func(*model.RubricIndicator) bool {
		return func(in *model.RubricIndicator) bool {
			if in.ParentID == 0 || in.Points < model.PointsOf(3) {
				return false
			}
			for _, c := range l.Indicators {
				if c.ParentID == in.ID {
					return false
				}
			}
			return true
		}
	}
	// Points lowered on an indicator not yet scored (a score above the
	// points is refused); a score typed over another on one that is.
	indicator := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditIndicatorDraft(*find(t, l.Indicators, func(in *model.RubricIndicator) bool { return leaf(l)(in) && !in.Scored }))
	}
	scored := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditIndicatorDraft(*find(t, l.Indicators, func(in *model.RubricIndicator) bool { return leaf(l)(in) && in.Scored }))
	}
	evidence := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditEvidenceDraft(*find(t, l.Evidence, func(e *model.Evidence) bool { return !e.Date.IsZero() }))
	}
	document := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditDocumentDraft(*find(t, l.Documents, func(w *model.Document) bool { return !w.Adopted.IsZero() && !w.ReviewDue.IsZero() }))
	}
	owner := func(t *testing.T, _ *app.Service, l *model.Ledger) forms.Draft {
		return forms.EditOwnerDraft(*find(t, l.Owners, func(o *model.Owner) bool { return !o.Joined.IsZero() && o.Left.IsZero() }))
	}
	ind := func(r model.Record) *model.RubricIndicator { return r.(*model.RubricIndicator) }
	return []replaceCase{
		{name: "meeting no", action: model.ActUpdate, inCtx: meeting, field: "meeting.no", typed: "9", saved: func(r model.Record) string { return strconv.Itoa(r.(*model.Meeting).No) }},
		{name: "meeting date", action: model.ActUpdate, inCtx: meeting, field: "meeting.date", typed: "2026-11-03", saved: func(r model.Record) string { return dateOf(r.(*model.Meeting).Date) }},
		{name: "decision due", action: model.ActUpdate, draft: decision, field: "decision.due", typed: "2026-12-20", saved: func(r model.Record) string { return dateOf(r.(*model.Decision).Due) }},
		{name: "obligation minimum", action: model.ActUpdate, inCtx: obligation, field: "obligation.min", typed: "3", saved: func(r model.Record) string { return strconv.Itoa(r.(*model.Obligation).Min) }},
		{name: "indicator points", action: model.ActUpdate, draft: indicator, field: "indicator.points", typed: "2", saved: func(r model.Record) string { return ind(r).Points.String() }},
		{name: "self-score", action: model.ActUpdate, draft: scored, field: "indicator.score", typed: "1.5", saved: func(r model.Record) string { return ind(r).Score.String() }},
		{name: "evidence date", action: model.ActUpdate, draft: evidence, field: "evidence.date", typed: "2026-10-09", saved: func(r model.Record) string { return dateOf(r.(*model.Evidence).Date) }},
		{name: "document adopted", action: model.ActUpdate, draft: document, field: "document.adopted", typed: "2026-09-08", saved: func(r model.Record) string { return dateOf(r.(*model.Document).Adopted) }},
		{name: "document review", action: model.ActUpdate, draft: document, field: "document.review_due", typed: "2027-06-30", saved: func(r model.Record) string { return dateOf(r.(*model.Document).ReviewDue) }},
		{name: "person joined", action: model.ActUpdate, draft: owner, field: "owner.joined", typed: "2026-09-01", saved: func(r model.Record) string { return dateOf(r.(*model.Owner).Joined) }},
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
				ctx := tuitest.Context(t, a, model.LangZh, 100, 40)
				var d forms.Draft
				if c.inCtx != nil {
					d = c.inCtx(t, ctx)
				} else {
					d = c.draft(t, a, l)
				}
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
