package forms

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"secretary/tui/common"
)

// labelled is a huh select that keeps its label. huh draws a select's
// filter ("/zm") where its title was, and keeps showing it there once a
// person is picked, so a form read "/zm" where it said 现场负责人; and an
// inline select that matches nothing says "No matches" in English. The
// field is huh's own in everything else.
type labelled[T comparable] struct {
	*huh.Select[T]
	label     string
	noMatches string
	title     lipgloss.Style // the label's look, as the form's theme draws a title
}

// keepLabel wraps a select whose title is label.
func keepLabel[T comparable](ctx *common.Context, s *huh.Select[T], label string) *labelled[T] {
	return &labelled[T]{Select: s, label: label, noMatches: ctx.T("form.no_matches"), title: formTheme().Focused.Title}
}

// Update is huh's, returning the wrapper so the form keeps it.
func (l *labelled[T]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := l.Select.Update(msg)
	if s, ok := m.(*huh.Select[T]); ok {
		l.Select = s
	}
	return l, cmd
}

// View is huh's, with the label put back before the filter and huh's
// English words in the UI language.
func (l *labelled[T]) View() string {
	v := strings.Replace(l.Select.View(), "No matches", l.noMatches, 1)
	first, rest, _ := strings.Cut(v, "\n")
	if l.label == "" || strings.Contains(ansi.Strip(first), firstRunes(l.label, 2)) {
		return v
	}
	// The first line is the filter: put the label before its "/".
	if i := strings.Index(first, "/"); i >= 0 {
		first = first[:i] + l.title.Render(l.label) + "  " + first[i:]
	}
	if rest == "" {
		return first
	}
	return first + "\n" + rest
}

// Inline and Description are huh's, returning the wrapper for chaining.
func (l *labelled[T]) Inline(v bool) *labelled[T] { l.Select.Inline(v); return l }

// Description sets the line under the label.
func (l *labelled[T]) Description(d string) *labelled[T] { l.Select.Description(d); return l }

// firstRunes is the start of s, n characters long.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
