package sheet

import (
	"bytes"
	"testing"

	"secretary/model/demo"
	"secretary/store/storetest"
)

// BenchmarkWorkbookScan10k is the cost of checkWorkbookZip (the size and
// well-formedness scan before the parser) on the 10,000-record workbook.
func BenchmarkWorkbookScan10k(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, demo.Build(storetest.Today(), 10_000), ExportOptions{Now: storetest.Now()}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := checkWorkbookZip("l.xlsx", buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}
