package sheet

import "strings"

// A text cell that starts with = + - @ (or their full-width forms ＝ ＋ －
// ＠), a tab or a carriage return is read as a formula by Excel, WPS and
// LibreOffice when they open a CSV file: a title "=HYPERLINK(…)" would
// become a live link, "=1+2" a 3. The CSV export writes such cells with a
// leading apostrophe, the usual mark of "this is text" (OWASP's advice on
// CSV injection), and the import takes exactly one apostrophe off again,
// so a title survives the round trip as it was. Numbers and dates are
// written without it: a negative number stays a number. An .xlsx file
// stores every text cell as a string, never a formula, so it needs no
// mark.

// formulaLike reports whether a text would be read as a formula, after
// any apostrophes before it (so that a text that already starts with one
// keeps its own through the round trip).
func formulaLike(s string) bool {
	s = strings.TrimLeft(s, "'")
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	for _, p := range []string{"＝", "＋", "－", "＠"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// neutralize is a text cell as the CSV export writes it.
func neutralize(s string) string {
	if formulaLike(s) {
		return "'" + s
	}
	return s
}

// unneutralize is a cell as the import reads it: the one apostrophe that
// neutralize (or a careful user) put before a formula-like text is taken
// off.
func unneutralize(s string) string {
	if strings.HasPrefix(s, "'") && formulaLike(s) {
		return s[1:]
	}
	return s
}
