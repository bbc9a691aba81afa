package forms

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// PlanDraft is a plan as its form edits it.
type PlanDraft struct {
	ID       model.ID
	Kind     model.PlanKind
	Title    string
	Start    string
	End      string
	Goals    string // one goal per line
	Budget   string
	Status   model.PlanStatus
	LeaderID model.ID
	Notes    string
}

// NewPlanDraft is a draft for a new plan: an annual plan for the school
// year that contains today, active.
func NewPlanDraft(today model.Date) *PlanDraft {
	start := schoolYearStart(today)
	return &PlanDraft{Kind: model.PlanAnnual, Status: model.PlanActive,
		Start: start.String(), End: start.AddMonths(12).AddDays(-1).String()}
}

// EditPlanDraft is a draft of an existing plan.
func EditPlanDraft(p model.Plan) *PlanDraft {
	return &PlanDraft{ID: p.ID, Kind: p.Kind, Title: p.Title, Start: dateText(p.Start), End: dateText(p.End),
		Goals: strings.Join(p.Goals, "\n"), Budget: moneyText(p.Budget), Status: p.Status, LeaderID: p.LeaderID, Notes: p.Notes}
}

// Heading is the form's title.
func (d *PlanDraft) Heading(ctx *common.Context) string {
	if d.ID == 0 {
		return ctx.T("form.new.plan")
	}
	return ctx.T("form.edit", model.Code(model.EntityPlan, d.ID))
}

// Snapshot is the draft's content.
func (d *PlanDraft) Snapshot() string { return fmt.Sprintf("%+v", *d) }

// Groups builds the fields.
func (d *PlanDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		textInput(ctx, "plan.title", &d.Title, true),
		enumSelect(ctx, "plan.kind", &d.Kind).Inline(true),
		dateInput(ctx, "plan.start", &d.Start, true),
		dateInput(ctx, "plan.end", &d.End, true),
		longText(ctx, "plan.goals", &d.Goals, ctx.T("form.goals_hint")),
		moneyInput(ctx, "plan.budget", &d.Budget),
		enumSelect(ctx, "plan.status", &d.Status).Inline(true),
		ownerSelect(ctx, "plan.leader", &d.LeaderID, true),
		longText(ctx, "plan.notes", &d.Notes, ""),
	)}
}

// Record builds the plan.
func (d *PlanDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	p := &model.Plan{ID: d.ID, Kind: d.Kind, Title: d.Title, Goals: splitLines(d.Goals), Status: d.Status, LeaderID: d.LeaderID, Notes: d.Notes}
	p.Start = c.date(ctx, "plan.start", d.Start, true)
	p.End = c.date(ctx, "plan.end", d.End, true)
	p.Budget = c.money("plan.budget", d.Budget)
	return c.done(ctx, p)
}

// schoolYearStart is 1 September of the school year containing today.
func schoolYearStart(today model.Date) model.Date {
	y := today.Year()
	if today.Month() < 9 {
		y--
	}
	return model.NewDate(y, 9, 1)
}
