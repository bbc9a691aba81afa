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
	Role       model.GroupRole
	Joined     string
	Left       string
}

// EditOwnerDraft is a draft of an existing person.
func EditOwnerDraft(o model.Owner) *OwnerDraft {
	return &OwnerDraft{ID: o.ID, Name: o.Name, Title: o.Title, Department: o.Department, Contact: o.Contact, Notes: o.Notes,
		Role: o.Role, Joined: dateText(o.Joined), Left: dateText(o.Left)}
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
	return []*huh.Group{group(
		textInput(ctx, "owner.name", &d.Name, true),
		textInput(ctx, "owner.title", &d.Title, false),
		textInput(ctx, "owner.department", &d.Department, false).Suggestions(departments(ctx.Ledger)).
			Description(ctx.T("form.dept_hint")),
		textInput(ctx, "owner.contact", &d.Contact, false),
		roleSelect(ctx, &d.Role),
		dateInput(ctx, "owner.joined", &d.Joined, false),
		dateInput(ctx, "owner.left", &d.Left, false).Description(ctx.T("form.left_hint")),
		longText(ctx, "owner.notes", &d.Notes, ""),
	)}
}

// Record builds the owner.
func (d *OwnerDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	o := &model.Owner{ID: d.ID, Name: d.Name, Title: d.Title, Department: d.Department, Contact: d.Contact, Notes: d.Notes, Role: d.Role}
	o.Joined = c.date(ctx, "owner.joined", d.Joined, false)
	o.Left = c.date(ctx, "owner.left", d.Left, false)
	if err := c.err(model.EntityOwner); err != nil {
		return nil, err
	}
	return o, nil
}

// roleSelect picks the person's place in the group, or none (not in it).
func roleSelect(ctx *common.Context, v *model.GroupRole) *labelled[model.GroupRole] {
	opts := []huh.Option[model.GroupRole]{huh.NewOption(ctx.T("form.not_in_group"), model.GroupRole(0))}
	for _, r := range model.Values[model.GroupRole]() {
		opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(r)), r))
	}
	return keepLabel(ctx, newSelect[model.GroupRole]().Title(title(ctx, "owner.role", false)).Options(opts...).Value(v), title(ctx, "owner.role", false))
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
