// Package detail lays out a record's detail: a title, then labelled
// values and sections, wrapped to the pane's width by display cells so
// Chinese text wraps where English would.
package detail

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"secretary/tui/theme"
)

// Builder accumulates a detail view.
type Builder struct {
	st    *theme.Styles
	width int
	label int // width of the label column
	b     strings.Builder
}

// New starts a detail of the width; labelWidth aligns the values.
func New(st *theme.Styles, width, labelWidth int) *Builder {
	return &Builder{st: st, width: max(10, width), label: labelWidth}
}

// Title adds the heading line(s).
func (d *Builder) Title(s string) *Builder {
	d.b.WriteString(d.st.DetailTitle.Render(Wrap(s, d.width)))
	d.b.WriteString("\n\n")
	return d
}

// Field adds "label  value", the value wrapped under itself. Empty values
// show as "—" so a missing owner or date is visible, not blank.
func (d *Builder) Field(label, value string) *Builder {
	return d.StyledField(label, value, d.st.Value)
}

// StyledField is Field with the value in a style (overdue dates).
func (d *Builder) StyledField(label, value string, style lipgloss.Style) *Builder {
	if strings.TrimSpace(value) == "" {
		value, style = "—", d.st.Faint
	}
	lw := min(d.label, d.width/3)
	l := d.st.Label.Width(lw).Render(capitalize(label))
	v := style.Render(Wrap(value, max(4, d.width-lw-1)))
	d.b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, l, " ", v))
	d.b.WriteString("\n")
	return d
}

// Section starts a titled block.
func (d *Builder) Section(title string) *Builder {
	d.b.WriteString("\n")
	d.b.WriteString(d.st.Section.Render(capitalize(title)))
	d.b.WriteString("\n")
	return d
}

// Line adds a wrapped line of text.
func (d *Builder) Line(s string) *Builder {
	return d.StyledLine(s, d.st.Value)
}

// StyledLine adds a wrapped line in a style.
func (d *Builder) StyledLine(s string, style lipgloss.Style) *Builder {
	d.b.WriteString(style.Render(Wrap(s, d.width)))
	d.b.WriteString("\n")
	return d
}

// Bullet adds an item of a list, wrapped with a hanging indent.
func (d *Builder) Bullet(s string, style lipgloss.Style) *Builder {
	v := style.Render(Wrap(s, max(4, d.width-2)))
	d.b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, "• ", v))
	d.b.WriteString("\n")
	return d
}

// Faint adds a quiet line (a note such as "no tasks yet").
func (d *Builder) Faint(s string) *Builder { return d.StyledLine(s, d.st.Faint) }

// String is the finished detail.
func (d *Builder) String() string { return strings.TrimRight(d.b.String(), "\n") }

// Bar is a progress bar of the width: filled cells for pct percent, so it
// reads in black and white (█ filled, ░ empty).
func Bar(pct, width int) string {
	if width <= 0 {
		return ""
	}
	pct = min(max(pct, 0), 100)
	filled := (pct*width + 50) / 100
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// capitalize starts an English label with a capital: field names are
// lower case for use inside sentences. Chinese is unchanged.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
