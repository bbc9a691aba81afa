package forms

import (
	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// Field helpers of the required work's forms, beside fields.go's: a
// choice that may be left empty, a yes/no switch and a pick of the
// obligation a task meets.

// optionalEnumSelect picks one value of an enum, or none (0), from the
// values given (all of the enum's when none are).
func optionalEnumSelect[E model.Enum](ctx *common.Context, field string, v *E, values ...E) *labelled[E] {
	if len(values) == 0 {
		values = model.Values[E]()
	}
	opts := []huh.Option[E]{huh.NewOption(ctx.T("form.none"), E(0))}
	for _, e := range values {
		opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(e)), e))
	}
	return keepLabel(ctx, newSelect[E]().Title(title(ctx, field, false)).Options(opts...).Value(v), title(ctx, field, false))
}

// flagSelect is a yes/no choice, shown inline: 是 / 否.
func flagSelect(ctx *common.Context, field string, v *bool) *labelled[bool] {
	return keepLabel(ctx, newSelect[bool]().Title(title(ctx, field, false)).Inline(true).
		Options(huh.NewOption(ctx.L(model.LabelYes), true), huh.NewOption(ctx.L(model.LabelNo), false)).Value(v), title(ctx, field, false))
}

// obligationSelect picks the required work a task does, or none; active
// obligations, and the one already chosen even if inactive.
func obligationSelect(ctx *common.Context, field string, v *model.ID) *labelled[model.ID] {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.none"), model.ID(0))}
	for _, o := range ctx.Ledger.Obligations {
		if o.Active() || o.ID == *v {
			opts = append(opts, huh.NewOption(model.Code(model.EntityObligation, o.ID)+" "+o.Title, o.ID))
		}
	}
	return keepLabel(ctx, newSelect[model.ID]().Title(title(ctx, field, false)).
		Description(ctx.T("form.task_obligation_hint")).Options(opts...).Value(v).Height(6), title(ctx, field, false))
}
