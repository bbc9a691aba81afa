package table

// measureRows is how many rows measure looks at: enough to size columns
// to real content without walking 100,000 rows on every reload.
const measureRows = 2000

// measure finds the widest cell of each column among the first rows.
func (m *Model) measure() {
	m.content = make([]int, len(m.cols))
	for i, c := range m.cols {
		m.content[i] = Width(c.Title)
	}
	for n, r := range m.all {
		if n == measureRows {
			break
		}
		for i := range m.cols {
			if i < len(r.Cells) {
				if w := Width(r.Cells[i]); w > m.content[i] {
					m.content[i] = w
				}
			}
		}
	}
}

// cellGap is the padding after each cell (the cell style's right padding).
const cellGap = 1

// fit chooses each column's width for the table's width: columns are
// dropped, highest Drop first, until their minimums fit; content-sized
// columns get their content width (within Min/Max); flexible columns share
// what is left. Nothing wraps and no row is wider than the table.
func (m *Model) fit() {
	n := len(m.cols)
	m.widths = make([]int, n)
	if n == 0 || m.width <= 0 {
		return
	}
	avail := m.width - gutterWidth - cellGap
	keep := make([]bool, n)
	for i := range keep {
		keep[i] = true
	}
	need := func() int {
		s := 0
		for i, c := range m.cols {
			if keep[i] {
				s += c.Min + cellGap
			}
		}
		return s
	}
	for need() > avail {
		worst := -1
		for i, c := range m.cols {
			if keep[i] && c.Drop > 0 && (worst < 0 || c.Drop > m.cols[worst].Drop) {
				worst = i
			}
		}
		if worst < 0 {
			break // only undroppable columns left; they are cut below
		}
		keep[worst] = false
	}
	spare := avail
	flexTotal := 0
	for i, c := range m.cols {
		if !keep[i] {
			continue
		}
		w := c.Min
		if c.Flex == 0 {
			w = max(c.Min, m.contentWidth(i))
			if c.Max > 0 {
				w = min(w, c.Max)
			}
		} else {
			flexTotal += c.Flex
		}
		m.widths[i] = w
		spare -= w + cellGap
	}
	// Content-sized columns may have taken more than there is: shrink the
	// widest ones back toward their minimum.
	for spare < 0 {
		widest := -1
		for i, c := range m.cols {
			if keep[i] && m.widths[i] > c.Min && (widest < 0 || m.widths[i] > m.widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		m.widths[widest]--
		spare++
	}
	if flexTotal > 0 && spare > 0 {
		given := 0
		last := -1
		for i, c := range m.cols {
			if keep[i] && c.Flex > 0 {
				add := spare * c.Flex / flexTotal
				if c.Max > 0 && m.widths[i]+add > c.Max {
					add = c.Max - m.widths[i]
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
	total := 0
	for i := range m.cols {
		if m.widths[i] > 0 {
			if total+m.widths[i]+cellGap > avail {
				m.widths[i] = max(0, avail-total-cellGap)
			}
			total += m.widths[i] + cellGap
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
