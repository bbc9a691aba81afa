package forms

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// ObligationDraft is an obligation (规定动作) as its form edits it.
type ObligationDraft struct {
	rec model.Obligation

	Title  string
	Freq   string // as typed: 每月, 每学期, 05-25, 05-01..05-31
	Min    string
	Sum    model.Measure
	Kinds  [][]uint8 // per rule entity (model.RuleEntities): the kinds chosen; anyKind for any
	Source string
	Active bool
	Notes  string
}

// anyKind stands for "any kind" in a rule's multi-select (kind values
// start at 1; 0 is taken by huh as no choice).
const anyKind = 255

// NewObligationDraft is a draft for a new obligation: at least once a
// semester, active.
func NewObligationDraft(lang model.Lang) *ObligationDraft {
	return &ObligationDraft{Freq: model.Frequency{Kind: model.FreqSemester}.Text(lang), Min: "1", Active: true,
		Kinds: make([][]uint8, len(model.RuleEntities()))}
}

// EditObligationDraft is a draft of a stored obligation.
func EditObligationDraft(ctx *common.Context, o model.Obligation) *ObligationDraft {
	d := &ObligationDraft{rec: o, Title: o.Title, Freq: o.Freq.Text(ctx.Lang()), Min: strconv.Itoa(o.Min), Sum: o.Sum,
		Source: o.Source, Active: o.Active(), Notes: o.Notes}
	for _, e := range model.RuleEntities() {
		var kinds []uint8
		for _, r := range o.Meets {
			if r.Entity != e {
				continue
			}
			if r.Kind == 0 {
				kinds = append(kinds, anyKind)
			} else {
				kinds = append(kinds, r.Kind)
			}
		}
		d.Kinds = append(d.Kinds, kinds)
	}
	return d
}

// Heading is the form's title.
func (d *ObligationDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.obligation")
	}
	return ctx.T("form.edit", model.Code(model.EntityObligation, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *ObligationDraft) Snapshot() string {
	c := *d
	c.rec = model.Obligation{}
	return fmt.Sprintf("%+v", c)
}

// Groups builds the fields: what and how often, how much, what meets it
// (one choice per kind of record that can), where it comes from.
func (d *ObligationDraft) Groups(ctx *common.Context) []*huh.Group {
	fields := []huh.Field{
		textInput(ctx, "obligation.title", &d.Title, true),
		textInput(ctx, "obligation.frequency", &d.Freq, true).Description(ctx.T("form.freq_hint")).
			Validate(func(s string) error { _, err := model.ParseFrequency(s); return fieldErr(ctx, err) }),
		textInput(ctx, "obligation.min", &d.Min, true).Validate(func(s string) error { _, err := parseMin(s); return fieldErr(ctx, err) }),
		optionalEnumSelect(ctx, "obligation.sum", &d.Sum).Description(ctx.T("form.sum_hint")),
	}
	for i, e := range model.RuleEntities() {
		opts := []huh.Option[uint8]{huh.NewOption(ctx.T("rule.any"), uint8(anyKind))}
		for _, k := range model.RuleKinds(e) {
			opts = append(opts, huh.NewOption(ctx.L(k.Label), k.Kind))
		}
		fields = append(fields, newMultiSelect[uint8]().
			Title(ctx.T("form.meets_kinds", ctx.L(model.KindOf(e).PluralLabel()))).
			Description(ctx.T("form.meets_hint")).Options(opts...).Value(&d.Kinds[i]).Height(8))
	}
	fields = append(fields,
		longText(ctx, "obligation.source", &d.Source, ctx.T("form.source_hint")),
		flagSelect(ctx, "obligation.active", &d.Active),
		longText(ctx, "obligation.notes", &d.Notes, ""),
	)
	return []*huh.Group{group(fields...)}
}

// parseMin reads the minimum: a whole number of at least 1.
func parseMin(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return 0, model.NewMsgError(model.MsgAtLeast, 1)
	}
	return n, nil
}

// Record builds the obligation; a frequency or minimum that does not
// parse is reported on its field.
func (d *ObligationDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	o := d.rec
	o.Title, o.Sum, o.Source, o.Notes, o.Inactive = d.Title, d.Sum, d.Source, d.Notes, !d.Active
	f, err := model.ParseFrequency(d.Freq)
	c.add("obligation.frequency", err)
	o.Freq = f
	n, err := parseMin(d.Min)
	c.add("obligation.min", err)
	o.Min = n
	o.Meets = nil
	for i, e := range model.RuleEntities() {
		if i >= len(d.Kinds) {
			break
		}
		if containsKind(d.Kinds[i], anyKind) {
			o.Meets = append(o.Meets, model.MeetRule{Entity: e})
			continue
		}
		for _, k := range d.Kinds[i] {
			o.Meets = append(o.Meets, model.MeetRule{Entity: e, Kind: k})
		}
	}
	if err := c.err(model.EntityObligation); err != nil {
		return nil, err
	}
	if err := o.Validate(); err != nil {
		return nil, err // each problem under its field, as the store would say it
	}
	return &o, nil
}

func containsKind(list []uint8, k uint8) bool {
	for _, x := range list {
		if x == k {
			return true
		}
	}
	return false
}
