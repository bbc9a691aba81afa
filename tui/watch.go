package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/tui/common"
)

// watchEvery is how often the program asks whether another window (a
// second secretary process: a sheet import, a snapshot import, settings
// from the command line) changed the ledger. Asking costs a few
// microseconds and no lock; the issue asks for the change on screen
// within 2 s.
const watchEvery = time.Second

// watchMsg is the answer to "did the file change under us?".
type watchMsg struct {
	changed bool
	tick    bool // from the timer, which is re-armed
}

// watchTick waits and asks again.
func (m *Model) watchTick() tea.Cmd {
	a := m.ctx.App
	return tea.Tick(watchEvery, func(time.Time) tea.Msg {
		changed, _ := a.Changed()
		return watchMsg{changed: changed, tick: true}
	})
}

// watchNow asks at once (after a key: the user looks at the screen).
func (m *Model) watchNow() tea.Cmd {
	a := m.ctx.App
	return func() tea.Msg {
		changed, _ := a.Changed()
		return watchMsg{changed: changed}
	}
}

// watched reads the ledger again when another window changed it; the
// ledger on screen is replaced as a whole and every tab rebuilt. A form
// open meanwhile keeps what was typed (its save is refused if it would
// overwrite the other window's change; see forms.Host).
func (m *Model) watched(msg watchMsg) tea.Cmd {
	var cmds []tea.Cmd
	if msg.tick {
		cmds = append(cmds, m.watchTick())
	}
	if msg.changed && !m.reloading {
		m.reloading = true
		m.setStatus(m.ctx.T("status.changed_elsewhere"), false)
		cmds = append(cmds, common.LoadCmd(m.ctx.App))
	}
	return tea.Batch(cmds...)
}
