package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/keys"
	"secretary/tui/transfer"
)

// Update routes messages: keys to the focused tab unless they are the
// program's own, results to the tab that asked for them.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.KeyMsg:
		return m, m.key(msg)
	case common.LedgerLoadedMsg:
		return m, m.loadedLedger(msg)
	case common.SavedMsg:
		_, cmd := m.views[msg.Tab].Update(msg)
		if msg.Err != nil {
			return m, cmd
		}
		m.setStatus(m.ctx.Tr.Msg(msg.Entry.Describe()), false)
		return m, tea.Batch(cmd, common.LoadCmd(m.ctx.Store))
	case common.StepMsg:
		if msg.Err != nil {
			m.setStatus(m.ctx.Tr.Err(msg.Err), true)
			return m, nil
		}
		m.setStatus(m.ctx.Tr.Msg(msg.Entry.Describe()), false)
		return m, common.LoadCmd(m.ctx.Store)
	case common.StatusMsg:
		m.setStatus(msg.Text, msg.Error)
		return m, nil
	case common.ShowSlipMsg:
		if sv, ok := m.views[common.TabSummary].(interface{ ShowSlip(model.ID) }); ok {
			sv.ShowSlip(msg.Owner)
			m.switchTab(common.TabSummary)
		}
		return m, nil
	case common.StoreReplacedMsg:
		// An imported snapshot replaced the ledger: carry on with the
		// new file, no restart.
		m.ctx.Store = msg.Store
		return m, common.LoadCmd(msg.Store)
	case settingsSavedMsg:
		m.settings, m.settingsDraft = nil, nil
		if msg.err != nil {
			m.setStatus(m.ctx.Tr.Err(msg.err), true)
			return m, nil
		}
		m.setStatus(m.ctx.T("status.settings_saved"), false)
		return m, common.LoadCmd(m.ctx.Store)
	case common.HistoryMsg:
		_, cmd := m.views[msg.Tab].Update(msg)
		return m, cmd
	}
	if m.settings != nil {
		cmd, _, _ := m.settings.Update(msg)
		return m, cmd
	}
	if m.flow != nil {
		return m, m.updateFlow(msg)
	}
	_, cmd := m.views[m.active].Update(msg)
	return m, cmd
}

// key handles a key press.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.ctx.Keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit
	}
	if m.tooSmall() {
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	if m.settings != nil {
		return m.updateSettings(msg)
	}
	if m.flow != nil {
		return m.updateFlow(msg)
	}
	view := m.views[m.active]
	if view.InputMode() {
		_, cmd := view.Update(msg)
		return cmd
	}
	if view.Claims(msg) {
		_, cmd := view.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Export):
		return m.startFlow(transfer.NewExport(m.ctx, view.Showing(), m.version))
	case key.Matches(msg, k.Import):
		if m.ctx.Store.ReadOnly() {
			m.setStatus(m.ctx.T("status.read_only"), true)
			return nil
		}
		return m.startFlow(transfer.NewImport(m.ctx, m.ctx.Store))
	case key.Matches(msg, k.NextTab):
		m.switchTab((m.active + 1) % common.TabCount)
	case key.Matches(msg, k.PrevTab):
		m.switchTab((m.active + common.TabCount - 1) % common.TabCount)
	case key.Matches(msg, k.Tab1):
		m.switchTab(common.TabPlans)
	case key.Matches(msg, k.Tab2):
		m.switchTab(common.TabOwners)
	case key.Matches(msg, k.Tab3):
		m.switchTab(common.TabActivities)
	case key.Matches(msg, k.Tab4):
		m.switchTab(common.TabAssessments)
	case key.Matches(msg, k.Tab5):
		m.switchTab(common.TabSummary)
	case key.Matches(msg, k.Undo):
		return m.step(common.UndoCmd)
	case key.Matches(msg, k.Redo):
		return m.step(common.RedoCmd)
	case key.Matches(msg, k.Language):
		m.switchLanguage()
	case key.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
		m.resize()
	case key.Matches(msg, k.Settings):
		return m.openSettings()
	default:
		_, cmd := view.Update(msg)
		return cmd
	}
	return nil
}

func (m *Model) step(cmd func(common.Store) tea.Cmd) tea.Cmd {
	if m.ctx.Store.ReadOnly() {
		m.setStatus(m.ctx.T("status.read_only"), true)
		return nil
	}
	return cmd(m.ctx.Store)
}

func (m *Model) switchTab(t common.TabID) {
	m.active = t
	m.resize()
}

// switchLanguage flips zh/en everywhere at once.
func (m *Model) switchLanguage() {
	m.ctx.Tr = m.ctx.Tr.Other()
	m.ctx.Keys = keys.New(m.ctx.Tr)
	for _, v := range m.views {
		v.Retranslate()
	}
	m.setStatus(m.ctx.T("status.language"), false)
	m.resize()
}

// loadedLedger installs a freshly loaded ledger in the context.
func (m *Model) loadedLedger(msg common.LedgerLoadedMsg) tea.Cmd {
	if msg.Err != nil {
		m.loadErr = msg.Err
		m.setStatus(m.ctx.Tr.Err(msg.Err), true)
		return nil
	}
	m.loaded, m.loadErr = true, nil
	m.ctx.Ledger = msg.Ledger
	m.ctx.Derived = common.Derive(msg.Ledger, model.Today(m.ctx.Clock))
	for _, v := range m.views {
		v.Reload()
	}
	return nil
}

func (m *Model) setStatus(text string, isErr bool) {
	m.status, m.statusErr = text, isErr
}

// settingsSavedMsg is the store's answer to the settings form.
type settingsSavedMsg struct{ err error }

// openSettings opens the settings form over the current tab.
func (m *Model) openSettings() tea.Cmd {
	if m.ctx.Store.ReadOnly() {
		m.setStatus(m.ctx.T("status.read_only"), true)
		return nil
	}
	m.settingsDraft = forms.NewSettingsDraft(m.ctx.Ledger.Settings)
	m.settings = forms.NewHost(m.ctx, m.settingsDraft, model.ActSettings)
	m.resize()
	return m.settings.Init()
}

// updateSettings feeds a key to the settings form; on submit the settings
// are saved off the UI goroutine.
func (m *Model) updateSettings(msg tea.KeyMsg) tea.Cmd {
	cmd, outcome, _ := m.settings.Update(msg)
	switch outcome {
	case forms.Submitted:
		s, store := m.settingsDraft.Settings(), m.ctx.Store
		return tea.Batch(cmd, func() tea.Msg {
			_, err := store.SaveSettings(s)
			return settingsSavedMsg{err: err}
		})
	case forms.Cancelled:
		m.settings, m.settingsDraft = nil, nil
		m.setStatus(m.ctx.T("status.cancelled"), false)
	}
	return cmd
}

// startFlow shows an export or import flow over the tabs.
func (m *Model) startFlow(f transfer.Flow) tea.Cmd {
	m.flow = f
	m.resize()
	return nil
}

// updateFlow feeds the flow; when it is done the tabs come back.
func (m *Model) updateFlow(msg tea.Msg) tea.Cmd {
	cmd := m.flow.Update(msg)
	if m.flow.Done() {
		m.flow = nil
		m.resize()
	}
	return cmd
}
