package app

import (
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
)

// SheetImportOptions steer a spreadsheet import.
type SheetImportOptions struct {
	// CreateOwners adds a person named in an owner column who is in
	// neither the ledger nor the file's owners sheet, instead of
	// reporting the row (--create-owners).
	CreateOwners bool
	// Tab says which tab a CSV file holds when its headers do not tell;
	// zero recognises it from the headers. A workbook names its tabs.
	Tab model.Entity
	// AllowDuplicates imports rows without a code that match a record
	// the ledger has, instead of skipping them (--allow-duplicates).
	AllowDuplicates bool
}

// SheetImport is a spreadsheet read and checked against the ledger: the
// plan (what each tab gains and changes, Notes and Problems) for the
// front end to show before ApplySheetImport commits it. Nothing has been
// written.
type SheetImport struct {
	*sheet.Import
	File *sheet.File // as read: its name, format and (for CSV) encoding
}

// ReadSheet reads a spreadsheet (.xlsx or CSV, recognised by content),
// with no ledger needed: the command line checks its flags against the
// format before opening the ledger.
func ReadSheet(path string) (*sheet.File, error) { return sheet.ReadFile(path) }

// PrepareSheetImport reads the file and checks every row against the
// ledger as it is in the file now (not as a screen last loaded it), so
// the preview is of what ApplySheetImport will do. A file with problems
// is not an error: its plan lists them, and OK() is false.
func (s *Service) PrepareSheetImport(path string, opts SheetImportOptions) (*SheetImport, error) {
	f, err := ReadSheet(path)
	if err != nil {
		return nil, err
	}
	return s.PrepareSheet(f, opts)
}

// PrepareSheet is PrepareSheetImport of a file already read.
func (s *Service) PrepareSheet(f *sheet.File, opts SheetImportOptions) (*SheetImport, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	l, err := st.Load()
	if err != nil {
		return nil, err
	}
	ids, err := st.LastIDs()
	if err != nil {
		return nil, err
	}
	imp := sheet.Prepare(f, l, sheet.Options{Today: s.Today(), CreateOwners: opts.CreateOwners, LastIDs: ids, Tab: opts.Tab,
		AllowDuplicates: opts.AllowDuplicates})
	return &SheetImport{Import: imp, File: f}, nil
}

// SheetImported is what an applied spreadsheet import did.
type SheetImported struct {
	Result                      // the one journaled step (its Describe is the status line) and every record changed
	Added, Changed model.Counts // records added and changed, per kind
}

// ApplySheetImport commits a prepared import as one undoable step. It
// is refused while the plan has problems, and when a record the plan
// changes was changed by someone else since it was prepared (the
// message names the record: prepare again).
func (s *Service) ApplySheetImport(p *SheetImport) (SheetImported, error) {
	added, changed := p.Counts()
	res, err := s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActImport, func(tx *store.Tx) error { return p.Apply(tx) })
	})
	if err != nil {
		return SheetImported{}, err
	}
	return SheetImported{Result: res, Added: added, Changed: changed}, nil
}
