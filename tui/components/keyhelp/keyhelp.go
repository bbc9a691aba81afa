// Package keyhelp is the help page (?): every key that works where the
// user is, generated from the key maps, in as many columns as the width
// holds and as many rows of columns as it takes. Taller than the screen,
// it scrolls, so at 80×24 every key is still there to read.
package keyhelp

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/internal/width"
	"secretary/tui/common"
)

// Page is the overlay.
type Page struct {
	ctx    *common.Context
	id     common.ID
	groups [][]key.Binding
	vp     viewport.Model
}

var _ common.Overlay = (*Page)(nil)

// New shows the groups of keys.
func New(ctx *common.Context, groups [][]key.Binding) *Page {
	return &Page{ctx: ctx, id: ctx.NewID(), groups: groups, vp: viewport.New(0, 0)}
}

// ID is the overlay's address.
func (p *Page) ID() common.ID { return p.id }

// Init does nothing.
func (p *Page) Init() tea.Cmd { return nil }

// SetSize lays the keys out for the width.
func (p *Page) SetSize(w, h int) {
	p.vp.Width, p.vp.Height = w, max(1, h)
	p.vp.SetContent(Layout(p.ctx, p.groups, w))
}

// Update scrolls; ?, esc or q closes.
func (p *Page) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	if key.Matches(km, p.ctx.Keys.Pager.Close) || key.Matches(km, p.ctx.Keys.Global.Help) {
		return p, common.Close(p.id)
	}
	p.ctx.Scroll(&p.vp, km)
	return p, nil
}

// View draws the page.
func (p *Page) View() string { return p.vp.View() }

// ShortHelp is scrolling and closing.
func (p *Page) ShortHelp() []key.Binding {
	n := p.ctx.Keys.Nav
	return []key.Binding{n.Up, n.Down, n.PageDown, p.ctx.Keys.Pager.Close}
}

// FullHelp is the same.
func (p *Page) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// Layout lays groups out as columns of "key action" lines side by side,
// starting a new row of columns when the next would pass the width: no
// key is left out, however narrow the screen.
func Layout(ctx *common.Context, groups [][]key.Binding, w int) string {
	st := ctx.Styles
	const gap = "    "
	var rows, cols []string
	used := 0
	flush := func() {
		if len(cols) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, cols...))
		}
		cols, used = nil, 0
	}
	for _, g := range groups {
		var keysCol, descCol []string
		for _, b := range g {
			if b.Enabled() && b.Help().Key != "" {
				keysCol = append(keysCol, st.Help.Bold(true).Render(b.Help().Key))
				descCol = append(descCol, st.Help.Render(b.Help().Desc))
			}
		}
		if len(keysCol) == 0 {
			continue
		}
		col := lipgloss.JoinHorizontal(lipgloss.Top, strings.Join(keysCol, "\n"), " ", strings.Join(descCol, "\n"))
		cw := width.Styled(col)
		if len(cols) > 0 && used+len(gap)+cw > w {
			flush()
		}
		if len(cols) > 0 {
			cols = append(cols, gap)
			used += len(gap)
		}
		cols = append(cols, col)
		used += cw
	}
	flush()
	return strings.Join(rows, "\n\n")
}
