package detail

import (
	"secretary/internal/termsafe"
	"secretary/internal/width"
	"strings"
	"unicode"
)

// Wrap breaks plain text into lines of at most width cells. Chinese has
// no spaces between words, so a line may break between any two Chinese
// characters; Latin words break at spaces and are cut only when longer
// than a line. Closing punctuation (，。、）」…) never starts a line: it
// stays with the character before it, as Chinese typesetting requires.
// lipgloss's own wrapping breaks only at spaces, which pushed a whole
// Chinese sentence onto the next line after "1.".
// Every control character left in s is shown (termsafe), never sent to
// the terminal: Wrap is how data reaches a detail, a preview or a history.
func Wrap(s string, w int) string {
	s = termsafe.Text(s)
	if w <= 0 {
		return s
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, w)...)
	}
	return strings.Join(out, "\n")
}

func wrapLine(s string, w int) []string {
	var lines []string
	var cur []string // tokens of the line being built
	curW := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
		cur, curW = nil, 0
	}
	for _, tok := range tokens(s) {
		tw := width.Cells(tok)
		if tok == " " {
			if curW > 0 && curW < w {
				cur = append(cur, " ")
				curW++
			}
			continue
		}
		if curW+tw > w && curW > 0 {
			if closing(tok) && len(cur) >= 2 && cur[len(cur)-1] != " " {
				// Closing punctuation may not start a line: carry the
				// character before it down with it.
				last := cur[len(cur)-1]
				cur = cur[:len(cur)-1]
				flush()
				cur, curW = []string{last}, width.Cells(last)
			} else {
				flush()
			}
		}
		for curW+tw > w { // a word longer than a line: cut it
			part := width.Cut(tok, w-curW)
			if part == "" {
				if curW == 0 {
					break // not even one character fits: let it overflow
				}
				flush()
				continue
			}
			cur = append(cur, part)
			flush()
			tok = strings.TrimPrefix(tok, part)
			tw = width.Cells(tok)
		}
		if tok != "" {
			cur = append(cur, tok)
			curW += tw
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// tokens splits text into breakable pieces: single spaces, single wide
// (CJK) characters, and runs of anything else (Latin words, numbers).
func tokens(s string) []string {
	var out []string
	var word strings.Builder
	end := func() {
		if word.Len() > 0 {
			out = append(out, word.String())
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t':
			end()
			out = append(out, " ")
		case wide(r):
			end()
			out = append(out, string(r))
		default:
			word.WriteRune(r)
		}
	}
	end()
	return out
}

func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) || r >= 0x1f300
}

// closing reports punctuation that must not begin a line.
func closing(tok string) bool {
	return strings.ContainsAny(tok, "，。、；：！？）」』】》〉”’…%")
}
