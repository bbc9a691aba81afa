package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"

	"secretary/internal/i18n"
)

// Huh is huh's default key map with its help in the UI language and
// without the external-editor key (ctrl+e starts $EDITOR, which a school
// laptop rarely has and Windows lacks).
func Huh(tr *i18n.Translator) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	t := tr.T
	set := func(b *key.Binding, keyText, descKey string) { b.SetHelp(keyText, t(i18n.Key(descKey))) }

	km.Quit = key.NewBinding(key.WithKeys("ctrl+c"), key.WithDisabled())

	set(&km.Input.Prev, "shift+tab", "form.key.prev")
	set(&km.Input.Next, "enter", "form.key.next")
	set(&km.Input.Submit, "enter", "form.key.submit")
	set(&km.Input.AcceptSuggestion, "ctrl+e", "form.key.complete")

	set(&km.Text.Prev, "shift+tab", "form.key.prev")
	set(&km.Text.Next, "tab", "form.key.next")
	set(&km.Text.Submit, "enter", "form.key.submit")
	set(&km.Text.NewLine, "enter", "form.key.newline")
	km.Text.NewLine.SetKeys("enter", "alt+enter", "ctrl+j")
	km.Text.Next.SetKeys("tab")
	km.Text.Submit.SetKeys("tab", "ctrl+s")
	km.Text.Submit.SetHelp("tab", t("form.key.submit"))
	km.Text.Editor.SetKeys() // no key starts an external editor

	set(&km.Select.Prev, "shift+tab", "form.key.prev")
	set(&km.Select.Next, "enter", "form.key.choose")
	set(&km.Select.Submit, "enter", "form.key.submit")
	set(&km.Select.Up, "↑", "form.key.up")
	set(&km.Select.Down, "↓", "form.key.down")
	set(&km.Select.Filter, "/", "form.key.filter")
	set(&km.Select.SetFilter, "esc", "form.key.set_filter")
	set(&km.Select.ClearFilter, "esc", "form.key.clear_filter")
	set(&km.Select.HalfPageUp, "ctrl+u", "form.key.half_up")
	set(&km.Select.HalfPageDown, "ctrl+d", "form.key.half_down")
	set(&km.Select.GotoTop, "g/home", "form.key.top")
	set(&km.Select.GotoBottom, "G/end", "form.key.bottom")

	set(&km.MultiSelect.Prev, "shift+tab", "form.key.prev")
	set(&km.MultiSelect.Next, "enter", "form.key.next")
	set(&km.MultiSelect.Submit, "enter", "form.key.submit")
	set(&km.MultiSelect.Toggle, "x", "form.key.toggle")
	set(&km.MultiSelect.Up, "↑", "form.key.up")
	set(&km.MultiSelect.Down, "↓", "form.key.down")
	set(&km.MultiSelect.Filter, "/", "form.key.filter")
	set(&km.MultiSelect.SetFilter, "esc", "form.key.set_filter")
	set(&km.MultiSelect.ClearFilter, "esc", "form.key.clear_filter")
	set(&km.MultiSelect.SelectAll, "ctrl+a", "form.key.select_all")
	set(&km.MultiSelect.SelectNone, "ctrl+a", "form.key.select_none")

	set(&km.Confirm.Prev, "shift+tab", "form.key.prev")
	set(&km.Confirm.Next, "enter", "form.key.next")
	set(&km.Confirm.Submit, "enter", "form.key.submit")
	set(&km.Confirm.Toggle, "←/→", "form.key.toggle")
	set(&km.Confirm.Accept, "y", "form.key.yes")
	set(&km.Confirm.Reject, "n", "form.key.no")

	set(&km.Note.Prev, "shift+tab", "form.key.prev")
	set(&km.Note.Next, "enter", "form.key.next")
	set(&km.Note.Submit, "enter", "form.key.submit")
	return km
}
