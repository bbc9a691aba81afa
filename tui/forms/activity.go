package forms

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// ActivityDraft is an activity as its main form edits it. Whether it was
// held or cancelled is recorded by their own short forms (h, c).
type ActivityDraft struct {
	rec model.Activity // the stored activity (for what the form leaves alone)

	Kind        model.ActivityKind
	Title       string
	Date        string
	Time        string
	Venue       string
	OrganiserID model.ID
	PlanID      model.ID
	TaskID      model.ID
	Audience    []model.AudienceGroup
	Expected    string
	Budget      string
	Stages      [4]model.ID
	Sponsors    string
	Volunteers  string
	Notes       string
	Unit        model.Measure
	Quantity    string
	FollowUps   string
}

// NewActivityDraft is a draft for a new, planned activity.
func NewActivityDraft() *ActivityDraft {
	return &ActivityDraft{Kind: model.ActLecture, Audience: []model.AudienceGroup{model.AudStudents},
		rec: model.Activity{Status: model.ActPlanned}}
}

// EditActivityDraft is a draft of a stored activity.
func EditActivityDraft(a model.Activity) *ActivityDraft {
	return &ActivityDraft{rec: a, Kind: a.Kind, Title: a.Title, Date: dateText(a.Date), Time: a.Time, Venue: a.Venue,
		OrganiserID: a.OrganiserID, PlanID: a.PlanID, TaskID: a.TaskID, Audience: append([]model.AudienceGroup(nil), a.Audience...),
		Expected: countText(a.Expected), Budget: moneyText(a.Budget), Stages: a.StageOwners,
		Sponsors: a.Sponsors, Volunteers: a.Volunteers, Notes: a.Notes,
		Unit: a.Unit, Quantity: countText(a.Quantity), FollowUps: countText(a.FollowUps)}
}

// Heading is the form's title.
func (d *ActivityDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.activity")
	}
	return ctx.T("form.edit", model.Code(model.EntityActivity, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *ActivityDraft) Snapshot() string {
	c := *d
	c.rec = model.Activity{}
	return fmt.Sprintf("%+v", c)
}

// Groups builds the fields: what, when, where and who first; the stage
// owners (策划、组织、现场、总结) and resources after.
func (d *ActivityDraft) Groups(ctx *common.Context) []*huh.Group {
	fields := []huh.Field{
		textInput(ctx, "activity.title", &d.Title, true),
		enumSelect(ctx, "activity.kind", &d.Kind),
		dateInput(ctx, "activity.date", &d.Date, true),
		textInput(ctx, "activity.time", &d.Time, false).Placeholder(ctx.T("form.time_hint")),
		textInput(ctx, "activity.venue", &d.Venue, false),
		ownerSelect(ctx, "activity.organiser", &d.OrganiserID, true),
		audienceSelect(ctx, &d.Audience),
		intInput(ctx, "activity.expected", &d.Expected, 0, 1_000_000),
		moneyInput(ctx, "activity.budget", &d.Budget),
		planSelect(ctx, "activity.plan", &d.PlanID),
		taskSelect(ctx, "activity.task", &d.TaskID),
	}
	for i := range d.Stages {
		stage := model.Stage(i + 1)
		fields = append(fields, ownerSelect(ctx, "activity.stage."+model.LabelOf(stage).Code, &d.Stages[i], true))
	}
	fields = append(fields, quantityFields(ctx, &d.Unit, &d.Quantity, &d.FollowUps)...)
	fields = append(fields,
		longText(ctx, "activity.sponsors", &d.Sponsors, ""),
		longText(ctx, "activity.volunteers", &d.Volunteers, ""),
		longText(ctx, "activity.notes", &d.Notes, ""),
	)
	return []*huh.Group{group(fields...)}
}

// Record builds the activity, keeping what only h and c change.
func (d *ActivityDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	a := d.rec
	a.Kind, a.Title, a.Time, a.Venue = d.Kind, d.Title, d.Time, d.Venue
	a.OrganiserID, a.PlanID, a.TaskID, a.StageOwners = d.OrganiserID, d.PlanID, d.TaskID, d.Stages
	a.Audience = append([]model.AudienceGroup(nil), d.Audience...)
	a.Sponsors, a.Volunteers, a.Notes = d.Sponsors, d.Volunteers, d.Notes
	a.Date = c.date(ctx, "activity.date", d.Date, true)
	a.Expected = c.integer("activity.expected", d.Expected, 0, 1_000_000)
	a.Budget = c.money("activity.budget", d.Budget)
	a.Unit = d.Unit
	a.Quantity = c.integer("activity.quantity", d.Quantity, 0, 1_000_000)
	a.FollowUps = c.integer("activity.follow_ups", d.FollowUps, 0, 1_000_000)
	return c.done(ctx, &a)
}

// quantityFields are an activity's counts: how much it did in which unit
// (class hours, visits, students checked) and how many students need
// following up. The hint says the ledger keeps counts, never who.
func quantityFields(ctx *common.Context, unit *model.Measure, qty, followUps *string) []huh.Field {
	return []huh.Field{
		optionalEnumSelect(ctx, "activity.unit", unit, model.ActivityUnits()...).Inline(true).
			Description(ctx.T("form.counts_only")),
		intInput(ctx, "activity.quantity", qty, 0, 1_000_000),
		intInput(ctx, "activity.follow_ups", followUps, 0, 1_000_000),
	}
}

// HeldDraft records how an activity went (h): who came, what it cost, how
// it was judged.
type HeldDraft struct {
	rec        model.Activity
	Actual     string
	Spend      string
	Score      int
	Evaluation string
	Summary    string
	Unit       model.Measure
	Quantity   string
	FollowUps  string
}

// NewHeldDraft starts from what the activity already has (expected
// participants and budget as the likely answers).
func NewHeldDraft(a model.Activity) *HeldDraft {
	d := &HeldDraft{rec: a, Actual: countText(a.Actual), Spend: moneyText(a.Spend), Score: a.Score, Evaluation: a.Evaluation, Summary: a.Summary,
		Unit: a.Unit, Quantity: countText(a.Quantity), FollowUps: countText(a.FollowUps)}
	if d.Unit == 0 {
		d.Unit = unitOf(a.Kind)
	}
	if a.Status != model.ActHeld {
		d.Actual, d.Spend = countText(a.Expected), moneyText(a.Budget)
	}
	if d.Score == 0 {
		d.Score = 4
	}
	return d
}

// Heading is the form's title.
func (d *HeldDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.held", model.Code(model.EntityActivity, d.rec.ID), d.rec.Title)
}

// Snapshot is the draft's content.
func (d *HeldDraft) Snapshot() string {
	return fmt.Sprint(d.Actual, d.Spend, d.Score, d.Evaluation, d.Summary, d.Unit, d.Quantity, d.FollowUps)
}

// Groups builds the short form.
func (d *HeldDraft) Groups(ctx *common.Context) []*huh.Group {
	var scores []huh.Option[int]
	for s := 5; s >= 1; s-- {
		scores = append(scores, huh.NewOption(ctx.T("form.score", s), s))
	}
	fields := []huh.Field{
		intInput(ctx, "activity.actual", &d.Actual, 0, 1_000_000),
		moneyInput(ctx, "activity.spend", &d.Spend),
		keepLabel(ctx, newSelect[int]().Title(title(ctx, "activity.score", true)).Options(scores...).Value(&d.Score), title(ctx, "activity.score", true)),
	}
	fields = append(fields,
		longText(ctx, "activity.evaluation", &d.Evaluation, ctx.T("form.evaluation_hint")),
		longText(ctx, "activity.summary", &d.Summary, ""),
	)
	fields = append(fields, quantityFields(ctx, &d.Unit, &d.Quantity, &d.FollowUps)...)
	return []*huh.Group{group(fields...)}
}

// Record marks the activity held with the answers.
func (d *HeldDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	a := d.rec
	a.Status = model.ActHeld
	a.Actual = c.integer("activity.actual", d.Actual, 0, 1_000_000)
	a.Spend = c.money("activity.spend", d.Spend)
	a.Score, a.Evaluation, a.Summary = d.Score, d.Evaluation, d.Summary
	a.Unit = d.Unit
	a.Quantity = c.integer("activity.quantity", d.Quantity, 0, 1_000_000)
	a.FollowUps = c.integer("activity.follow_ups", d.FollowUps, 0, 1_000_000)
	return c.done(ctx, &a)
}

// CancelDraft cancels an activity (c), keeping it with the reason.
type CancelDraft struct {
	rec    model.Activity
	Reason string
}

// NewCancelDraft asks why the activity is cancelled.
func NewCancelDraft(a model.Activity) *CancelDraft {
	return &CancelDraft{rec: a, Reason: a.CancelReason}
}

// Heading is the form's title.
func (d *CancelDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.cancel_activity", model.Code(model.EntityActivity, d.rec.ID), d.rec.Title)
}

// Snapshot is the draft's content.
func (d *CancelDraft) Snapshot() string { return d.Reason }

// Groups builds the one field.
func (d *CancelDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(requiredText(ctx, "activity.cancel_reason", &d.Reason, ctx.T("form.cancel_hint"),
		fieldErr(ctx, model.NewMsgError(model.MsgCancelWhy))))}
}

// Record cancels the activity; an empty reason is refused by validation.
func (d *CancelDraft) Record(*common.Context) (model.MutableRecord, error) {
	a := d.rec
	a.Status, a.CancelReason = model.ActCancelled, model.CleanText(d.Reason)
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return &a, nil
}

// audienceSelect picks who an activity is for.
func audienceSelect(ctx *common.Context, v *[]model.AudienceGroup) *huh.MultiSelect[model.AudienceGroup] {
	var opts []huh.Option[model.AudienceGroup]
	for _, g := range model.Values[model.AudienceGroup]() {
		opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(g)), g))
	}
	return newMultiSelect[model.AudienceGroup]().Title(title(ctx, "activity.audience", false)).
		Options(opts...).Value(v).Filterable(false)
}

// taskSelect picks a task (open ones first), or none.
func taskSelect(ctx *common.Context, field string, v *model.ID) *labelled[model.ID] {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.none"), model.ID(0))}
	for _, t := range ctx.Ledger.Tasks {
		if t.Open() || t.ID == *v {
			opts = append(opts, huh.NewOption(model.Code(model.EntityTask, t.ID)+" "+t.Title, t.ID))
		}
	}
	return keepLabel(ctx, newSelect[model.ID]().Title(title(ctx, field, false)).Options(opts...).Value(v).Height(6), title(ctx, field, false))
}

// countText is a count as a form shows it (empty for zero).
func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// unitOf is the unit an activity of the kind is usually counted in: a
// lesson in class hours, home visits in visits, a check in students.
func unitOf(k model.ActivityKind) model.Measure {
	switch k {
	case model.ActLesson:
		return model.MeasureHours
	case model.ActHomeVisit:
		return model.MeasureVisits
	case model.ActScreening:
		return model.MeasureChecked
	}
	return 0
}
