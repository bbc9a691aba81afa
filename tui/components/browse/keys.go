package browse

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
)

// updateList handles keys on the table.
func (b *Browser) updateList(msg tea.KeyMsg) tea.Cmd {
	nav, k := b.ctx.Keys.Nav, b.ctx.Keys.Browse
	switch {
	case key.Matches(msg, nav.Up):
		b.tbl.MoveUp(1)
	case key.Matches(msg, nav.Down):
		b.tbl.MoveDown(1)
	case key.Matches(msg, nav.Top):
		b.tbl.Top()
	case key.Matches(msg, nav.Bottom):
		b.tbl.Bottom()
	case key.Matches(msg, nav.PageUp):
		b.tbl.PageUp()
	case key.Matches(msg, nav.PageDown):
		b.tbl.PageDown()
	case key.Matches(msg, k.Open):
		if b.tbl.SelectedID() != 0 {
			b.mode = modeDetail
			b.layout()
		}
	case key.Matches(msg, k.Back):
		if b.tbl.Filter() != "" || b.quickIdx != 0 {
			b.clearFilters()
			b.layout()
		}
	case key.Matches(msg, k.Filter):
		b.mode = modeFilter
		b.filter.SetValue(b.tbl.Filter())
		b.filter.CursorEnd()
		b.layout()
		return b.filter.Focus()
	case key.Matches(msg, k.Quick):
		return b.cycleQuick()
	case key.Matches(msg, k.Sort):
		b.tbl.CycleSort()
		return b.sortStatus()
	case key.Matches(msg, k.SortReverse):
		b.tbl.ReverseSort()
		return b.sortStatus()
	case key.Matches(msg, k.New):
		if d := b.src.NewDraft(b.ctx); d != nil {
			return b.OpenForm(d, model.ActCreate)
		}
	case key.Matches(msg, k.Edit):
		if id := b.tbl.SelectedID(); id != 0 {
			if d := b.src.EditDraft(b.ctx, id); d != nil {
				return b.OpenForm(d, model.ActUpdate)
			}
		}
	case key.Matches(msg, k.History):
		if id := b.tbl.SelectedID(); id != 0 {
			return b.showHistory(id)
		}
	case key.Matches(msg, k.Delete):
		if id := b.tbl.SelectedID(); id != 0 {
			return b.askDelete(id)
		}
	case key.Matches(msg, k.Print) && !b.printKeyLeft:
		return b.printList()
	case key.Matches(msg, b.ctx.Keys.Evidence.Attach) && b.attachable():
		if id := b.tbl.SelectedID(); id != 0 {
			return b.attach(id)
		}
	case key.Matches(msg, b.ctx.Keys.Evidence.Link) && b.linkable():
		if id := b.tbl.SelectedID(); id != 0 {
			return b.link(id)
		}
	default:
		return nil
	}
	b.refreshDetail()
	return nil
}

// updateDetail scrolls the focused detail; esc returns to the table.
func (b *Browser) updateDetail(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys.Browse
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Open):
		b.mode = modeList
		b.layout()
	case b.ctx.Scroll(&b.detail, msg):
	case key.Matches(msg, k.Edit), key.Matches(msg, k.History):
		b.mode = modeList
		b.layout()
		return b.updateList(msg)
	}
	return nil
}

// updateFilter types into the filter; the table narrows as you type.
func (b *Browser) updateFilter(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys.Filter
	switch {
	case key.Matches(msg, k.Clear):
		b.filter.SetValue("")
		b.tbl.SetFilter("")
		b.mode = modeList
		b.filter.Blur()
		b.layout()
		return nil
	case key.Matches(msg, k.Keep):
		b.mode = modeList
		b.filter.Blur()
		b.layout()
		return nil
	}
	var cmd tea.Cmd
	b.filter, cmd = b.filter.Update(msg)
	b.tbl.SetFilter(b.filter.Value())
	b.refreshDetail()
	return cmd
}
