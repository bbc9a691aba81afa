package tui

import (
	"secretary/internal/width"
)

// maxStatusLines bounds the status: a message that does not fit one line
// wraps to a second instead of being cut (…请用浏览器或 PDF 阅读器); the
// tabs give up a line for it while it is shown.
const maxStatusLines = 2

// statusText is the status as shown: the message (✗ before an error), or
// today's headline when there is none.
func (m *Model) statusText() string {
	switch {
	case m.status == "":
		return m.headline()
	case m.statusErr:
		return "✗ " + m.status
	}
	return m.status
}

// statusWrapped is the status wrapped to the width, at most
// maxStatusLines lines, the last cut with … if even those are too few.
func (m *Model) statusWrapped() []string {
	w := max(10, m.ctx.Width)
	lines := width.Wrap(m.statusText(), w)
	if len(lines) > maxStatusLines {
		rest := lines[maxStatusLines-1]
		for _, l := range lines[maxStatusLines:] {
			rest += l
		}
		lines = append(lines[:maxStatusLines-1], width.Fit(rest, w))
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// statusLayout counts the status's lines and, when that changed, gives
// the tabs and overlays the height that is left.
func (m *Model) statusLayout() {
	n := len(m.statusWrapped())
	if n == m.statusLines {
		return
	}
	m.statusLines = n
	m.resize()
}
