//go:build !windows

package tui

// prepareConsole has nothing to do outside Windows: terminals there speak
// UTF-8 already.
func prepareConsole() (restore func()) { return func() {} }
