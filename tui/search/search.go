// Package search makes the text of a table row findable by what a
// secretary types: any part of the text, case-insensitively, and the
// pinyin of its Chinese — initials ("zs" finds 张三, "xljk" finds
// 心理健康) or whole syllables ("zhang" finds 张). A polyphonic character
// matches every reading (银行 is yinhang, 行动 xingdong), and a person's
// name is read with its surname's reading (曾晓云 is zxy, 单丽 shanli);
// the readings come from internal/pinyin.
package search

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"secretary/internal/pinyin"
)

// Keyer builds search keys. It keeps scratch buffers between calls, so
// building the keys of 100,000 rows allocates little more than the keys
// themselves. Safe for concurrent use: keys may be built off the UI
// goroutine.
type Keyer struct {
	mu    sync.Mutex
	cache map[cacheKey]cellKey // short cells keyed before (see addCell)
	parts [4][]byte            // the row's text, initials, syllables and windows
	han   bool                 // the cell keyCell keyed held Chinese
	slots []slot
	leads map[int32][]string // slots read as a surname: their readings, surname first
	lower []byte
	init  []byte
	full  []byte
	alt   []byte
}

// slot is one character of the text: the character, and where its
// initial and its reading begin and end in the initials and syllables
// parts. It holds no pointer, so appending slots costs the garbage
// collector nothing (it was a tenth of the time with the readings in
// it).
type slot struct {
	r       rune
	initAt  int32
	fullAt  int32
	fullEnd int32
	han     bool // a Chinese character with readings
	multi   bool // more than one reading
}

// readings are the slot's readings, the first the one in the key.
func (k *Keyer) readings(i int) []string {
	if rs, ok := k.leads[int32(i)]; ok {
		return rs
	}
	return pinyin.Readings(k.slots[i].r)
}

// Windows: a reading other than a character's first is matched in a
// window of its neighbours (alternatives of every character at once
// would multiply), wide enough for what people type: a few syllables,
// or the initials of a longer phrase.
const (
	fullWindow    = 2 // characters each side, in syllables
	initialWindow = 4 // characters each side, in initials
)

// Separators inside a key: partSep divides the text, its initials, its
// syllables and each window; a query never holds it, so a match cannot
// straddle two parts. cellSep divides the cells of a row.
const (
	partSep = '\x00'
	cellSep = '\x01'
)

// NewKeyer makes a Keyer.
func NewKeyer() *Keyer { return &Keyer{} }

// Key is the text to match a query against: the lower-cased text, then
// the initials of its Chinese characters, then their syllables, then a
// window for each other reading of a polyphonic character; each part is
// separated so a match cannot straddle two of them. Non-Chinese
// characters appear in each part as they are, so "张三 lecture" keys as
// "张三 lecture\x00zs lecture\x00zhangsan lecture".
func (k *Keyer) Key(text string) string { return k.RowKey([]string{text}, nil, nil) }

// NameKey is Key for a person's name: a polyphonic surname is read as a
// surname first (曾 zeng), and still matches its other readings.
func (k *Keyer) NameKey(name string) string { return k.RowKey(nil, nil, []string{name}) }

// RowKey is the key of a table row: its cells, the cells that name a
// person (names[i]) read as names, and people, the names of everyone
// else the record involves (a supervisor, a verifier, attendees), which
// are searched but not shown.
//
// Each cell's share of each part is its own (a window never crosses a
// cell), so the parts are built cell by cell: a short cell, the kind a
// ledger repeats (names, departments, states, dates), is keyed once and
// remembered; a cell of plain ASCII (a code, a date) is its own key.
func (k *Keyer) RowKey(cells []string, names []bool, people []string) string {
	return string(k.AppendRowKey(nil, cells, names, people))
}

// AppendRowKey appends the row's key (see RowKey) to dst: a table keys
// all its rows into one buffer, without a string each.
func (k *Keyer) AppendRowKey(dst []byte, cells []string, names []bool, people []string) []byte {
	k.mu.Lock()
	defer k.mu.Unlock()
	for i := range k.parts {
		k.parts[i] = k.parts[i][:0]
	}
	han := false
	n := 0
	add := func(text string, name bool) {
		if n > 0 {
			for i := range 3 {
				k.parts[i] = append(k.parts[i], cellSep)
			}
		}
		n++
		han = k.addCell(text, name) || han
	}
	for i, c := range cells {
		add(c, i < len(names) && names[i])
	}
	for _, p := range people {
		add(p, true)
	}
	if !han {
		return append(dst, k.parts[0]...)
	}
	dst = slices.Grow(dst, len(k.parts[0])+len(k.parts[1])+len(k.parts[2])+len(k.parts[3])+2)
	dst = append(dst, k.parts[0]...)
	dst = append(dst, partSep)
	dst = append(dst, k.parts[1]...)
	dst = append(dst, partSep)
	dst = append(dst, k.parts[2]...)
	return append(dst, k.parts[3]...)
}

// cellKey is one cell's share of each part of a key.
type cellKey struct {
	lower, init, full, alt string
	han                    bool
}

// Cells up to maxCached bytes are remembered; the memory is bounded by
// clearing it when it holds maxCache cells.
const (
	maxCached = 36 // twelve Chinese characters: names, departments, states, dates, short indicators
	maxCache  = 1 << 15
)

type cacheKey struct {
	text string
	name bool
}

// addCell appends one cell's share to each part; it reports whether the
// cell held Chinese.
func (k *Keyer) addCell(text string, name bool) bool {
	if isASCII(text) {
		start := len(k.parts[0])
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			k.parts[0] = append(k.parts[0], c)
		}
		k.parts[1] = append(k.parts[1], k.parts[0][start:]...)
		k.parts[2] = append(k.parts[2], k.parts[0][start:]...)
		return false
	}
	if len(text) <= maxCached {
		ck, ok := k.cache[cacheKey{text, name}]
		if !ok {
			k.keyCell(text, name)
			ck = cellKey{string(k.lower), string(k.init), string(k.full), string(k.alt), k.han}
			if k.cache == nil || len(k.cache) >= maxCache {
				k.cache = make(map[cacheKey]cellKey, 1024)
			}
			k.cache[cacheKey{text, name}] = ck
		}
		k.parts[0] = append(k.parts[0], ck.lower...)
		k.parts[1] = append(k.parts[1], ck.init...)
		k.parts[2] = append(k.parts[2], ck.full...)
		k.parts[3] = append(k.parts[3], ck.alt...)
		return ck.han
	}
	k.keyCell(text, name)
	k.parts[0] = append(k.parts[0], k.lower...)
	k.parts[1] = append(k.parts[1], k.init...)
	k.parts[2] = append(k.parts[2], k.full...)
	k.parts[3] = append(k.parts[3], k.alt...)
	return k.han
}

// keyCell keys one cell into the scratch buffers.
func (k *Keyer) keyCell(text string, name bool) {
	k.slots, k.lower = k.slots[:0], k.lower[:0]
	k.init, k.full, k.alt = k.init[:0], k.full[:0], k.alt[:0]
	clear(k.leads)
	k.han = k.segment(text, name)
	if k.han {
		k.windows()
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// segment adds one cell's characters; it reports whether any was
// Chinese.
func (k *Keyer) segment(text string, name bool) bool {
	var lead []string
	if name {
		lead = pinyin.Surname(text)
	}
	han := false
	i := 0
	for _, r := range text {
		r = toLower(r)
		k.lower = utf8.AppendRune(k.lower, r)
		rs := pinyin.Readings(r)
		s := slot{r: r, initAt: int32(len(k.init)), fullAt: int32(len(k.full))}
		if len(rs) == 0 {
			k.init = utf8.AppendRune(k.init, r)
			k.full = utf8.AppendRune(k.full, r)
			s.fullEnd = int32(len(k.full))
			k.slots = append(k.slots, s)
			i++
			continue
		}
		han = true
		if i < len(lead) {
			rs = withFirst(lead[i], rs)
			if k.leads == nil {
				k.leads = map[int32][]string{}
			}
			k.leads[int32(len(k.slots))] = rs
		}
		s.han, s.multi = true, len(rs) > 1
		first := rs[0]
		k.init = append(k.init, first[0])
		k.full = append(k.full, first...)
		s.fullEnd = int32(len(k.full))
		k.slots = append(k.slots, s)
		i++
	}
	return han
}

// windows adds, for each other reading of a polyphonic character, its
// initials and its syllables among its neighbours': the Chinese
// characters around it up to the window's width, never past a character
// that is not Chinese (a query that runs into one is rare, and windows
// of digits and punctuation would only cost memory).
func (k *Keyer) windows() {
	for i := range k.slots {
		s := &k.slots[i]
		if !s.multi {
			continue
		}
		rs := k.readings(i)
		for j, alt := range rs[1:] {
			if !initialSeen(rs[:j+1], alt[0]) {
				lo, hi := k.hanRun(i, initialWindow)
				k.alt = append(k.alt, partSep)
				k.alt = append(k.alt, k.init[k.slots[lo].initAt:s.initAt]...)
				k.alt = append(k.alt, alt[0])
				k.alt = append(k.alt, k.init[s.initAt+1:k.initEnd(hi)]...)
			}
			lo, hi := k.hanRun(i, fullWindow)
			k.alt = append(k.alt, partSep)
			k.alt = append(k.alt, k.full[k.slots[lo].fullAt:s.fullAt]...)
			k.alt = append(k.alt, alt...)
			k.alt = append(k.alt, k.full[s.fullEnd:k.fullEnd(hi)]...)
		}
	}
}

// initialSeen reports whether one of the readings begins with c: its
// initials window is already there.
func initialSeen(readings []string, c byte) bool {
	for _, r := range readings {
		if r[0] == c {
			return true
		}
	}
	return false
}

// hanRun is the window of Chinese characters around slot i, at most w
// each side: slots lo up to (not including) hi.
func (k *Keyer) hanRun(i, w int) (lo, hi int) {
	lo, hi = i, i+1
	for lo > 0 && i-lo < w && k.slots[lo-1].han {
		lo--
	}
	for hi < len(k.slots) && hi-i <= w && k.slots[hi].han {
		hi++
	}
	return lo, hi
}

// initEnd and fullEnd are where the slots before hi end in each part.
func (k *Keyer) initEnd(hi int) int32 {
	if hi >= len(k.slots) {
		return int32(len(k.init))
	}
	return k.slots[hi].initAt
}

func (k *Keyer) fullEnd(hi int) int32 {
	if hi >= len(k.slots) {
		return int32(len(k.full))
	}
	return k.slots[hi].fullAt
}

// withFirst is the readings with a surname reading first.
func withFirst(first string, rs []string) []string {
	out := make([]string, 0, len(rs)+1)
	out = append(out, first)
	for _, r := range rs {
		if r != first {
			out = append(out, r)
		}
	}
	return out
}

// toLower lower-cases ASCII without a table lookup, and other letters
// with unicode.ToLower; Chinese has no case and is returned as it is.
func toLower(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r < 0x80 || pinyin.IsHan(r):
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

// Hint is the pinyin of a person's name as it would be typed — initials,
// then syllables ("zs zhangsan"; 曾晓云 "zxy zengxiaoyun") — or "" for a
// name without Chinese. Other characters are left out: they match as
// typed.
func (k *Keyer) Hint(name string) string {
	var han strings.Builder
	for _, r := range name {
		if pinyin.IsHan(r) {
			han.WriteRune(r)
		}
	}
	if han.Len() == 0 {
		return ""
	}
	lead := pinyin.Surname(han.String())
	var ini, full strings.Builder
	i := 0
	for _, r := range han.String() {
		rs := pinyin.Readings(r)
		switch {
		case i < len(lead):
			ini.WriteByte(lead[i][0])
			full.WriteString(lead[i])
		case len(rs) > 0:
			ini.WriteByte(rs[0][0])
			full.WriteString(rs[0])
		default: // a character the dictionary lacks matches as itself
			ini.WriteRune(r)
			full.WriteRune(r)
		}
		i++
	}
	return ini.String() + " " + full.String()
}

// SortKey orders texts the way Chinese lists are ordered (see
// pinyin.SortKey): by pinyin, then by code point.
func (k *Keyer) SortKey(s string) string { return pinyin.SortKey(s) }

// NameSortKey orders people's names (see pinyin.NameSortKey).
func (k *Keyer) NameSortKey(name string) string { return pinyin.NameSortKey(name) }
