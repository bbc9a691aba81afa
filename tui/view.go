package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"secretary/internal/i18n"
	"secretary/internal/width"
	"secretary/tui/common"
)

// header and footer heights.
const (
	headerLines = 2 // title line, tab bar
	footerLines = 2 // status line, help line
)

func (m *Model) tooSmall() bool {
	return m.ctx.Width < MinWidth || m.ctx.Height < MinHeight
}

// resize gives the focused tab the space between header and footer.
func (m *Model) resize() {
	w, h := m.ctx.Width, m.ctx.Height-headerLines-footerLines
	if m.fullHelp {
		h -= lipgloss.Height(m.fullHelpView()) - 1
	}
	if m.settings != nil {
		m.settings.SetSize(w, max(1, h))
	}
	if m.flow != nil {
		m.flow.SetSize(w, max(1, h))
	}
	m.help.Width = w
	for _, v := range m.views {
		v.SetSize(w, max(1, h))
	}
}

// View draws the whole screen.
func (m *Model) View() string {
	if m.ctx.Width == 0 {
		return ""
	}
	if m.tooSmall() {
		msg := m.ctx.T("screen.too_small", MinWidth, MinHeight, m.ctx.Width, m.ctx.Height)
		return lipgloss.Place(m.ctx.Width, m.ctx.Height, lipgloss.Center, lipgloss.Center,
			lipgloss.NewStyle().Width(max(10, m.ctx.Width-2)).Align(lipgloss.Center).Render(msg))
	}
	bodyH := m.ctx.Height - headerLines - footerLines
	var footer string
	if m.fullHelp {
		full := m.fullHelpView()
		bodyH -= lipgloss.Height(full) - 1
		footer = m.statusLine() + "\n" + full
	} else {
		footer = m.statusLine() + "\n" + m.shortHelpView()
	}
	var body string
	switch {
	case m.settings != nil:
		body = fitHeight(m.settings.View(), max(1, bodyH))
	case m.flow != nil:
		body = fitHeight(m.flow.View(), max(1, bodyH))
	default:
		body = fitHeight(m.views[m.active].View(), max(1, bodyH))
	}
	return m.titleLine() + "\n" + m.tabBar() + "\n" + body + "\n" + footer
}

// titleLine is the program's name and the ledger file's name.
func (m *Model) titleLine() string {
	st := m.ctx.Styles
	left := st.AppTitle.Render(m.ctx.T("app.title")) + st.LedgerTag.Render(" · "+m.ledgerName())
	right := ""
	if m.ctx.Store.ReadOnly() {
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
	names := []string{"tab.plans", "tab.owners", "tab.activities", "tab.assessments", "tab.summary"}
	parts := make([]string, len(names))
	for i, n := range names {
		label := fmt.Sprintf("%d %s", i+1, m.ctx.T(i18n.Key(n)))
		if common.TabID(i) == m.active {
			parts[i] = st.ActiveTab.Render(label)
		} else {
			parts[i] = st.Tab.Render(label)
		}
	}
	return lipgloss.NewStyle().MaxWidth(m.ctx.Width).Render(strings.Join(parts, " "))
}

// statusLine shows the last message, or today's headline figures.
func (m *Model) statusLine() string {
	st := m.ctx.Styles
	text, style := m.status, st.StatusInfo
	if m.statusErr {
		style = st.StatusError
		text = "✗ " + text
	}
	if text == "" {
		text = m.headline()
	}
	return style.MaxWidth(m.ctx.Width).Render(text)
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

func (m *Model) bindings() []key.Binding {
	return append(m.views[m.active].ShortHelp(), m.ctx.Keys.Global()...)
}

func (m *Model) shortHelpView() string {
	if m.flow != nil {
		return m.shortHelp(m.flow.ShortHelp())
	}
	if m.settings != nil {
		return m.shortHelp([]key.Binding{
			key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", m.ctx.T("help.save"))),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp(m.ctx.T("key.esc"), m.ctx.T("help.cancel"))),
		})
	}
	if m.views[m.active].InputMode() {
		return m.shortHelp(m.views[m.active].ShortHelp())
	}
	return m.shortHelp(m.bindings())
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

func (m *Model) fullHelpView() string {
	k := m.ctx.Keys
	groups := m.views[m.active].FullHelp()
	groups = append(groups,
		[]key.Binding{k.NextTab, k.PrevTab, k.Tab1, k.Tab5},
		[]key.Binding{k.Undo, k.Redo, k.Export, k.Import, k.Settings},
		[]key.Binding{k.Language, k.Help, k.Quit})
	return m.helpColumns(groups)
}

// helpColumns lays the groups out as columns, as many as fit the width (the
// rest are left out, as a narrow screen must); bubbles' version could run
// past the edge.
func (m *Model) helpColumns(groups [][]key.Binding) string {
	st := m.ctx.Styles
	const gap = "    "
	var cols []string
	used := 0
	for _, g := range groups {
		var keysCol, descCol []string
		for _, b := range g {
			if b.Enabled() {
				keysCol = append(keysCol, st.Help.Bold(true).Render(b.Help().Key))
				descCol = append(descCol, st.Help.Render(b.Help().Desc))
			}
		}
		if len(keysCol) == 0 {
			continue
		}
		col := lipgloss.JoinHorizontal(lipgloss.Top, strings.Join(keysCol, "\n"), " ", strings.Join(descCol, "\n"))
		w := width.Styled(col)
		if len(cols) > 0 {
			w += len(gap)
		}
		if used+w > m.ctx.Width {
			break
		}
		if len(cols) > 0 {
			cols = append(cols, gap)
		}
		cols = append(cols, col)
		used += w
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...)
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
