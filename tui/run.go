package tui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Run opens the full-screen program and returns when the user quits.
func Run(d Deps, opts ...tea.ProgramOption) error {
	restore := prepareConsole()
	defer restore()
	p := tea.NewProgram(New(d), append([]tea.ProgramOption{tea.WithAltScreen()}, opts...)...)
	_, err := p.Run()
	return err
}
