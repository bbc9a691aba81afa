package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"

	"secretary/internal/i18n"
)

// Huh is huh's default key map with every help text in the UI language
// (huh's own are English: "← left • → right") and without the
// external-editor key (ctrl+e starts $EDITOR, which a school laptop
// rarely has and Windows lacks). Every binding huh has is set here, the
// unused ones too, so none can show an English word.
func Huh(tr *i18n.Translator) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	t := tr.T
	set := func(b *key.Binding, keyText, descKey string) { b.SetHelp(keyText, t(i18n.Key(descKey))) }

	km.Quit = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t("help.quit")), key.WithDisabled())

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
	km.Text.Editor.SetHelp("", "")

	set(&km.Select.Prev, "shift+tab", "form.key.prev")
	set(&km.Select.Next, "enter", "form.key.choose")
	set(&km.Select.Submit, "enter", "form.key.submit")
	set(&km.Select.Up, "↑", "form.key.up")
	set(&km.Select.Down, "↓", "form.key.down")
	set(&km.Select.Left, "←", "form.key.left")
	set(&km.Select.Right, "→", "form.key.right")
	set(&km.Select.Filter, "/", "form.key.filter")
	set(&km.Select.SetFilter, "esc", "form.key.set_filter")
	set(&km.Select.ClearFilter, "esc", "form.key.clear_filter")
	// huh pages a list with ctrl+u/ctrl+d; ctrl+u clears a field in every
	// form of ours (the help line says so), and on a list it must not
	// quietly move the choice instead: the pages are pgup/pgdn.
	km.Select.HalfPageUp.SetKeys("pgup")
	km.Select.HalfPageDown.SetKeys("pgdown")
	set(&km.Select.HalfPageUp, "pgup", "form.key.half_up")
	set(&km.Select.HalfPageDown, "pgdn", "form.key.half_down")
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

	fp := &km.FilePicker
	set(&fp.GotoTop, "g", "form.key.top")
	set(&fp.GotoBottom, "G", "form.key.bottom")
	set(&fp.PageUp, "pgup", "help.page_up")
	set(&fp.PageDown, "pgdown", "help.page_down")
	set(&fp.Back, "←", "form.key.folder_up")
	set(&fp.Select, "enter", "form.key.choose")
	set(&fp.Up, "↑", "form.key.up")
	set(&fp.Down, "↓", "form.key.down")
	set(&fp.Open, "enter", "form.key.open")
	set(&fp.Close, "esc", "form.key.close")
	set(&fp.Prev, "shift+tab", "form.key.prev")
	set(&fp.Next, "tab", "form.key.next")
	set(&fp.Submit, "enter", "form.key.submit")
	return km
}
