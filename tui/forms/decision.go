package forms

import (
	"fmt"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// DecisionDraft is a decision as the form edits it.
type DecisionDraft struct {
	ID        model.ID
	MeetingID model.ID
	No        int
	Text      string
	OwnerID   model.ID
	Due       string
	Indicator string
	Area      model.WorkArea
	Notes     string
}

// NewDecisionDraft is the next decision of the meeting (0: chosen in the
// form).
func NewDecisionDraft(meeting model.ID) *DecisionDraft {
	return &DecisionDraft{MeetingID: meeting}
}

// EditDecisionDraft is a draft of an existing decision.
func EditDecisionDraft(d model.Decision) *DecisionDraft {
	return &DecisionDraft{ID: d.ID, MeetingID: d.MeetingID, No: d.No, Text: d.Text, OwnerID: d.OwnerID,
		Due: dateText(d.Due), Indicator: d.Indicator, Area: d.Area, Notes: d.Notes}
}

// Heading is the form's title.
func (d *DecisionDraft) Heading(ctx *common.Context) string {
	if d.ID == 0 {
		if d.MeetingID != 0 {
			return ctx.T("form.new.decision_in", model.Code(model.EntityMeeting, d.MeetingID))
		}
		return ctx.T("form.new.decision")
	}
	return ctx.T("form.edit", model.Code(model.EntityDecision, d.ID))
}

// Snapshot is the draft's content.
func (d *DecisionDraft) Snapshot() string { return fmt.Sprintf("%+v", *d) }

// Groups builds the fields: the decision, then 到人、到时间、到指标.
func (d *DecisionDraft) Groups(ctx *common.Context) []*huh.Group {
	fields := []huh.Field{}
	if d.MeetingID == 0 || d.ID != 0 {
		fields = append(fields, meetingSelect(ctx, &d.MeetingID))
	}
	fields = append(fields,
		longText(ctx, "decision.text", &d.Text, ""),
		ownerSelect(ctx, "decision.owner", &d.OwnerID, true).Description(ctx.T("form.decision_owner_hint")),
		dateInput(ctx, "decision.due", &d.Due, false),
		longText(ctx, "decision.indicator", &d.Indicator, ctx.T("form.indicator_hint")),
		areaSelect(ctx, &d.Area),
		longText(ctx, "decision.notes", &d.Notes, ""),
	)
	return []*huh.Group{group(fields...)}
}

// meetingSelect picks a meeting, latest first.
func meetingSelect(ctx *common.Context, v *model.ID) *labelled[model.ID] {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.choose"), model.ID(0))}
	l := ctx.Ledger
	for i := len(l.Meetings) - 1; i >= 0; i-- {
		m := &l.Meetings[i]
		opts = append(opts, huh.NewOption(model.CodeOf(m)+" "+m.NameIn(ctx.Lang()), m.ID))
	}
	s := newSelect[model.ID]().Title(title(ctx, "decision.meeting", true)).Options(opts...).Value(v).Height(6).
		Validate(func(id model.ID) error {
			if id == 0 {
				return requiredErr(ctx)
			}
			return nil
		})
	return keepLabel(ctx, s, title(ctx, "decision.meeting", true))
}

// areaSelect picks a work area, or none yet.
func areaSelect(ctx *common.Context, v *model.WorkArea) *labelled[model.WorkArea] {
	opts := []huh.Option[model.WorkArea]{huh.NewOption(ctx.T("form.none"), model.WorkArea(0))}
	for _, a := range model.Values[model.WorkArea]() {
		opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(a)), a))
	}
	return keepLabel(ctx, newSelect[model.WorkArea]().Title(title(ctx, "decision.area", false)).Options(opts...).Value(v), title(ctx, "decision.area", false))
}

// Record builds the decision, numbered after its meeting's last one.
func (d *DecisionDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	rec := &model.Decision{ID: d.ID, MeetingID: d.MeetingID, No: d.No, Text: d.Text, OwnerID: d.OwnerID,
		Indicator: d.Indicator, Area: d.Area, Notes: d.Notes}
	rec.Due = c.date(ctx, "decision.due", d.Due, false)
	if err := c.err(model.EntityDecision); err != nil {
		return nil, err
	}
	if old := ctx.Ledger.Decision(d.ID); old == nil || old.MeetingID != d.MeetingID {
		rec.No = model.NextDecisionNo(ctx.Ledger, d.MeetingID)
	}
	return rec, nil
}

// LinkDraft links a decision to a task that already exists.
type LinkDraft struct {
	DecisionID model.ID
	TaskID     model.ID
}

// Heading is the form's title.
func (d *LinkDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.link_task", model.Code(model.EntityDecision, d.DecisionID))
}

// Snapshot is the draft's content.
func (d *LinkDraft) Snapshot() string { return fmt.Sprint(d.TaskID) }

// Groups offers the open tasks not yet carrying out a decision.
func (d *LinkDraft) Groups(ctx *common.Context) []*huh.Group {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.choose"), model.ID(0))}
	l := ctx.Ledger
	for i := range l.Tasks {
		t := &l.Tasks[i]
		if t.Open() && t.DecisionID == 0 {
			label := model.CodeOf(t) + " " + t.Title + " · " + l.OwnerName(t.OwnerID)
			opts = append(opts, huh.NewOption(label, t.ID))
		}
	}
	s := newSelect[model.ID]().Title(title(ctx, "decision.tasks", true)).Description(ctx.T("form.pick_hint")).
		Options(opts...).Value(&d.TaskID).Height(10).
		Validate(func(id model.ID) error {
			if id == 0 {
				return requiredErr(ctx)
			}
			return nil
		})
	return []*huh.Group{group(keepLabel(ctx, s, title(ctx, "decision.tasks", true)))}
}

// Record is the chosen task, now pointing at the decision.
func (d *LinkDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	t := ctx.Ledger.Task(d.TaskID)
	if t == nil {
		v := &model.ValidationError{Entity: model.EntityDecision}
		v.Fields = append(v.Fields, model.FieldError{Field: "decision.tasks", Msg: model.M(model.MsgRequired)})
		return nil, v
	}
	c := *t
	c.DecisionID = d.DecisionID
	return &c, nil
}
