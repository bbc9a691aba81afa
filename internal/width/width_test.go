package width

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestWidthRule(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{
		"abc":     3,
		"中文":      4,
		"，。":      4, // fullwidth punctuation is wide
		"“≥·—”":   5, // ambiguous: narrow, whatever the locale
		"🧠":       2,
		"👩‍🏫":     2, // one grapheme
		"A-6 活动":  8,
		"\u00a0x": 2,
	} {
		if got := Cells(s); got != want {
			t.Errorf("Cells(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWrap(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		w    int
		want []string
	}{
		{"short", 10, []string{"short"}},
		{"hello brave new world", 11, []string{"hello brave", "new world"}},
		{"一二三四五六七八", 6, []string{"一二三", "四五六", "七八"}},
		// Closing punctuation stays with the character before it…
		{"一二，三四", 4, []string{"一", "二，", "三四"}},
		// …opening punctuation with the one after.
		{"一二（三四）", 6, []string{"一二", "（三", "四）"}},
		// Latin words inside Chinese stay whole.
		{"心理委员培训 Peer supporters", 16, []string{"心理委员培训", "Peer supporters"}},
		{"覆盖率≥90%以上", 8, []string{"覆盖率", "≥90%以上"}},
		// A word longer than the line is broken between graphemes.
		{"Supercalifragilistic", 8, []string{"Supercal", "ifragili", "stic"}},
		// A no-break space holds a code to its date.
		{"T-6\u00a02026-11-10，T-17\u00a02026-11-17", 18, []string{"T-6\u00a02026-11-10，", "T-17\u00a02026-11-17"}},
		{"第一行\n第二行", 20, []string{"第一行", "第二行"}},
		{"", 5, []string{""}},
		{"🧠🧠🧠", 4, []string{"🧠🧠", "🧠"}},
	}
	for _, c := range cases {
		got := Wrap(c.in, c.w)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		for _, l := range got {
			if Cells(l) > c.w {
				t.Errorf("Wrap(%q, %d): line %q is too wide", c.in, c.w, l)
			}
		}
		if strings.Join(got, "") != strings.NewReplacer(" ", "", "\n", "").Replace(c.in) && !strings.Contains(c.in, " ") {
			t.Errorf("Wrap(%q) lost text: %q", c.in, got)
		}
	}
}

func TestFit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"中文字", 4, "中…"},
		{"中文字", 5, "中文…"},
		{"👩‍🏫老师", 3, "👩‍🏫…"},
		{"x", 0, ""},
	} {
		got := Fit(c.in, c.w)
		if got != c.want || Cells(got) > c.w {
			t.Errorf("Fit(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}

// TestWidthFastPathAgrees checks the rune-by-rune shortcut against the
// grapheme rule on random text mixing everything that clusters: combining
// marks, joiners, variation selectors, emoji, flags, Hangul jamo.
func TestWidthFastPathAgrees(t *testing.T) {
	t.Parallel()
	pool := []rune("aZ9 ~中文，。、（）“”‘’·—…≥%①Ⅻアあ한\u00a0\u00ad\u0301\u200d\ufe0f\u20e3\u3099\uff9e🧠👩🏽🇨🇳✨⌚\t\x01\u1100\u1161\u302a")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		n := rng.IntN(12)
		rs := make([]rune, n)
		for j := range rs {
			rs[j] = pool[rng.IntN(len(pool))]
		}
		s := string(rs)
		if got, want := Cells(s), cells.String(s); got != want {
			t.Fatalf("Cells(%+q) = %d, the grapheme rule says %d", s, got, want)
		}
		var sum int
		EachGrapheme(s, func(_ string, _ rune, w int) { sum += w })
		if sum != cells.String(s) {
			t.Fatalf("graphemes of %+q add up to %d, want %d", s, sum, cells.String(s))
		}
	}
}

func TestRuneWidthShortcut(t *testing.T) {
	t.Parallel()
	for r := rune(0x20); r < 0xa000; r++ {
		if loneRune(r) && runeWidth(r) != cells.Rune(r) {
			t.Fatalf("runeWidth(%U) = %d, the rule says %d", r, runeWidth(r), cells.Rune(r))
		}
	}
}
