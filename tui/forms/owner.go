package forms

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/huh"

	"secretary/internal/pinyin"
	"secretary/model"
	"secretary/tui/common"
)

// OwnerDraft is a person as the form edits them.
type OwnerDraft struct {
	ID         model.ID
	Name       string
	Title      string
	Department string
	Contact    string
	Notes      string
}

// EditOwnerDraft is a draft of an existing person.
func EditOwnerDraft(o model.Owner) *OwnerDraft {
	return &OwnerDraft{ID: o.ID, Name: o.Name, Title: o.Title, Department: o.Department, Contact: o.Contact, Notes: o.Notes}
}

// Heading is the form's title.
func (d *OwnerDraft) Heading(ctx *common.Context) string {
	if d.ID == 0 {
		return ctx.T("form.new.owner")
	}
	return ctx.T("form.edit", model.Code(model.EntityOwner, d.ID))
}

// Snapshot is the draft's content.
func (d *OwnerDraft) Snapshot() string { return fmt.Sprintf("%+v", *d) }

// Groups builds the fields. The department suggests the ones already in
// the ledger (ctrl+e completes), so 德育处 is not typed three ways.
func (d *OwnerDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{huh.NewGroup(
		textInput(ctx, "owner.name", &d.Name, true),
		textInput(ctx, "owner.title", &d.Title, false),
		textInput(ctx, "owner.department", &d.Department, false).Suggestions(departments(ctx.Ledger)).
			Description(ctx.T("form.dept_hint")),
		textInput(ctx, "owner.contact", &d.Contact, false),
		longText(ctx, "owner.notes", &d.Notes, ""),
	)}
}

// Record builds the owner.
func (d *OwnerDraft) Record(_ *common.Context) (model.MutableRecord, error) {
	return &model.Owner{ID: d.ID, Name: d.Name, Title: d.Title, Department: d.Department, Contact: d.Contact, Notes: d.Notes}, nil
}

// departments lists the ledger's departments in pinyin order.
func departments(l *model.Ledger) []string {
	seen := map[string]bool{}
	var out []string
	for _, o := range l.Owners {
		if o.Department != "" && !seen[o.Department] {
			seen[o.Department] = true
			out = append(out, o.Department)
		}
	}
	slices.SortFunc(out, pinyin.Compare)
	return out
}
