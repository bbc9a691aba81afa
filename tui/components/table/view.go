package table

import (
	"strings"

	"github.com/charmbracelet/bubbles/table"

	"secretary/model"
	"secretary/tui/theme"
)

// View draws the header and the rows on screen.
//
// bubbles' table renders every cell through two lipgloss styles, which
// cost about 3 ms a screen — the whole keystroke budget. Here each row's
// columns are laid out once into one line (cached until the rows or the
// widths change) and bubbles gets one column as wide as the table: it
// still draws the header and the rows, with two renders a row instead of
// two a cell, and a cursor move re-uses every cached line.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	cols := []table.Column{{Title: m.headerLine(), Width: m.width}}
	h := max(1, m.bodyHeight())
	end := min(len(m.view), m.offset+h)
	rows := make([]table.Row, 0, end-m.offset)
	for n, vi := range m.view[m.offset:end] {
		r := &m.all[vi]
		rows = append(rows, table.Row{m.gutter(r, m.offset+n == m.cursor) + m.rowLine(r)})
	}
	m.setInner(cols, rows, h)
	out := m.inner.View()
	return m.colour(out, h)
}

// headerLine is the column titles laid out like the rows.
func (m *Model) headerLine() string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", gutterWidth+cellGap))
	for i, c := range m.cols {
		if w := m.widths[i]; w > 0 {
			padCell(&b, c.Title, w)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// rowLine is a row's cells, each cut or padded to its column, from the
// cache when the row was laid out before at these widths.
func (m *Model) rowLine(r *Row) string {
	if line, ok := m.lines[r.ID]; ok {
		return line
	}
	var b strings.Builder
	b.Grow(m.width + 16)
	for i := range m.cols {
		if w := m.widths[i]; w > 0 && i < len(r.Cells) {
			padCell(&b, r.Cells[i], w)
		} else if w > 0 {
			padCell(&b, "", w)
		}
	}
	line := b.String()
	if m.lines == nil {
		m.lines = make(map[model.ID]string, 64)
	}
	m.lines[r.ID] = line
	return line
}

// padCell writes s cut to w cells, padded to w, and the gap after it.
func padCell(b *strings.Builder, s string, w int) {
	s = Fit(s, w)
	b.WriteString(s)
	b.WriteString(strings.Repeat(" ", w-Width(s)+cellGap))
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
	g := Fit(cur+sym, gutterWidth)
	return g + strings.Repeat(" ", gutterWidth-Width(g)+cellGap)
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
