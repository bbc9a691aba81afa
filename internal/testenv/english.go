package testenv

import (
	"regexp"
	"strings"
)

// English finds the English left in a Chinese text: every run of three or
// more ASCII letters that is not something a user types or a name that
// is the same in every language. What is allowed:
//
//   - options and commands as typed: --force, -o, secretary, sheet export;
//   - file names and extensions: secretary.db, 台账.xlsx, .csv;
//   - codes and environment variables: T-12, O-3, $SECRETARY_DB;
//   - the words in allow: key names (enter, esc, ctrl+s), format and
//     product names (PDF, HTML, CSV, xlsx, Excel, WPS, SHA-256), values an
//     option takes (text, md, semester), and data the test's ledger holds.
//
// It returns each offending token once, in order.
func English(text string, allow map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, tok := range tokens(text) {
		if allowedToken(tok, allow) || seen[tok] {
			continue
		}
		seen[tok] = true
		out = append(out, tok)
	}
	return out
}

// Allow is a set of words for English.
func Allow(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// tokens are the runs of ASCII that are not space or punctuation that
// surrounds a word; Chinese characters end a token too. ANSI escape
// sequences are removed first.
func tokens(text string) []string {
	text = ansiEscape.ReplaceAllString(text, " ")
	return strings.FieldsFunc(text, func(r rune) bool {
		if r >= 0x80 || r <= ' ' {
			return true
		}
		return strings.ContainsRune(`()[]{}<>,;:"'!?|=*`+"`", r)
	})
}

var (
	ansiEscape = regexp.MustCompile(`\x1b\[[0-9;?]*[ -/]*[@-~]`)
	letters3   = regexp.MustCompile(`[A-Za-z]{3,}`)
	fileName   = regexp.MustCompile(`(?i)^\S*\.(db|xlsx|csv|snapshot|age|html?|pdf|md|txt|zip|json|golden|png|jpe?g|docx?|wps|ofd)$`)
	envVar     = regexp.MustCompile(`^\$?[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`)
	code       = regexp.MustCompile(`^[A-Z]{1,3}-\d+$`)
)

// allowedToken reports a token that may stand in a Chinese text.
func allowedToken(tok string, allow map[string]bool) bool {
	tok = strings.TrimRight(strings.TrimLeft(tok, "…·"), ".…·")
	switch {
	case !letters3.MatchString(tok), allow[strings.ToLower(tok)]:
		return true
	case strings.HasPrefix(tok, "-"), fileName.MatchString(tok), envVar.MatchString(tok), code.MatchString(tok):
		return true
	}
	// Keys (ctrl+shift+s), alternatives (lp/lpr, Edge/Chrome) and
	// hyphenated names (SHA-256, since-last) are allowed when every part
	// is.
	for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '+' || r == '/' || r == '-' || r == '.' || r == '_' }) {
		if letters3.MatchString(part) && !allow[strings.ToLower(part)] {
			return false
		}
	}
	return true
}
