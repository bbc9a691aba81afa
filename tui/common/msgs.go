package common

import (
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
)

// TabID names a tab by its place in the bar.
type TabID int

// The tabs, in bar order.
const (
	TabPlans TabID = iota
	TabOwners
	TabActivities
	TabAssessments
	TabMeetings
	TabSummary
	TabCount
)

// ID is a component's address. Every result of work a component starts
// (a save, a history read, a file written) carries the ID of the
// component that asked, and the root delivers it there whether or not
// that component has the focus now: a summary written while the user
// moved to another tab still reaches the summary.
type ID uint64

// Addressed is a message for one component.
type Addressed interface {
	Recipient() ID
}

// To addresses a message; embed it.
type To struct{ ID ID }

// Recipient is the component the message is for.
func (t To) Recipient() ID { return t.ID }

// For reports whether an addressed message is for the component id.
func For(msg tea.Msg, id ID) bool {
	a, ok := msg.(Addressed)
	return ok && a.Recipient() == id
}

// Wrote is a result that changed the ledger. The root patches the ledger
// it holds with the result and tells every tab (LedgerChangedMsg) before
// it delivers the message to its recipient.
type Wrote interface {
	Written() (app.Result, error)
}

// WroteMsg is the answer to a write a component asked for (a save, a
// delete, undo, redo, settings).
type WroteMsg struct {
	To
	Result app.Result
	Err    error
	// Record is the record that was saved (with its new ID for a new
	// one), so the component can put the cursor on it; nil for a delete.
	Record model.Record
}

// Written is the result, for the root.
func (m WroteMsg) Written() (app.Result, error) { return m.Result, m.Err }

// PrintListMsg asks the program to print a list as filtered on screen:
// the kind of record, the records in their order, and the filters in
// words for the printout's head. The root opens the print flow.
type PrintListMsg struct {
	Entity model.Entity
	IDs    []model.ID
	Filter string
}

// LedgerLoadedMsg delivers a freshly read ledger (or why it failed): at
// start, after an import replaced the file, or when another window
// changed it.
type LedgerLoadedMsg struct {
	Ledger *model.Ledger
	Err    error
}

// SwitchLedgerMsg asks the root to carry on with another ledger file: the
// sample year the welcome page opened. The root closes the service it
// stops using.
type SwitchLedgerMsg struct {
	App    *app.Service
	Ledger *model.Ledger
	Err    error
}

// LedgerChangedMsg tells every tab the ledger changed. Result is what a
// write changed, so a tab patches its rows; nil means the whole ledger
// was read again and every row must be rebuilt.
type LedgerChangedMsg struct {
	Result *app.Result
}

// ShownMsg tells a tab (or a part of one) that it is on screen now:
// rows left stale while it was hidden are rebuilt before it is drawn.
type ShownMsg struct{}

// LanguageMsg tells every component the language changed: the context
// holds the new translator and key map.
type LanguageMsg struct{}

// StatusMsg sets the status line.
type StatusMsg struct {
	Text  string
	Error bool
}

// Status is a command that sets the status line.
func Status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, Error: isErr} }
}

// OpenMsg asks the root to show an overlay on top of everything.
type OpenMsg struct{ Overlay Overlay }

// Open is a command that shows an overlay.
func Open(o Overlay) tea.Cmd { return func() tea.Msg { return OpenMsg{Overlay: o} } }

// CloseMsg asks the root to take an overlay away.
type CloseMsg struct{ ID ID }

// Close is a command that takes the overlay id away.
func Close(id ID) tea.Cmd { return func() tea.Msg { return CloseMsg{ID: id} } }

// ShowRecordMsg asks for one record on screen (enter on an item that
// names it: a task from a decision, an item of the today panel): the root
// moves to the tab that lists its kind and gives the tab this message,
// and the tab shows the list and puts the cursor on the record.
type ShowRecordMsg struct {
	Entity model.Entity
	ID     model.ID
}

// ShowRecord is a command that shows a record.
func ShowRecord(e model.Entity, id model.ID) tea.Cmd {
	return func() tea.Msg { return ShowRecordMsg{Entity: e, ID: id} }
}

// ShowSlipMsg asks for one person's task slip (p on a person): the root
// moves to the Summary tab, which shows it.
type ShowSlipMsg struct {
	Owner model.ID
}

// LoadCmd reads the ledger again.
func LoadCmd(a *app.Service) tea.Cmd {
	return func() tea.Msg {
		l, err := a.Load()
		return LedgerLoadedMsg{Ledger: l, Err: err}
	}
}

// SaveCmd saves a record as the action, off the UI goroutine, and answers
// the component to. rec is a copy owned by the command.
func SaveCmd(a *app.Service, to ID, action model.Action, rec model.MutableRecord) tea.Cmd {
	return func() tea.Msg {
		res, err := a.Save(action, rec)
		return WroteMsg{To: To{to}, Result: res, Err: err, Record: rec}
	}
}

// DeleteCmd deletes a record.
func DeleteCmd(a *app.Service, to ID, e model.Entity, id model.ID) tea.Cmd {
	return func() tea.Msg {
		res, err := a.Delete(e, id)
		return WroteMsg{To: To{to}, Result: res, Err: err}
	}
}

// UndoCmd takes back the latest step.
func UndoCmd(a *app.Service, to ID) tea.Cmd {
	return func() tea.Msg { res, err := a.Undo(); return WroteMsg{To: To{to}, Result: res, Err: err} }
}

// RedoCmd applies again the latest undone step.
func RedoCmd(a *app.Service, to ID) tea.Cmd {
	return func() tea.Msg { res, err := a.Redo(); return WroteMsg{To: To{to}, Result: res, Err: err} }
}

// SaveSettingsCmd writes the settings.
func SaveSettingsCmd(a *app.Service, to ID, s model.Settings) tea.Cmd {
	return func() tea.Msg { res, err := a.SaveSettings(s); return WroteMsg{To: To{to}, Result: res, Err: err} }
}
