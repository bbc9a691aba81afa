package tui_test

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/store/storetest"
	"secretary/tui/common"
	"secretary/tui/tuitest"
)

func resize(w, h int) tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }

func storetestToday() model.Date { return storetest.Today() }

// reload asks the program to read the ledger again, as after a save.
func reload(d *tuitest.Driver) tea.Msg {
	l, err := d.App.Load()
	return common.LedgerLoadedMsg{Ledger: l, Err: err}
}

type ioWriter = io.Writer
