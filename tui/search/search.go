// Package search makes the text of a table row findable by what a
// secretary types: any part of the text, case-insensitively, and the
// pinyin of its Chinese — initials ("zs" finds 张三, "xljk" finds
// 心理健康) or whole syllables ("zhang" finds 张).
package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// Keyer builds search keys. It caches each Chinese character's pinyin:
// looking a character up in go-pinyin's dictionary costs far more than the
// cache, and a ledger repeats the same few thousand characters (measured
// on the prototype: 100,000 rows in ~0.1 s with the cache, 1–1.8 s
// without). Safe for concurrent use: keys may be built off the UI
// goroutine.
type Keyer struct {
	mu sync.Mutex
	// common holds the CJK Unified Ideographs block (U+4E00–U+9FFF), where
	// nearly every character of a ledger lives, indexed directly; rarer
	// characters go to the map.
	common []syllable
	rare   map[rune]syllable
	args   pinyin.Args
}

type syllable struct {
	full, initial string
	known         bool
}

const (
	commonFirst = 0x4E00
	commonLast  = 0x9FFF
)

// NewKeyer makes a Keyer with an empty cache.
func NewKeyer() *Keyer {
	return &Keyer{rare: map[rune]syllable{}, args: pinyin.NewArgs()} // Normal style: no tones
}

// Key is the text to match a query against: the lower-cased text, then
// the initials of its Chinese characters, then their full pinyin, each
// part separated so a match cannot straddle two of them. Non-Chinese
// characters appear in each part as they are, so "张三 lecture" keys as
// "张三 lecture\x00zs lecture\x00zhangsan lecture". It is one pass over
// the text: keys for 100,000 rows are built when a filter is first typed.
func (k *Keyer) Key(text string) string {
	n := len(text)
	lower := make([]byte, 0, n)
	var initials, full []byte
	han := false
	k.mu.Lock()
	for _, r := range text {
		r = toLower(r)
		lower = utf8.AppendRune(lower, r)
		if !isHan(r) {
			if han {
				initials = utf8.AppendRune(initials, r)
				full = utf8.AppendRune(full, r)
			}
			continue
		}
		if !han {
			// First Chinese character: start the pinyin parts with the
			// text so far (all of it non-Chinese, already lower-cased).
			han = true
			prefix := lower[:len(lower)-utf8.RuneLen(r)]
			initials = append(make([]byte, 0, n), prefix...)
			full = append(make([]byte, 0, 2*n), prefix...)
		}
		s := k.syllable(r)
		initials = append(initials, s.initial...)
		full = append(full, s.full...)
	}
	k.mu.Unlock()
	if !han {
		return string(lower)
	}
	out := make([]byte, 0, len(lower)+len(initials)+len(full)+2)
	out = append(out, lower...)
	out = append(out, 0)
	out = append(out, initials...)
	out = append(out, 0)
	out = append(out, full...)
	return string(out)
}

// syllable is r's pinyin, from the cache or the dictionary. k.mu is held.
func (k *Keyer) syllable(r rune) syllable {
	if r >= commonFirst && r <= commonLast {
		if k.common == nil {
			k.common = make([]syllable, commonLast-commonFirst+1)
		}
		s := &k.common[r-commonFirst]
		if !s.known {
			*s = k.lookup(r)
		}
		return *s
	}
	s, ok := k.rare[r]
	if !ok {
		s = k.lookup(r)
		k.rare[r] = s
	}
	return s
}

func (k *Keyer) lookup(r rune) syllable {
	ps := pinyin.SinglePinyin(r, k.args)
	if len(ps) == 0 || ps[0] == "" {
		return syllable{full: string(r), initial: string(r), known: true}
	}
	p := ps[0]
	return syllable{full: p, initial: p[:1], known: true}
}

// isHan reports a Chinese character: the CJK blocks, checked by range
// first because unicode.Is walks a table.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= commonFirst && r <= commonLast:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// toLower lower-cases ASCII without a table lookup, and other letters
// with unicode.ToLower; Chinese has no case and is returned as it is.
func toLower(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r < 0x80 || isHan(r):
		return r
	}
	return unicode.ToLower(r)
}

// Query prepares what the user typed: lower-cased and trimmed; spaces
// inside are kept, so "张 三" needs a space in the text.
func Query(q string) string { return strings.ToLower(strings.TrimSpace(q)) }

// Match reports whether a prepared query matches a key. An empty query
// matches everything.
func Match(key, query string) bool {
	return query == "" || strings.Contains(key, query)
}

// Hint is the pinyin of a name's Chinese characters as a person would
// type it — initials, then syllables ("zs zhangsan") — or "" for a name
// without Chinese. Other characters are left out: they match as typed.
func (k *Keyer) Hint(name string) string {
	var han strings.Builder
	for _, r := range name {
		if isHan(r) {
			han.WriteRune(r)
		}
	}
	if han.Len() == 0 {
		return ""
	}
	parts := strings.Split(k.Key(han.String()), "\x00")
	if len(parts) != 3 {
		return ""
	}
	return parts[1] + " " + parts[2]
}

// SortKey orders Chinese names the way Chinese lists are ordered: by
// pinyin (王 after 李), not by code point.
func (k *Keyer) SortKey(s string) string {
	parts := strings.Split(k.Key(s), "\x00")
	return parts[len(parts)-1]
}
