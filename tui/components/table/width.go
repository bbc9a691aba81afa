package table

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// One width rule for every locale.
//
// lipgloss measures text with charmbracelet/x/ansi, which counts East
// Asian "ambiguous" characters (·, …, box drawing, ░) as one cell. bubbles
// v1's table truncates cells with go-runewidth, whose global condition
// follows the locale at process start: under LANG=zh_CN.UTF-8 it counts
// those characters as two cells, so "张三·李四" was cut to "张三·…" with
// room to spare and borders drifted. Modern terminals (Windows Terminal,
// GNOME, macOS Terminal by default) draw them one cell wide, so the rule
// is: ambiguous characters are narrow, everywhere.
//
// go-runewidth keeps its condition in package variables that it sets in
// its own init; this init runs after it (we import it) and before any
// goroutine exists, and nothing else writes them.
func init() {
	runewidth.EastAsianWidth = false
	runewidth.DefaultCondition.EastAsianWidth = false
}

// Width is the number of terminal cells s takes, by the one rule. Plain
// ASCII (codes, dates, numbers — most cells) is one cell a byte, without
// the grapheme segmentation the general rule needs.
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < 0x20 {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// Fit cuts s to at most w cells, ending in … when cut.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}
