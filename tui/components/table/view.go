package table

import (
	"strings"

	"secretary/internal/termsafe"
	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/theme"
)

// View draws the header and the rows on screen.
//
// Each row's columns are laid out once into one line (cached until the
// rows or the widths change) and drawn with one style render a row; a
// cursor move re-uses every cached line. The table draws itself rather
// than through bubbles' table, which measured cells by go-runewidth's
// locale-dependent global rule: here every width is internal/width's.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	h := max(1, m.bodyHeight())
	end := min(len(m.view), m.offset+h)
	lines := make([]string, 0, h+1)
	lines = append(lines, m.styles.TableHeader.UnsetPadding().Render(m.fill(m.headerLine())))
	cell := m.styles.TableCell.UnsetPadding()
	for n, vi := range m.view[m.offset:end] {
		r := &m.all[vi]
		lines = append(lines, cell.Render(m.fill(m.gutter(r, m.offset+n == m.cursor)+m.rowLine(r))))
	}
	blank := strings.Repeat(" ", m.width)
	for len(lines) < h+1 {
		lines = append(lines, blank)
	}
	return m.colour(lines, h)
}

// fill cuts or pads a laid-out line to the table's width.
func (m *Model) fill(line string) string {
	return width.PadRight(width.Fit(line, m.width), m.width)
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

// rowLine is a row's cells laid out, from the cache that warm fills.
func (m *Model) rowLine(r *Row) string {
	if line, ok := m.lines[r.ID]; ok {
		return line
	}
	return m.layRow(r)
}

// warm lays out the rows on screen into the cache, so View only reads:
// it runs after every change of rows, widths, cursor or scroll offset,
// and each row is laid out once until the rows or the widths change.
func (m *Model) warm() {
	if m.width <= 0 || len(m.widths) != len(m.cols) {
		return
	}
	end := min(len(m.view), m.offset+max(1, m.bodyHeight()))
	for _, vi := range m.view[min(m.offset, end):end] {
		r := &m.all[vi]
		if _, ok := m.lines[r.ID]; ok {
			continue
		}
		if m.lines == nil {
			m.lines = make(map[model.ID]string, 64)
		}
		m.lines[r.ID] = m.layRow(r)
	}
}

// layRow is a row's cells, each cut or padded to its column.
func (m *Model) layRow(r *Row) string {
	var b strings.Builder
	b.Grow(m.width + 16)
	for i := range m.cols {
		if w := m.widths[i]; w > 0 && i < len(r.Cells) {
			padCell(&b, r.Cells[i], w)
		} else if w > 0 {
			padCell(&b, "", w)
		}
	}
	return b.String()
}

// padCell writes s cut to w cells, padded to w, and the gap after it.
func padCell(b *strings.Builder, s string, w int) {
	s = width.Fit(termsafe.Line(s), w) // a cell never carries a control character to the terminal
	b.WriteString(s)
	b.WriteString(strings.Repeat(" ", w-width.Cells(s)+cellGap))
}

// colour styles whole rows by their mark, and the cursor's row as
// selected. Line 0 is the header; body line i is row offset+i-1.
func (m *Model) colour(lines []string, h int) string {
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
	g := width.Fit(cur+sym, gutterWidth)
	return g + strings.Repeat(" ", gutterWidth-width.Cells(g)+cellGap)
}
