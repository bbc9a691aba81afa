package summary

import (
	_ "embed"
	"strings"

	"secretary/internal/i18n"
)

// listCSS is the wall lists' page: A4 turned sideways, a larger table.
//
//go:embed list.css
var listCSS string

// landscapeCSS is the style of a landscape printout: list.css, and the
// page's margin boxes — the group and school at the top left and the date
// at the top right of every page, "第 2 页，共 5 页" at the bottom — which
// hold text from the ledger, written as CSS strings.
func landscapeCSS(d *document) string {
	var b strings.Builder
	b.WriteString(listCSS)
	b.WriteString("@page {\n")
	if len(d.Running) > 0 && d.Running[0] != "" {
		b.WriteString("  @top-left { content: " + cssString(d.Running[0]) + "; font-size: 8pt; }\n")
	}
	if len(d.Running) > 1 && d.Running[1] != "" {
		b.WriteString("  @top-right { content: " + cssString(d.Running[1]) + "; font-size: 8pt; }\n")
	}
	b.WriteString("  @bottom-center { content: " + pageCounter(d) + "; font-size: 8pt; }\n}\n")
	return b.String()
}

// pageCounter is the page number in the document's language as CSS
// content: "第 " counter(page) " 页，共 " counter(pages) " 页".
func pageCounter(d *document) string {
	const page, pages = "\x00p", "\x00n"
	text := i18n.For(d.Lang).Sprintf("print.list.page", page, pages)
	var parts []string
	for text != "" {
		i := strings.IndexByte(text, 0)
		if i < 0 {
			parts = append(parts, cssString(text))
			break
		}
		if i > 0 {
			parts = append(parts, cssString(text[:i]))
		}
		switch text[i : i+2] {
		case page:
			parts = append(parts, "counter(page)")
		case pages:
			parts = append(parts, "counter(pages)")
		}
		text = text[i+2:]
	}
	return strings.Join(parts, " ")
}

// cssString quotes user text as a CSS string inside a <style> element:
// quotes and backslashes escaped, < and > as escapes so the text can never
// end the element, control characters dropped.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '<':
			b.WriteString(`\3C `)
		case r == '>':
			b.WriteString(`\3E `)
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
