package pinyin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SortKey orders text the way Chinese lists are ordered: by the pinyin
// of its characters (李 before 王, 西安 xi an before 先 xian), then, for
// texts that read alike, by code point. Compare two keys as byte strings.
// Letters are lower-cased so English sorts among the pinyin; other
// characters sort as themselves.
func SortKey(text string) string { return sortKey(text, nil) }

// NameSortKey is SortKey for a person's name: a polyphonic surname is
// read as a surname (曾 zeng, 单 shan), so 曾晓云 sorts under Z.
func NameSortKey(name string) string { return sortKey(name, Surname(name)) }

// Compare orders two texts by SortKey.
func Compare(a, b string) int { return strings.Compare(SortKey(a), SortKey(b)) }

// CompareNames orders two people's names by NameSortKey.
func CompareNames(a, b string) int { return strings.Compare(NameSortKey(a), NameSortKey(b)) }

// Syllable ends each character's reading in a sort key, so a character
// read "xi" sorts before one read "xian" whatever follows; Tie parts the
// readings from the text itself, which breaks ties by code point.
const (
	syllableEnd = '\x01'
	tie         = '\x00'
)

// sortKey builds the key; lead are readings for the first characters
// (a surname), nil for none.
func sortKey(text string, lead []string) string {
	b := make([]byte, 0, 4*len(text)+1)
	ascii := true
	i := 0
	for _, r := range text {
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if i < len(lead) {
			b = append(b, lead[i]...)
			b = append(b, syllableEnd)
			i++
			continue
		}
		i++
		if rs := Readings(r); len(rs) > 0 {
			b = append(b, rs[0]...)
			b = append(b, syllableEnd)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	if ascii && strings.ToLower(text) == text {
		return string(b) // the text is its own key; no tie to break
	}
	b = append(b, tie)
	b = append(b, text...)
	return string(b)
}
