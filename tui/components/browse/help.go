package browse

import "github.com/charmbracelet/bubbles/key"

// ShortHelp lists the keys that work in the current mode.
func (b *Browser) ShortHelp() []key.Binding {
	k := b.ctx.Keys
	switch b.mode {
	case modeForm:
		// The form shows its own field keys; these are the form's.
		return []key.Binding{
			key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", b.ctx.T("help.save"))),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp(b.ctx.T("key.esc"), b.ctx.T("help.cancel"))),
			key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab/enter", b.ctx.T("form.key.next"))),
			key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", b.ctx.T("form.key.prev"))),
		}
	case modeFilter:
		return []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp(b.ctx.T("key.enter"), b.ctx.T("help.keep_filter"))),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp(b.ctx.T("key.esc"), b.ctx.T("help.clear_filter"))),
		}
	case modeConfirm:
		return []key.Binding{k.Confirm, k.Cancel}
	case modeDetail:
		return []key.Binding{k.Up, k.Down, k.Edit, k.History, k.Back}
	case modeHistory:
		return []key.Binding{k.Up, k.Down, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Edit, k.Delete, k.Filter, k.Quick, k.Sort, k.History}
}

// FullHelp lists every key of the table screen, in columns.
func (b *Browser) FullHelp() [][]key.Binding {
	k := b.ctx.Keys
	if b.mode != modeList {
		return [][]key.Binding{b.ShortHelp()}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Back, k.New, k.Edit, k.Delete, k.History},
		{k.Filter, k.Quick, k.Sort, k.SortReverse},
	}
}
