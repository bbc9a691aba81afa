package forms

import (
	"fmt"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// RectDraft is a rectification as its form edits it: which finding it
// fixes, the measure, the owner and the due date (挂号).
type RectDraft struct {
	rec          model.Rectification
	AssessmentID model.ID
	FindingNo    int
	Measure      string
	OwnerID      model.ID
	Due          string
	OpenedOn     string // 挂号日期: the assessment's day unless changed
}

// NewRectDraft is a draft for a new rectification under an assessment.
func NewRectDraft(assessment model.ID, finding int) *RectDraft {
	return &RectDraft{AssessmentID: assessment, FindingNo: finding, rec: model.Rectification{Status: model.RectOpen}}
}

// EditRectDraft is a draft of a stored rectification.
func EditRectDraft(r model.Rectification) *RectDraft {
	return &RectDraft{rec: r, AssessmentID: r.AssessmentID, FindingNo: r.FindingNo, Measure: r.Measure, OwnerID: r.OwnerID,
		Due: dateText(r.Due), OpenedOn: dateText(r.OpenedOn)}
}

// Prepare registers a new rectification on its assessment's day (the
// inspection found the problem then, not the day the secretary typed it).
func (d *RectDraft) Prepare(ctx *common.Context) {
	if d.OpenedOn != "" {
		return
	}
	r := model.Rectification{AssessmentID: d.AssessmentID}
	model.FillDefaults(&r, ctx.Ledger)
	d.OpenedOn = dateText(r.OpenedOn)
}

// Heading is the form's title.
func (d *RectDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.rect", model.Code(model.EntityAssessment, d.AssessmentID))
	}
	return ctx.T("form.edit", model.Code(model.EntityRectification, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *RectDraft) Snapshot() string {
	return fmt.Sprint(d.AssessmentID, d.FindingNo, d.Measure, d.OwnerID, d.Due, d.OpenedOn)
}

// Groups builds the fields.
func (d *RectDraft) Groups(ctx *common.Context) []*huh.Group {
	var opts []huh.Option[int]
	if a := ctx.Ledger.Assessment(d.AssessmentID); a != nil {
		for _, f := range a.Findings {
			opts = append(opts, huh.NewOption(fmt.Sprintf("%d. %s", f.No, f.Text), f.No))
		}
	}
	return []*huh.Group{group(
		keepLabel(ctx, newSelect[int]().Title(title(ctx, "rect.finding", true)).Options(opts...).Value(&d.FindingNo).Height(5), title(ctx, "rect.finding", true)),
		requiredText(ctx, "rect.measure", &d.Measure, "", nil),
		ownerSelect(ctx, "rect.owner", &d.OwnerID, false),
		dateInput(ctx, "rect.due", &d.Due, true),
		dateInput(ctx, "rect.opened_on", &d.OpenedOn, true).Description(ctx.T("form.opened_on_hint")),
	)}
}

// Record builds the rectification.
func (d *RectDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	r := d.rec
	r.AssessmentID, r.FindingNo, r.Measure, r.OwnerID = d.AssessmentID, d.FindingNo, d.Measure, d.OwnerID
	r.Due = c.date(ctx, "rect.due", d.Due, true)
	r.OpenedOn = c.date(ctx, "rect.opened_on", d.OpenedOn, true)
	return c.done(ctx, &r)
}

// CloseDraft closes a rectification (销号, x): a closing date, who
// verified it and the evidence. All three are required; the model refuses
// a close without them and the form says which is missing.
type CloseDraft struct {
	rec        model.Rectification
	ClosedOn   string
	VerifierID model.ID
	Evidence   string
}

// NewCloseDraft starts a close dated today.
func NewCloseDraft(r model.Rectification, today model.Date) *CloseDraft {
	return &CloseDraft{rec: r, ClosedOn: today.String()}
}

// Heading is the form's title.
func (d *CloseDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.close_rect", model.Code(model.EntityRectification, d.rec.ID), d.rec.Measure)
}

// Snapshot is the draft's content.
func (d *CloseDraft) Snapshot() string { return fmt.Sprint(d.VerifierID, d.Evidence) }

// Groups builds the fields.
func (d *CloseDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		dateInput(ctx, "rect.closed_on", &d.ClosedOn, true),
		ownerSelect(ctx, "rect.verifier", &d.VerifierID, false),
		requiredText(ctx, "rect.evidence", &d.Evidence, ctx.T("form.evidence_hint"), fieldErr(ctx, model.NewMsgError(model.MsgNoEvidence))),
	)}
}

// Record closes the rectification; the model refuses a close without a
// date, a verifier or evidence, before its registration date, or verified
// by its own owner — all of them at once.
func (d *CloseDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	on := c.date(ctx, "rect.closed_on", d.ClosedOn, true)
	r := d.rec.Close(on, d.VerifierID, d.Evidence)
	return c.done(ctx, &r)
}

// ReopenDraft opens a closed rectification again, with the reason.
type ReopenDraft struct {
	rec    model.Rectification
	Reason string
}

// NewReopenDraft asks why.
func NewReopenDraft(r model.Rectification) *ReopenDraft { return &ReopenDraft{rec: r} }

// Heading is the form's title.
func (d *ReopenDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.reopen_rect", model.Code(model.EntityRectification, d.rec.ID), d.rec.Measure)
}

// Snapshot is the draft's content.
func (d *ReopenDraft) Snapshot() string { return d.Reason }

// Groups builds the one field.
func (d *ReopenDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(requiredText(ctx, "rect.reopen_reason", &d.Reason, "", nil))}
}

// Record reopens; an empty reason is refused.
func (d *ReopenDraft) Record(*common.Context) (model.MutableRecord, error) {
	r, err := d.rec.Reopen(d.Reason)
	if err != nil {
		return nil, err
	}
	return &r, nil
}
