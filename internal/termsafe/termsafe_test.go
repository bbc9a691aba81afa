package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestControlCharactersAreShownNotSent(t *testing.T) {
	for in, want := range map[string]string{
		"plain 中文 👩\u200d💻":       "plain 中文 👩\u200d💻",
		"a\x1b]0;pwned\x07b":      "a␛]0;pwned␇b",
		"\x1b[2J\x00\x7f":         "␛[2J␀␡",
		"c1\u009b31m":             "c1<U+009B>31m",
		"x\u202egpj.exe":          "x<U+202E>gpj.exe",
		"zw\u200bsp \u200d":       "zw<U+200B>sp <U+200D>",
		"bad\xffbyte":             `bad\xffbyte`,
		"two\nlines\tand\r\nCRLF": "two\nlines\tand␍\nCRLF",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Line("a\nb\tc"); got != "a␤b c" {
		t.Errorf("Line = %q", got)
	}
}

// FuzzTermsafe: nothing that leaves Text holds a byte a terminal acts on.
func FuzzTermsafe(f *testing.F) {
	for _, s := range []string{"\x1b]52;c;ZXZpbA==\x07", "\u009b2J", "\u202e", "\xff", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, out := range []string{Text(in), Line(in)} {
			if !utf8.ValidString(out) {
				t.Fatalf("%q -> invalid UTF-8 %q", in, out)
			}
			for _, r := range out {
				if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
					t.Fatalf("%q -> %q keeps %U", in, out, r)
				}
			}
		}
		if strings.ContainsAny(Line(in), "\n\t") {
			t.Fatalf("Line(%q) keeps a break", in)
		}
	})
}

func TestWriterShowsControlsAndKeepsCharactersWhole(t *testing.T) {
	var b strings.Builder
	w := Writer(&b)
	in := "任务 T-1「\x1b]0;owned\x07」\n心理"
	// Write it a byte at a time: characters cross writes.
	for i := 0; i < len(in); i++ {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := b.String(), Text(in); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if strings.ContainsRune(b.String(), 0x1b) {
		t.Fatal("an escape reached the terminal")
	}
}
