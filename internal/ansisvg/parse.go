// Package ansisvg turns a terminal screen captured with its colours
// (tmux capture-pane -e) into an SVG picture. Every character is placed in
// its own cell by position, so Chinese, which takes two cells, lines up
// whatever font the viewer has: an SVG that relies on the font's advance
// widths drifts as soon as a fallback CJK font is one em wide instead of
// two cells.
package ansisvg

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// Style is one cell's look.
type Style struct {
	FG, BG            string // CSS colours; "" = the default
	Bold, Faint       bool
	Italic, Underline bool
	Reverse           bool
}

// Cell is one character on the screen; a wide character's second cell has
// an empty Text.
type Cell struct {
	Text  string
	Width int
	Style Style
}

// Screen is the parsed capture: lines of cells.
type Screen struct {
	Lines [][]Cell
	Cols  int
}

// Parse reads the capture's text and SGR colour sequences; other escape
// sequences are skipped.
func Parse(capture string) Screen {
	var sc Screen
	for _, line := range strings.Split(strings.TrimRight(capture, "\n"), "\n") {
		cells := parseLine(line)
		w := 0
		for _, c := range cells {
			w += max(c.Width, 0)
		}
		sc.Cols = max(sc.Cols, w)
		sc.Lines = append(sc.Lines, cells)
	}
	return sc
}

func parseLine(line string) []Cell {
	var cells []Cell
	var st Style
	p := ansi.GetParser()
	defer ansi.PutParser(p)
	state := byte(0)
	for len(line) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(line, state, p)
		state = newState
		switch {
		case width > 0 || (n > 0 && !ansi.HasCsiPrefix(seq) && !ansi.HasEscPrefix(seq) && seq[0] >= 0x20):
			g := seq
			if width == 0 {
				width = uniseg.StringWidth(g)
			}
			cells = append(cells, Cell{Text: g, Width: width, Style: st})
			for i := 1; i < width; i++ {
				cells = append(cells, Cell{Width: 0, Style: st})
			}
		case ansi.HasCsiPrefix(seq) && strings.HasSuffix(seq, "m"):
			st = applySGR(st, p.Params())
		}
		line = line[n:]
	}
	return cells
}

// applySGR applies one Select Graphic Rendition sequence.
func applySGR(st Style, params ansi.Params) Style {
	vals := make([]int, 0, len(params))
	for _, prm := range params {
		vals = append(vals, prm.Param(0))
	}
	if len(vals) == 0 {
		return Style{}
	}
	for i := 0; i < len(vals); i++ {
		switch v := vals[i]; {
		case v == 0:
			st = Style{}
		case v == 1:
			st.Bold = true
		case v == 2:
			st.Faint = true
		case v == 3:
			st.Italic = true
		case v == 4:
			st.Underline = true
		case v == 7:
			st.Reverse = true
		case v == 22:
			st.Bold, st.Faint = false, false
		case v == 23:
			st.Italic = false
		case v == 24:
			st.Underline = false
		case v == 27:
			st.Reverse = false
		case v >= 30 && v <= 37:
			st.FG = basic(v - 30)
		case v >= 90 && v <= 97:
			st.FG = basic(v - 90 + 8)
		case v >= 40 && v <= 47:
			st.BG = basic(v - 40)
		case v >= 100 && v <= 107:
			st.BG = basic(v - 100 + 8)
		case v == 39:
			st.FG = ""
		case v == 49:
			st.BG = ""
		case v == 38 || v == 48:
			col, used := extended(vals[i+1:])
			i += used
			if v == 38 {
				st.FG = col
			} else {
				st.BG = col
			}
		}
	}
	return st
}

// extended reads 5;N (256 colours) or 2;R;G;B (true colour).
func extended(rest []int) (string, int) {
	if len(rest) >= 2 && rest[0] == 5 {
		return xterm256(rest[1]), 2
	}
	if len(rest) >= 4 && rest[0] == 2 {
		return rgb(rest[1], rest[2], rest[3]), 4
	}
	return "", len(rest)
}

// palette16 is the sixteen basic colours (a dark theme).
var palette16 = [16]string{
	"#15161e", "#f7768e", "#9ece6a", "#e0af68", "#7aa2f7", "#bb9af7", "#7dcfff", "#a9b1d6",
	"#414868", "#f7768e", "#9ece6a", "#e0af68", "#7aa2f7", "#bb9af7", "#7dcfff", "#c0caf5",
}

func basic(n int) string { return palette16[n&15] }

func xterm256(n int) string {
	switch {
	case n < 16:
		return basic(n)
	case n < 232:
		n -= 16
		lv := func(c int) int {
			if c == 0 {
				return 0
			}
			return 55 + c*40
		}
		return rgb(lv(n/36), lv(n/6%6), lv(n%6))
	default:
		g := 8 + (n-232)*10
		return rgb(g, g, g)
	}
}

func rgb(r, g, b int) string {
	hex := func(v int) string {
		s := strconv.FormatInt(int64(min(max(v, 0), 255)), 16)
		if len(s) == 1 {
			s = "0" + s
		}
		return s
	}
	return "#" + hex(r) + hex(g) + hex(b)
}
