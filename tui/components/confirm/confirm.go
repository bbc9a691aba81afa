// Package confirm is a yes/no question shown over the screen (deleting a
// record): y runs the action it was given, n or esc drops it.
package confirm

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/tui/common"
)

// Ask is what a question says: its title, the question, a quieter hint
// below it (how to undo), and the keys line naming what y does.
type Ask struct {
	Title, Question, Hint, Keys string
}

// Question is the overlay.
type Question struct {
	ctx           *common.Context
	id            common.ID
	ask           Ask
	yes           tea.Cmd
	width, height int
}

var _ common.Overlay = (*Question)(nil)

// New asks; yes runs when the user answers y.
func New(ctx *common.Context, ask Ask, yes tea.Cmd) *Question {
	return &Question{ctx: ctx, id: ctx.NewID(), ask: ask, yes: yes}
}

// ID is the overlay's address.
func (q *Question) ID() common.ID { return q.id }

// Init does nothing.
func (q *Question) Init() tea.Cmd { return nil }

// SetSize sets the area the question is centred in.
func (q *Question) SetSize(w, h int) { q.width, q.height = w, h }

// Update answers the question.
func (q *Question) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return q, nil
	}
	k := q.ctx.Keys.Confirm
	switch {
	case key.Matches(km, k.Yes):
		return q, tea.Batch(common.Close(q.id), q.yes)
	case key.Matches(km, k.No):
		return q, common.Close(q.id)
	}
	return q, nil
}

// View draws the question in a box.
func (q *Question) View() string {
	st := q.ctx.Styles
	text := st.DialogTitle.Render(q.ask.Title) + "\n\n" + q.ask.Question + "\n"
	if q.ask.Hint != "" {
		text += st.Faint.Render(q.ask.Hint) + "\n"
	}
	text += "\n" + q.ask.Keys
	box := st.Dialog.Width(min(60, q.width-4)).Render(text)
	return lipgloss.Place(q.width, q.height, lipgloss.Center, lipgloss.Center, box)
}

// ShortHelp is y and n.
func (q *Question) ShortHelp() []key.Binding { return q.ctx.Keys.Confirm.ShortHelp() }

// FullHelp is y and n.
func (q *Question) FullHelp() [][]key.Binding { return [][]key.Binding{q.ShortHelp()} }
