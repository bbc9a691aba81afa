package common

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
)

// Component is the one contract every part of the screen keeps — tabs,
// browsers, forms, flows, questions, pages (soft-serve's habit): it
// answers messages and returns itself as T, the type its holder keeps
// (a browser returns *Browser; a tab returns Tab, the interface the root
// holds its tabs by), draws itself in the size it was given, and tells
// the help bar its keys. View only reads: everything it shows is brought
// up to date in Update or SetSize.
type Component[T any] interface {
	Update(tea.Msg) (T, tea.Cmd)
	View() string
	SetSize(width, height int)
	help.KeyMap
}

// Tab is a tab of the root: a Component held as Tab. InputMode reports
// that typed keys belong to an input (the filter), so the root's own
// keys (q, digits, tab) type instead; Showing is the kind of record on
// screen, for a CSV export of it; Lists names every kind the tab lists,
// so ShowRecordMsg finds the tab that can show a record.
type Tab interface {
	Component[Tab]
	Init() tea.Cmd
	InputMode() bool
	Showing() model.Entity
	Lists() []model.Entity
}

// Overlay is a component shown over the tabs: a form, a question, an
// export or import flow, the settings, a record's history, the help
// page. The root keeps them in a stack; the top one has the keyboard.
// An overlay ends itself with Close.
type Overlay interface {
	Component[Overlay]
	Init() tea.Cmd
	ID() ID
}
