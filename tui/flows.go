package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/transfer"
)

// startExport opens the export flow (x) for the tab on screen.
func (m *Model) startExport() tea.Cmd {
	return m.open(transfer.NewExport(m.ctx, m.tabs[m.active].Showing()))
}

// startImport opens the import flow (i); a read-only ledger refuses it
// at once rather than after the file was read.
func (m *Model) startImport() tea.Cmd {
	if m.refuseWrite() {
		return nil
	}
	return m.open(transfer.NewImport(m.ctx))
}

// startPrintList opens the print flow (P) for a list as filtered on
// screen. The list's records are copied out of the ledger here, on the UI
// goroutine, so the PDF can be made off it while the screen goes on.
func (m *Model) startPrintList(msg common.PrintListMsg) tea.Cmd {
	kind, ok := summary.ListOf(msg.Entity)
	if !ok {
		m.setStatus(m.ctx.T(summary.MsgNoList), true)
		return nil
	}
	list, err := summary.BuildList(m.ctx.Ledger, kind, summary.ListOptions{IDs: msg.IDs, Filter: msg.Filter}, m.ctx.Today())
	if err != nil {
		m.setStatus(m.ctx.Tr.Err(err), true)
		return nil
	}
	return m.open(transfer.NewPrintList(m.ctx, list))
}
