package sheet

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"secretary/model"
)

// ExportOptions say how a workbook is written.
type ExportOptions struct {
	Lang model.Lang // headers, sheet names, labels; default Chinese
	// Now is when the export is made, shown on the cover; its day is the
	// "today" overdue marks are computed for.
	Now     time.Time
	Version string // the program's version, shown on the cover
	// IncludeInternal writes the agenda and notes of internal meetings
	// (研判会); without it they are withheld, and an import of the file
	// keeps what the ledger holds.
	IncludeInternal bool
}

func (o ExportOptions) today() model.Date { return model.DateOf(o.Now) }

func (o ExportOptions) lang() model.Lang {
	if o.Lang == model.LangEn {
		return model.LangEn
	}
	return model.LangZh
}

// headers are a tab's header cells in the language.
func headers(e model.Entity, lang model.Lang) []string {
	cols := columnsOf(e)
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.head.In(lang)
	}
	return out
}

// WriteCSV writes one tab as CSV: UTF-8 with a byte-order mark (without
// it Excel on Chinese Windows shows mojibake), RFC 4180 quoting and line
// ends, dates as 2026-12-01 and amounts as plain numbers.
func WriteCSV(w io.Writer, l *model.Ledger, tab model.Entity, opts ExportOptions) error {
	if tabOf(tab) == nil {
		return fmt.Errorf("sheet: no tab %d", tab)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.Write(utf8BOM); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(headers(tab, opts.lang())); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	x := newExporter(l, opts.lang(), opts.today()).withDerived()
	x.includeInternal = opts.IncludeInternal
	var werr error
	record := make([]string, 0, 32)
	exportRows(x, tab, func(cells []Cell, _ bool) {
		if werr != nil {
			return
		}
		record = record[:0]
		for _, c := range cells {
			if c.Kind == KindText {
				record = append(record, neutralize(c.String()))
			} else {
				record = append(record, c.String())
			}
		}
		werr = cw.Write(record)
	})
	if werr != nil {
		return fmt.Errorf("write csv: %w", werr)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
