package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"secretary/internal/width"
	"secretary/tui/common"
	"secretary/tui/components/keyhelp"
)

// header and footer heights.
const (
	headerLines = 2 // title line, tab bar
	helpLines   = 1 // the help line; the status above it takes one or two (see status.go)
)

func (m *Model) tooSmall() bool {
	return m.ctx.Width < MinWidth || m.ctx.Height < MinHeight
}

// bodySize is the area between the header and the footer.
func (m *Model) bodySize() (int, int) {
	return m.ctx.Width, max(1, m.ctx.Height-headerLines-helpLines-m.statusLines)
}

// resize gives every tab and overlay the body's size (size flows down).
func (m *Model) resize() {
	w, h := m.bodySize()
	for _, o := range m.overlays {
		o.SetSize(w, h)
	}
	for _, t := range m.tabs {
		t.SetSize(w, h)
	}
}

// View draws the whole screen. It only reads.
func (m *Model) View() string {
	if m.ctx.Width == 0 {
		return ""
	}
	if m.tooSmall() {
		msg := m.ctx.T("screen.too_small", MinWidth, MinHeight, m.ctx.Width, m.ctx.Height)
		return lipgloss.Place(m.ctx.Width, m.ctx.Height, lipgloss.Center, lipgloss.Center,
			lipgloss.NewStyle().Width(max(10, m.ctx.Width-2)).Align(lipgloss.Center).Render(msg))
	}
	_, bodyH := m.bodySize()
	var body string
	if o := m.Overlay(); o != nil {
		body = o.View()
	} else {
		body = m.tabs[m.active].View()
	}
	return m.titleLine() + "\n" + m.tabBar() + "\n" + fitHeight(body, bodyH) + "\n" +
		m.statusLine() + "\n" + m.shortHelp(m.bindings())
}

// titleLine is the program's name and the ledger file's name.
func (m *Model) titleLine() string {
	st := m.ctx.Styles
	left := st.AppTitle.Render(m.ctx.T("app.title")) + st.LedgerTag.Render(" · "+m.ledgerName())
	right := ""
	if m.ctx.App.ReadOnly() {
		right = st.ReadOnly.Render(m.ctx.T("app.read_only"))
	}
	gap := m.ctx.Width - width.Styled(left) - width.Styled(right)
	if gap < 1 {
		return lipgloss.NewStyle().MaxWidth(m.ctx.Width).Render(left + " " + right)
	}
	return left + strings.Repeat(" ", gap) + right
}

// tabBar shows every tab with its number; the focused one stands out.
func (m *Model) tabBar() string {
	st := m.ctx.Styles
	names := tabNames()
	parts := make([]string, len(names))
	for i, n := range names {
		label := fmt.Sprintf("%d %s", i+1, m.ctx.T(n))
		if common.TabID(i) == m.active {
			parts[i] = st.ActiveTab.Render(label)
		} else {
			parts[i] = st.Tab.Render(label)
		}
	}
	return lipgloss.NewStyle().MaxWidth(m.ctx.Width).Render(strings.Join(parts, " "))
}

// statusLine shows the last message, or today's headline figures, on
// the lines statusLayout gave it.
func (m *Model) statusLine() string {
	st := m.ctx.Styles
	style := st.StatusInfo
	if m.statusErr {
		style = st.StatusError
	}
	lines := m.statusWrapped()
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// headline is the default status: today and what needs attention.
func (m *Model) headline() string {
	if !m.loaded {
		if m.loadErr != nil {
			return m.ctx.Tr.Err(m.loadErr)
		}
		return m.ctx.T("status.loading")
	}
	d := m.ctx.Derived
	return m.ctx.T("status.headline", d.Today.String(), d.Tasks, d.Overdue, d.DueSoon)
}

// bindings are the help line's keys: the top overlay's alone, the tab's
// alone while it takes typed input, else the tab's and the program's.
func (m *Model) bindings() []key.Binding {
	if o := m.Overlay(); o != nil {
		return o.ShortHelp()
	}
	tab := m.tabs[m.active]
	if tab.InputMode() {
		return tab.ShortHelp()
	}
	taken := keysOf(tab.FullHelp())
	return append(tab.ShortHelp(), unshadowed(m.ctx.Keys.Global.ShortHelp(), taken)...)
}

// helpGroups are every key that works on the focused tab, and the
// program's own, for the help page (?).
func (m *Model) helpGroups() [][]key.Binding {
	tab := m.tabs[m.active].FullHelp()
	taken := keysOf(tab)
	out := tab
	for _, g := range m.ctx.Keys.Global.FullHelp() {
		if g = unshadowed(g, taken); len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// keysOf is every key the groups' bindings answer to.
func keysOf(groups [][]key.Binding) map[string]bool {
	taken := map[string]bool{}
	for _, g := range groups {
		for _, b := range g {
			for _, k := range b.Keys() {
				taken[k] = true
			}
		}
	}
	return taken
}

// unshadowed leaves out the program's bindings whose key the tab takes
// for its own (the tab's keys win, see update): on the rectifications x
// closes one, so the help there must not also say "x export".
func unshadowed(program []key.Binding, taken map[string]bool) []key.Binding {
	var out []key.Binding
	for _, b := range program {
		shadowed := false
		for _, k := range b.Keys() {
			shadowed = shadowed || taken[k]
		}
		if !shadowed {
			out = append(out, b)
		}
	}
	return out
}

// shortHelp is one line of "key action" items that fits the width, ending
// in … when some are left out (? shows them all). bubbles' help line can
// overflow by an item when the ellipsis lands exactly on the edge, which
// would wrap the footer.
func (m *Model) shortHelp(bindings []key.Binding) string {
	st := m.ctx.Styles
	sep := st.Help.Render(" · ")
	more := st.Help.Render(" …")
	var b strings.Builder
	used := 0
	for i, kb := range bindings {
		if !kb.Enabled() {
			continue
		}
		item := st.Help.Bold(true).Render(kb.Help().Key) + " " + st.Help.Render(kb.Help().Desc)
		if used > 0 {
			item = sep + item
		}
		w := width.Styled(item)
		rest := 0
		if i < len(bindings)-1 {
			rest = width.Styled(more)
		}
		if used+w+rest > m.ctx.Width {
			if used+width.Styled(more) <= m.ctx.Width {
				b.WriteString(more)
			}
			break
		}
		b.WriteString(item)
		used += w
	}
	return b.String()
}

// fitHeight pads or cuts text to exactly h lines, so the footer stays on
// the last lines whatever a tab draws. Tabs keep to their width
// themselves; measuring every line's width again here cost more than the
// rest of a frame.
func fitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// newHelpPage is the help page over the screen.
func newHelpPage(ctx *common.Context, groups [][]key.Binding) common.Overlay {
	return keyhelp.New(ctx, groups)
}
