package summary

import (
	"strings"

	"secretary/internal/termsafe"
	"secretary/model"
)

// mdMark marks overdue figures; the legend explains it.
const mdMark = "**!** "

// Markdown is the summary as GitHub-flavoured Markdown: headings, lists
// and pipe tables, for pasting into a document or a message.
func Markdown(s *Summary, lang model.Lang) string { return renderMarkdown(summaryDoc(s, lang, false)) }

func renderMarkdown(d *document) string {
	var b strings.Builder
	if d.Banner != "" {
		b.WriteString("> **" + mdEscape(d.Banner) + "**\n\n")
	}
	b.WriteString("# " + mdEscape(d.Title) + "\n\n")
	if sub := d.subtitle(); sub != "" {
		b.WriteString("**" + mdEscape(sub) + "**\n\n")
	}
	for _, m := range d.Meta {
		b.WriteString("- " + colon(d.Lang, mdEscape(m.Label), mdEscape(m.Value)) + "\n")
	}
	b.WriteString("\n> " + mdEscape(d.Legend) + "\n")
	for _, s := range d.Sections {
		if s.Part != "" {
			b.WriteString("\n---\n\n# " + mdEscape(s.Part) + "\n")
		}
		if s.Title != "" { // a wall list is one table under the document's own title
			b.WriteString("\n## " + mdEscape(s.Title) + "\n")
		}
		for _, blk := range flatten(s.Blocks) {
			if _, ok := blk.(*chart); ok {
				continue // the table before a chart holds its figures
			}
			b.WriteString("\n")
			switch v := blk.(type) {
			case facts:
				for _, f := range v {
					b.WriteString("- " + colon(d.Lang, mdEscape(f.Label), mdValue(f.Value, f.Mark)) + "\n")
				}
			case heading:
				b.WriteString("### " + mdEscape(string(v)) + "\n")
			case note:
				b.WriteString(mdEscape(string(v)) + "\n")
			case *table:
				mdTable(&b, v)
			case labelled:
				for _, f := range v {
					b.WriteString("- " + colon(d.Lang, "**"+mdEscape(f.Label)+"**", mdEscape(strings.ReplaceAll(f.Value, "\n", " "))) + "\n")
				}
			case writeIn:
				b.WriteString(strings.Repeat("\n&nbsp;\n", int(v)))
			}
		}
	}
	if d.Banner != "" {
		b.WriteString("\n> **" + mdEscape(d.Banner) + "**\n")
	}
	if d.Footer != "" {
		b.WriteString("\n" + mdEscape(d.Footer) + "\n")
	}
	return termsafe.Text(b.String()) // printed to a terminal too: control characters shown, not sent
}

func mdValue(s string, mark bool) string {
	if mark {
		return "**! " + mdEscape(s) + "**"
	}
	return "**" + mdEscape(s) + "**"
}

func mdTable(b *strings.Builder, t *table) {
	b.WriteString("|")
	for _, c := range t.Cols {
		b.WriteString(" " + mdEscape(c.Head) + " |")
	}
	b.WriteString("\n|")
	for _, c := range t.Cols {
		if c.Num {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, row := range t.Rows {
		b.WriteString("|")
		for _, c := range row {
			s := mdEscape(strings.ReplaceAll(c.Text, "\n", " "))
			if c.Mark {
				s = mdMark + s
			}
			b.WriteString(" " + s + " |")
		}
		b.WriteString("\n")
	}
}

// mdEscape keeps user text literal: a title with * or | must not turn
// into emphasis or a new table cell.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`, "\r", "", "\n", " ",
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
