package common

import (
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
)

// TabID names a tab; async results carry it so the root routes them to
// the view that asked.
type TabID int

// The tabs, in bar order.
const (
	TabPlans TabID = iota
	TabOwners
	TabActivities
	TabAssessments
	TabSummary
	TabCount
)

// LedgerLoadedMsg delivers a freshly loaded ledger (or why it failed).
type LedgerLoadedMsg struct {
	Ledger *model.Ledger
	Err    error
}

// SavedMsg is the result of a store write a view asked for. On error the
// view keeps its form open with the user's input.
type SavedMsg struct {
	Tab   TabID
	Entry model.JournalEntry
	Err   error
	// Record is the saved record (with its new ID for a create), so the
	// view can put the cursor on it.
	Record model.Record
}

// StepMsg is the result of undo or redo.
type StepMsg struct {
	Entry model.JournalEntry
	Err   error
}

// StatusMsg sets the status line.
type StatusMsg struct {
	Text  string
	Error bool
}

// HistoryMsg delivers a record's journal entries for the history view.
type HistoryMsg struct {
	Tab     TabID
	Entity  model.Entity
	ID      model.ID
	Entries []model.JournalEntry
	Err     error
}

// LoadCmd reloads the ledger from the store.
func LoadCmd(s Store) tea.Cmd {
	return func() tea.Msg {
		l, err := s.Load()
		return LedgerLoadedMsg{Ledger: l, Err: err}
	}
}

// SaveCmd writes a record (create when its ID is 0, else update) as the
// action, off the UI goroutine. rec is a copy owned by the command.
func SaveCmd(s Store, tab TabID, action model.Action, rec model.MutableRecord) tea.Cmd {
	return func() tea.Msg {
		var entry model.JournalEntry
		var err error
		switch {
		case rec.GetID() == 0:
			entry, err = s.Create(rec)
		case action == model.ActUpdate:
			entry, err = s.Update(rec)
		default:
			entry, err = s.UpdateAs(action, rec)
		}
		return SavedMsg{Tab: tab, Entry: entry, Err: err, Record: rec}
	}
}

// DeleteCmd deletes a record.
func DeleteCmd(s Store, tab TabID, e model.Entity, id model.ID) tea.Cmd {
	return func() tea.Msg {
		entry, err := s.Delete(e, id)
		return SavedMsg{Tab: tab, Entry: entry, Err: err}
	}
}

// UndoCmd and RedoCmd step through the journal.
func UndoCmd(s Store) tea.Cmd {
	return func() tea.Msg { e, err := s.Undo(); return StepMsg{Entry: e, Err: err} }
}

// RedoCmd redoes the latest undone step.
func RedoCmd(s Store) tea.Cmd {
	return func() tea.Msg { e, err := s.Redo(); return StepMsg{Entry: e, Err: err} }
}

// HistoryCmd reads a record's history.
func HistoryCmd(s Store, tab TabID, e model.Entity, id model.ID) tea.Cmd {
	return func() tea.Msg {
		entries, err := s.History(e, id)
		return HistoryMsg{Tab: tab, Entity: e, ID: id, Entries: entries, Err: err}
	}
}

// StoreReplacedMsg says an imported snapshot replaced the ledger: the old
// store is closed and this one is open on the new file. The root swaps it
// in and reloads, so the program carries on without a restart.
type StoreReplacedMsg struct {
	Store Store
}

// ShowSlipMsg asks for one person's task slip (p on a person): the root
// switches to the Summary tab, which shows it.
type ShowSlipMsg struct {
	Owner model.ID
}
