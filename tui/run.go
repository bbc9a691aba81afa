package tui

import (
	"os"
	"runtime"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/tui/common"
	"secretary/tui/transfer"
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
	if d.Env.Getenv == nil {
		d.Env = SystemEnv()
	}
	p := tea.NewProgram(New(d), append([]tea.ProgramOption{tea.WithAltScreen()}, opts...)...)
	final, err := p.Run()
	// An imported snapshot replaced the ledger the program started with;
	// the caller closes that one, this closes its successor.
	if m, ok := final.(*Model); ok && m.ctx.App != d.App {
		m.ctx.App.Close()
	}
	return err
}

// SystemEnv is the machine the program runs on.
func SystemEnv() common.Env {
	home, _ := os.UserHomeDir()
	return common.Env{Home: home, Folder: transfer.DefaultFolder(home), Getenv: os.Getenv, GOOS: runtime.GOOS}
}
