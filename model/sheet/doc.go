// Package sheet turns a ledger into spreadsheets and spreadsheets back into
// ledger changes: an .xlsx workbook (a cover sheet, then one sheet per tab)
// or one tab as a CSV file, the empty template, and the import of such
// files — including ones a secretary kept by hand in Excel or WPS.
//
// The package knows the layout (which columns, headers in zh and en, how a
// record maps to rows and back) and the file formats. It does not write
// files in place and does not touch the ledger file: callers write through
// fsutil.WriteFileAtomic and commit an import through store.Do.
//
// Export:
//
//	err := fsutil.WriteFileAtomic(path, func(w io.Writer) error {
//		return sheet.WriteXLSX(w, ledger, sheet.ExportOptions{Lang: lang, Now: clock.Now()})
//	})
//
// Import, in three steps, so a UI can show the preview and ask first:
//
//	f, err := sheet.ReadFile(path)                    // read and decode, any format
//	imp := sheet.Prepare(f, ledger, sheet.Options{...}) // check every row, plan the changes
//	// show imp.Notes, imp.Problems (nothing may be committed while there are any), imp.Tabs
//	entry, err := st.Do(model.ActImport, func(tx *store.Tx) error { return imp.Apply(tx) })
//
// Everything the user reads is a model.Msg (keys "sheet.*", translated by
// internal/i18n); workbook headers and sheet names are labels in both languages
// kept here, in the language the caller asks for.
package sheet
