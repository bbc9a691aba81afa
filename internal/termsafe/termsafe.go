// Package termsafe renders text for a terminal so that no byte in it acts
// on the terminal: every control character the sanitising rule
// (internal/sanitize) removes and that is still in a text — read from an
// old ledger, a snapshot being checked, a file name, a message from the
// system — is shown as a visible stand-in instead of being sent as is.
// ESC is "␛", other C0 controls are their Control Pictures (U+2400–U+241F),
// DEL is "␡", and C1, bidi and zero-width characters are written as
// <U+202E>. An ESC sequence then reads "␛]0;title␇" on the screen and
// changes neither the title nor the clipboard.
//
// Every writer of data to a terminal passes it through Text (multi-line
// output) or Line (a table cell, one line): the CLI's output, check and
// diff reports, the import preview, the text summary and the TUI's cells.
// It is for data, not for the program's own styling: apply it before
// colouring, never to styled output.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"secretary/internal/sanitize"
)

// Text renders s for a terminal, keeping line breaks and tabs.
func Text(s string) string { return render(s, true) }

// Line renders s for one line of a terminal: a line break is shown as
// "␤" and a tab as a space, so a cell cannot break a table's rows.
func Line(s string) string { return render(s, false) }

func render(s string, multiline bool) string {
	if sanitize.Clean(s) && !strings.ContainsRune(s, '\r') && (multiline || !strings.ContainsAny(s, "\t\n")) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n, bad := sanitize.At(s, i)
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' || r == '\t':
			switch {
			case multiline:
				b.WriteRune(r)
			case r == '\n':
				b.WriteRune('␤')
			default:
				b.WriteByte(' ')
			}
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		case bad:
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Writer passes everything written through Text: the command line's
// output of data (titles, names, paths, messages) reaches the terminal
// with every control character shown, never acted on. A character split
// across two writes is held back until it is whole.
func Writer(w io.Writer) io.Writer { return &writer{w: w} }

type writer struct {
	w    io.Writer
	tail []byte // the start of a character the next write completes
}

func (t *writer) Write(p []byte) (int, error) {
	buf := append(t.tail, p...)
	cut := len(buf)
	// Hold back an incomplete UTF-8 sequence at the end (at most 3 bytes).
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-3; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	t.tail = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(t.w, Text(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}
