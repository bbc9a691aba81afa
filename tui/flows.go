package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"secretary/tui/transfer"
)

// startExport opens the export flow (x) for the tab on screen.
func (m *Model) startExport() tea.Cmd {
	return m.open(transfer.NewExport(m.ctx, m.tabs[m.active].Showing()))
}

// startImport opens the import flow (i); a read-only ledger refuses it
// at once rather than after the file was read.
func (m *Model) startImport() tea.Cmd {
	if m.ctx.App.CanWrite() != nil {
		m.setStatus(m.ctx.T("status.read_only"), true)
		return nil
	}
	return m.open(transfer.NewImport(m.ctx))
}
