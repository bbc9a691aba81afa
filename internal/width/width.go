// Package width is the program's one rule for how wide text is on a
// terminal, a printout or a spreadsheet column, and the cutting, padding
// and wrapping built on it. It has no global state: the rule is pinned
// here, never read from the locale.
package width

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/clipperhouse/displaywidth"
)

// cells is the one rule for how wide text is in a terminal: Unicode's East
// Asian Width with ambiguous characters (“”, ·, ≥, —) counted narrow, the
// way terminals draw them by default. It is pinned here, not read from the
// locale or the environment, so the same ledger lays out the same under
// LANG=zh_CN.UTF-8, LANG=C or Windows: goldens and printouts do not move.
var cells = displaywidth.Options{EastAsianWidth: false}

// Cells is how many terminal cells s takes.
func Cells(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if i > 0 && s[i-1] >= 0x20 && s[i-1] < 0x7f {
				// A mark or selector may join the character before it.
				return n - 1 + widthSlow(s[i-1:])
			}
			return n + widthSlow(s[i:])
		}
		if c >= 0x20 && c < 0x7f {
			n++
		}
	}
	return n
}

// widthSlow measures text past its ASCII start: rune by rune when every
// rune is one that never joins a grapheme cluster (the Chinese, Latin and
// punctuation that make up nearly all of a ledger), else by graphemes.
// Both give the pinned rule's answer; the first is several times faster.
func widthSlow(s string) int {
	n := 0
	for _, r := range s {
		if !loneRune(r) {
			return cells.String(s)
		}
		n += runeWidth(r)
	}
	return n
}

// runeWidth is cells.Rune with the common cases first: CJK ideographs are
// always two cells wide, printable ASCII one.
func runeWidth(r rune) int {
	switch {
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3400 && r <= 0x4dbf:
		return 2
	case r >= 0x20 && r < 0x7f:
		return 1
	}
	return cells.Rune(r)
}

// loneRune reports a rune that is always a grapheme of its own: not a
// combining mark, joiner, variation selector, emoji or regional
// indicator. Such runes' widths simply add up.
func loneRune(r rune) bool {
	switch {
	case r < 0x300: // ASCII, Latin-1, Latin Extended
		return r >= 0x20 && (r < 0x7f || r >= 0xa0) && r != 0xad
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e: // general punctuation
		return true
	case r >= 0x2160 && r <= 0x217f: // Roman numerals
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x303d && r != 0x3030, r >= 0x3041 && r <= 0x3096, r >= 0x30a0 && r <= 0x30ff:
		return true // CJK punctuation, hiragana, katakana
	case r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff: // CJK ideographs
		return true
	case r >= 0xff01 && r <= 0xff9d, r >= 0xffe0 && r <= 0xffe6: // fullwidth forms
		return true
	}
	return false
}

// EachGrapheme calls fn with each grapheme of s and its width: by rune
// when every rune stands alone, else by Unicode grapheme clusters.
func EachGrapheme(s string, fn func(g string, r rune, width int)) {
	simple := true
	for _, r := range s {
		if !loneRune(r) {
			simple = false
			break
		}
	}
	if simple {
		for i, r := range s {
			size := utf8.RuneLen(r)
			fn(s[i:i+size], r, runeWidth(r))
		}
		return
	}
	g := cells.StringGraphemes(s)
	for g.Next() {
		v := g.Value()
		r, _ := utf8.DecodeRuneInString(v)
		fn(v, r, g.Width())
	}
}

// Fit cuts s to at most w cells, ending in … when cut. It cuts between
// graphemes, never inside one, by the same rule Cells measures with.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Cells(s) <= w {
		return s
	}
	return Cut(s, w-1) + "…" // the ellipsis is one cell wide
}

// Cut is the longest start of s that fits in w cells, cut between
// graphemes.
func Cut(s string, w int) string {
	end, used, done := 0, 0, false
	EachGrapheme(s, func(g string, _ rune, gw int) {
		if done || used+gw > w {
			done = true
			return
		}
		end += len(g)
		used += gw
	})
	return s[:end]
}

// Styled is the width of the widest line of text that carries terminal
// styling: the escape sequences take no room.
func Styled(s string) int {
	if strings.IndexByte(s, 0x1b) >= 0 {
		s = ansi.Strip(s)
	}
	if strings.IndexByte(s, '\n') < 0 {
		return Cells(s)
	}
	return Lines(s)
}

// Lines is the width of the widest line of s: a spreadsheet column must
// fit the widest line of a multi-line cell.
func Lines(s string) int {
	best := 0
	for _, line := range strings.Split(s, "\n") {
		best = max(best, Cells(line))
	}
	return best
}

// PadRight pads s with spaces to w cells.
func PadRight(s string, w int) string {
	if n := w - Cells(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// PadLeft right-aligns s in w cells.
func PadLeft(s string, w int) string {
	if n := w - Cells(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// Wrap breaks s into lines of at most w cells. Latin words stay whole
// where they fit; Chinese breaks between any two characters, except that
// closing punctuation stays with the character before it and opening
// punctuation with the one after (a light form of 避头尾). Newlines in s
// start new lines. A single grapheme wider than w gets a line of its own.
func Wrap(s string, w int) []string {
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
// clings to it, or a run of spaces. It is a byte range of the line, so
// wrapping copies no text until it cuts the lines.
type segment struct {
	start, end int
	width      int
	space      bool
}

func wrapLine(s string, w int) []string {
	if Cells(s) <= w {
		return []string{strings.TrimRight(s, " ")}
	}
	var lines []string
	lineStart, lineEnd, lineW := -1, 0, 0
	flush := func() {
		if lineStart < 0 {
			lines = append(lines, "")
		} else {
			lines = append(lines, strings.TrimRight(s[lineStart:lineEnd], " "))
		}
		lineStart, lineEnd, lineW = -1, 0, 0
	}
	add := func(start, end, width int) {
		if lineStart < 0 {
			lineStart = start
		}
		lineEnd = end
		lineW += width
	}
	for _, seg := range segments(s) {
		switch {
		case seg.space && lineW == 0:
			continue // no leading spaces on a wrapped line
		case lineW+seg.width <= w:
			add(seg.start, seg.end, seg.width)
			continue
		case seg.space:
			flush()
			continue
		}
		if lineW > 0 {
			flush()
		}
		if seg.width <= w {
			add(seg.start, seg.end, seg.width)
			continue
		}
		// Longer than a whole line: break it between graphemes.
		pos := seg.start
		EachGrapheme(s[seg.start:seg.end], func(v string, _ rune, gw int) {
			if lineW+gw > w && lineW > 0 {
				flush()
			}
			add(pos, pos+len(v), gw)
			pos += len(v)
		})
	}
	if lineW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// noLineStart is punctuation that may not start a line: it stays with
// the character before it.
func noLineStart(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '』', '】', '〕', '”', '’', '…', '%', '·',
		',', '.', ';', ':', '?', '!', ')', ']', '}':
		return true
	}
	return false
}

// noLineEnd is punctuation that may not end a line: it stays with the
// character after it.
func noLineEnd(r rune) bool {
	switch r {
	case '（', '《', '「', '『', '【', '〔', '“', '‘', '(', '[', '{':
		return true
	}
	return false
}

func segments(s string) []segment {
	segs := make([]segment, 0, len(s)/3+1)
	var cur segment
	have, afterOpening, afterWide := false, false, false
	pos := 0
	EachGrapheme(s, func(v string, r rune, gw int) {
		space := breakable(r)
		var split bool
		switch {
		case !have:
			split = true
		case space || cur.space:
			split = space != cur.space
		case afterOpening || noLineStart(r):
			// clings to the segment being built
		default:
			split = gw >= 2 || afterWide // each CJK character is a segment
		}
		if split {
			if have {
				segs = append(segs, cur)
			}
			cur, have = segment{start: pos, space: space}, true
		}
		pos += len(v)
		cur.end = pos
		cur.width += gw
		afterOpening = noLineEnd(r)
		afterWide = gw >= 2
	})
	if have {
		segs = append(segs, cur)
	}
	return segs
}

// breakable reports a space a line may break at. A no-break space
// (U+00A0) is not one: it holds a code to its date ("T-6 2026-11-10").
func breakable(r rune) bool { return r != NBSP && unicode.IsSpace(r) }

// NBSP is a no-break space: it holds a code to its date ("T-6 2026-11-10")
// when a line wraps.
const NBSP = '\u00a0'
