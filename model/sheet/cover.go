package sheet

import (
	"fmt"

	"secretary/model"
)

// The cover sheet's lines; their texts are in the catalogue
// (internal/i18n/sheetlayout.go). Read-only.
var (
	coverTitle     = model.Label{Code: "title", Key: "sheet.cover.title"}
	coverTemplate  = model.Label{Code: "template", Key: "sheet.cover.template"}
	coverSchool    = model.Label{Code: "school", Key: "sheet.cover.school"}
	coverSecretary = model.Label{Code: "secretary", Key: "sheet.cover.secretary"}
	coverExported  = model.Label{Code: "exported", Key: "sheet.cover.exported"}
	coverAsOf      = model.Label{Code: "as_of", Key: "sheet.cover.as_of"}
	coverSheet     = model.Label{Code: "sheet", Key: "sheet.cover.sheet"}
	coverRecords   = model.Label{Code: "records", Key: "sheet.cover.records"}
	coverOverdue   = model.Label{Code: "overdue", Key: "sheet.cover.overdue"}
	coverProgram   = model.Label{Code: "program", Key: "sheet.cover.program"}
	coverHowTitle  = model.Label{Code: "how", Key: "sheet.cover.how"}
	coverHowExport = []model.Label{
		{Code: "1", Key: "sheet.cover.how_export.1"},
		{Code: "2", Key: "sheet.cover.how_export.2"},
		{Code: "3", Key: "sheet.cover.how_export.3"},
		{Code: "4", Key: "sheet.cover.how_export.4"},
		coverHowBlank, coverHowDup,
	}
	// How a re-import treats blank cells and rows it has seen before:
	// the same on the exported workbook and on the template.
	coverHowBlank    = model.Label{Code: "blank", Key: "sheet.cover.how_blank"}
	coverHowDup      = model.Label{Code: "dup", Key: "sheet.cover.how_dup"}
	coverHowTemplate = []model.Label{
		{Code: "1", Key: "sheet.cover.how_template.1"},
		{Code: "2", Key: "sheet.cover.how_template.2"},
		{Code: "3", Key: "sheet.cover.how_template.3"},
		{Code: "4", Key: "sheet.cover.how_template.4"},
		{Code: "5", Key: "sheet.cover.how_template.5"},
		coverHowBlank, coverHowDup,
	}
)

// writeCover fills the first sheet: whose ledger, when it was exported,
// how many records each sheet holds, and how to use the workbook.
func (b *book) writeCover(name string) error {
	f, lang, l := b.f, b.lang, b.x.l
	row := 1
	var err error
	set := func(col string, v any, style int) {
		if err != nil {
			return
		}
		cell := fmt.Sprintf("%s%d", col, row)
		if err = f.SetCellValue(name, cell, v); err == nil && style != 0 {
			err = f.SetCellStyle(name, cell, cell, style)
		}
	}
	title := coverTitle
	if b.template {
		title = coverTemplate
	}
	set("A", title.In(lang), b.st.title)
	row++
	if l.Settings.GroupName != "" {
		set("A", l.Settings.GroupName, b.st.subtitle)
		row++
	}
	row++
	pair := func(k model.Label, v string) {
		if v == "" {
			return
		}
		set("A", k.In(lang), b.st.label)
		set("B", v, 0)
		row++
	}
	pair(coverSchool, l.Settings.School)
	pair(coverSecretary, l.Settings.Secretary)
	if !b.template {
		pair(coverExported, b.opts.Now.Format("2006-01-02 15:04"))
		pair(coverAsOf, b.opts.today().String())
		row++
		set("A", coverSheet.In(lang), b.st.header)
		set("B", coverRecords.In(lang), b.st.header)
		set("C", coverOverdue.In(lang), b.st.header)
		row++
		counts := l.Counts()
		for _, t := range tabList {
			set("A", TabLabel(t.entity).In(lang), b.st.label)
			set("B", counts.Of(t.entity), b.st.body[KindInt])
			if t.overdue != nil {
				set("C", overdueCount(b.x.l, t.entity, t.overdue, b.x.today), b.st.body[KindInt])
			}
			row++
		}
	}
	row++
	set("A", coverHowTitle.In(lang), b.st.label)
	how := coverHowExport
	if b.template {
		how = coverHowTemplate
	}
	for _, h := range how {
		set("B", h.In(lang), 0)
		row++
	}
	if b.opts.Version != "" {
		row++
		pair(coverProgram, "secretary "+b.opts.Version)
	}
	if err == nil {
		err = f.SetColWidth(name, "A", "A", 18)
	}
	if err == nil {
		err = f.SetColWidth(name, "B", "C", 16)
	}
	if err != nil {
		return fmt.Errorf("cover sheet: %w", err)
	}
	return nil
}

// overdueCount is how many of the ledger's records of a tab are overdue.
func overdueCount(l *model.Ledger, e model.Entity, overdue func(model.Record, model.Date) bool, today model.Date) int {
	n := 0
	_ = l.EachOf(e, func(r model.Record) error {
		if overdue(r, today) {
			n++
		}
		return nil
	})
	return n
}
