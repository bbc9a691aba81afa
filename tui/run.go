package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Run opens the full-screen program and returns when the user quits.
func Run(d Deps, opts ...tea.ProgramOption) error {
	restore := prepareConsole()
	defer restore()
	// Ask the terminal for its background colour now, before bubbletea
	// reads the keyboard: lipgloss asks lazily on the first adaptive
	// colour, and a query answered while bubbletea owns stdin swallowed
	// the user's first keys (seen in tmux: a quick "2" was lost).
	if d.Renderer == nil {
		d.Renderer = lipgloss.DefaultRenderer()
	}
	d.Renderer.HasDarkBackground()
	lipgloss.HasDarkBackground() // huh's themes use the default renderer
	p := tea.NewProgram(New(d), append([]tea.ProgramOption{tea.WithAltScreen()}, opts...)...)
	final, err := p.Run()
	// The program may have moved to another ledger (the sample year):
	// close that one; the caller closes the one it opened.
	if m, ok := final.(*Model); ok && m.ctx.App != d.App {
		m.ctx.App.Close()
	}
	return err
}
