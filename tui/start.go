package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/tui/common"
	"secretary/tui/welcome"
)

// startPage opens what greets the user once the first ledger is on
// screen. The rule, shared with the today panel (issue 14): an empty
// ledger (no record, no settings) opens the welcome page and nothing
// else — there is nothing to attend to yet; any other ledger opens the
// today panel. It runs once per start, not after an import or a switch
// to the sample year.
func (m *Model) startPage() tea.Cmd {
	if m.started {
		return nil
	}
	m.started = true
	if welcome.Empty(m.ctx.Ledger) {
		return m.open(welcome.New(m.ctx))
	}
	return m.todayPanel()
}

// tellOverlays gives every overlay a message about the ledger (the
// welcome page closes once a record arrives).
func (m *Model) tellOverlays(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range m.overlays {
		var cmd tea.Cmd
		m.overlays[i], cmd = m.overlays[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// switchLedger carries on with another ledger file (the sample year the
// welcome page wrote): the service open on it replaces the one on screen,
// which is closed. The user's own ledger is untouched, and the next start
// opens it again.
func (m *Model) switchLedger(msg common.SwitchLedgerMsg) tea.Cmd {
	if msg.Err != nil {
		m.setStatus(m.ctx.Tr.Err(msg.Err), true)
		return nil
	}
	old := m.ctx.App
	m.ctx.App = msg.App
	m.ctx.Location = app.Location{Path: msg.App.Path()}
	m.setStatus(m.ctx.T("welcome.sample_opened", m.ledgerName(), old.Path()), false)
	return tea.Batch(m.install(msg.Ledger), func() tea.Msg { old.Close(); return nil })
}
