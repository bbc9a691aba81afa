// Package pinyin reads Chinese the way a secretary types and sorts it:
// every reading of each character (行 is xing and hang), the surname
// reading of a polyphonic character that begins a person's name (曾晓云
// is Zeng Xiaoyun, not Ceng), and one sort key for every list the
// program shows, prints or writes (by pinyin, then by code point).
//
// It is the one place readings come from: the table filter (tui/search),
// the tables' and pickers' order, the printouts (model/summary) and the
// workbooks (model/sheet) all use it, so a list reads in the same order
// everywhere.
package pinyin

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// table holds the readings without tones, the common reading first, of
// the CJK Unified Ideographs block (U+4E00–U+9FFF), where nearly every
// character of a ledger lives. It is built once, on first use, from
// go-pinyin's dictionary and never changed after; a program that never
// sorts or filters Chinese does not pay for it at start. Characters of
// the rarer blocks are read from the dictionary each time.
type table struct {
	common [commonLast - commonFirst + 1][]string
}

const (
	commonFirst = 0x4E00
	commonLast  = 0x9FFF
)

var dict = sync.OnceValue(buildTable)

// preferred puts a reading first where go-pinyin's dictionary lists a
// rarer one first: it decides where a character sorts. 长 is chang in
// 长期、成长 far more often than zhang (校长).
var preferred = map[rune]string{
	'长': "chang",
}

func buildTable() *table {
	t := &table{}
	// There are about 400 syllables: each is stored once, and every
	// character's readings are a window of one shared slice, so the
	// table costs a few allocations rather than one per reading.
	syllables := map[string]string{}
	pool := make([]string, 0, (commonLast-commonFirst+1)*5/4)
	var buf []byte
	for r := rune(commonFirst); r <= commonLast; r++ {
		raw, ok := gopinyin.PinyinDict[int(r)]
		if !ok {
			continue
		}
		start := len(pool)
		for part := range strings.SplitSeq(raw, ",") {
			buf = appendPlain(buf[:0], part)
			if len(buf) == 0 {
				continue
			}
			s, ok := syllables[string(buf)]
			if !ok {
				s = string(buf)
				syllables[s] = s
			}
			if !slices.Contains(pool[start:], s) {
				pool = append(pool, s)
			}
		}
		rs := pool[start:len(pool):len(pool)]
		if p, ok := preferred[r]; ok {
			rs = putFirst(rs, p)
		}
		t.common[r-commonFirst] = rs
	}
	return t
}

// rareReadings reads a character outside the common block from the
// dictionary.
func rareReadings(r rune) []string {
	raw, ok := gopinyin.PinyinDict[int(r)]
	if !ok {
		return nil
	}
	var out []string
	for part := range strings.SplitSeq(raw, ",") {
		if p := string(appendPlain(nil, part)); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func putFirst(rs []string, p string) []string {
	out := []string{p}
	for _, q := range rs {
		if q != p {
			out = append(out, q)
		}
	}
	return out
}

// appendPlain appends a reading with tone marks in plain letters, ü as
// v (lv for 吕, as Chinese input methods type it).
func appendPlain(b []byte, p string) []byte {
	for _, r := range p {
		switch r {
		case 'ā', 'á', 'ǎ', 'à':
			r = 'a'
		case 'ē', 'é', 'ě', 'è', 'ê', 'ế', 'ề':
			r = 'e'
		case 'ī', 'í', 'ǐ', 'ì':
			r = 'i'
		case 'ō', 'ó', 'ǒ', 'ò':
			r = 'o'
		case 'ū', 'ú', 'ǔ', 'ù':
			r = 'u'
		case 'ü', 'ǖ', 'ǘ', 'ǚ', 'ǜ':
			r = 'v'
		case 'ń', 'ň', 'ǹ':
			r = 'n'
		case 'ḿ':
			r = 'm'
		}
		if r >= 'a' && r <= 'z' {
			b = append(b, byte(r))
		}
	}
	return b
}

// Readings is every reading of a Chinese character, the common one
// first; nil for anything else. The slice is shared: do not change it.
func Readings(r rune) []string {
	if r >= commonFirst && r <= commonLast {
		return dict().common[r-commonFirst]
	}
	if !IsHan(r) {
		return nil
	}
	return rareReadings(r)
}

// IsHan reports a Chinese character: the CJK blocks, checked by range
// first because unicode.Is walks a table.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= commonFirst && r <= commonLast:
		return true
	}
	return unicode.Is(unicode.Han, r)
}
