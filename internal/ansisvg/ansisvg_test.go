package ansisvg

import (
	"strings"
	"testing"
)

func TestWideCharactersTakeTwoCells(t *testing.T) {
	sc := Parse("\x1b[1;38;5;111m编号\x1b[0m T-1 ⚠ 张三·李四 🎤|\n")
	if sc.Cols != 4+5+2+10+2+1 {
		t.Fatalf("cols %d", sc.Cols)
	}
	col := 0
	for _, c := range sc.Lines[0] {
		if c.Text == "|" && col != sc.Cols-1 {
			t.Fatalf("the bar is at cell %d, want %d", col, sc.Cols-1)
		}
		col += c.Width
	}
	if !sc.Lines[0][0].Style.Bold || sc.Lines[0][0].Style.FG == "" {
		t.Fatalf("style of 编: %+v", sc.Lines[0][0].Style)
	}
	svg := SVG(sc, DefaultOptions())
	if !strings.Contains(svg, ">编</text>") || !strings.Contains(svg, `text-anchor="middle"`) {
		t.Fatal("wide characters should be centred in their cells")
	}
}
