// Package picker asks which one of a list, found by typing: a person by
// their name's pinyin (zs or zhang finds 张三, zxy finds 曾晓云), with
// every reading of a polyphonic character (see package search). It is an
// overlay; the choice goes back to the component that asked.
package picker

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/pinyin"
	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/search"
)

// Item is one entry: what it is, how it reads, and the key typing is
// matched against.
type Item struct {
	ID    model.ID
	Label string // shown: 张三 · 心理中心
	Hint  string // shown faint: zs zhangsan
	key   string
}

// PickedMsg is the answer, to the component that asked: the item chosen,
// or Cancelled when the user pressed esc.
type PickedMsg struct {
	common.To
	ID        model.ID
	Label     string
	Cancelled bool
}

// Picker is the overlay.
type Picker struct {
	ctx    *common.Context
	id     common.ID
	asker  common.ID
	title  string
	items  []Item
	shown  []int // indices of items passing the filter
	cursor int
	offset int
	filter textinput.Model
	width  int
	height int
}

var _ common.Overlay = (*Picker)(nil)

// New asks the question title over items; the answer goes to asker.
func New(ctx *common.Context, asker common.ID, title string, items []Item) *Picker {
	p := &Picker{ctx: ctx, id: ctx.NewID(), asker: asker, title: title, items: items}
	p.filter = textinput.New()
	p.filter.Prompt = "/ "
	p.filter.Cursor.SetMode(cursor.CursorStatic)
	p.filter.CharLimit = 50
	p.filter.Placeholder = ctx.T("picker.placeholder")
	p.filter.Focus()
	p.refilter()
	return p
}

// People are the ledger's people as items, in pinyin order of their
// names (surnames read as surnames), each with its pinyin hint.
func People(ctx *common.Context) []Item {
	owners := slices.Clone(ctx.Ledger.Owners)
	slices.SortStableFunc(owners, func(a, b model.Owner) int { return pinyin.CompareNames(a.Name, b.Name) })
	items := make([]Item, 0, len(owners))
	for _, o := range owners {
		label := o.Name
		if o.Department != "" {
			label += " · " + o.Department
		}
		items = append(items, Item{ID: o.ID, Label: label, Hint: ctx.Keyer.Hint(o.Name),
			key: ctx.Keyer.RowKey([]string{o.Name, o.Department, o.Title}, []bool{true}, nil)})
	}
	return items
}

// ID is the picker's address.
func (p *Picker) ID() common.ID { return p.id }

// Init does nothing.
func (p *Picker) Init() tea.Cmd { return nil }

// SetSize sets the area.
func (p *Picker) SetSize(w, h int) {
	p.width, p.height = w, h
	p.filter.Width = max(10, w-4)
	p.scroll()
}

// Update types into the filter and moves the choice.
func (p *Picker) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	nav, fl := p.ctx.Keys.Nav, p.ctx.Keys.Flow
	switch {
	case key.Matches(km, fl.Cancel):
		return p, p.answer(PickedMsg{Cancelled: true})
	case key.Matches(km, fl.Accept):
		if p.cursor < len(p.shown) {
			it := p.items[p.shown[p.cursor]]
			return p, p.answer(PickedMsg{ID: it.ID, Label: it.Label})
		}
		return p, nil
	case key.Matches(km, p.ctx.Keys.Files.Up): // arrows only: letters filter
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, p.ctx.Keys.Files.Down):
		p.cursor = min(max(0, len(p.shown)-1), p.cursor+1)
	case key.Matches(km, nav.PageUp) && km.Type != tea.KeyRunes:
		p.cursor = max(0, p.cursor-p.listHeight())
	case key.Matches(km, nav.PageDown) && km.Type != tea.KeyRunes:
		p.cursor = min(max(0, len(p.shown)-1), p.cursor+p.listHeight())
	default:
		var cmd tea.Cmd
		p.filter, cmd = p.filter.Update(km)
		p.refilter()
		return p, cmd
	}
	p.scroll()
	return p, nil
}

// answer closes the picker and tells the asker.
func (p *Picker) answer(m PickedMsg) tea.Cmd {
	m.To = common.To{ID: p.asker}
	return tea.Batch(common.Close(p.id), func() tea.Msg { return m })
}

// refilter keeps the items whose key holds what was typed.
func (p *Picker) refilter() {
	q := search.Query(p.filter.Value())
	p.shown = p.shown[:0]
	for i, it := range p.items {
		if search.Match(it.key, q) {
			p.shown = append(p.shown, i)
		}
	}
	p.cursor = min(p.cursor, max(0, len(p.shown)-1))
	p.scroll()
}

// listHeight is the lines left for items: title, filter and a gap.
func (p *Picker) listHeight() int { return max(1, p.height-4) }

func (p *Picker) scroll() {
	h := p.listHeight()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+h {
		p.offset = p.cursor - h + 1
	}
	p.offset = max(0, min(p.offset, len(p.shown)-h))
}

// View draws the title, the filter and the items that fit.
func (p *Picker) View() string {
	st := p.ctx.Styles
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(p.title) + "\n")
	b.WriteString(p.filter.View() + "\n\n")
	if len(p.shown) == 0 {
		b.WriteString(st.Faint.Render(p.ctx.T("picker.none")))
		return b.String()
	}
	end := min(len(p.shown), p.offset+p.listHeight())
	for i := p.offset; i < end; i++ {
		it := p.items[p.shown[i]]
		line := "  " + it.Label
		if i == p.cursor {
			line = "› " + it.Label
		}
		line = width.Fit(line, max(1, p.width-1))
		if hint := it.Hint; hint != "" && width.Cells(line)+2+width.Cells(hint) <= p.width-1 {
			line += "  " + st.Faint.Render(hint)
		}
		if i == p.cursor {
			line = st.TableSelected.Render(line)
		}
		b.WriteString(line)
		if i < end-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// ShortHelp is choose, move and cancel.
func (p *Picker) ShortHelp() []key.Binding {
	fl := p.ctx.Keys.Flow
	return []key.Binding{fl.Accept, fl.Move, fl.Cancel}
}

// FullHelp is the same.
func (p *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
