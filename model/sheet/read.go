package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"secretary/model"
)

// Format is a spreadsheet file format.
type Format uint8

// Formats the import reads and the export writes.
const (
	FormatXLSX Format = 1 + iota
	FormatCSV
)

// File is a spreadsheet as read: its sheets as rows of text.
type File struct {
	Name      string // the file's base name, for messages
	Format    Format
	Encoding  string // how a CSV was encoded: UTF-8, UTF-8 with BOM, GB18030, UTF-16
	Delimiter rune   // what separates a CSV's cells: a comma, a tab or a semicolon
	Tables    []Table
}

// Table is one sheet: rows of cells as text (dates as Excel serial
// numbers, numbers unformatted), trailing empty cells dropped.
type Table struct {
	Name  string // the sheet's name, or a CSV's file name
	Rows  [][]string
	Lines []int // a CSV's line number of each row (quoted line breaks make them differ); nil: row i is line i+1

	date1904 bool // the workbook counts dates from 1904 (old Mac Excel)
}

func (t *Table) line(row int) int {
	if row < len(t.Lines) {
		return t.Lines[row]
	}
	return row + 1
}

func (t *Table) empty() bool {
	for _, r := range t.Rows {
		if !blank(r) {
			return false
		}
	}
	return true
}

// MaxFileSize bounds what the import reads: far above any real ledger,
// low enough that a wrong file (a video) is refused at once.
const MaxFileSize = 64 << 20

// MaxRows bounds the rows one file may bring, all its sheets together:
// half again the 200,000 an import must take, and far below Excel's
// 1,048,576 — a million one-cell rows fit in a 2 MB CSV and took 850 MB
// to import, over the 512 MB any spreadsheet must be read within.
const MaxRows = 300_000

// ReadFile reads a spreadsheet, recognising its format from its content,
// not its name: .xlsx, or CSV in UTF-8 (with or without BOM), UTF-16 or
// GBK/GB18030. Errors carry translatable messages.
func ReadFile(path string) (*File, error) {
	name := filepath.Base(path)
	fh, err := os.Open(path)
	if err != nil {
		return nil, model.NewMsgError(MsgReadFailed, path, model.Cause(err)).Wrap(err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxFileSize+1))
	if err != nil {
		return nil, model.NewMsgError(MsgReadFailed, path, model.Cause(err)).Wrap(err)
	}
	return Read(name, data)
}

// Read reads a spreadsheet held in memory; name is used in messages.
func Read(name string, data []byte) (*File, error) {
	if len(data) > MaxFileSize {
		return nil, model.NewMsgError(MsgTooBig, name, fmt.Sprintf("%.0f", float64(len(data))/(1<<20)), MaxFileSize>>20)
	}
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return nil, model.NewMsgError(MsgEmptyFile, name)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if isODS(data) {
			return nil, model.NewMsgError(MsgODS, name)
		}
		if !hasWorkbook(data) {
			// A zip, but not a workbook: a .docx, a folder of photos.
			return nil, model.NewMsgError(MsgNotSheet, name)
		}
		rows, err := checkWorkbookZip(name, data)
		if err != nil {
			return nil, err
		}
		return screened(readXLSX(name, data, rows))
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		// The OLE container of .xls (and of password-protected .xlsx).
		return nil, model.NewMsgError(MsgOldXLS, name)
	}
	return screened(readCSV(name, data))
}

// screened checks the cells of a file that was read (see screen).
func screened(f *File, err error) (*File, error) {
	if err != nil {
		return nil, err
	}
	if err := screen(f); err != nil {
		return nil, err
	}
	return f, nil
}

// hasWorkbook reports whether a zip holds an Excel workbook part. A zip
// that cannot be opened at all is left to the workbook reader to report.
func hasWorkbook(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return true
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, "xl/workbook.xml") {
			return true
		}
	}
	return false
}

// isODS recognises an OpenDocument spreadsheet by the mimetype entry it
// stores first, uncompressed.
func isODS(data []byte) bool {
	head := data[:min(len(data), 200)]
	return bytes.Contains(head, []byte("mimetypeapplication/vnd.oasis.opendocument"))
}
