package sheet

import (
	"strings"

	"secretary/model"
)

// boundColumn is a column of the tab and where the file has it.
type boundColumn[T any] struct {
	col *column[T]
	idx int
}

// bind finds the columns of the tab the sheet has (and that are read).
func bind[T any](s *sheetIn, cols []column[T]) []boundColumn[T] {
	var out []boundColumn[T]
	for i := range cols {
		if cols[i].set == nil {
			continue
		}
		if idx, ok := s.cols[cols[i].key]; ok {
			out = append(out, boundColumn[T]{&cols[i], idx})
		}
	}
	return out
}

// readRows reads a sheet whose rows are one record each.
func readRows[T any](p *importer, s *sheetIn, cols []column[T]) {
	e := s.tab
	bound := bind(s, cols)
	for r := s.header + 1; r < len(s.table.Rows); r++ {
		row := s.table.Rows[r]
		if blank(row) {
			continue
		}
		p.imp.rows++
		pd := p.start(s, r, any(new(T)).(model.MutableRecord), s.cell(row, e.Code()+".id"))
		rec := any(pd.rec).(*T)
		for _, b := range bound {
			c := cellIn{p: p, s: s, pend: pd, row: r, col: b.idx, key: b.col.key, v: cellAt(row, b.idx)}
			setCell(pd, b.col, &c, rec)
		}
		if !pd.skip {
			p.pend[e] = append(p.pend[e], pd)
		}
	}
}

// start begins a record from a row's code: the ledger's record to update,
// fresh keeping the file's number, or (no code) fresh, to get the next
// number. A bad code is reported and the row is still read,
// so its other cells are checked too, but it is not imported.
func (p *importer) start(s *sheetIn, r int, fresh model.MutableRecord, code string) *pending {
	e := fresh.Entity()
	code = strings.TrimSpace(code)
	pd := &pending{s: s, row: r, rec: fresh}
	if code == "" {
		s.hasNew = true
		return pd
	}
	pd.coded = true
	col := s.colOf(e.Code() + ".id")
	ent, id, ok := model.ParseCode(code)
	switch {
	case !ok:
		p.problem(s, r, col, code, model.M(MsgBadCode, e.Label(), model.Code(e, 12)))
	case ent != e:
		p.problem(s, r, col, code, model.M(MsgWrongCode, code, e.Label()))
	case p.byID[e][id] != nil:
		p.problem(s, r, col, code, model.M(MsgDupCode, model.Code(e, id), p.byID[e][id].s.table.line(p.byID[e][id].row)))
	default:
		p.claim(pd, e, id, s, r, col, code)
		return pd
	}
	pd.skip = true
	return pd
}

// claim ties a coded row to its record.
func (p *importer) claim(pd *pending, e model.Entity, id model.ID, s *sheetIn, r, col int, code string) {
	if cur, ok := p.merged[e][id]; ok {
		pd.before, pd.rec = cur, model.CloneRecord(cur)
	} else if id <= p.floors[e] {
		p.problem(s, r, col, code, model.M(MsgCodeDeleted, model.Code(e, id)))
		pd.skip = true
		return
	} else {
		pd.rec.SetID(id)
		s.hasNew = true
		if id > p.last[e] {
			p.last[e] = id
		}
	}
	p.byID[e][id] = pd
}

// setCell reads a cell into the record by the column's rule, and the
// rule every tab shares for a row that updates a record: a blank cell
// keeps what the ledger has — an export edited in a spreadsheet, or a
// sheet with only some columns filled, never wipes a field by leaving it
// empty — and a cell reading （清空） or (clear) empties the field.
func setCell[T any](pd *pending, col *column[T], c *cellIn, rec *T) {
	switch v := strings.TrimSpace(c.v); {
	case IsClear(v):
		c.v = ""
	case v == "" && pd.before != nil:
		return
	}
	col.set(c, rec)
}

// ClearWords are what a cell says to empty a field on import; a blank
// cell keeps the field's value.
var ClearWords = []string{"（清空）", "(清空)", "(clear)", "（clear）"}

// IsClear reports whether a cell asks to empty its field.
func IsClear(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, w := range ClearWords {
		if v == w {
			return true
		}
	}
	return false
}

func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func cellAt(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}
