package sheet

import (
	"bytes"

	"github.com/xuri/excelize/v2"

	"secretary/model"
)

// unzipLimit bounds how far a workbook may expand when unpacked, so a
// crafted file cannot fill the memory.
const unzipLimit = 512 << 20

// readXLSX reads every sheet's cells as stored: numbers unformatted and
// dates as serial numbers, so that reading does not depend on how the
// cells happen to be formatted.
func readXLSX(name string, data []byte) (*File, error) {
	wb, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit})
	if err != nil {
		return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
	}
	defer wb.Close()
	f := &File{Name: name, Format: FormatXLSX}
	date1904 := false
	if props, err := wb.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	for _, sheet := range wb.GetSheetList() {
		t := Table{Name: sheet, date1904: date1904}
		rows, err := wb.Rows(sheet)
		if err != nil {
			return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
		}
		for rows.Next() {
			cells, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				rows.Close()
				return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
			}
			t.Rows = append(t.Rows, trimRow(cells))
		}
		err = rows.Error()
		rows.Close()
		if err != nil {
			return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
		}
		f.Tables = append(f.Tables, t)
	}
	return f, nil
}
