package sheet

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"

	"github.com/xuri/excelize/v2"

	"secretary/model"
)

// parallelFrom is the workbook size from which sheets are read in
// parallel: parsing the sheets' XML is most of an import's time, and a
// second core halves it. Each reader opens its own copy of the workbook,
// so nothing is shared between them.
const parallelFrom = 256 << 10

// readXLSX reads every sheet's cells as stored: numbers unformatted and
// dates as serial numbers, so that reading does not depend on how the
// cells happen to be formatted.
// rows is how many <row> elements each sheet holds (checkWorkbookZip).
func readXLSX(name string, data []byte, rows map[string]int) (_ *File, err error) {
	defer recoverBadXLSX(name, &err)
	// Refused before any sheet is parsed: the rows are counted in the
	// zip's check, and every sheet's rows are held at once.
	total := 0
	for _, n := range rows {
		total += n
	}
	if total > MaxRows {
		return nil, model.NewMsgError(MsgTooManyRows, name, MaxRows)
	}
	wb, err := openWorkbook(name, data)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	date1904 := false
	if props, err := wb.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	sheets := wb.GetSheetList()
	f := &File{Name: name, Format: FormatXLSX, Tables: make([]Table, len(sheets))}
	errs := make([]error, len(sheets))
	workers := 1
	if len(data) >= parallelFrom {
		workers = min(runtime.GOMAXPROCS(0), len(sheets), 4)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		var own *excelize.File // the first reader uses wb; the others open their own
		if w == 0 {
			own = wb
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if own == nil {
				var err error
				if own, err = openWorkbook(name, data); err != nil {
					for i := range jobs {
						errs[i] = err
					}
					return
				}
				defer own.Close()
			}
			for i := range jobs {
				f.Tables[i], errs[i] = readSheet(name, own, sheets[i], date1904, rows[sheets[i]])
			}
		}()
	}
	for i := range sheets {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func openWorkbook(name string, data []byte) (wb *excelize.File, err error) {
	defer recoverBadXLSX(name, &err)
	wb, err = excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit})
	if err != nil {
		return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
	}
	return wb, nil
}

// recoverBadXLSX turns a panic inside the workbook parser — a crafted or
// damaged file reaching a corner it does not guard — into the "cannot be
// read" message, so a bad file never takes the program down.
func recoverBadXLSX(name string, err *error) {
	if r := recover(); r != nil {
		*err = model.NewMsgError(MsgBadXLSX, name, fmt.Sprint(r))
	}
}

// readSheet reads one sheet's rows. The parser stops without a word at
// damaged XML; a sheet that yields fewer rows than it has <row> elements
// (want) was cut short, and is an error naming it rather than an import
// of part of it, or of nothing.
func readSheet(name string, wb *excelize.File, sheet string, date1904 bool, want int) (t Table, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = model.NewMsgError(MsgBadSheet, name, sheet, fmt.Sprint(r))
		}
	}()
	t = Table{Name: sheet, date1904: date1904}
	rows, err := wb.Rows(sheet)
	if err != nil {
		return t, model.NewMsgError(MsgBadSheet, name, sheet, err.Error()).Wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return t, model.NewMsgError(MsgBadSheet, name, sheet, err.Error()).Wrap(err)
		}
		if len(t.Rows) >= MaxRows {
			return t, model.NewMsgError(MsgTooManyRows, sheet, MaxRows)
		}
		t.Rows = append(t.Rows, trimRow(cells))
	}
	if err := rows.Error(); err != nil {
		return t, model.NewMsgError(MsgBadSheet, name, sheet, err.Error()).Wrap(err)
	}
	if len(t.Rows) < want {
		return t, model.NewMsgError(MsgBadSheet, name, sheet, "XML")
	}
	return t, nil
}
