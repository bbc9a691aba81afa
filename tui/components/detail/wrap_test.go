package detail

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapBreaksChineseAnywhereAndLatinAtSpaces(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		{"1. 建成达标的心理辅导中心", 10, "1. 建成达\n标的心理辅\n导中心"},
		{"Peer supporters training", 10, "Peer\nsupporters\ntraining"},
		{"心理委员培训 (Peer supporters)", 12, "心理委员培训\n(Peer\nsupporters)"},
		{"每学期至少2次讲座，覆盖率≥90%", 8, "每学期至\n少2次讲\n座，覆盖\n率≥90%"},
		{"一二三，四", 6, "一二\n三，四"},
		{"", 5, ""},
	}
	for _, c := range cases {
		if got := Wrap(c.in, c.width); got != c.want {
			t.Errorf("Wrap(%q, %d) =\n%q\nwant\n%q", c.in, c.width, got, c.want)
		}
	}
}

func TestWrapNeverExceedsWidth(t *testing.T) {
	s := "学校心理健康教育三年发展规划（2025—2028）建立学生、家庭、学校、医院四方联动的危机干预机制 🎤 Lecture on well-being"
	for w := 4; w < 40; w++ {
		for _, l := range strings.Split(Wrap(s, w), "\n") {
			lw := ansi.StringWidth(l)
			if lw > w {
				t.Fatalf("width %d: line %q is %d cells", w, l, lw)
			}
		}
	}
}
