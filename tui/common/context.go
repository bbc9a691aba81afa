// Package common is what every part of the TUI shares: the context passed
// down from the root (size, styles, keys, translator, clock, store, the
// loaded ledger), the component contract and the messages views exchange.
// Nothing here is global; the root owns one Context and hands it down.
package common

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
	"secretary/tui/keys"
	"secretary/tui/search"
	"secretary/tui/theme"
)

// Store is what the TUI asks of the ledger store. *store.Store implements
// it; the interface keeps views from reaching for bbolt and documents
// exactly which operations the screens use. Tests pass the real store.
type Store interface {
	Load() (*model.Ledger, error)
	Create(model.MutableRecord) (model.JournalEntry, error)
	Update(model.Record) (model.JournalEntry, error)
	UpdateAs(model.Action, model.Record) (model.JournalEntry, error)
	Delete(model.Entity, model.ID) (model.JournalEntry, error)
	Undo() (model.JournalEntry, error)
	Redo() (model.JournalEntry, error)
	History(model.Entity, model.ID) ([]model.JournalEntry, error)
	SaveSettings(model.Settings) (model.JournalEntry, error)
	// Do runs a multi-record change (an import) as one journaled step.
	Do(model.Action, func(*store.Tx) error) (model.JournalEntry, error)
	LastIDs() (map[model.Entity]model.ID, error)
	Today() model.Date
	Path() string
	ReadOnly() bool
}

// Context is shared by the root and every view. The root replaces the
// ledger and derived values after each reload; views read them. It is
// passed as a pointer so a language switch or resize reaches everyone.
type Context struct {
	Width, Height int

	Styles   *theme.Styles
	Keys     *keys.KeyMap
	Tr       *i18n.Translator
	Renderer *lipgloss.Renderer
	Clock    model.Clock
	Store    Store
	Keyer    *search.Keyer

	Ledger  *model.Ledger
	Derived Derived
}

// Derived are the values computed once per ledger load for the screens:
// progress, loads and counts, all against the same "today".
type Derived struct {
	Today    model.Date
	Progress map[model.ID]model.Progress
	Loads    map[model.ID]model.Load
	Rects    map[model.ID]model.RectCounts
	// Task counts for the status line, counted once per load rather than
	// on every frame.
	Tasks, Overdue, DueSoon int
}

// Derive computes the derived values of a ledger.
func Derive(l *model.Ledger, today model.Date) Derived {
	d := Derived{
		Today:    today,
		Progress: model.PlanProgress(l, today),
		Loads:    model.OwnerLoads(l, today),
		Rects:    model.AssessmentRects(l, today),
		Tasks:    len(l.Tasks),
	}
	for i := range l.Tasks {
		switch t := &l.Tasks[i]; {
		case t.Overdue(today):
			d.Overdue++
		case t.DueSoon(today):
			d.DueSoon++
		}
	}
	return d
}

// Lang is the UI language.
func (c *Context) Lang() model.Lang { return c.Tr.Lang() }

// T translates.
func (c *Context) T(key i18n.Key, args ...any) string { return c.Tr.T(key, args...) }

// L picks a label in the UI language.
func (c *Context) L(l model.Label) string { return l.In(c.Tr.Lang()) }

// Component is the contract every view and widget keeps: a tea.Model
// that draws in the size it is given and tells the help bar its keys.
type Component interface {
	tea.Model
	help.KeyMap
	SetSize(width, height int)
}
