package table

import "secretary/internal/width"

// measureRows is how many rows measure looks at: enough to size columns
// to real content without walking 100,000 rows on every reload.
const measureRows = 2000

// measure finds the widest cell of each column among the first rows.
func (m *Model) measure() {
	m.content = make([]int, len(m.cols))
	for i, c := range m.cols {
		m.content[i] = width.Cells(c.Title)
	}
	for n := range m.all {
		if n == measureRows {
			break
		}
		for i, w := range m.all[n].cellWidths() {
			if i < len(m.content) && w > m.content[i] {
				m.content[i] = w
			}
		}
	}
}

// cellWidths is each cell's width, measured once per row: a save measures
// the columns again, and measuring 2,000 rows of Chinese text each time
// cost more than the rest of the save.
func (r *Row) cellWidths() []int {
	if r.widths == nil {
		r.widths = make([]int, len(r.Cells))
		for i, c := range r.Cells {
			r.widths[i] = width.Cells(c)
		}
	}
	return r.widths
}

// remeasure sizes the columns again after one row changed, as SetRows
// would, so the columns read exactly as after a fresh start whether the
// row widened a column or took its widest cell away. (fit drops the
// laid-out lines: the screen's rows are laid out again on the next View.)
func (m *Model) remeasure() {
	m.measure()
	m.fit()
}

// cellGap is the padding after each cell (the cell style's right padding).
const cellGap = 1

// fit chooses each column's width for the table's width. Each column
// wants its content's width (within Min/Max; flexible columns want their
// Min). While the wanted widths do not fit, columns are dropped, highest
// Drop first: a missing column is better than every column cut short.
// What still does not fit is taken from the widest columns; what is left
// over goes to the flexible ones. No row is ever wider than the table.
func (m *Model) fit() {
	m.fitWidths()
	m.warm()
}

func (m *Model) fitWidths() {
	n := len(m.cols)
	m.lines = nil // laid out for the old widths
	m.widths = make([]int, n)
	if n == 0 || m.width <= 0 {
		return
	}
	avail := m.width - gutterWidth - cellGap
	keep := make([]bool, n)
	want := make([]int, n)
	for i, c := range m.cols {
		keep[i] = true
		want[i] = c.Min
		if c.Flex == 0 {
			want[i] = max(c.Min, m.contentWidth(i))
			if c.Max > 0 {
				want[i] = min(want[i], max(c.Min, c.Max))
			}
		}
	}
	total := func() int {
		s := 0
		for i := range m.cols {
			if keep[i] {
				s += want[i] + cellGap
			}
		}
		return s
	}
	for total() > avail {
		worst := -1
		for i, c := range m.cols {
			if keep[i] && c.Drop > 0 && (worst < 0 || c.Drop > m.cols[worst].Drop) {
				worst = i
			}
		}
		if worst < 0 {
			break
		}
		keep[worst] = false
	}
	spare := avail - total()
	// Still too wide: narrow the widest columns, never below their Min.
	for spare < 0 {
		widest := -1
		for i, c := range m.cols {
			if keep[i] && want[i] > c.Min && (widest < 0 || want[i] > want[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		want[widest]--
		spare++
	}
	flexTotal := 0
	for i, c := range m.cols {
		if keep[i] {
			m.widths[i] = want[i]
			flexTotal += c.Flex
		}
	}
	if flexTotal > 0 && spare > 0 {
		given, last := 0, -1
		for i, c := range m.cols {
			if keep[i] && c.Flex > 0 {
				add := spare * c.Flex / flexTotal
				if c.Max > 0 && m.widths[i]+add > c.Max {
					add = max(0, c.Max-m.widths[i])
				}
				m.widths[i] += add
				given += add
				last = i
			}
		}
		if last >= 0 && (m.cols[last].Max == 0 || m.widths[last]+spare-given <= m.cols[last].Max) {
			m.widths[last] += spare - given
		}
	}
	// A terminal narrower than the undroppable minimums: cut the last
	// columns so the row still fits.
	used := 0
	for i := range m.cols {
		if m.widths[i] > 0 {
			if used+m.widths[i]+cellGap > avail {
				m.widths[i] = max(0, avail-used-cellGap)
			}
			used += m.widths[i] + cellGap
		}
	}
}

func (m *Model) contentWidth(i int) int {
	if i < len(m.content) {
		return m.content[i]
	}
	return 0
}

// Widths are the fitted column widths (0: dropped), for tests and for
// views that align a footer with the columns.
func (m *Model) Widths() []int { return append([]int(nil), m.widths...) }
