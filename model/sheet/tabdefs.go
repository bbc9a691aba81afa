package sheet

import (
	"secretary/model"
)

// columnsOf lists a tab's columns in sheet order.
func columnsOf(e model.Entity) []colInfo {
	if t := tabOf(e); t != nil {
		return t.columns()
	}
	return nil
}

// exportRows writes a tab's rows; overdue rows are flagged for colour.
func exportRows(x *exporter, e model.Entity, emit func(cells []Cell, overdue bool)) {
	if t := tabOf(e); t != nil {
		t.rows(x, emit)
	}
}

// rowsOf writes each of the ledger's records of the kind as one row.
func rowsOf[T any, P interface {
	*T
	model.MutableRecord
}](x *exporter, e model.Entity, cols []column[T], overdue func(*T, model.Date) bool, emit func([]Cell, bool)) {
	k := model.KindOf(e)
	for i, n := 0, k.Len(x.l); i < n; i++ {
		r := any(k.At(x.l, i)).(P)
		emit(recordRow(x, cols, r), overdue != nil && overdue(r, x.today))
	}
}

// recordRow is one record's cells.
func recordRow[T any](x *exporter, cols []column[T], r *T) []Cell {
	row := make([]Cell, len(cols))
	for j, c := range cols {
		row[j] = c.get(x, r)
	}
	return row
}

// readTab reads every sheet of the file that holds the tab.
func (p *importer) readTab(e model.Entity) {
	t := tabOf(e)
	for _, s := range p.sheets {
		if s.tab != e || !s.usable || t == nil {
			continue
		}
		t.read(p, s)
		p.checkRequiredColumns(s)
	}
}

// changedFields lists the columns whose value an update changes.
func (p *importer) changedFields(before, after model.MutableRecord) []string {
	if t := tabOf(before.Entity()); t != nil {
		return t.changed(p.x, before, after)
	}
	return nil
}

func diff[T any](x *exporter, cols []column[T], a, b *T) []string {
	var out []string
	for _, c := range cols {
		if c.set == nil || c.derived {
			continue
		}
		if c.get(x, a) != c.get(x, b) {
			out = append(out, c.key)
		}
	}
	return out
}
