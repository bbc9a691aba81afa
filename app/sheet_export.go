package app

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"secretary/model"
	"secretary/model/sheet"
)

// MsgNeedTab asks which tab a CSV export is of; args: the tab names.
const MsgNeedTab = "app.sheet_need_tab"

// SheetFormatOf tells a spreadsheet's format from the name it is to be
// written under: .xlsx or .csv.
func SheetFormatOf(path string) (sheet.Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return sheet.FormatXLSX, true
	case ".csv":
		return sheet.FormatCSV, true
	}
	return 0, false
}

// SheetExportRequest is a spreadsheet to write.
type SheetExportRequest struct {
	Path   string
	Format sheet.Format // FormatXLSX: the whole ledger as a workbook; FormatCSV: one tab
	Tab    model.Entity // the tab a CSV holds
	Lang   model.Lang   // headers, sheet names and labels
	Force  bool         // replace an existing file (see CheckOutput)
	// IncludeInternal writes internal meetings' agenda and notes; without
	// it they are withheld (sheet.ExportOptions.IncludeInternal).
	IncludeInternal bool
}

// SheetWritten is a spreadsheet written.
type SheetWritten struct {
	Path   string       // as named
	Size   int64        // bytes
	Counts model.Counts // the records of the ledger it was written from
}

// ExportSheet writes the ledger, as it is in the file now, as a workbook
// or one tab as CSV (UTF-8 with BOM, which Excel and WPS open), through
// a temporary file. The ledger, its backups and an existing file without
// Force are refused (CheckOutput).
func (s *Service) ExportSheet(req SheetExportRequest) (SheetWritten, error) {
	if req.Format == sheet.FormatCSV && req.Tab == 0 {
		return SheetWritten{}, model.NewMsgError(MsgNeedTab, sheet.TabNames(req.Lang))
	}
	target, err := CheckOutput(req.Path, req.Force, Guard{Ledger: s.Path()})
	if err != nil {
		return SheetWritten{}, err
	}
	l, err := s.Load()
	if err != nil {
		return SheetWritten{}, err
	}
	opts := s.sheetOptions(req.Lang)
	opts.IncludeInternal = req.IncludeInternal
	write := func(w io.Writer) error { return sheet.WriteXLSX(w, l, opts) }
	if req.Format == sheet.FormatCSV {
		write = func(w io.Writer) error { return sheet.WriteCSV(w, l, req.Tab, opts) }
	}
	if err := writeFile(req.Path, target, write); err != nil {
		return SheetWritten{}, err
	}
	return SheetWritten{Path: req.Path, Size: fileSize(target), Counts: l.Counts()}, nil
}

func (s *Service) sheetOptions(lang model.Lang) sheet.ExportOptions {
	return sheet.ExportOptions{Lang: lang, Now: s.opts.Clock.Now(), Version: s.opts.Version}
}

// TemplateRequest is an empty workbook to write, to fill in by hand and
// import.
type TemplateRequest struct {
	Path  string
	Lang  model.Lang
	Force bool
}

// TemplateWritten is a template written.
type TemplateWritten struct {
	Path   string
	Owners int // the ledger's people offered in its owner columns
}

// SheetTemplate writes the import template. It needs no ledger, but
// when the one at ledger exists its people are offered in the owner
// columns (the ledger is opened read-only for that).
func SheetTemplate(ledger string, req TemplateRequest, opts Options) (TemplateWritten, error) {
	opts = opts.withDefaults()
	if _, err := os.Stat(ledger); errors.Is(err, fs.ErrNotExist) {
		return writeTemplate(ledger, &model.Ledger{}, req, opts)
	} else if err != nil {
		return TemplateWritten{}, err
	}
	if _, err := CheckOutput(req.Path, req.Force, Guard{Ledger: ledger}); err != nil {
		return TemplateWritten{}, err // before the ledger is opened
	}
	opts.ReadOnly = true
	svc, err := Open(ledger, opts)
	if err != nil {
		return TemplateWritten{}, err
	}
	defer svc.Close()
	return svc.SheetTemplate(req)
}

// SheetTemplate writes the import template offering this ledger's people.
func (s *Service) SheetTemplate(req TemplateRequest) (TemplateWritten, error) {
	l, err := s.Load()
	if err != nil {
		return TemplateWritten{}, err
	}
	return writeTemplate(s.Path(), l, req, s.opts)
}

func writeTemplate(ledger string, l *model.Ledger, req TemplateRequest, opts Options) (TemplateWritten, error) {
	target, err := CheckOutput(req.Path, req.Force, Guard{Ledger: ledger})
	if err != nil {
		return TemplateWritten{}, err
	}
	so := sheet.ExportOptions{Lang: req.Lang, Now: opts.Clock.Now(), Version: opts.Version}
	if err := writeFile(req.Path, target, func(w io.Writer) error { return sheet.WriteTemplate(w, l, so) }); err != nil {
		return TemplateWritten{}, err
	}
	return TemplateWritten{Path: req.Path, Owners: len(l.Owners)}, nil
}

// fileSize is a written file's size, 0 if it cannot be read.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
