package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"

	"secretary/model"
)

// smallWorkbook is a workbook of one sheet holding rows, written with
// archive/zip so the fuzzer starts from something small it can reach into.
func smallWorkbook(sheetXML string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="任务" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	add("xl/worksheets/sheet1.xml", sheetXML)
	zw.Close()
	return buf.Bytes()
}

// FuzzReadXLSX feeds the workbook reader arbitrary zips. It must never
// panic or hang, refuse with a message for the user or return rows of
// valid text that pass the cell screen, and checking them as a tab never
// panics.
func FuzzReadXLSX(f *testing.F) {
	row := func(cells string) string {
		return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + cells + `</sheetData></worksheet>`
	}
	for _, sheet := range []string{
		row(`<row r="1"><c r="A1" t="inlineStr"><is><t>任务名称</t></is></c><c r="B1" t="inlineStr"><is><t>责任人</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>'=1+2</t></is></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c></row>`),
		row(`<row r="1"><c r="A1" t="n"><v>-5</v></c><c r="C1" t="inlineStr"><is><t>x&#x1b;y</t></is></c></row>`),
		row(`<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999"><c r="A99999999"><v>2</v></c></row>`),
		row(`<row r="1"><c r="A1" t="s"><v>7</v></c></row>`),
		`<worksheet><sheetData><row r="1"><c r="A1"`,
	} {
		f.Add(smallWorkbook(sheet))
	}
	today := model.NewDate(2026, 11, 20)
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Read("fuzz.xlsx", data)
		if err != nil {
			var u model.UserError
			if !errors.As(err, &u) {
				t.Fatalf("error without a message for the user: %v", err)
			}
			return
		}
		for _, tb := range file.Tables {
			for _, r := range tb.Rows {
				for _, c := range r {
					if len(c) > MaxCellChars*4 {
						t.Fatalf("a cell of %d bytes passed", len(c))
					}
				}
			}
		}
		for _, tab := range []model.Entity{0, model.EntityTask} {
			_ = Prepare(file, &model.Ledger{}, Options{Today: today, Tab: tab})
		}
	})
}
