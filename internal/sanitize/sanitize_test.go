package sanitize

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTheRule(t *testing.T) {
	cases := []struct{ in, text, line string }{
		{"组织心理健康讲座", "组织心理健康讲座", "组织心理健康讲座"},
		{"a\tb\nc", "a\tb\nc", "a b c"},
		{"a\r\nb\rc", "a\nb\nc", "a b c"},
		{"\x1b]0;owned\x07title", "]0;ownedtitle", "]0;ownedtitle"},
		{"\x1b[2J\x00\x7f清屏", "[2J清屏", "[2J清屏"},
		{"c1\u009b31m\u0085", "c131m", "c131m"},
		{"invoice\u202Egpj.exe", "invoicegpj.exe", "invoicegpj.exe"},
		{"\u2066iso\u2069\u202Aemb\u202C", "isoemb", "isoemb"},
		{"L\u200eR\u200fA\u061c", "LRA", "LRA"},
		{"张\u200b三\u200c\ufeff\u2060", "张三", "张三"},
		{"张\u200d三", "张三", "张三"},
		{"👩\u200d💻 and 🏳\ufe0f\u200d🌈 and 👍🏽\u200d", "👩\u200d💻 and 🏳\ufe0f\u200d🌈 and 👍🏽", "👩\u200d💻 and 🏳\ufe0f\u200d🌈 and 👍🏽"},
		{"para\u2029graph\u2028line", "para\ngraph\nline", "para graph line"},
		{"bad\xffutf8\xc0", "badutf8", "badutf8"},
		{"“引号”—…（全角）", "“引号”—…（全角）", "“引号”—…（全角）"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.text {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.text)
		}
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
		if !Clean(c.text) {
			i, r := Find(c.text)
			t.Errorf("Text(%q) = %q still breaks the rule at %d (%U)", c.in, c.text, i, r)
		}
	}
}

func TestFindNamesTheFirstOffender(t *testing.T) {
	for in, want := range map[string]rune{
		"ok\x1b[31m": 0x1b, "x\u202ey": 0x202e, "a\u200db": 0x200d, "x\u0085": 0x85, "\r": '\r', "é\xff": utf8.RuneError,
	} {
		if i, r := Find(in); i < 0 || r != want {
			t.Errorf("Find(%q) = %d, %U; want %U", in, i, r, want)
		}
	}
	for _, in := range []string{"", "plain", "多行\n\t文本", "👩\u200d💻", "—“”…"} {
		if i, r := Find(in); i >= 0 {
			t.Errorf("Find(%q) = %d, %U; want none", in, i, r)
		}
	}
}

func TestCleanStringsAreNotCopied(t *testing.T) {
	s := strings.Repeat("心理健康教育工作台账 ", 10)
	if n := testing.AllocsPerRun(100, func() { _ = Text(s) }); n != 0 {
		t.Fatalf("Text allocated %v times for a clean string", n)
	}
}

// FuzzRule: whatever comes in, what the rule lets through passes it,
// applying it again changes nothing, it is valid UTF-8, and a one-line
// field has no line break or tab.
func FuzzRule(f *testing.F) {
	for _, s := range []string{"", "a\tb\r\nc", "\x1b]52;c;ZXZpbA==\x07", "\u202e\u2066\u200d👩\u200d💻", "\xff\xfe", "\u0085\u009b", "张三\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, multi := range []bool{true, false} {
			out := clean(in, multi)
			if !utf8.ValidString(out) {
				t.Fatalf("clean(%q, %v) = %q: invalid UTF-8", in, multi, out)
			}
			if i, r := Find(out); i >= 0 {
				t.Fatalf("clean(%q, %v) = %q: %U left at %d", in, multi, out, r, i)
			}
			if again := clean(out, multi); again != out {
				t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
			}
			if strings.ContainsRune(out, '\r') || (!multi && strings.ContainsAny(out, "\t\n")) {
				t.Fatalf("clean(%q, %v) = %q keeps a break", in, multi, out)
			}
			if Clean(in) && multi && out != in && strings.ContainsRune(in, '\r') == false {
				t.Fatalf("clean string %q changed to %q", in, out)
			}
		}
	})
}

type inner struct {
	Text  string
	Count int
}

type record struct {
	ID    uint64
	Title string
	Goals []string
	Items []inner
	One   inner
	Raw   []byte
	skip  string
}

// The load's fast path (offsets) and the reflective walk see the same
// strings: every one cleaned, nothing else touched.
func TestCleanDecodedReachesEveryString(t *testing.T) {
	bad := "a\x1b[2Jb\u202e"
	r := record{ID: 7, Title: bad, Goals: []string{"ok", bad}, Items: []inner{{bad, 1}, {"fine", 2}}, One: inner{bad, 3}, Raw: []byte(bad), skip: bad}
	w := NewWalker(reflect.TypeOf(&r))
	if !w.CleanDecoded(&r) {
		t.Fatal("nothing cleaned")
	}
	want := Text(bad)
	if r.Title != want || r.Goals[1] != want || r.Items[0].Text != want || r.One.Text != want {
		t.Fatalf("%+v", r)
	}
	if r.Goals[0] != "ok" || r.Items[1].Text != "fine" || string(r.Raw) != bad || r.skip != bad || r.ID != 7 || r.Items[1].Count != 2 {
		t.Fatalf("touched what it should not: %+v", r)
	}
	if w.CleanDecoded(&r) {
		t.Fatal("cleaned twice")
	}
	if _, found := w.First(&r); found {
		t.Fatal("the reflective walk still finds something")
	}
}
