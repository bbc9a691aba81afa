package sheet

import (
	"strings"
	"unicode"
)

// normHeader folds a header (or a sheet or tab name) to the form headers
// are compared in: full-width letters and brackets to ASCII, lower case,
// no spaces, and without a bracketed unit — so "专项资金（元）",
// "专项资金" and "Budget (yuan)" match their column however the file
// spells them.
func normHeader(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～': // full-width ASCII block
			r -= 0xFEE0
		case r == '\u3000':
			r = ' '
		case r == '【' || r == '〔':
			r = '('
		case r == '】' || r == '〕':
			r = ')'
		}
		switch {
		case r == '(' || r == '[':
			depth++
			continue
		case (r == ')' || r == ']') && depth > 0:
			depth--
			continue
		case depth > 0, unicode.IsSpace(r), r == '*', r == '_', r == '\ufeff':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
