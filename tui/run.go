package tui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Run opens the full-screen program and returns when the user quits.
func Run(d Deps, opts ...tea.ProgramOption) error {
	restore := prepareConsole()
	defer restore()
	// Decide the background now, before bubbletea reads the keyboard:
	// lipgloss asks lazily on the first adaptive colour, and a query
	// answered while bubbletea owns stdin swallowed the user's first keys
	// (seen in tmux: a quick "2" was lost). And ask with a bound: termenv
	// waits 5 s for a terminal that never answers.
	if d.Renderer == nil {
		d.Renderer = lipgloss.DefaultRenderer()
	}
	dark := background(d.App.Env().Getenv("COLORFGBG"), func() (bool, bool) {
		return askBackground(os.Stdin, os.Stdout, backgroundWait)
	})
	d.Renderer.SetHasDarkBackground(dark)
	lipgloss.SetHasDarkBackground(dark) // huh's themes use the default renderer
	p := tea.NewProgram(New(d), append([]tea.ProgramOption{tea.WithAltScreen()}, opts...)...)
	final, err := p.Run()
	// The program may have moved to another ledger (the sample year):
	// close that one; the caller closes the one it opened.
	if m, ok := final.(*Model); ok && m.ctx.App != d.App {
		m.ctx.App.Close()
	}
	return err
}

// background is whether the terminal's background is dark: from
// COLORFGBG when the terminal sets it, else from its answer to ask, else
// the default.
func background(colorFGBG string, ask func() (dark, ok bool)) bool {
	if dark, ok := darkFromColorFGBG(colorFGBG); ok {
		return dark
	}
	if dark, ok := ask(); ok {
		return dark
	}
	return darkByDefault
}
