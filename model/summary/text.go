package summary

import (
	"strings"

	"secretary/internal/i18n"
	"secretary/internal/termsafe"
	"secretary/internal/width"
	"secretary/model"
)

// Text widths: the default fits an 80-column terminal and a plain-text
// printout; narrower than MinWidth wraps too much to read, so it is
// widened to that.
const (
	DefaultWidth = 80
	MinWidth     = 50
)

// Overdue things carry this mark in text, never colour alone: it survives
// NO_COLOR, black-and-white printers and copy-paste. It is ASCII so that
// it is one cell wide in every terminal and locale.
const textMark = "! "

const (
	textIndent = "  "
	textGap    = "  "
	barCells   = 8
	// Progress bars are drawn from this width up; narrower, the
	// percentage alone leaves the plan's title room to read.
	barMinWidth = 64
)

// Text is the summary as plain text, width cells wide (DefaultWidth when
// 0): what `secretary summary` prints and the Summary tab shows in its
// viewport.
func Text(s *Summary, lang model.Lang, width int) string {
	return renderText(summaryDoc(s, lang, true), width)
}

// SlipText is the task slip as plain text, width cells wide.
func SlipText(sl *Slip, lang model.Lang, width int) string {
	return renderText(slipDoc(sl, lang), width)
}

func renderText(d *document, width int) string {
	if width <= 0 {
		width = DefaultWidth
	}
	width = max(width, MinWidth)
	r := &textRenderer{w: width, lang: d.Lang}
	if d.Banner != "" {
		r.center("【" + d.Banner + "】")
	}
	r.center(d.Title)
	if sub := d.subtitle(); sub != "" {
		r.center(sub)
	}
	r.line(strings.Repeat("=", width))
	for _, m := range d.Meta {
		r.para("", r.label(m.Label)+m.Value)
	}
	r.para("", d.Legend)
	// Sections are laid out side by side on every core when the document
	// is large, then joined in order.
	texts := make([]string, len(d.Sections))
	concurrently(len(d.Sections), estimateBytes(d, width) > parallelRows*width, func(i int) {
		texts[i] = renderSection(d.Sections[i], width, d.Lang)
	})
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	r.b.Grow(total + 4*width)
	for _, t := range texts {
		r.b.WriteString(t)
	}
	if d.Footer != "" {
		r.blank()
		r.blank()
		r.para("", d.Footer)
	}
	if d.Banner != "" {
		r.blank()
		r.center("【" + d.Banner + "】")
	}
	// The text goes to a terminal (the CLI, the Summary tab): any control
	// character left in a record is shown, never sent.
	return termsafe.Text(r.b.String())
}

// spaces is padding to slice from, so padding a cell allocates nothing.
const spaces = "                                                                                                                                "

func writeSpaces(b *strings.Builder, n int) {
	for n > len(spaces) {
		b.WriteString(spaces)
		n -= len(spaces)
	}
	b.WriteString(spaces[:max(n, 0)])
}

// renderSection is one section as text.
func renderSection(s section, width int, lang model.Lang) string {
	r := &textRenderer{w: width, lang: lang}
	r.b.Grow(estimateBytes(&document{Sections: []section{s}}, width))
	r.blank()
	if s.Part != "" {
		r.line(strings.Repeat("=", width))
		r.center(s.Part)
		r.line(strings.Repeat("=", width))
		r.blank()
	}
	r.line(s.Title)
	r.line(strings.Repeat("-", width))
	first := true
	for _, b := range flatten(s.Blocks) {
		if _, ok := b.(*chart); ok {
			continue // the table before a chart holds its figures
		}
		if !first {
			r.blank()
		}
		first = false
		r.block(b)
	}
	return r.b.String()
}

// flatten puts paired blocks one after the other, as text and Markdown
// show them.
func flatten(blocks []block) []block {
	var out []block
	for _, b := range blocks {
		if p, ok := b.(pair); ok {
			out = append(out, flatten(p.Left)...)
			out = append(out, flatten(p.Right)...)
			continue
		}
		out = append(out, b)
	}
	return out
}

// estimateBytes guesses the text's size so the builder grows once: a
// large ledger's summary runs to hundreds of kilobytes, and regrowing it
// copied more than the layout itself cost.
func estimateBytes(d *document, width int) int {
	lines := 64
	for _, s := range d.Sections {
		for _, b := range flatten(s.Blocks) {
			switch v := b.(type) {
			case *table:
				lines += len(v.Rows)*5/4 + 3
			case facts:
				lines += len(v)
			default:
				lines += 2
			}
		}
	}
	return lines * width * 5 / 4
}

type textRenderer struct {
	b    strings.Builder
	w    int
	lang model.Lang
}

func (r *textRenderer) line(s string) {
	r.b.WriteString(strings.TrimRight(s, " "))
	r.b.WriteByte('\n')
}

func (r *textRenderer) blank() { r.b.WriteByte('\n') }

func (r *textRenderer) center(s string) {
	for _, l := range width.Wrap(s, r.w) {
		r.line(strings.Repeat(" ", (r.w-width.Cells(l))/2) + l)
	}
}

// para writes wrapped text, every line indented.
func (r *textRenderer) para(indent, s string) {
	for _, l := range width.Wrap(s, r.w-width.Cells(indent)) {
		r.line(indent + l)
	}
}

// label is "学校：" or "School: ".
func (r *textRenderer) label(s string) string {
	return i18n.For(r.lang).Sprintf("print.label", s)
}

func (r *textRenderer) block(b block) {
	switch v := b.(type) {
	case facts:
		r.facts(v)
	case heading:
		r.line(textIndent + r.label(string(v)))
	case note:
		r.para(textIndent, string(v))
	case *table:
		r.table(v)
	case labelled:
		for _, f := range v {
			for i, l := range strings.Split(f.Value, "\n") {
				if i == 0 {
					r.para(textIndent, r.label(f.Label)+l)
				} else {
					r.para(textIndent+"  ", l)
				}
			}
		}
	case writeIn:
		for i := 0; i < int(v); i++ {
			r.line(textIndent + strings.Repeat("_", r.w-width.Cells(textIndent)))
		}
	}
}

// facts lays labelled figures out in two columns when they fit, else one.
func (r *textRenderer) facts(f facts) {
	labelW, valueW := 0, 0
	for _, x := range f {
		labelW = max(labelW, width.Cells(x.Label))
		valueW = max(valueW, width.Cells(markText(x.Value, x.Mark)))
	}
	pairW := labelW + 2 + valueW
	cols := 1
	if width.Cells(textIndent)+2*pairW+4 <= r.w {
		cols = 2
	}
	rows := (len(f) + cols - 1) / cols
	for i := 0; i < rows; i++ {
		var sb strings.Builder
		sb.WriteString(textIndent)
		for c := 0; c < cols; c++ {
			// Column-major, so the figures read down the first column first.
			j := c*rows + i
			if j >= len(f) {
				break
			}
			if c > 0 {
				sb.WriteString("    ")
			}
			sb.WriteString(width.PadRight(f[j].Label, labelW+2))
			sb.WriteString(width.PadLeft(markText(f[j].Value, f[j].Mark), valueW))
		}
		r.line(sb.String())
	}
}

func markText(s string, mark bool) string {
	if mark {
		return textMark + s
	}
	return s
}

// cellText is a cell as text: the mark, and a bar before a percentage.
func cellText(c cell, bars bool) string {
	s := markText(c.Text, c.Mark)
	if c.Bar >= 0 && bars {
		n := min(max(c.Bar, 0), 100) * barCells / 100
		s = "[" + strings.Repeat("#", n) + strings.Repeat("-", barCells-n) + "] " + width.PadLeft(s, 4)
	}
	return s
}

// laid is a cell's text and its width, measured once.
type laid struct {
	text  string
	width int  // of the widest line
	multi bool // has line breaks
}

func measure(s string) laid {
	if strings.IndexByte(s, '\n') < 0 {
		return laid{text: s, width: width.Cells(s)}
	}
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, width.Cells(l))
	}
	return laid{text: s, width: w, multi: true}
}

// table lays a table out in the width: numbers right-aligned and never
// wrapped, text columns wrapped when the whole does not fit.
func (r *textRenderer) table(t *table) {
	n := len(t.Cols)
	heads := make([]laid, n)
	natural := make([]int, n)
	for i, c := range t.Cols {
		heads[i] = measure(c.Head)
		natural[i] = heads[i].width
	}
	data := make([]int, n) // widest figure of each column, without its head
	rows := make([][]laid, len(t.Rows))
	for ri, row := range t.Rows {
		rows[ri] = make([]laid, n)
		for i := 0; i < n && i < len(row); i++ {
			rows[ri][i] = measure(cellText(row[i], r.w >= barMinWidth))
			data[i] = max(data[i], rows[ri][i].width)
		}
	}
	for i := range natural {
		natural[i] = max(natural[i], data[i])
	}
	widths := fitColumns(t.Cols, natural, data, r.w-width.Cells(textIndent)-width.Cells(textGap)*(n-1))
	r.row(t.Cols, widths, heads)
	r.b.WriteString(textIndent)
	for i, w := range widths {
		if i > 0 {
			r.b.WriteString(textGap)
		}
		r.b.WriteString(strings.Repeat("-", w))
	}
	r.b.WriteByte('\n')
	for _, cells := range rows {
		r.row(t.Cols, widths, cells)
	}
}

// fitColumns gives every column its natural width when all fit. Else
// number columns narrow to their figures (never wrapped; their heads
// wrap) and the text columns share what is left: the narrow ones keep
// their width and the wide ones share the rest evenly (water-filling).
func fitColumns(cols []column, natural, data []int, avail int) []int {
	widths := append([]int(nil), natural...)
	// Dates and states keep their width like figures, unless the line is
	// too narrow for them and two cells for every other column.
	keep, kept, others := make([]bool, len(cols)), 0, 0
	for i, c := range cols {
		if c.Num || c.NoWrap {
			keep[i], kept = true, kept+data[i]
		} else {
			others++
		}
	}
	if kept+2*others > avail {
		for i, c := range cols {
			keep[i] = c.Num
		}
	}
	total, numW, textMin := 0, 0, 0
	for i := range cols {
		total += natural[i]
		if keep[i] {
			numW += natural[i]
		} else {
			textMin += min(natural[i], readableText)
		}
	}
	if total <= avail {
		return widths
	}
	// Numbers keep their heads on one line while the text columns can
	// still be read; below that they narrow to their figures.
	squeeze := numW+textMin > avail
	var flex []int
	rest := avail
	for i := range cols {
		switch {
		case !keep[i]:
			flex = append(flex, i)
			continue
		case squeeze:
			widths[i] = max(data[i], min(natural[i], 4))
		}
		rest -= widths[i]
	}
	// Narrowest first: a column that needs less than an even share keeps
	// its width and leaves the difference to the others.
	for len(flex) > 0 {
		share := rest / len(flex)
		narrowest, at := -1, 0
		for k, i := range flex {
			if narrowest < 0 || natural[i] < natural[narrowest] {
				narrowest, at = i, k
			}
		}
		if natural[narrowest] > share {
			break
		}
		rest -= natural[narrowest]
		flex = append(flex[:at], flex[at+1:]...)
	}
	for k, i := range flex {
		share := rest / len(flex)
		if k < rest%len(flex) {
			share++
		}
		widths[i] = max(share, 2)
	}
	return widths
}

// readableText is the narrowest a text column is squeezed to before
// number columns give up room: five Chinese characters a line.
const readableText = 10

// row writes one table row, its cells wrapped to their widths. Most
// cells fit on one line and are written as they are; only the others are
// wrapped. Trailing spaces are never written.
func (r *textRenderer) row(cols []column, widths []int, cells []laid) {
	var wrapped [][]string
	height := 1
	for i, c := range cells {
		if c.multi || c.width > widths[i] {
			if wrapped == nil {
				wrapped = make([][]string, len(cells))
			}
			wrapped[i] = width.Wrap(c.text, widths[i])
			height = max(height, len(wrapped[i]))
		}
	}
	for h := 0; h < height; h++ {
		r.b.WriteString(textIndent)
		pending := 0 // spaces owed before the next text
		for i, c := range cells {
			if i > 0 {
				pending += len(textGap)
			}
			text, w := "", 0
			switch {
			case wrapped != nil && wrapped[i] != nil:
				if h < len(wrapped[i]) {
					text = wrapped[i][h]
					w = width.Cells(text)
				}
			case h == 0:
				text, w = c.text, c.width
			}
			pad := widths[i] - w
			if cols[i].Num {
				pending += pad
			}
			if text != "" {
				writeSpaces(&r.b, pending)
				r.b.WriteString(text)
				pending = 0
			}
			if !cols[i].Num {
				pending += pad
			}
		}
		r.b.WriteByte('\n')
	}
}
