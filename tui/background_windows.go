//go:build windows

package tui

import (
	"os"
	"time"
)

// askBackground does not ask on Windows: its consoles answer OSC 11
// rarely, and a question left unanswered would hold the first frame.
func askBackground(_, _ *os.File, _ time.Duration) (dark, ok bool) { return false, false }
