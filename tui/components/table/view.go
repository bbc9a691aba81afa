package table

import (
	"strings"

	"github.com/charmbracelet/bubbles/table"

	"secretary/tui/theme"
)

// View draws the header and the rows on screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	cols := make([]table.Column, 0, len(m.cols)+1)
	cols = append(cols, table.Column{Title: "", Width: gutterWidth})
	idx := make([]int, 0, len(m.cols))
	for i, c := range m.cols {
		if m.widths[i] > 0 {
			cols = append(cols, table.Column{Title: Fit(c.Title, m.widths[i]), Width: m.widths[i]})
			idx = append(idx, i)
		}
	}
	h := max(1, m.bodyHeight())
	end := min(len(m.view), m.offset+h)
	rows := make([]table.Row, 0, end-m.offset)
	for n, vi := range m.view[m.offset:end] {
		r := &m.all[vi]
		cells := make(table.Row, len(idx)+1)
		cells[0] = m.gutter(r, m.offset+n == m.cursor)
		for j, ci := range idx {
			if ci < len(r.Cells) {
				cells[j+1] = Fit(r.Cells[ci], m.widths[ci])
			}
		}
		rows = append(rows, cells)
	}
	m.setInner(cols, rows, h)
	out := m.inner.View()
	return m.colour(out, h)
}

// colour styles whole rows by their mark, and the cursor's row as
// selected. Line 0 is the header; body line i is row offset+i-1.
func (m *Model) colour(out string, h int) string {
	lines := strings.Split(out, "\n")
	for i := 1; i < len(lines) && i <= h; i++ {
		vi := m.offset + i - 1
		if vi >= len(m.view) {
			continue
		}
		if vi == m.cursor {
			lines[i] = m.styles.TableSelected.Render(lines[i])
			continue
		}
		switch m.all[m.view[vi]].Mark {
		case MarkOverdue:
			lines[i] = m.styles.RowOverdue.Render(lines[i])
		case MarkSoon:
			lines[i] = m.styles.RowSoon.Render(lines[i])
		case MarkFaint:
			lines[i] = m.styles.RowFaint.Render(lines[i])
		}
	}
	// Pad to the full height so the footer does not jump.
	for len(lines) < h+1 {
		lines = append(lines, "")
	}
	return strings.Join(lines[:h+1], "\n")
}

// gutter is the cursor and mark cell of a row.
func (m *Model) gutter(r *Row, selected bool) string {
	cur := " "
	if selected {
		cur = Cursor
	}
	sym := r.Symbol
	if sym == "" {
		switch r.Mark {
		case MarkOverdue:
			sym = theme.MarkOverdue
		case MarkSoon:
			sym = theme.MarkSoon
		}
	}
	return Fit(cur+sym, gutterWidth)
}

// setInner hands the screen's columns and rows to bubbles' table. Every
// setter there re-renders all its rows, so columns and size are set only
// when they change, and the cursor is never given to it (it stays on row
// 0, whose selection style is empty): one render per keystroke instead of
// five. colour draws the selection instead.
func (m *Model) setInner(cols []table.Column, rows []table.Row, h int) {
	sameCols := len(cols) == len(m.innerCols)
	for i := 0; sameCols && i < len(cols); i++ {
		sameCols = cols[i] == m.innerCols[i]
	}
	if !sameCols || m.innerW != m.width || m.innerH != h {
		// Rows must shrink before columns change, or it renders stale
		// rows against new columns.
		m.inner.SetRows(nil)
		m.inner.SetColumns(cols)
		m.inner.SetWidth(m.width)
		m.inner.SetHeight(h + 1)
		m.innerCols, m.innerW, m.innerH = cols, m.width, h
		m.inner.SetRows(rows)
		m.inner.SetCursor(0) // emptying the rows moved its cursor to -1
		return
	}
	m.inner.SetRows(rows)
	if m.inner.Cursor() < 0 {
		m.inner.SetCursor(0)
	}
}
