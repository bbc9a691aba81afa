package sheet

import "secretary/internal/width"

// Column widths, in characters.
const (
	minColWidth  = 6
	maxColWidth  = 50 // one-line text: wider would push the rest off screen
	maxWrapWidth = 40 // long text wraps inside its cell instead
	dateColWidth = 12
)

// colWidth fits a column to its header and its widest value.
func colWidth(c colInfo, head string, widest int) float64 {
	w := max(width.Lines(head), widest)
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
