package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"secretary/model"
)

// Text encodings a CSV is recognised in.
const (
	EncUTF8    = "UTF-8"
	EncUTF8BOM = "UTF-8 BOM"
	EncUTF16   = "UTF-16"
	EncGB18030 = "GB18030"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readCSV reads one tab from CSV text. Excel on Chinese Windows saves
// "CSV" in GBK and "Unicode text" in UTF-16 with tabs; both are
// recognised, as are semicolon-separated files.
func readCSV(name string, data []byte) (*File, error) {
	text, enc, ok := decodeText(data)
	if !ok || looksBinary(text) {
		return nil, model.NewMsgError(MsgNotSheet, name)
	}
	if strings.TrimSpace(text) == "" {
		return nil, model.NewMsgError(MsgEmptyFile, name)
	}
	delim := sniffDelimiter(text)
	t, err := parseCSV(name, text, delim)
	if err != nil {
		return nil, err
	}
	return &File{Name: name, Format: FormatCSV, Encoding: enc, Delimiter: delim, Tables: []Table{*t}}, nil
}

// parseCSV splits CSV text into rows, noting the line each starts on.
func parseCSV(name, text string, delim rune) (*Table, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1
	t := &Table{Name: name}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		if len(t.Rows) >= MaxRows {
			return nil, model.NewMsgError(MsgTooManyRows, name, MaxRows)
		}
		line, _ := r.FieldPos(0)
		t.Rows = append(t.Rows, trimRow(rec))
		t.Lines = append(t.Lines, line)
	}
	return t, nil
}

// decodeText turns the bytes into text: a byte-order mark decides, then
// valid UTF-8 is UTF-8, and anything else is read as GB18030 (a superset
// of GBK) — which must then decode without a single invalid sequence, or
// the file is not text we know.
func decodeText(data []byte) (string, string, bool) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		rest := data[len(utf8BOM):]
		return string(rest), EncUTF8BOM, utf8.Valid(rest)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return string(out), EncUTF16, err == nil && !bytes.ContainsRune(out, utf8.RuneError)
	case utf8.Valid(data):
		return string(data), EncUTF8, true
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	return string(out), EncGB18030, err == nil && !bytes.ContainsRune(out, utf8.RuneError)
}

// looksBinary tells a file that is not text at all (a NUL byte, or many
// control characters: an image, a program) from a text file with a stray
// control character in a cell, which screen reports with its row and
// column.
func looksBinary(text string) bool {
	if strings.IndexByte(text, 0) >= 0 {
		return true
	}
	n := 0
	for i := 0; i < len(text); i++ {
		if b := text[i]; b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f {
			n++
		}
	}
	return n > 8+len(text)/256
}

// sniffDelimiter picks the separator the first line uses most, outside
// quotes: a comma, a tab or a semicolon.
func sniffDelimiter(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range text {
		if r == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if r == '\n' {
			break
		}
		counts[r]++
	}
	best := ','
	for _, d := range []rune{'\t', ';'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}

// trimRow drops trailing empty cells, so rows compare by content.
func trimRow(rec []string) []string {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	return rec[:n]
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return model.NewMsgError(MsgReadFailed, name, model.Cause(err)).Wrap(err)
	}
	reason, line := model.M(MsgCSVQuote), pe.Line
	if errors.Is(pe.Err, csv.ErrQuote) {
		// An unclosed quote is found where the text ends; the user needs
		// the line the field started on.
		reason, line = model.M(MsgCSVOpenQ), pe.StartLine
	}
	return model.NewMsgError(MsgCSVSyntax, name, line, reason).Wrap(err)
}
