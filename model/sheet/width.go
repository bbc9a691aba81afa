package sheet

import (
	"strings"

	"golang.org/x/text/width"
)

// displayWidth is how many narrow characters a text takes on screen:
// Chinese characters and emoji count two. A spreadsheet column's width is
// measured in narrow characters, so this is what makes Chinese columns
// wide enough.
func displayWidth(s string) int {
	best := 0
	for _, line := range strings.Split(s, "\n") {
		n := 0
		for _, r := range line {
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				n += 2
			default:
				n++
			}
		}
		best = max(best, n)
	}
	return best
}

// Column widths, in characters.
const (
	minColWidth  = 6
	maxColWidth  = 50 // one-line text: wider would push the rest off screen
	maxWrapWidth = 40 // long text wraps inside its cell instead
	dateColWidth = 12
)

// colWidth fits a column to its header and its widest value.
func colWidth(c colInfo, head string, widest int) float64 {
	w := max(displayWidth(head), widest)
	switch {
	case c.kind == KindDate:
		w = max(w, dateColWidth-2)
	case c.wrap:
		w = min(w, maxWrapWidth)
	default:
		w = min(w, maxColWidth)
	}
	return float64(max(w+2, minColWidth))
}
