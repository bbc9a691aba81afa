package sheet

import (
	"strconv"
	"strings"
	"unicode"

	"secretary/model"
)

// Cells of the inspection tabs: points, yes/no flags, a reference to a
// record of any kind, and lists of codes.

// pointsCell writes points as a number (2.5); empty leaves it blank.
func pointsCell(p model.Points, empty bool) Cell {
	if empty {
		return Cell{Kind: KindFloat, Empty: true}
	}
	return Cell{Kind: KindFloat, Num: p.Float()}
}

// points reads points as typed (8, 2.5, 8分) or stored (2.5000000001).
func (c *cellIn) points() model.Points {
	s := foldWidth(c.trimmed())
	p, err := model.ParsePoints(s)
	if err == nil {
		return p
	}
	if n, ok := c.floatPoints(s); ok {
		return n
	}
	if m, ok := model.AsUserMsg(err); ok {
		c.fail(m.Key, m.Args...)
	}
	return 0
}

// floatPoints reads a number a spreadsheet computed, with float noise,
// when it is a whole number of tenths.
func (c *cellIn) floatPoints(s string) (model.Points, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f > model.MaxPoints.Float() {
		return 0, false
	}
	tenths := int(f*10 + 0.5)
	if d := f*10 - float64(tenths); d > 1e-6 || d < -1e-6 {
		return 0, false
	}
	return model.Points(tenths), true
}

// anyRecord reads a reference to a record of any kind evidence can be,
// by its code ("A-3", or "A-3 title" as exported).
func (c *cellIn) anyRecord() model.RecordRef {
	s := c.trimmed()
	if s == "" {
		return model.RecordRef{}
	}
	tok := s
	if i := strings.IndexFunc(s, unicode.IsSpace); i > 0 {
		tok = s[:i]
	}
	e, id, ok := model.ParseCode(tok)
	if !ok || !model.Linkable(e) {
		c.fail(MsgNotRecordCode, s)
		return model.RecordRef{}
	}
	if !c.p.exists(e, id) {
		c.fail(MsgNoRecord, model.Code(e, id))
		return model.RecordRef{}
	}
	return model.RecordRef{Entity: e, ID: id}
}

// MsgNotRecordCode: a cell that should name a record by its code.
const MsgNotRecordCode = "sheet.not_record_code"

// codeList writes references as their codes: "I-3、I-5".
func (x *exporter) codeList(e model.Entity, ids []model.ID) Cell {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = model.Code(e, id)
	}
	return textCell(strings.Join(parts, model.ListSep(x.lang)))
}

// refList reads a list of codes, separated by 、 , ; or new lines.
func (c *cellIn) refList(e model.Entity) []model.ID {
	var out []model.ID
	seen := map[model.ID]bool{}
	for _, tok := range strings.FieldsFunc(c.v, func(r rune) bool {
		return strings.ContainsRune("、,，;；\n", r)
	}) {
		tok = strings.TrimSpace(tok)
		if tok == "" {
			continue
		}
		id, ok := c.p.codeRef(c, e, tok)
		if !ok {
			c.fail(MsgNoSuch, e.Label(), tok)
			continue
		}
		if id != 0 && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
