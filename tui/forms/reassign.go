package forms

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/app"
	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
)

// ReassignDraft hands a person's open work to another (R on a person):
// the form shows what will move — the same rule app.Reassign applies —
// and asks to whom.
type ReassignDraft struct {
	From model.ID
	To   model.ID
	Plan model.Reassignment
}

// NewReassignDraft previews what would move from the person.
func NewReassignDraft(ctx *common.Context, from model.ID) *ReassignDraft {
	return &ReassignDraft{From: from, Plan: model.PlanReassign(ctx.Ledger, from, 0, model.Today(ctx.Clock))}
}

// Heading is the form's title.
func (d *ReassignDraft) Heading(ctx *common.Context) string {
	return ctx.T("form.reassign", ctx.Ledger.OwnerName(d.From))
}

// Snapshot is the draft's content.
func (d *ReassignDraft) Snapshot() string { return fmt.Sprint(d.To) }

// Preview lists what moves, one line per record, at most max lines.
func (d *ReassignDraft) Preview(ctx *common.Context, most int) string {
	l := ctx.Ledger
	var lines []string
	for _, r := range d.Plan.Records {
		var roles []string
		for _, mv := range d.Plan.Moves {
			if mv.Entity == r.Entity() && mv.ID == r.GetID() {
				roles = append(roles, ctx.Tr.Field(mv.Field))
			}
		}
		name := r.DisplayName()
		if rec := l.Record(r.Entity(), r.GetID()); rec != nil {
			name = rec.DisplayName()
		}
		// Cut to the screen: huh does not wrap Chinese by its width.
		line := fmt.Sprintf("%s %s（%s）", model.CodeOf(r), name, strings.Join(roles, ctx.T("list.sep")))
		lines = append(lines, width.Fit(line, max(20, ctx.Width-12)))
	}
	if len(lines) > most {
		more := len(lines) - most + 1
		lines = append(lines[:most-1], ctx.T("form.reassign_more", more))
	}
	return strings.Join(lines, "\n")
}

// Groups is the preview and the person to hand to.
func (d *ReassignDraft) Groups(ctx *common.Context) []*huh.Group {
	// The preview is the group's description: plain lines, which the
	// form lays out by the screen's width as it does every hint.
	desc := ctx.T("form.reassign_hint") + "\n\n" + ctx.T("form.reassign_moves", len(d.Plan.Records)) + "\n" + d.Preview(ctx, 8)
	return []*huh.Group{group(
		ownerSelect(ctx, "reassign.to", &d.To, false),
	).Description(desc)}
}

// Record is not used: the reassignment is several records (see Commit).
func (d *ReassignDraft) Record(*common.Context) (model.MutableRecord, error) { return nil, nil }

// Commit hands the work over as one undoable step.
func (d *ReassignDraft) Commit(*common.Context) func(*app.Service) (app.Result, error) {
	from, to := d.From, d.To
	return func(a *app.Service) (app.Result, error) { return a.Reassign(from, to) }
}
