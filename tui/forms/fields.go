package forms

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/internal/pinyin"
	"secretary/model"
	"secretary/tui/common"
)

// fieldErr turns a model error into the error huh shows under a field.
func fieldErr(ctx *common.Context, err error) error {
	if err == nil {
		return nil
	}
	return errors.New(ctx.Tr.Err(err))
}

// requiredErr is "必须填写" for a field.
func requiredErr(ctx *common.Context) error { return errors.New(ctx.T("v.required")) }

// lineInput is a one-line field titled with a text of its own (the
// settings' names), which typing replaces (see input).
func lineInput(ctx *common.Context, titleText string, v *string) *input {
	return newInput(v, ctx.Keys.Form.Clear).Title(titleText).CharLimit(model.MaxShortText)
}

// fieldInput is a one-line field for a record's field: named, marked *
// when required, and keyed by the field (so tests and help can find it).
func fieldInput(ctx *common.Context, field string, v *string, required bool) *input {
	return newInput(v, ctx.Keys.Form.Clear).Title(title(ctx, field, required)).Key(field)
}

// textInput is a one-line field; required ones refuse blank input.
func textInput(ctx *common.Context, field string, v *string, required bool) *input {
	in := fieldInput(ctx, field, v, required).CharLimit(model.MaxShortText)
	if required {
		in = in.Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return requiredErr(ctx)
			}
			return nil
		})
	}
	return in
}

// longText is a multi-line field. Unlike a one-line field, typing adds
// to what it holds: notes and summaries are extended more often than
// rewritten.
func longText(ctx *common.Context, field string, v *string, desc string) *huh.Text {
	return multiLine(ctx, field, v, desc, false)
}

// requiredText is a multi-line field that must be filled in: marked *,
// and refused blank with the message given (or "必须填写").
func requiredText(ctx *common.Context, field string, v *string, desc string, why error) *huh.Text {
	if why == nil {
		why = requiredErr(ctx)
	}
	return multiLine(ctx, field, v, desc, true).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return why
		}
		return nil
	})
}

func multiLine(ctx *common.Context, field string, v *string, desc string, required bool) *huh.Text {
	t := huh.NewText().Title(title(ctx, field, required)).Key(field).Value(v).CharLimit(model.MaxLongText).Lines(3).ExternalEditor(false)
	if desc != "" {
		t = t.Description(desc)
	}
	return t
}

// title is the field's name, with * for a required field. English field
// names are lower case for use inside sentences; a form's label starts
// with a capital.
func title(ctx *common.Context, field string, required bool) string {
	s := ctx.Tr.Field(field)
	if ctx.Lang() == model.LangEn && s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	if required {
		s += " *"
	}
	return s
}

// dateInput is a date typed in any form model.ParseDate accepts; the
// error under the field names the accepted forms.
func dateInput(ctx *common.Context, field string, v *string, required bool) *input {
	today := model.Today(ctx.Clock)
	return fieldInput(ctx, field, v, required).
		Placeholder(ctx.T("form.date_hint")).
		Validate(func(s string) error {
			var err error
			if required {
				_, err = model.RequireDate(s, today)
			} else {
				_, err = model.ParseDate(s, today)
			}
			return fieldErr(ctx, err)
		})
}

// moneyInput is an amount in yuan.
func moneyInput(ctx *common.Context, field string, v *string) *input {
	return fieldInput(ctx, field, v, false).
		Placeholder(ctx.T("form.money_hint")).
		Validate(func(s string) error { _, err := model.ParseMoney(s); return fieldErr(ctx, err) })
}

// intInput is a whole number between lo and hi.
func intInput(ctx *common.Context, field string, v *string, lo, hi int) *input {
	return fieldInput(ctx, field, v, false).
		Validate(func(s string) error {
			_, err := parseInt(s, lo, hi)
			return fieldErr(ctx, err)
		})
}

func parseInt(s string, lo, hi int) (int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, model.NewMsgError(model.MsgRange, lo, hi)
	}
	return n, nil
}

// enumSelect picks one value of an enum, labelled in the UI language.
func enumSelect[E model.Enum](ctx *common.Context, field string, v *E) *labelled[E] {
	var opts []huh.Option[E]
	for _, e := range model.Values[E]() {
		opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(e)), e))
	}
	return keepLabel(ctx, newSelect[E]().Title(title(ctx, field, true)).Key(field).Options(opts...).Value(v), title(ctx, field, true))
}

// ownerSelect picks a person. Typing filters the list; each option carries
// the person's pinyin initials and syllables (faint), so "zs" or "zhang"
// finds 张三 as it does in the tables. optional adds "none" first.
func ownerSelect(ctx *common.Context, field string, v *model.ID, optional bool) *labelled[model.ID] {
	// A required pick starts on "choose…" (value 0), not on the first
	// person: huh would otherwise fill in whoever sorts first, and a
	// verifier must be chosen, never defaulted.
	first := ctx.T("form.none")
	if !optional {
		first = ctx.T("form.choose")
	}
	opts := []huh.Option[model.ID]{huh.NewOption(first, model.ID(0))}
	owners := append([]model.Owner(nil), ctx.Ledger.Owners...)
	slices.SortStableFunc(owners, func(a, b model.Owner) int { return pinyin.CompareNames(a.Name, b.Name) })
	today := model.Today(ctx.Clock)
	for _, o := range owners {
		// Someone who has left drops out of pickers, unless the record
		// already names them.
		if o.HasLeft(today) && o.ID != *v {
			continue
		}
		label := o.Name
		if o.Department != "" {
			label += " · " + o.Department
		}
		if hint := ctx.Keyer.Hint(o.Name); hint != "" {
			label += "  " + ctx.Styles.Faint.Render(hint)
		}
		opts = append(opts, huh.NewOption(label, o.ID))
	}
	s := newSelect[model.ID]().Title(title(ctx, field, !optional)).Key(field).
		Description(ctx.T("form.pick_hint")).Options(opts...).Value(v).Height(8)
	if !optional {
		s = s.Validate(func(id model.ID) error {
			if id == 0 {
				return requiredErr(ctx)
			}
			return nil
		})
	}
	return keepLabel(ctx, s, title(ctx, field, !optional))
}

// planSelect picks a plan, or none.
func planSelect(ctx *common.Context, field string, v *model.ID) *labelled[model.ID] {
	opts := []huh.Option[model.ID]{huh.NewOption(ctx.T("form.none"), model.ID(0))}
	for _, p := range ctx.Ledger.Plans {
		opts = append(opts, huh.NewOption(model.Code(model.EntityPlan, p.ID)+" "+p.Title, p.ID))
	}
	return keepLabel(ctx, newSelect[model.ID]().Title(title(ctx, field, false)).Key(field).Options(opts...).Value(v).Height(6), title(ctx, field, false))
}

// splitLines turns a one-item-per-line text into items, dropping blanks.
func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// dateText is a date as a form shows it.
func dateText(d model.Date) string { return d.String() }

// moneyText is an amount as a form shows it (empty for zero).
func moneyText(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.Plain()
}

// collect gathers parse errors into one *model.ValidationError.
type collect struct{ v model.ValidationError }

func (c *collect) date(ctx *common.Context, field, s string, required bool) model.Date {
	today := model.Today(ctx.Clock)
	var d model.Date
	var err error
	if required {
		d, err = model.RequireDate(s, today)
	} else {
		d, err = model.ParseDate(s, today)
	}
	c.add(field, err)
	return d
}

func (c *collect) money(field, s string) model.Money {
	m, err := model.ParseMoney(s)
	c.add(field, err)
	return m
}

func (c *collect) integer(field, s string, lo, hi int) int {
	n, err := parseInt(s, lo, hi)
	c.add(field, err)
	return n
}

func (c *collect) add(field string, err error) {
	if err == nil {
		return
	}
	var me *model.MsgError
	if errors.As(err, &me) {
		c.v.Fields = append(c.v.Fields, model.FieldError{Field: field, Msg: me.Msg})
		return
	}
	c.v.Fields = append(c.v.Fields, model.FieldError{Field: field, Msg: model.M("error.unexpected", err.Error())})
}

// done is a draft's answer: the record, or every problem with it at
// once — the values that could not be read and what the record's own
// checks and save rules refuse (model.ValidateSave) — so a refused save
// lists them all rather than one per try. Fields whose value could not
// be read are reported once, for that.
func (c *collect) done(ctx *common.Context, rec model.MutableRecord) (model.MutableRecord, error) {
	if len(c.v.Fields) == 0 {
		return rec, nil // the host runs the record's checks before it saves
	}
	model.FillDefaults(rec, ctx.Ledger)
	var v *model.ValidationError
	if errors.As(model.ValidateSave(rec, ctx.Ledger, model.Today(ctx.Clock)), &v) {
		for _, f := range v.Fields {
			if _, seen := c.v.Field(f.Field); !seen {
				c.v.Fields = append(c.v.Fields, f)
			}
		}
	}
	return nil, c.err(rec.Entity())
}

func (c *collect) err(e model.Entity) error {
	if len(c.v.Fields) == 0 {
		return nil
	}
	c.v.Entity = e
	return &c.v
}
