package sheet

// Message keys; internal/i18n/sheet.go translates them.
const (
	// Where a problem is.
	MsgAtSheet = "sheet.at.sheet" // args: sheet, reason
	MsgAtRow   = "sheet.at.row"   // args: sheet, row, reason
	MsgAtCell  = "sheet.at.cell"  // args: sheet, row, column, reason
	MsgAtValue = "sheet.at.value" // args: sheet, row, column, value, reason

	// Reading the file.
	MsgEmptyFile   = "sheet.empty_file"    // args: file
	MsgNotSheet    = "sheet.not_sheet"     // args: file
	MsgOldXLS      = "sheet.old_xls"       // args: file
	MsgODS         = "sheet.ods"           // args: file
	MsgBadXLSX     = "sheet.bad_xlsx"      // args: file, cause
	MsgTooBig      = "sheet.too_big"       // args: file, size in MB, limit in MB
	MsgTooManyRows = "sheet.too_many_rows" // args: sheet, limit
	MsgCSVSyntax   = "sheet.csv_syntax"    // args: file, line, reason
	MsgCSVQuote    = "sheet.csv_quote"     // a quote inside an unquoted field
	MsgCSVOpenQ    = "sheet.csv_open_quote"
	MsgReadFailed  = "sheet.read_failed"   // args: file, cause
	MsgControlChar = "sheet.control_char"  // args: file, sheet, row, column letters, U+XXXX
	MsgCellTooLong = "sheet.cell_too_long" // args: file, sheet, row, column letters, limit
	MsgUnzipLimit  = "sheet.unzip_limit"   // args: file, part, size in MB, limit in MB
	MsgTagTooLong  = "sheet.tag_too_long"  // args: file, part
	MsgBadSheet    = "sheet.bad_sheet"     // args: file, sheet, cause

	// Sheets and headers.
	MsgNothing       = "sheet.nothing"        // args: file, list of tab names
	MsgUnknownTab    = "sheet.unknown_tab"    // args: headers found, tab names
	MsgAmbiguousTab  = "sheet.ambiguous_tab"  // args: tab, tab, tab names
	MsgSheetIgnored  = "sheet.sheet_ignored"  // args: sheet (a note)
	MsgNoHeaders     = "sheet.no_headers"     // args: tab, expected headers
	MsgExtraColumn   = "sheet.extra_column"   // args: header (a note)
	MsgNoHeaderCol   = "sheet.no_header_col"  // args: column letter (a note)
	MsgDupColumn     = "sheet.dup_column"     // args: header, other header
	MsgMissingColumn = "sheet.missing_column" // args: field key

	// Cells.
	MsgBadCode         = "sheet.bad_code"       // args: entity label, example
	MsgWrongCode       = "sheet.wrong_code"     // args: code, entity label
	MsgDupCode         = "sheet.dup_code"       // args: code, other row
	MsgCodeDeleted     = "sheet.code_deleted"   // args: code
	MsgBadChoice       = "sheet.bad_choice"     // args: value, choices
	MsgBadNumber       = "sheet.bad_number"     // args: value
	MsgNotWhole        = "sheet.not_whole"      // args: value
	MsgNumRange        = "sheet.num_range"      // args: min, max
	MsgNoOwner         = "sheet.no_owner"       // args: name
	MsgOwnerTwice      = "sheet.owner_twice"    // args: name, codes
	MsgOwnerCreated    = "sheet.owner_created"  // args: name, code (a note)
	MsgNoRecord        = "sheet.no_record"      // args: code
	MsgNoSuch          = "sheet.no_such"        // args: entity label, value
	MsgAmbiguous       = "sheet.ambiguous"      // args: value, codes
	MsgBadTarget       = "sheet.bad_target"     // args: value
	MsgNoFinding       = "sheet.no_finding"     // args: finding no, assessment code
	MsgFindingInUse    = "sheet.finding_in_use" // args: finding no, rectification codes
	MsgConflict        = "sheet.conflict"       // args: other row, other value
	MsgBadAudience     = "sheet.bad_audience"   // args: part, choices
	MsgIndicatorNoName = "sheet.indicator_no_name"
	MsgChoice          = "sheet.choice" // args: label; one item of a choices list

	// Committing.
	MsgHasProblems   = "sheet.has_problems"   // args: count
	MsgStale         = "sheet.stale"          // args: code
	MsgCommitInvalid = "sheet.commit_invalid" // args: code, field problems
)
