package ansisvg

import (
	"fmt"
	"html"
	"strings"
)

// Options size and colour the picture.
type Options struct {
	CellWidth  float64 // pixels per cell
	LineHeight float64
	FontSize   float64
	Padding    float64
	Background string
	Foreground string
}

// DefaultOptions suit a README: a dark terminal at 14 px.
func DefaultOptions() Options {
	return Options{CellWidth: 8.4, LineHeight: 19, FontSize: 14, Padding: 16, Background: "#1a1b26", Foreground: "#c0caf5"}
}

// fonts prefers monospace fonts that have Chinese, then any monospace.
const fonts = `'Sarasa Mono SC', 'Noto Sans Mono CJK SC', 'Microsoft YaHei Mono', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', monospace`

// SVG draws the screen.
func SVG(sc Screen, o Options) string {
	w := o.Padding*2 + float64(sc.Cols)*o.CellWidth
	h := o.Padding*2 + float64(len(sc.Lines))*o.LineHeight
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" rx="8" fill="%s"/>`+"\n", o.Background)
	fmt.Fprintf(&b, `<g font-family="%s" font-size="%.0f" fill="%s" xml:space="preserve">`+"\n", fonts, o.FontSize, o.Foreground)
	for row, cells := range sc.Lines {
		y := o.Padding + float64(row)*o.LineHeight
		col := 0
		for _, c := range cells {
			x := o.Padding + float64(col)*o.CellWidth
			fg, bg := c.Style.FG, c.Style.BG
			if c.Style.Reverse {
				fg, bg = or(bg, o.Background), or(fg, o.Foreground)
			}
			if bg != "" && c.Width > 0 {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, x, y, float64(c.Width)*o.CellWidth+0.5, o.LineHeight, bg)
			}
			if c.Text != "" && c.Text != " " {
				attrs := ""
				if fg != "" {
					attrs += fmt.Sprintf(` fill="%s"`, fg)
				}
				if c.Style.Bold {
					attrs += ` font-weight="bold"`
				}
				if c.Style.Faint {
					attrs += ` opacity="0.6"`
				}
				if c.Style.Italic {
					attrs += ` font-style="italic"`
				}
				if c.Style.Underline {
					attrs += ` text-decoration="underline"`
				}
				// A wide character is centred in its two cells.
				anchor := ""
				tx := x
				if c.Width == 2 {
					anchor, tx = ` text-anchor="middle"`, x+o.CellWidth
				}
				fmt.Fprintf(&b, `<text x="%.1f" y="%.1f"%s%s>%s</text>`, tx, y+o.LineHeight*0.78, anchor, attrs, html.EscapeString(c.Text))
			}
			col += c.Width
		}
		b.WriteString("\n")
	}
	b.WriteString("</g>\n</svg>\n")
	return b.String()
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
