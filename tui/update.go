package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/termsafe"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/today"
	"secretary/tui/forms"
	"secretary/tui/keys"
)

// Update routes messages. Keys go to the top overlay, else to the
// focused tab unless they are the program's own. A result goes to the
// component that asked for it, wherever it is; a result that changed the
// ledger first patches the ledger and tells every tab. Anything else (a
// form's or a cursor's own messages) goes to whatever has the focus.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// The status may change with any message (a new one, the headline's
	// counts) and take another line: lay it out once the message is done.
	defer m.statusLayout()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = msg.Width, msg.Height
		m.statusLayout()
		m.resize()
		return m, nil
	case tea.KeyMsg:
		return m, tea.Batch(m.key(msg), m.watchNow())
	case watchMsg:
		return m, m.watched(msg)
	case common.LedgerLoadedMsg:
		return m, m.loadedLedger(msg)
	case common.SwitchLedgerMsg:
		return m, m.switchLedger(msg)
	case common.OpenMsg:
		return m, m.open(msg.Overlay)
	case common.CloseMsg:
		return m, m.close(msg.ID)
	case common.StatusMsg:
		m.setStatus(msg.Text, msg.Error)
		return m, nil
	case common.ShowRecordMsg:
		return m, m.showRecord(msg)
	case common.PrintListMsg:
		return m, m.startPrintList(msg)
	case common.ShowSlipMsg, common.ShowMinutesMsg:
		cmd := m.switchTab(common.TabSummary)
		return m, tea.Batch(cmd, m.toTab(common.TabSummary, msg))
	}
	var cmds []tea.Cmd
	if w, ok := msg.(common.Wrote); ok {
		cmds = append(cmds, m.wrote(w))
	}
	switch {
	case common.For(msg, m.id):
		cmds = append(cmds, m.own(msg))
	case isAddressed(msg):
		cmds = append(cmds, m.deliver(msg))
	default:
		cmds = append(cmds, m.toFocus(msg))
	}
	return m, tea.Batch(cmds...)
}

func isAddressed(msg tea.Msg) bool { _, ok := msg.(common.Addressed); return ok }

// key handles a key press.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	g := m.ctx.Keys.Global
	if key.Matches(msg, g.ForceQuit) {
		return tea.Quit
	}
	if m.tooSmall() {
		if key.Matches(msg, g.Quit) {
			return tea.Quit
		}
		return nil
	}
	// A new action starts: the last one's message goes (its result, if
	// any, sets a new one).
	m.setStatus("", false)
	if len(m.overlays) > 0 {
		return m.toFocus(msg)
	}
	tab := m.tabs[m.active]
	if tab.InputMode() || matchesAny(msg, tab.FullHelp()) {
		// The tab's own keys win over the program's: x closes a
		// rectification in that list and exports everywhere else.
		return m.toTab(m.active, msg)
	}
	if i := g.Tab(msg); i >= 0 && i < int(common.TabCount) {
		return m.switchTab(common.TabID(i))
	}
	switch {
	case key.Matches(msg, g.Quit):
		return tea.Quit
	case key.Matches(msg, g.Export):
		return m.startExport()
	case key.Matches(msg, g.Import):
		return m.startImport()
	case key.Matches(msg, g.NextTab):
		return m.switchTab((m.active + 1) % common.TabCount)
	case key.Matches(msg, g.PrevTab):
		return m.switchTab((m.active + common.TabCount - 1) % common.TabCount)
	case key.Matches(msg, g.Undo):
		return m.step(common.UndoCmd)
	case key.Matches(msg, g.Redo):
		return m.step(common.RedoCmd)
	case key.Matches(msg, g.Language):
		return m.switchLanguage()
	case key.Matches(msg, g.Help):
		return m.open(newHelpPage(m.ctx, m.helpGroups()))
	case key.Matches(msg, g.Settings):
		return m.openSettings()
	case key.Matches(msg, g.Today):
		return m.open(today.New(m.ctx, model.AttentionOf(m.ctx.Ledger, m.ctx.Today())))
	}
	return m.toTab(m.active, msg)
}

// matchesAny reports whether a key is one of the bindings.
func matchesAny(msg tea.KeyMsg, groups [][]key.Binding) bool {
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() && key.Matches(msg, b) {
				return true
			}
		}
	}
	return false
}

// toTab gives a message to one tab.
func (m *Model) toTab(t common.TabID, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.tabs[t], cmd = m.tabs[t].Update(msg)
	return cmd
}

// toFocus gives a message to the top overlay, or else the focused tab.
func (m *Model) toFocus(msg tea.Msg) tea.Cmd {
	if n := len(m.overlays); n > 0 {
		var cmd tea.Cmd
		m.overlays[n-1], cmd = m.overlays[n-1].Update(msg)
		return cmd
	}
	return m.toTab(m.active, msg)
}

// deliver gives an addressed message to every overlay and tab; each
// takes what is addressed to it (or to one of its parts) and ignores the
// rest, so a result reaches a tab that is not on screen.
func (m *Model) deliver(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range m.overlays {
		var cmd tea.Cmd
		m.overlays[i], cmd = m.overlays[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(append(cmds, m.broadcast(msg))...)
}

// broadcast gives a message to every tab.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.tabs))
	for t := range m.tabs {
		cmds = append(cmds, m.toTab(common.TabID(t), msg))
	}
	return tea.Batch(cmds...)
}

// wrote patches the ledger with a write's result and tells every tab,
// then shows what was done. A failed write changed nothing; its
// recipient says why.
func (m *Model) wrote(w common.Wrote) tea.Cmd {
	res, err := w.Written()
	if err != nil {
		return nil
	}
	if res.Empty() {
		m.setStatus(m.ctx.T("status.unchanged"), false)
		return nil
	}
	m.setStatus(m.ctx.Tr.Msg(res.Entry.Describe()), false)
	res.Apply(m.ctx.Ledger)
	m.ctx.Derived.Update(m.ctx.Ledger, &res, m.ctx.Today())
	changed := common.LedgerChangedMsg{Result: &res}
	return tea.Batch(m.broadcast(changed), m.toTab(m.active, common.ShownMsg{}), m.tellOverlays(changed))
}

// own handles the results of the root's own work: undo, redo and the
// settings form.
func (m *Model) own(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Err != nil {
			m.setStatus(m.ctx.Tr.Err(msg.Err), true)
		}
	case forms.SavedMsg:
		m.setStatus(m.ctx.T("status.settings_saved"), false)
	}
	return nil
}

// refuseWrite says on the status line, at once, that the ledger is
// read-only when it is (common.Context.ReadOnly is the policy), and
// reports whether it did.
func (m *Model) refuseWrite() bool {
	s, ro := m.ctx.ReadOnly()
	if ro {
		m.setStatus(s.Text, s.Error)
	}
	return ro
}

// step undoes or redoes; the answer comes back to the root.
func (m *Model) step(cmd func(*app.Service, common.ID) tea.Cmd) tea.Cmd {
	if m.refuseWrite() {
		return nil
	}
	return cmd(m.ctx.App, m.id)
}

// showRecord moves to the first tab that lists the record's kind and
// lets it put the cursor on the record.
func (m *Model) showRecord(msg common.ShowRecordMsg) tea.Cmd {
	for t, tab := range m.tabs {
		if slices.Contains(tab.Lists(), msg.Entity) {
			cmd := m.switchTab(common.TabID(t))
			return tea.Batch(cmd, m.toTab(common.TabID(t), msg))
		}
	}
	return nil
}

// switchTab focuses a tab; rows it left stale while hidden are rebuilt.
func (m *Model) switchTab(t common.TabID) tea.Cmd {
	m.active = t
	return m.toTab(t, common.ShownMsg{})
}

// switchLanguage flips zh/en everywhere at once.
func (m *Model) switchLanguage() tea.Cmd {
	m.ctx.Tr = m.ctx.Tr.Other()
	m.ctx.Keys = keys.New(m.ctx.Tr, helpNames())
	m.setStatus(m.ctx.T("status.language"), false)
	cmd := m.deliver(common.LanguageMsg{})
	m.resize()
	lang := string(m.ctx.Lang())
	remember := m.ctx.Remember(func(p *app.Prefs) { p.Lang = lang })
	return tea.Batch(cmd, m.toTab(m.active, common.ShownMsg{}), remember)
}

// loadedLedger installs a freshly read ledger and tells every tab.
func (m *Model) loadedLedger(msg common.LedgerLoadedMsg) tea.Cmd {
	m.reloading = false
	if msg.Err != nil {
		m.loadErr = msg.Err
		m.setStatus(m.ctx.Tr.Err(msg.Err), true)
		return nil
	}
	return m.install(msg.Ledger)
}

// install makes a ledger the one on screen.
func (m *Model) install(l *model.Ledger) tea.Cmd {
	m.loaded, m.loadErr = true, nil
	m.ctx.Ledger = l
	m.ctx.Derived = common.Derive(l, m.ctx.Today())
	return tea.Batch(m.broadcast(common.LedgerChangedMsg{}), m.toTab(m.active, common.ShownMsg{}),
		m.tellOverlays(common.LedgerChangedMsg{}), m.startPage())
}

// todayPanel opens the today panel once, over the first screen, when
// anything needs attention and the settings do not turn it off.
func (m *Model) todayPanel() tea.Cmd {
	if !m.todayAtStart {
		return nil
	}
	m.todayAtStart = false
	if m.ctx.Ledger.Settings.NoTodayPanel {
		return nil
	}
	att := model.AttentionOf(m.ctx.Ledger, m.ctx.Derived.Today)
	if att.Empty() {
		return nil
	}
	return m.open(today.New(m.ctx, att))
}

func (m *Model) setStatus(text string, isErr bool) {
	m.status, m.statusErr = termsafe.Line(text), isErr
	m.statusLayout()
}

// open shows an overlay on top.
func (m *Model) open(o common.Overlay) tea.Cmd {
	m.overlays = append(m.overlays, o)
	m.resize()
	return o.Init()
}

// close takes an overlay away (and any opened over it).
func (m *Model) close(id common.ID) tea.Cmd {
	for i, o := range m.overlays {
		if o.ID() == id {
			m.overlays = m.overlays[:i]
			break
		}
	}
	m.resize()
	return nil
}

// openSettings opens the settings form over the current tab.
func (m *Model) openSettings() tea.Cmd {
	if m.refuseWrite() {
		return nil
	}
	return m.open(forms.NewHost(m.ctx, m.id, forms.NewSettingsDraft(m.ctx.Ledger.Settings), model.ActSettings))
}
