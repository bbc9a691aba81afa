package sheet

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// cellIn is one cell being read into a record. Each reader records a
// problem at the cell when the value cannot be used and returns the
// field's zero value, so a row's every bad cell is reported, not just the
// first.
type cellIn struct {
	p    *importer
	s    *sheetIn
	pend *pending
	row  int // index into the table's rows
	col  int // index into the file's columns
	key  string
	v    string
}

func (c *cellIn) fail(key i18n.Key, args ...any) {
	c.pend.markBad(c.key)
	c.p.problem(c.s, c.row, c.col, c.v, model.M(key, args...))
}

func (c *cellIn) trimmed() string { return strings.TrimSpace(c.v) }

// text is the cell as written; the store trims and cleans it.
func (c *cellIn) text() string { return c.v }

// timeOfDay is free text (14:30, 14:30-16:00, 下午第二节), except that a
// time typed into a spreadsheet cell is stored as a fraction of a day
// (0.6041666… for 14:30): that is turned back into 14:30.
func (c *cellIn) timeOfDay() string {
	s := c.trimmed()
	if strings.HasPrefix(s, "0.") || s == "0" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f < 1 {
			m := int(math.Round(f * 24 * 60))
			return fmt.Sprintf("%02d:%02d", m/60%24, m%60)
		}
	}
	return c.v
}

// lines is a list written one item per line (a plan's goals).
func (c *cellIn) lines() []string {
	var out []string
	for _, l := range strings.Split(c.v, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// date reads every form model.ParseDate accepts, and Excel's date serial
// numbers (days since 1899-12-30, or since 1904-01-01 in workbooks made
// with that setting), which is what a date cell holds.
func (c *cellIn) date() model.Date {
	s := c.trimmed()
	if s == "" {
		return model.NoDate
	}
	if d, ok := excelSerial(s, c.s.table.date1904); ok {
		return d
	}
	d, err := model.ParseDate(s, c.p.opts.Today)
	if err != nil {
		if m, ok := model.AsUserMsg(err); ok {
			c.fail(m.Key, m.Args...)
		} else {
			c.fail(model.MsgDateGarbage, s)
		}
		return model.NoDate
	}
	return d
}

// excelSerial reads a serial date (46346, or 46346.5 with a time of day).
// Only five to seven digits qualify: 20261201 is a date written without
// separators, which ParseDate reads.
func excelSerial(s string, date1904 bool) (model.Date, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) < 5 || len(whole) > 7 || !digits(whole) || !digits(frac) {
		return model.NoDate, false
	}
	n, _ := strconv.Atoi(whole)
	epoch := model.NewDate(1899, 12, 30)
	if date1904 {
		epoch = model.NewDate(1904, 1, 1)
	}
	d := epoch + model.Date(n)
	if y := d.Year(); y < model.MinYear || y > model.MaxYear {
		return model.NoDate, false
	}
	return d, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// number reads a number as typed or stored: 80, 80.0, 80%, ８０, 57人.
// ok is false for an empty cell.
func (c *cellIn) number() (v float64, ok bool) {
	s := foldWidth(c.trimmed())
	for _, unit := range []string{"%", "人", "分", "次"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, unit))
	}
	if s == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		c.fail(MsgBadNumber)
		return 0, false
	}
	return f, true
}

// int reads a whole number; an empty cell is 0.
func (c *cellIn) int() int {
	f, ok := c.number()
	if !ok {
		return 0
	}
	if f != math.Trunc(f) || math.Abs(f) > 1e9 {
		c.fail(MsgNotWhole)
		return 0
	}
	return int(f)
}

// money reads an amount in yuan. A number cell computed in a spreadsheet
// can carry float noise (2650.0000000001); it is rounded to the fen.
func (c *cellIn) money() model.Money {
	s := c.trimmed()
	m, err := model.ParseMoney(s)
	if err == nil {
		return m
	}
	if f, perr := strconv.ParseFloat(s, 64); perr == nil && f >= 0 && f < 1e13 {
		fen := math.Round(f * 100)
		if math.Abs(f*100-fen) < 1e-4 {
			return model.Money(fen)
		}
	}
	if mm, ok := model.AsUserMsg(err); ok {
		c.fail(mm.Key, mm.Args...)
	} else {
		c.fail(model.MsgMoneyGarbage, s)
	}
	return 0
}

func parseEnum[E model.Enum](c *cellIn) E {
	s := c.trimmed()
	if s == "" {
		return 0
	}
	if e, ok := model.ParseEnum[E](foldWidth(s)); ok {
		return e
	}
	c.fail(MsgBadChoice, s, choices[E]())
	return 0
}

func choices[E model.Enum]() []model.Msg {
	vals := model.Values[E]()
	out := make([]model.Msg, len(vals))
	for i, v := range vals {
		out[i] = model.M(MsgChoice, model.LabelOf(v))
	}
	return out
}

// audience reads a list of groups: 学生、家长 or Students, Parents.
func (c *cellIn) audience() []model.AudienceGroup {
	var out []model.AudienceGroup
	seen := map[model.AudienceGroup]bool{}
	for _, part := range strings.FieldsFunc(c.v, func(r rune) bool {
		return strings.ContainsRune("、,，;；/\n", r)
	}) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		g, ok := model.ParseEnum[model.AudienceGroup](part)
		if !ok {
			c.fail(MsgBadAudience, part, choices[model.AudienceGroup]())
			return nil
		}
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// owner finds a person by name (张三), by code (O-3) or by both (O-3 张三).
func (c *cellIn) owner() model.ID {
	s := strings.TrimSpace(c.v)
	if s == "" {
		return 0
	}
	if id, ok := c.p.codeRef(c, model.EntityOwner, s); ok {
		return id
	}
	ids := c.p.ownerNames[c.p.nameKeyOf(s)]
	switch {
	case len(ids) == 1:
		return ids[0]
	case len(ids) > 1:
		c.fail(MsgOwnerTwice, s, codes(model.EntityOwner, ids))
		return 0
	case c.p.opts.CreateOwners:
		return c.p.createOwner(c, model.CleanLine(s))
	}
	c.fail(MsgNoOwner)
	return 0
}

// ref finds a plan, task or assessment by code (P-2, or P-2 followed by its
// title as exported) or, for plans and tasks, by exact title.
func (c *cellIn) ref(e model.Entity) model.ID {
	s := strings.TrimSpace(c.v)
	if s == "" {
		return 0
	}
	if id, ok := c.p.codeRef(c, e, s); ok {
		return id
	}
	ids := c.p.byTitle(e, s)
	switch len(ids) {
	case 1:
		return ids[0]
	case 0:
		c.fail(MsgNoSuch, e.Label(), s)
	default:
		c.fail(MsgAmbiguous, s, codes(e, ids))
	}
	return 0
}

func codes(e model.Entity, ids []model.ID) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = model.Code(e, id)
	}
	return strings.Join(parts, ", ")
}

// nameKey is how names and titles are compared: without spaces (a
// two-character name is often written 张  三 to line up with three) and
// ignoring case.
func nameKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(foldWidth(s)), ""))
}

// foldWidth turns full-width letters and digits (typed with a Chinese
// input method) into ASCII.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '！' && r <= '～' || r == '\u3000' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - 0xFEE0
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}
