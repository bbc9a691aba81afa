package forms

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// TaskDraft is a task as the form edits it.
type TaskDraft struct {
	ID           model.ID
	PlanID       model.ID
	Title        string
	Area         model.WorkArea
	OwnerID      model.ID
	SupervisorID model.ID
	Start        string
	Due          string
	Indicator    string
	Status       model.TaskStatus
	Progress     string
	DoneOn       string // 完成日期: empty means today when the task becomes done
	Notes        string
	ObligationID model.ID
	Yearly       bool
	// DecisionID is the decision the task carries out; the form keeps
	// it (and names it in its heading) without offering it as a field.
	DecisionID model.ID

	// What the stored task had, so saving can tell a status change the
	// user made from a progress the user typed.
	origStatus   model.TaskStatus
	origProgress string
}

// NewTaskDraft is a draft for a new task, under the plan if one is given.
func NewTaskDraft(plan model.ID) *TaskDraft {
	return &TaskDraft{PlanID: plan, Area: model.AreaService, Status: model.TaskNotStarted, Progress: "0",
		origStatus: model.TaskNotStarted, origProgress: "0"}
}

// EditTaskDraft is a draft of an existing task.
func EditTaskDraft(t model.Task) *TaskDraft {
	p := strconv.Itoa(t.Progress)
	return &TaskDraft{ID: t.ID, PlanID: t.PlanID, Title: t.Title, Area: t.Area, OwnerID: t.OwnerID, SupervisorID: t.SupervisorID,
		Start: dateText(t.Start), Due: dateText(t.Due), Indicator: t.Indicator, Status: t.Status, Progress: p, Notes: t.Notes,
		DoneOn:       dateText(t.DoneOn),
		ObligationID: t.ObligationID, Yearly: t.Yearly, DecisionID: t.DecisionID,
		origStatus: t.Status, origProgress: p}
}

// Heading is the form's title.
func (d *TaskDraft) Heading(ctx *common.Context) string {
	if d.DecisionID != 0 {
		if dec := ctx.Ledger.Decision(d.DecisionID); dec != nil {
			what := ctx.T("form.new.task")
			if d.ID != 0 {
				what = ctx.T("form.edit", model.Code(model.EntityTask, d.ID))
			}
			return what + " · " + ctx.Tr.Msg(dec.Source())
		}
	}
	if d.ID == 0 {
		if d.PlanID != 0 {
			return ctx.T("form.new.task_in", model.Code(model.EntityPlan, d.PlanID))
		}
		return ctx.T("form.new.task")
	}
	return ctx.T("form.edit", model.Code(model.EntityTask, d.ID))
}

// Snapshot is the draft's content.
func (d *TaskDraft) Snapshot() string { return fmt.Sprintf("%+v", *d) }

// Groups builds the fields: 到人、到时间、到指标 — owner, due date and
// indicator come first after the title.
func (d *TaskDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		textInput(ctx, "task.title", &d.Title, true),
		ownerSelect(ctx, "task.owner", &d.OwnerID, false),
		dateInput(ctx, "task.due", &d.Due, true),
		longText(ctx, "task.indicator", &d.Indicator, ctx.T("form.indicator_hint")),
		planSelect(ctx, "task.plan", &d.PlanID),
		enumSelect(ctx, "task.area", &d.Area),
		ownerSelect(ctx, "task.supervisor", &d.SupervisorID, true),
		dateInput(ctx, "task.start", &d.Start, false),
		enumSelect(ctx, "task.status", &d.Status).Inline(true),
		intInput(ctx, "task.progress", &d.Progress, 0, 100).Description(ctx.T("form.progress_hint")),
		dateInput(ctx, "task.done_on", &d.DoneOn, false).Description(ctx.T("form.done_on_hint")),
		obligationSelect(ctx, "task.obligation", &d.ObligationID),
		flagSelect(ctx, "task.yearly", &d.Yearly).Description(ctx.T("form.yearly_hint")),
		longText(ctx, "task.notes", &d.Notes, ""),
	)}
}

// Record builds the task. Marking it done sets progress to 100 unless the
// user typed a progress of their own in the same edit, and dates it today
// unless the user gave the day it was really done (完成日期, after the
// fact); a task that is not done has no completion date.
func (d *TaskDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	t := &model.Task{ID: d.ID, PlanID: d.PlanID, Title: d.Title, Area: d.Area, OwnerID: d.OwnerID, SupervisorID: d.SupervisorID,
		Indicator: d.Indicator, Status: d.origStatus, Notes: d.Notes,
		ObligationID: d.ObligationID, Yearly: d.Yearly, DecisionID: d.DecisionID}
	t.Start = c.date(ctx, "task.start", d.Start, false)
	t.Due = c.date(ctx, "task.due", d.Due, true)
	t.Progress = c.integer("task.progress", d.Progress, 0, 100)
	t.DoneOn = c.date(ctx, "task.done_on", d.DoneOn, false)
	t.ApplyStatus(d.Status, model.Today(ctx.Clock), d.Progress != d.origProgress)
	return c.done(ctx, t)
}

// TaskFromDecision is the draft of the task that carries a decision out:
// its text, owner, due date and indicator, linked back to it.
func TaskFromDecision(t *model.Task) *TaskDraft {
	d := EditTaskDraft(*t)
	if d.Area == 0 {
		d.Area = model.AreaService
	}
	d.origStatus, d.origProgress = model.TaskNotStarted, "0"
	return d
}
