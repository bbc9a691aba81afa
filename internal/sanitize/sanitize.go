// Package sanitize is the one rule every string that enters the ledger
// passes — from a form, the command line, settings, a spreadsheet or a
// snapshot — so that no record can carry bytes that act on a terminal or
// hide what a text says.
//
// The rule:
//   - tab and newline are kept in multi-line fields (Text); in one-line
//     fields (Line) they become spaces. A carriage return is a line break
//     (CR LF and a lone CR become LF), as spreadsheets write them.
//   - removed everywhere: every other C0 control, DEL, every C1 control
//     (U+0080–U+009F, which terminals read as ESC-sequences), the bidi
//     embedding, override and isolate controls (U+202A–U+202E,
//     U+2066–U+2069), the line and paragraph separators (U+2028, U+2029,
//     which become a line break or a space), the interlinear annotation
//     controls (U+FFF9–U+FFFB) and invalid UTF-8.
//   - the implicit direction marks LRM, RLM and ALM (U+200E, U+200F,
//     U+061C) are removed too. They are invisible, a ledger of a Chinese
//     school has no right-to-left script that needs them (the Unicode bidi
//     algorithm lays out Arabic or Hebrew names without them), and like the
//     overrides they can make two equal-looking texts differ or reorder
//     what a reader sees around them.
//   - zero-width characters (U+200B, U+200C, U+2060, U+FEFF, U+180E) are
//     removed; the zero-width joiner U+200D is kept only inside an emoji
//     sequence (👩‍💻), where it is part of the picture, and removed
//     elsewhere, where it only makes two equal-looking names differ.
//
// Everything else — every script, emoji, punctuation, variation
// selectors — is kept as it is.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Text applies the rule to a multi-line field: tabs and newlines stay.
func Text(s string) string { return clean(s, true) }

// Line applies the rule to a one-line field: tabs and line breaks become
// spaces.
func Line(s string) string { return clean(s, false) }

// Find returns the byte offset and the rune of the first character in s
// that the rule removes from every field (a line break or tab is not
// one), or -1 when there is none. It is what check and a snapshot import
// use to find records stored before the rule, or written by hand.
//
// It reads bytes, not runes: every character the rule removes is ASCII
// or starts with one of five lead bytes (C2, D8, E1, E2, EF), so only
// those are decoded, and checking a whole ledger costs little more than a
// pass over its bytes.
func Find(s string) (int, rune) { return find(s, true) }

// leadFlags marks, for each byte, whether it can start a character the
// rule removes: 1 for an ASCII control (C0 but tab and line feed, DEL), 2
// for the lead bytes of the others (C2: C1; D8: ALM; E1: U+180E; E2: the
// U+20xx controls; EF: BOM and U+FFF9–FFFB). A constant, so the scan is
// one table lookup per byte.
const leadFlags = "" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x02\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// find is Find; checkUTF8 false trusts s to be valid UTF-8 (a string the
// CBOR decoder returned, which refuses invalid text).
func find(s string, checkUTF8 bool) (int, rune) {
	for i := 0; i < len(s); i++ {
		switch leadFlags[s[i]] {
		case 0:
			continue
		case 1:
			return i, rune(s[i])
		}
		if i+1 >= len(s) {
			continue
		}
		b, next := s[i], s[i+1]
		switch {
		case b == 0xc2 && next < 0xa0, b == 0xd8 && next == 0x9c, b == 0xe1 && next == 0xa0,
			b == 0xe2 && (next == 0x80 || next == 0x81), b == 0xef && (next == 0xbb || next == 0xbf):
			r, _ := utf8.DecodeRuneInString(s[i:])
			if removed(r) || (r == zwj && !joinsEmoji(s, i)) {
				return i, r
			}
		}
	}
	if checkUTF8 && !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return i, r
			}
			i += n
		}
	}
	return -1, 0
}

// Clean reports whether s passes the rule as it is (line breaks and tabs
// allowed).
func Clean(s string) bool {
	i, _ := Find(s)
	return i < 0
}

const zwj = '\u200D'

// mayHold is a fast scan of the bytes: it is false for valid UTF-8 that
// holds none of the bytes that can start a character the rule removes
// (leadFlags), which is almost every string.
func mayHold(s string) bool {
	for i := 0; i < len(s); i++ {
		if leadFlags[s[i]] != 0 {
			return true
		}
	}
	return !utf8.ValidString(s)
}

// removed reports whether r is removed from every field (ZWJ aside).
func removed(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n'
	case r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x061c, r == 0x180e:
		return true
	case r >= 0x200b && r <= 0x200f && r != zwj: // ZWSP, ZWNJ, LRM, RLM
		return true
	case r >= 0x2028 && r <= 0x202e: // LS, PS, LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2060 && r <= 0x2069: // WJ, invisible operators, isolates
		return true
	case r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}

// clean applies the rule. Strings that already pass are returned as they
// are, without allocating.
func clean(s string, multiline bool) string {
	if !mayHold(s) && (multiline || !strings.ContainsAny(s, "\t\n")) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	brk := func() {
		if multiline {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			// invalid UTF-8: dropped
		case r == '\r':
			brk()
			if i+1 < len(s) && s[i+1] == '\n' {
				n++
			}
		case r == '\n', r == 0x2028, r == 0x2029:
			brk()
		case r == '\t':
			if multiline {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
		case r == zwj:
			if joinsEmoji(s, i) {
				b.WriteRune(r)
			}
		case removed(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// joinsEmoji reports whether the ZWJ at byte i sits between two emoji (an
// emoji before it, allowing for a variation selector or skin tone, and
// one after it), as in 👩‍💻 or 🏳️‍🌈.
func joinsEmoji(s string, i int) bool {
	before := s[:i]
	for before != "" {
		r, n := utf8.DecodeLastRuneInString(before)
		if r == 0xfe0f || (r >= 0x1f3fb && r <= 0x1f3ff) {
			before = before[:len(before)-n]
			continue
		}
		if !isEmoji(r) {
			return false
		}
		break
	}
	if before == "" {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[i+len(string(zwj)):])
	return isEmoji(after)
}

// isEmoji is a wide approximation of the emoji blocks: pictographs,
// symbols and dingbats that emoji sequences are made of.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1f000 && r <= 0x1faff:
		return true
	case r >= 0x2300 && r <= 0x23ff, r >= 0x2600 && r <= 0x27bf, r >= 0x2b00 && r <= 0x2bff:
		return true
	case r == 0x00a9, r == 0x00ae, r == 0x203c, r == 0x2049, r == 0x2122, r == 0x2139:
		return true
	}
	return false
}

// FindControl returns the byte offset and rune of the first control
// character in s that can act on a terminal or reorder what it shows: C0
// controls other than tab, line feed and carriage return, DEL, C1
// controls, and the bidi embedding, override and isolate controls; -1
// when there is none. A file from outside (a spreadsheet) holding one is
// refused with where it is, rather than silently changed: it is either
// damaged or made to attack. Zero-width characters and direction marks,
// which pasted text often carries harmlessly, are left to Text and Line.
func FindControl(s string) (int, rune) {
	if !mayHold(s) {
		return -1, 0
	}
	for i, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return i, r
		}
	}
	return -1, 0
}

// At decodes the character at byte i of s and reports whether the rule
// removes it from every field (as Find would report it there): invalid
// UTF-8 (r is utf8.RuneError, n is 1), a control character, a bidi or
// zero-width character, or a ZWJ outside an emoji sequence.
func At(s string, i int) (r rune, n int, bad bool) {
	r, n = utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return r, n, true
	case r == '\t' || r == '\n':
		return r, n, false
	case r == zwj:
		return r, n, !joinsEmoji(s, i)
	}
	return r, n, removed(r)
}
