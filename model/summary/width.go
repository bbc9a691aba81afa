package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

// cells is the one rule for how wide text is in a terminal: Unicode's East
// Asian Width with ambiguous characters (“”, ·, ≥, —) counted narrow, the
// way terminals draw them by default. It is pinned here, not read from the
// locale or the environment, so the same ledger lays out the same under
// LANG=zh_CN.UTF-8, LANG=C or Windows: goldens and printouts do not move.
var cells = displaywidth.Options{EastAsianWidth: false}

// Width is how many terminal cells s takes.
func Width(s string) int { return cells.String(s) }

// padRight pads s with spaces to w cells.
func padRight(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// padLeft right-aligns s in w cells.
func padLeft(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// wrap breaks s into lines of at most w cells. Latin words stay whole
// where they fit; Chinese breaks between any two characters, except that
// closing punctuation stays with the character before it and opening
// punctuation with the one after (a light form of 避头尾). Newlines in s
// start new lines. A single grapheme wider than w gets a line of its own.
func wrap(s string, w int) []string {
	if w < 2 {
		w = 2
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, w)...)
	}
	return out
}

// segment is a piece of text that is not broken unless it alone is wider
// than the line: a Latin word, one CJK character with the punctuation that
// clings to it, or a run of spaces.
type segment struct {
	text  string
	width int
	space bool
}

func wrapLine(s string, w int) []string {
	if Width(s) <= w {
		return []string{strings.TrimRight(s, " ")}
	}
	var lines []string
	var line strings.Builder
	lineW := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		lineW = 0
	}
	for _, seg := range segments(s) {
		switch {
		case seg.space && lineW == 0:
			continue // no leading spaces on a wrapped line
		case lineW+seg.width <= w:
			line.WriteString(seg.text)
			lineW += seg.width
			continue
		case seg.space:
			flush()
			continue
		}
		if lineW > 0 {
			flush()
		}
		if seg.width <= w {
			line.WriteString(seg.text)
			lineW = seg.width
			continue
		}
		// Longer than a whole line: break it between graphemes.
		g := cells.StringGraphemes(seg.text)
		for g.Next() {
			gw := g.Width()
			if lineW+gw > w && lineW > 0 {
				flush()
			}
			line.WriteString(g.Value())
			lineW += gw
		}
	}
	if lineW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// Punctuation that may not start a line, and that may not end one.
const (
	noLineStart = "，。、；：？！）》」』】〕”’…%·,.;:?!)]}"
	noLineEnd   = "（《「『【〔“‘([{"
)

func segments(s string) []segment {
	var segs []segment
	var cur segment
	push := func() {
		if cur.text != "" {
			segs = append(segs, cur)
		}
		cur = segment{}
	}
	afterOpening, afterWide := false, false
	g := cells.StringGraphemes(s)
	for g.Next() {
		v, gw := g.Value(), g.Width()
		r, _ := utf8.DecodeRuneInString(v)
		if breakable(r) {
			if !cur.space {
				push()
				cur.space = true
			}
		} else {
			switch {
			case cur.space:
				push()
			case cur.text == "", afterOpening, strings.ContainsRune(noLineStart, r):
				// starts a segment, or clings to the one being built
			case gw >= 2 || afterWide:
				push() // each CJK character is a segment of its own
			}
		}
		cur.text += v
		cur.width += gw
		afterOpening = strings.ContainsRune(noLineEnd, r)
		afterWide = gw >= 2
	}
	push()
	return segs
}

// breakable reports a space a line may break at. A no-break space
// (U+00A0) is not one: it holds a code to its date ("T-6 2026-11-10").
func breakable(r rune) bool { return r != nbsp && unicode.IsSpace(r) }

const nbsp = '\u00a0'
