package summary

import (
	_ "embed"
	"html"
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
func HTML(s *Summary, lang model.Lang) string { return renderHTML(summaryDoc(s, lang), false) }

func renderHTML(d *document, autoPrint bool) string {
	h := &htmlWriter{lang: d.Lang}
	b := &h.b
	htmlLang := "zh-CN"
	if d.Lang == model.LangEn {
		htmlLang = "en"
	}
	kind := "summary"
	if d.Slip {
		kind = "slip"
	}
	if d.Kind != "" {
		kind = d.Kind
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + htmlLang + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"secretary\">\n")
	b.WriteString("<title>" + esc(d.Title+" · "+d.Subtitle) + "</title>\n")
	b.WriteString("<style>\n" + printCSS + "</style>\n")
	if d.Banner != "" {
		// On every printed page, not only the first: a page that strays
		// from the pile still says what it is.
		b.WriteString("<style>@page { @top-center { content: \"" + cssString(d.Banner) + "\"; font-size: 9pt; font-weight: bold; } }</style>\n")
	}
	if autoPrint {
		// Where there is no lp (Windows), the page opens the browser's
		// own print dialog once it has loaded.
		b.WriteString("<script>window.addEventListener(\"load\", function () { window.print(); });</script>\n")
	}
	b.WriteString("</head>\n<body class=\"" + kind + "\">\n")
	if d.Banner != "" {
		b.WriteString("<p class=\"banner\">" + esc(d.Banner) + "</p>\n")
	}
	b.WriteString("<header class=\"doc-head\">\n<h1>" + esc(d.Title) + "</h1>\n")
	b.WriteString("<p class=\"subtitle\">" + esc(d.Subtitle) + "</p>\n<dl class=\"meta\">\n")
	for _, m := range d.Meta {
		b.WriteString("<div><dt>" + esc(m.Label) + "</dt><dd data-k=\"" + esc(m.Key) + "\">" + esc(m.Value) + "</dd></div>\n")
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

// markHTML is the overdue mark: a boxed, bold "!" — a shape, not a
// colour, so it survives a black-and-white printer.
const markHTML = `<span class="mark" aria-hidden="true">!</span>`

// legend renders the legend with its leading "!" drawn as the mark.
func (h *htmlWriter) legend(s string) string {
	if rest, ok := strings.CutPrefix(s, "! "); ok {
		return markHTML + " " + esc(rest)
	}
	return esc(s)
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
	b.WriteString("<table data-table=\"" + esc(t.Key) + "\">\n<thead><tr>")
	for _, c := range t.Cols {
		if c.Num {
			b.WriteString("<th class=\"num\">" + esc(c.Head) + "</th>")
		} else {
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
			b.WriteString(strings.ReplaceAll(esc(c.Text), "\n", "<br>"))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

// cssString makes text safe inside a quoted CSS string.
func cssString(s string) string {
	return strings.NewReplacer("\\", "\\\\", "\"", "\\\"", "\n", " ", "<", "", ">", "").Replace(s)
}
