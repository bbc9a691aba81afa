package summary

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html"
	"strconv"
	"strings"

	"secretary/model"
)

// printCSS is the page's only style sheet, inlined: the file must print
// the same on a laptop with no network.
//
//go:embed print.css
var printCSS string

// esc makes user text safe inside HTML text and quoted attributes.
func esc(s string) string { return html.EscapeString(s) }

// HTML is the summary as one self-contained HTML page (no network, no
// external files): A4 print styles, CJK fonts every system has, tables
// whose rows never split across pages, and charts drawn as inline SVG
// with patterns, so it reads in black and white.
func HTML(s *Summary, lang model.Lang) string { return renderHTML(summaryDoc(s, lang, false), false) }

// printScript opens the print dialog once the page has loaded: the only
// script a page of ours ever runs, allowed by its hash (PageCSP).
const printScript = `window.addEventListener("load", function () { window.print(); });`

// PageCSP is the Content-Security-Policy every page we write or print
// carries: it loads nothing (no network, no other file, no frame), runs
// no script but the print dialog's when asked for, and allows only its
// own inline styles and data: images. A text in the ledger that somehow
// reached the page as markup could not fetch or show anything.
func PageCSP(autoPrint bool) string {
	csp := "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
	if autoPrint {
		sum := sha256.Sum256([]byte(printScript))
		csp += "; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return csp
}

func renderHTML(d *document, autoPrint bool) string {
	h := &htmlWriter{lang: d.Lang}
	b := &h.b
	b.Grow(htmlSize(d)) // one allocation: a 10,000-row list is megabytes, and regrowing copied it a dozen times
	htmlLang := "zh-CN"
	if d.Lang == model.LangEn {
		htmlLang = "en"
	}
	kind := "summary"
	switch {
	case d.Slip:
		kind = "slip"
	case d.Landscape:
		kind = "list"
	}
	if d.Kind != "" {
		kind = d.Kind
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + htmlLang + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + PageCSP(autoPrint) + "\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"secretary\">\n")
	title := d.Title
	if sub := d.subtitle(); sub != "" {
		title += " · " + sub
	}
	b.WriteString("<title>" + esc(title) + "</title>\n")
	b.WriteString("<style>\n" + printCSS)
	if d.Landscape {
		b.WriteString(landscapeCSS(d))
	}
	b.WriteString("</style>\n")
	if d.Banner != "" {
		// On every printed page, not only the first: a page that strays
		// from the pile still says what it is.
		b.WriteString("<style>@page { @top-center { content: " + cssString(d.Banner) + "; font-size: 9pt; font-weight: bold; } }</style>\n")
	}
	if autoPrint {
		// Where there is no lp (Windows), the page opens the browser's
		// own print dialog once it has loaded.
		b.WriteString("<script>" + printScript + "</script>\n")
	}
	b.WriteString("</head>\n<body class=\"" + kind + "\">\n")
	if d.Banner != "" {
		b.WriteString("<p class=\"banner\">" + esc(d.Banner) + "</p>\n")
	}
	b.WriteString("<header class=\"doc-head\">\n<h1>" + esc(d.Title) + "</h1>\n")
	if sub := d.subtitle(); sub != "" {
		b.WriteString("<p class=\"subtitle\">" + esc(sub) + "</p>\n")
	}
	b.WriteString("<dl class=\"meta\">\n")
	for _, m := range d.Meta {
		b.WriteString("<div><dt>" + esc(m.Label) + "</dt><dd data-k=\"" + esc(m.Key) + "\">" + textHTML(m.Value) + "</dd></div>\n")
	}
	b.WriteString("</dl>\n<p class=\"legend\">" + h.legend(d.Legend) + "</p>\n</header>\n<main>\n")
	for _, s := range d.Sections {
		cls := "sec"
		if lines(s) <= keepLines {
			cls += " keep"
		}
		if s.Part != "" {
			b.WriteString("<h1 class=\"part\">" + esc(s.Part) + "</h1>\n")
		}
		b.WriteString("<section class=\"" + cls + "\" id=\"" + esc(s.Key) + "\">\n<h2>" + esc(s.Title) + "</h2>\n")
		for _, blk := range s.Blocks {
			h.block(blk)
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("</main>\n")
	if d.Footer != "" {
		b.WriteString("<footer class=\"sign\">" + esc(d.Footer) + "</footer>\n")
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

// htmlSize guesses the page's size: the style sheets and about 60 bytes
// of markup and text per table cell.
func htmlSize(d *document) int {
	n := len(printCSS) + len(listCSS) + 4096
	for _, s := range d.Sections {
		for _, blk := range flatten(s.Blocks) {
			if t, ok := blk.(*table); ok {
				n += len(t.Rows) * len(t.Cols) * 60
			}
		}
	}
	return n
}

// keepLines is the most lines (about half an A4 page) a section may have
// and still be moved whole to the next page rather than split: short
// sections start on a fresh page, long ones flow.
const keepLines = 12

// lines estimates a section's height in lines of table text.
func lines(s section) int {
	n := 2
	for _, blk := range s.Blocks {
		switch v := blk.(type) {
		case facts:
			n += (len(v) + 3) / 4
		case heading, note:
			n++
		case *table:
			n += len(v.Rows) + 1
		case *chart:
			n += len(v.Rows) + 2
		case pair:
			n += max(lines(section{Blocks: v.Left}), lines(section{Blocks: v.Right})) - 2
		}
	}
	return n
}

type htmlWriter struct {
	b    strings.Builder
	lang model.Lang
}

// textHTML is user text in a cell: escaped, its line breaks kept, and
// every date (2026-11-18) held on one line — a narrow column must not
// print "2026-11-" above "18".
func textHTML(s string) string {
	s = esc(s)
	if strings.Contains(s, "\n") {
		s = strings.ReplaceAll(s, "\n", "<br>")
	}
	if strings.Contains(s, dueSoonMark) {
		s = strings.ReplaceAll(s, dueSoonMark, hourglassSVG)
	}
	if !strings.Contains(s, "-") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i+10 <= len(s); i++ {
		if isISODate(s[i:i+10]) && (i == 0 || !isDigit(s[i-1])) && (i+10 == len(s) || !isDigit(s[i+10])) {
			b.WriteString(s[last:i])
			b.WriteString(`<span class="nw">` + s[i:i+10] + `</span>`)
			last = i + 10
			i += 9
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isISODate reports whether s is ten characters shaped like 2026-11-18.
func isISODate(s string) bool {
	for i := 0; i < 10; i++ {
		switch {
		case i == 4 || i == 7:
			if s[i] != '-' {
				return false
			}
		case !isDigit(s[i]):
			return false
		}
	}
	return true
}

// dueSoonMark is the "due within 7 days" mark of the screen and the text
// printouts. Few fonts outside the emoji ones have it (none on a stock
// Debian), so on paper it is drawn: an hourglass in black lines, as
// legible in black and white as ⚠.
const dueSoonMark = "⏳"

const hourglassSVG = `<svg class="mk" role="img" aria-label="⏳" viewBox="0 0 10 12" width="0.75em" height="0.9em">` +
	`<path d="M1.5 0.6h7M1.5 11.4h7M2.5 0.6c0 3 2.5 4 2.5 5.4c0 1.4-2.5 2.4-2.5 5.4M7.5 0.6c0 3-2.5 4-2.5 5.4c0 1.4 2.5 2.4 2.5 5.4" fill="none" stroke="#000" stroke-width="1"/>` +
	`<path d="M3.3 10.7 5 8.6 6.7 10.7z" fill="#000"/></svg>`

// markHTML is the overdue mark: a boxed, bold "!" — a shape, not a
// colour, so it survives a black-and-white printer.
const markHTML = `<span class="mark" aria-hidden="true">!</span>`

// legend renders the legend with its leading "!" drawn as the mark.
func (h *htmlWriter) legend(s string) string {
	if rest, ok := strings.CutPrefix(s, "! "); ok {
		return markHTML + " " + esc(rest)
	}
	return textHTML(s)
}

func (h *htmlWriter) block(blk block) {
	b := &h.b
	switch v := blk.(type) {
	case facts:
		b.WriteString("<dl class=\"facts\">\n")
		for _, f := range v {
			cls := "fact"
			val := esc(f.Value)
			if f.Mark {
				cls += " late"
				val = markHTML + val
			}
			b.WriteString("<div class=\"" + cls + "\"><dt>" + esc(f.Label) + "</dt><dd data-k=\"" + esc(f.Key) + "\">" + val + "</dd></div>\n")
		}
		b.WriteString("</dl>\n")
	case heading:
		b.WriteString("<h3>" + esc(string(v)) + "</h3>\n")
	case note:
		b.WriteString("<p class=\"note\">" + esc(string(v)) + "</p>\n")
	case labelled:
		b.WriteString("<dl class=\"lines\">\n")
		for _, f := range v {
			b.WriteString("<div><dt>" + esc(f.Label) + "</dt><dd data-k=\"" + esc(f.Key) + "\">" + strings.ReplaceAll(esc(f.Value), "\n", "<br>") + "</dd></div>\n")
		}
		b.WriteString("</dl>\n")
	case writeIn:
		b.WriteString("<div class=\"write-in\">" + strings.Repeat("<div></div>", int(v)) + "</div>\n")
	case *table:
		h.table(v)
	case *chart:
		h.chart(v)
	case pair:
		b.WriteString("<div class=\"pair\">\n<div>\n")
		for _, x := range v.Left {
			h.block(x)
		}
		b.WriteString("</div>\n<div>\n")
		for _, x := range v.Right {
			h.block(x)
		}
		b.WriteString("</div>\n</div>\n")
	}
}

func (h *htmlWriter) table(t *table) {
	b := &h.b
	b.WriteString("<table data-table=\"" + esc(t.Key) + "\"")
	if len(t.Widths) == len(t.Cols) {
		b.WriteString(" class=\"fixed\">\n<colgroup>")
		for _, w := range t.Widths {
			b.WriteString("<col style=\"width:" + strconv.Itoa(w) + "%\">")
		}
		b.WriteString("</colgroup>")
	} else {
		b.WriteString(">")
	}
	b.WriteString("\n<thead><tr>")
	for _, c := range t.Cols {
		switch {
		case c.Num:
			b.WriteString("<th class=\"num\">" + esc(c.Head) + "</th>")
		case c.NoWrap:
			b.WriteString("<th class=\"nw\">" + esc(c.Head) + "</th>")
		default:
			b.WriteString("<th>" + esc(c.Head) + "</th>")
		}
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range t.Rows {
		b.WriteString("<tr>")
		for i, c := range row {
			var cls []string
			if i < len(t.Cols) && t.Cols[i].Num {
				cls = append(cls, "num")
			}
			if i < len(t.Cols) && t.Cols[i].NoWrap {
				cls = append(cls, "nw")
			}
			if c.Mark {
				cls = append(cls, "late")
			}
			b.WriteString("<td")
			if len(cls) > 0 {
				b.WriteString(" class=\"" + strings.Join(cls, " ") + "\"")
			}
			if c.Key != "" {
				b.WriteString(" data-k=\"" + esc(c.Key) + "\"")
			}
			b.WriteString(">")
			if c.Mark {
				b.WriteString(markHTML)
			}
			b.WriteString(textHTML(c.Text))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}
