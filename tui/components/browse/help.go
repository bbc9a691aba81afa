package browse

import "github.com/charmbracelet/bubbles/key"

// ShortHelp lists the keys that work in the current mode.
func (b *Browser) ShortHelp() []key.Binding {
	nav, k := b.ctx.Keys.Nav, b.ctx.Keys.Browse
	switch b.mode {
	case modeFilter:
		f := b.ctx.Keys.Filter
		return []key.Binding{f.Keep, f.Clear}
	case modeDetail:
		return []key.Binding{nav.Up, nav.Down, k.Edit, k.History, k.Back}
	}
	return []key.Binding{nav.Up, nav.Down, k.Open, k.New, k.Edit, k.Delete, k.Filter, k.Quick, k.Sort, k.History}
}

// FullHelp lists every key of the table screen, in columns.
func (b *Browser) FullHelp() [][]key.Binding {
	if b.mode != modeList {
		return [][]key.Binding{b.ShortHelp()}
	}
	k := b.ctx.Keys.Browse
	view := []key.Binding{k.Filter, k.Quick, k.Sort, k.SortReverse}
	if b.printable() {
		view = append(view, k.Print)
	}
	out := [][]key.Binding{
		b.ctx.Keys.Nav.Bindings(),
		{k.Open, k.Back, k.New, k.Edit, k.Delete, k.History},
		view,
	}
	var ev []key.Binding
	if b.attachable() {
		ev = append(ev, b.ctx.Keys.Evidence.Attach)
	}
	if b.linkable() {
		ev = append(ev, b.ctx.Keys.Evidence.Link)
	}
	if len(ev) > 0 {
		out = append(out, ev)
	}
	return out
}
