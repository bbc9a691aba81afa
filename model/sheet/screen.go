package sheet

import (
	"fmt"
	"unicode/utf8"

	"secretary/internal/sanitize"
	"secretary/model"
)

// MaxCellChars is the most a cell may hold: Excel's own limit, so no real
// workbook is refused for it, while a crafted one with a cell of hundreds
// of megabytes is.
const MaxCellChars = 32_767

// screen checks every cell of a file as read, before anything else looks
// at it: a cell longer than Excel allows and a control character that
// could act on a terminal (ESC, the C1 controls, bidi overrides) are
// refused with the sheet, row and column, so the user can find and fix
// it. Line breaks, tabs and carriage returns are ordinary cell content.
// It also takes the CSV export's protective apostrophe off formula-like
// texts (see formula.go).
func screen(f *File) error {
	for ti := range f.Tables {
		t := &f.Tables[ti]
		for ri, row := range t.Rows {
			for ci, cell := range row {
				if len(cell) > MaxCellChars && utf8.RuneCountInString(cell) > MaxCellChars {
					return model.NewMsgError(MsgCellTooLong, f.Name, t.Name, t.line(ri), columnName(ci), MaxCellChars)
				}
				if i, r := sanitize.FindControl(cell); i >= 0 {
					return model.NewMsgError(MsgControlChar, f.Name, t.Name, t.line(ri), columnName(ci), fmt.Sprintf("U+%04X", r))
				}
				row[ci] = unneutralize(cell)
			}
		}
	}
	return nil
}

// columnName is a column's letters as a spreadsheet shows them: A … Z,
// AA, AB, ….
func columnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}
