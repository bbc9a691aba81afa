package summary

import (
	"secretary/internal/width"
	"strconv"
	"strings"
)

// Chart geometry, in SVG user units. The viewBox is as wide as the A4
// text column (680 units ≈ 180 mm), so 11-unit text prints at about 8 pt.
const (
	svgRow       = 14 // height of one bar's row
	svgBar       = 9  // height of a bar
	svgLegend    = 20 // height of the legend line
	svgChunkRows = 25 // rows per SVG, so one chart never outgrows a page
)

// geometry is where a chart's parts go: full width, or half width beside
// a table (the same scale, so the text prints the same size).
type geometry struct {
	width     int // viewBox width
	labelW    int // labels end here (right-aligned)
	barX      int // bars start here
	barW      int // a full bar's length
	labelCols int // label length in terminal cells (a CJK character is 2)
	legendX   int
}

var (
	fullGeometry   = geometry{width: 680, labelW: 120, barX: 130, barW: 420, labelCols: 20, legendX: 130}
	narrowGeometry = geometry{width: 380, labelW: 70, barX: 78, barW: 230, labelCols: 12, legendX: 0}
)

// svgPatterns are the fills: shapes, not colours, so the series tell apart
// on a black-and-white printout. The ids are prefixed per SVG.
var svgPatterns = map[string]string{
	"hatch": `<pattern id="%[1]s-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="1" y1="0" x2="1" y2="6" stroke="#000" stroke-width="1.6"/></pattern>`,
	"cross": `<pattern id="%[1]s-cross" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><path d="M0,0L5,5M5,0L0,5" stroke="#000" stroke-width="1.3"/></pattern>`,
	"blank": ``,
}

func (h *htmlWriter) chart(c *chart) {
	if len(c.Rows) == 0 {
		return
	}
	b := &h.b
	b.WriteString("<figure class=\"chart\" data-chart=\"" + esc(c.Key) + "\">\n<figcaption>" + esc(c.Title))
	if c.Explain != "" {
		b.WriteString("<span class=\"explain\">" + esc(c.Explain) + "</span>")
	}
	b.WriteString("</figcaption>\n")
	for start, n := 0, 0; start < len(c.Rows); start, n = start+svgChunkRows, n+1 {
		end := min(start+svgChunkRows, len(c.Rows))
		h.svg(c, c.Rows[start:end], c.Key+strconv.Itoa(n), n == 0)
	}
	b.WriteString("</figure>\n")
}

// fill is the SVG fill of a series' pattern.
func fill(id, pattern string) string {
	if pattern == "blank" || svgPatterns[pattern] == "" {
		return "#fff"
	}
	return "url(#" + id + "-" + pattern + ")"
}

func (h *htmlWriter) svg(c *chart, rows []chartRow, id string, legend bool) {
	b := &h.b
	g := fullGeometry
	if c.Narrow {
		g = narrowGeometry
	}
	svgLabelW, svgBarX, svgBarW := g.labelW, g.barX, g.barW
	top := 4
	if legend {
		top += svgLegend
		if c.Percent {
			top += 10 // the axis labels under the legend
		}
	}
	height := top + len(rows)*svgRow + 4
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ` + itoaPlain(g.width) + " " + itoaPlain(height) + `" width="100%" aria-label="` + esc(chartAlt(c, rows)) + `">` + "\n<defs>")
	for _, s := range c.Series {
		if p := svgPatterns[s.Pattern]; p != "" {
			b.WriteString(strings.ReplaceAll(p, "%[1]s", id))
		}
	}
	b.WriteString("</defs>\n")
	if legend {
		x := g.legendX
		for _, s := range c.Series {
			b.WriteString(`<rect x="` + itoaPlain(x) + `" y="6" width="16" height="11" fill="` + fill(id, s.Pattern) + `" stroke="#000" stroke-width="0.8"/>`)
			b.WriteString(`<text x="` + itoaPlain(x+21) + `" y="15">` + esc(s.Label) + "</text>\n")
			x += 21 + width.Cells(s.Label)*6 + 18
		}
		if c.Percent {
			for _, p := range []int{0, 50, 100} {
				b.WriteString(`<text class="axis" x="` + itoaPlain(svgBarX+svgBarW*p/100) + `" y="` + itoaPlain(top-3) + `" text-anchor="middle">` + itoaPlain(p) + "%</text>")
			}
			b.WriteString("\n")
		}
	}
	scale := 100
	if !c.Percent {
		scale = 1
		for _, r := range c.Rows {
			scale = max(scale, sum(r.Values))
		}
	}
	if c.Percent {
		for _, p := range []int{25, 50, 75} {
			x := itoaPlain(svgBarX + svgBarW*p/100)
			b.WriteString(`<line class="grid" x1="` + x + `" y1="` + itoaPlain(top) + `" x2="` + x + `" y2="` + itoaPlain(height-4) + `"/>`)
		}
		b.WriteString("\n")
	}
	for i, r := range rows {
		y := top + i*svgRow
		barY := y + (svgRow-svgBar)/2
		b.WriteString(`<text x="` + itoaPlain(svgLabelW) + `" y="` + itoaPlain(y+svgRow/2+4) + `" text-anchor="end">` + esc(width.Fit(r.Label, g.labelCols)) + "</text>")
		if c.Percent {
			// The whole bar's outline, so 0% still reads as an empty bar.
			b.WriteString(`<rect x="` + itoaPlain(svgBarX) + `" y="` + itoaPlain(barY) + `" width="` + itoaPlain(svgBarW) + `" height="` + itoaPlain(svgBar) + `" fill="#fff" stroke="#000" stroke-width="0.8"/>`)
		}
		x := svgBarX
		for si, v := range r.Values {
			if v <= 0 || si >= len(c.Series) {
				continue
			}
			w := svgBarW * min(v, scale) / scale
			if w < 2 {
				w = 2 // a non-zero value stays visible
			}
			b.WriteString(`<rect x="` + itoaPlain(x) + `" y="` + itoaPlain(barY) + `" width="` + itoaPlain(w) + `" height="` + itoaPlain(svgBar) + `" fill="` + fill(id, c.Series[si].Pattern) + `" stroke="#000" stroke-width="0.8"/>`)
			x += w
		}
		noteX := svgBarX + svgBarW + 8
		if !c.Percent {
			noteX = x + 8
		}
		b.WriteString(`<text x="` + itoaPlain(noteX) + `" y="` + itoaPlain(y+svgRow/2+4) + `">` + esc(r.Note) + "</text>\n")
	}
	b.WriteString("</svg>\n")
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func itoaPlain(n int) string { return strconv.Itoa(n) }

// chartAlt describes the chart's rows in words, for screen readers and
// for anyone whose printer drops the graphics.
func chartAlt(c *chart, rows []chartRow) string {
	var b strings.Builder
	b.WriteString(c.Title)
	for _, r := range rows {
		b.WriteString("; " + r.Label + " " + r.Note)
	}
	return b.String()
}
