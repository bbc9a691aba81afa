package sheet

import (
	"sort"
	"unicode/utf8"

	"secretary/model"
)

// Problem is one thing wrong with (or, as a note, worth knowing about) an
// imported file, placed as precisely as the file allows: the sheet, the
// row, the column and the value, and the reason as a translatable message.
type Problem struct {
	Sheet  string    // the sheet's name in the file (a CSV's file name); "" for the whole file
	Row    int       // the row number a spreadsheet shows (a CSV's line); 0 for the whole sheet
	Column string    // the header as written in the file, or "field.*" for a field the file has no column for
	Value  string    // the cell as written, shortened
	Reason model.Msg // what is wrong and, where it helps, what to do

	sheetIndex int // position of the sheet in the file, for sorting
	colIndex   int
}

// Message is the whole problem as one translatable line.
func (p Problem) Message() model.Msg {
	switch {
	case p.Sheet == "":
		return p.Reason
	case p.Row == 0:
		return model.M(MsgAtSheet, p.Sheet, p.Reason)
	case p.Column == "":
		return model.M(MsgAtRow, p.Sheet, p.Row, p.Reason)
	case p.Value == "":
		return model.M(MsgAtCell, p.Sheet, p.Row, p.Column, p.Reason)
	}
	return model.M(MsgAtValue, p.Sheet, p.Row, p.Column, p.Value, p.Reason)
}

// maxValueRunes keeps a quoted value short enough for one line.
const maxValueRunes = 40

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxValueRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxValueRunes-1]) + "…"
}

// sortProblems puts problems in the order a user walks the file: sheet by
// sheet, row by row, left to right.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.sheetIndex != b.sheetIndex {
			return a.sheetIndex < b.sheetIndex
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return a.colIndex < b.colIndex
	})
}
