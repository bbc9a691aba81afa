// Package keys holds the key map: every binding the program answers to,
// as a struct of key.Binding, so help is generated from it and no code
// switches on raw key strings.
package keys

import (
	"github.com/charmbracelet/bubbles/key"

	"secretary/internal/i18n"
)

// KeyMap is every binding. Help texts are set in the UI language by New.
type KeyMap struct {
	NextTab, PrevTab key.Binding
	Tab1, Tab2, Tab3 key.Binding
	Tab4, Tab5       key.Binding

	Up, Down, Top, Bottom, PageUp, PageDown key.Binding

	Open, Back        key.Binding
	New, Edit, Delete key.Binding
	Filter, Quick     key.Binding
	Sort, SortReverse key.Binding
	Undo, Redo        key.Binding
	Language, Help    key.Binding
	Quit, ForceQuit   key.Binding

	// Tab-specific actions. Each view lists the ones it uses in its help.
	AddTask    key.Binding // t on a plan
	ToggleView key.Binding // o: tasks / people
	History    key.Binding // H
	Settings   key.Binding // ,
	Export     key.Binding // x
	Import     key.Binding // i

	Confirm, Cancel key.Binding
}

// New builds the key map with help in the translator's language.
func New(tr *i18n.Translator) *KeyMap {
	b := func(keysList []string, helpKey, descKey i18n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keysList...), key.WithHelp(tr.T(helpKey), tr.T(descKey)))
	}
	return &KeyMap{
		NextTab: b([]string{"tab"}, "key.tab", "help.next_tab"),
		PrevTab: b([]string{"shift+tab"}, "key.shift_tab", "help.prev_tab"),
		Tab1:    b([]string{"1"}, "key.1", "help.tab1"),
		Tab2:    b([]string{"2"}, "key.2", "help.tab2"),
		Tab3:    b([]string{"3"}, "key.3", "help.tab3"),
		Tab4:    b([]string{"4"}, "key.4", "help.tab4"),
		Tab5:    b([]string{"5"}, "key.5", "help.tab5"),

		Up:       b([]string{"k", "up"}, "key.up", "help.up"),
		Down:     b([]string{"j", "down"}, "key.down", "help.down"),
		Top:      b([]string{"g", "home"}, "key.g", "help.top"),
		Bottom:   b([]string{"G", "end"}, "key.G", "help.bottom"),
		PageUp:   b([]string{"pgup", "ctrl+b"}, "key.pgup", "help.page_up"),
		PageDown: b([]string{"pgdown", "ctrl+f"}, "key.pgdn", "help.page_down"),

		Open:   b([]string{"enter"}, "key.enter", "help.open"),
		Back:   b([]string{"esc"}, "key.esc", "help.back"),
		New:    b([]string{"n"}, "key.n", "help.new"),
		Edit:   b([]string{"e"}, "key.e", "help.edit"),
		Delete: b([]string{"d"}, "key.d", "help.delete"),

		Filter:      b([]string{"/"}, "key.slash", "help.filter"),
		Quick:       b([]string{"f"}, "key.f", "help.quick"),
		Sort:        b([]string{"s"}, "key.s", "help.sort"),
		SortReverse: b([]string{"S"}, "key.S", "help.sort_reverse"),
		Undo:        b([]string{"u"}, "key.u", "help.undo"),
		Redo:        b([]string{"ctrl+r"}, "key.ctrl_r", "help.redo"),
		Language:    b([]string{"L"}, "key.L", "help.language"),
		Help:        b([]string{"?"}, "key.question", "help.help"),
		Quit:        b([]string{"q"}, "key.q", "help.quit"),
		ForceQuit:   b([]string{"ctrl+c"}, "key.ctrl_c", "help.quit"),

		AddTask:    b([]string{"t"}, "key.t", "help.add_task"),
		ToggleView: b([]string{"o"}, "key.o", "help.toggle_view"),
		History:    b([]string{"H"}, "key.H", "help.history"),
		Settings:   b([]string{","}, "key.comma", "help.settings"),
		Export:     b([]string{"x"}, "key.x", "help.export"),
		Import:     b([]string{"i"}, "key.i", "help.import_file"),

		Confirm: b([]string{"y", "enter"}, "key.y", "help.confirm"),
		Cancel:  b([]string{"n", "esc"}, "key.n_esc", "help.cancel"),
	}
}

// Global is the help every screen shares.
func (k *KeyMap) Global() []key.Binding {
	return []key.Binding{k.NextTab, k.Undo, k.Redo, k.Language, k.Help, k.Quit}
}
