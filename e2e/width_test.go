package e2e

import "github.com/charmbracelet/x/ansi"

// displayWidth is how many cells tmux gave the text, by the program's
// one rule (ambiguous characters are narrow).
func displayWidth(s string) int { return ansi.StringWidth(s) }
