package forms

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
)

// The inspection forms (issue 15): an indicator, its self-score, a
// document, an evidence item and a rubric.

// pointsInput is points typed as 8 or 2.5 (model.ParsePoints).
func pointsInput(ctx *common.Context, field string, v *string, required bool) *input {
	return fieldInput(ctx, field, v, required).Placeholder(ctx.T("form.points_hint")).
		Validate(func(s string) error {
			if required && strings.TrimSpace(s) == "" {
				return requiredErr(ctx)
			}
			_, err := model.ParsePoints(s)
			return fieldErr(ctx, err)
		})
}

// indicatorSelect picks an indicator of the rubric that can have
// children (not at the deepest level), or none.
func indicatorSelect(ctx *common.Context, field string, rubric, self model.ID, v *model.ID) *huh.Select[model.ID] {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.indicator_top"), model.ID(0))}
	for _, r := range model.BuildCoverage(ctx.Ledger, rubric, nil).Rows {
		if r.Indicator.ID == self || r.Depth >= model.MaxIndicatorDepth {
			continue
		}
		opts = append(opts, huh.NewOption(strings.Repeat("  ", r.Depth-1)+r.Indicator.DisplayName(), r.Indicator.ID))
	}
	return newSelect[model.ID]().Title(title(ctx, field, false)).Options(opts...).Value(v).Height(6)
}

func pointsText(p model.Points, set bool) string {
	if !set {
		return ""
	}
	return p.String()
}

// IndicatorDraft is an indicator as its form edits it: where it sits in
// the tree, what it is worth and asks for, and its self-score.
type IndicatorDraft struct {
	rec                 model.RubricIndicator
	ParentID            model.ID
	Code, Title, Points string
	Criteria, Evidence  string
	Score, Note         string
}

// NewIndicatorDraft is a new indicator of the rubric under parent.
func NewIndicatorDraft(rubric, parent model.ID) *IndicatorDraft {
	return &IndicatorDraft{rec: model.RubricIndicator{RubricID: rubric}, ParentID: parent}
}

// EditIndicatorDraft is a stored indicator.
func EditIndicatorDraft(in model.RubricIndicator) *IndicatorDraft {
	return &IndicatorDraft{rec: in, ParentID: in.ParentID, Code: in.Code, Title: in.Title, Points: in.Points.String(),
		Criteria: in.Criteria, Evidence: in.Evidence, Score: pointsText(in.Score, in.Scored), Note: in.ScoreNote}
}

// Heading is the form's title.
func (d *IndicatorDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.indicator")
	}
	return ctx.T("form.edit", d.rec.Code)
}

// Snapshot is the draft's content.
func (d *IndicatorDraft) Snapshot() string {
	return fmt.Sprint(d.ParentID, d.Code, d.Title, d.Points, d.Criteria, d.Evidence, d.Score, d.Note)
}

// Groups builds the fields.
func (d *IndicatorDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		textInput(ctx, "indicator.code", &d.Code, true).Description(ctx.T("form.indicator_code_hint")),
		indicatorSelect(ctx, "indicator.parent", d.rec.RubricID, d.rec.ID, &d.ParentID),
		textInput(ctx, "indicator.title", &d.Title, true),
		pointsInput(ctx, "indicator.points", &d.Points, true),
		longText(ctx, "indicator.criteria", &d.Criteria, ""),
		longText(ctx, "indicator.evidence", &d.Evidence, ""),
		pointsInput(ctx, "indicator.score", &d.Score, false),
		longText(ctx, "indicator.score_note", &d.Note, ""),
	)}
}

// Record builds the indicator.
func (d *IndicatorDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	in := d.rec
	in.ParentID, in.Code, in.Title = d.ParentID, d.Code, d.Title
	in.Criteria, in.Evidence, in.ScoreNote = d.Criteria, d.Evidence, d.Note
	in.Points = c.points("indicator.points", d.Points)
	in.Scored = strings.TrimSpace(d.Score) != ""
	in.Score = c.points("indicator.score", d.Score)
	if err := c.err(model.EntityIndicator); err != nil {
		return nil, err
	}
	return &in, nil
}

func (c *collect) points(field, s string) model.Points {
	p, err := model.ParsePoints(s)
	c.add(field, err)
	return p
}

// ScoreDraft is an indicator's self-score and note (v): a write of its
// own, so a score above the points or on a parent is refused with why.
type ScoreDraft struct {
	in          model.RubricIndicator
	Score, Note string
}

// NewScoreDraft starts from the indicator's score.
func NewScoreDraft(in model.RubricIndicator) *ScoreDraft {
	return &ScoreDraft{in: in, Score: pointsText(in.Score, in.Scored), Note: in.ScoreNote}
}

// Heading is the form's title: the indicator and its points.
func (d *ScoreDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.self_score", d.in.DisplayName(), d.in.Points.String())
}

// Snapshot is the draft's content.
func (d *ScoreDraft) Snapshot() string { return d.Score + "\x00" + d.Note }

// Groups builds the fields, with the criteria as the score's
// description.
func (d *ScoreDraft) Groups(ctx *common.Context) []*huh.Group {
	desc := ctx.T("form.score_hint", d.in.Points.String())
	if d.in.Criteria != "" {
		desc = d.in.Criteria + "\n" + desc
	}
	return []*huh.Group{group(
		pointsInput(ctx, "indicator.score", &d.Score, false).Description(desc).Validate(func(s string) error {
			p, err := model.ParsePoints(s)
			if err != nil {
				return fieldErr(ctx, err)
			}
			if p > d.in.Points {
				return fieldErr(ctx, model.NewMsgError(model.MsgScoreAbovePoints, d.in.Points.String()))
			}
			return nil
		}),
		longText(ctx, "indicator.score_note", &d.Note, ""),
	)}
}

// Record is not used: the score is its own write (see Commit).
func (d *ScoreDraft) Record(*common.Context) (model.MutableRecord, error) { return nil, nil }

// Commit records the score as one undoable step.
func (d *ScoreDraft) Commit(*common.Context) func(*app.Service) (app.Result, error) {
	id, note := d.in.ID, d.Note
	scored := strings.TrimSpace(d.Score) != ""
	score, err := model.ParsePoints(d.Score)
	return func(a *app.Service) (app.Result, error) {
		if err != nil {
			return app.Result{}, &model.ValidationError{Entity: model.EntityIndicator,
				Fields: []model.FieldError{{Field: "indicator.score", Msg: msgOf(err)}}}
		}
		return a.SetScore(id, score, scored, note)
	}
}

func msgOf(err error) model.Msg {
	if m, ok := model.AsUserMsg(err); ok {
		return m
	}
	return model.M("error.unexpected", err.Error())
}

// DocumentDraft is a document as its form edits it.
type DocumentDraft struct {
	rec                    model.Document
	Kind                   model.DocKind
	Number, Title, Issuer  string
	Adopted, Review, Notes string
	Status                 model.DocStatus
}

// NewDocumentDraft is a new rule, in force from today.
func NewDocumentDraft(today model.Date) *DocumentDraft {
	return &DocumentDraft{Kind: model.DocRule, Status: model.DocInForce, Adopted: dateText(today)}
}

// EditDocumentDraft is a stored document.
func EditDocumentDraft(d model.Document) *DocumentDraft {
	return &DocumentDraft{rec: d, Kind: d.Kind, Number: d.Number, Title: d.Title, Issuer: d.Issuer,
		Adopted: dateText(d.Adopted), Review: dateText(d.ReviewDue), Notes: d.Notes, Status: d.Status}
}

// Heading is the form's title.
func (d *DocumentDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.document")
	}
	return ctx.T("form.edit", model.Code(model.EntityDocument, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *DocumentDraft) Snapshot() string {
	return fmt.Sprint(d.Kind, d.Number, d.Title, d.Issuer, d.Adopted, d.Review, d.Notes, d.Status)
}

// Groups builds the fields.
func (d *DocumentDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		enumSelect(ctx, "document.kind", &d.Kind),
		textInput(ctx, "document.title", &d.Title, true),
		textInput(ctx, "document.number", &d.Number, false),
		textInput(ctx, "document.issuer", &d.Issuer, false),
		dateInput(ctx, "document.adopted", &d.Adopted, false),
		dateInput(ctx, "document.review_due", &d.Review, false).Description(ctx.T("form.review_hint")),
		enumSelect(ctx, "document.status", &d.Status),
		longText(ctx, "document.notes", &d.Notes, ""),
	)}
}

// Record builds the document.
func (d *DocumentDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	r := d.rec
	r.Kind, r.Number, r.Title, r.Issuer, r.Notes, r.Status = d.Kind, d.Number, d.Title, d.Issuer, d.Notes, d.Status
	r.Adopted = c.date(ctx, "document.adopted", d.Adopted, false)
	r.ReviewDue = c.date(ctx, "document.review_due", d.Review, false)
	if err := c.err(model.EntityDocument); err != nil {
		return nil, err
	}
	return &r, nil
}

// EvidenceDraft edits an evidence item's description, date and notes;
// its file never changes, and its links are set with l.
type EvidenceDraft struct {
	rec               model.Evidence
	Title, Date, Note string
}

// EditEvidenceDraft is a stored item.
func EditEvidenceDraft(e model.Evidence) *EvidenceDraft {
	return &EvidenceDraft{rec: e, Title: e.Title, Date: dateText(e.Date), Note: e.Notes}
}

// Heading is the form's title.
func (d *EvidenceDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.edit", model.Code(model.EntityEvidence, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *EvidenceDraft) Snapshot() string { return fmt.Sprint(d.Title, d.Date, d.Note) }

// Groups builds the fields.
func (d *EvidenceDraft) Groups(ctx *common.Context) []*huh.Group {
	desc := ""
	if d.rec.HasFile() {
		desc = ctx.T("form.evidence_file", d.rec.FileName, model.SizeText(d.rec.Size))
	}
	return []*huh.Group{group(
		textInput(ctx, "evidence.title", &d.Title, true).Description(desc),
		dateInput(ctx, "evidence.date", &d.Date, false),
		longText(ctx, "evidence.notes", &d.Note, ""),
	)}
}

// Record builds the item.
func (d *EvidenceDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	e := d.rec
	e.Title, e.Notes = d.Title, d.Note
	e.Date = c.date(ctx, "evidence.date", d.Date, false)
	if err := c.err(model.EntityEvidence); err != nil {
		return nil, err
	}
	return &e, nil
}

// RubricDraft edits a rubric's title, the standard it follows and notes.
type RubricDraft struct {
	rec                  model.Rubric
	Title, Source, Notes string
}

// EditRubricDraft is a stored rubric.
func EditRubricDraft(r model.Rubric) *RubricDraft {
	return &RubricDraft{rec: r, Title: r.Title, Source: r.Source, Notes: r.Notes}
}

// NewRubricDraft is an empty rubric to fill in indicator by indicator.
func NewRubricDraft() *RubricDraft { return &RubricDraft{} }

// Heading is the form's title.
func (d *RubricDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.rubric")
	}
	return ctx.T("form.edit", model.Code(model.EntityRubric, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *RubricDraft) Snapshot() string { return fmt.Sprint(d.Title, d.Source, d.Notes) }

// Groups builds the fields.
func (d *RubricDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		textInput(ctx, "rubric.title", &d.Title, true),
		textInput(ctx, "rubric.source", &d.Source, false),
		longText(ctx, "rubric.notes", &d.Notes, ""),
	)}
}

// Record builds the rubric.
func (d *RubricDraft) Record(*common.Context) (model.MutableRecord, error) {
	r := d.rec
	r.Title, r.Source, r.Notes = d.Title, d.Source, d.Notes
	return &r, nil
}
