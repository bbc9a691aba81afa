package sheet

import "secretary/model"

// evidenceTab is the evidence items, each with the indicators it supports.
// The files themselves stay in the evidence folder; the sheet names them.
var evidenceTab = recordTab(model.EntityEvidence, evidenceColumns, nil)

func evidenceColumns() []column[model.Evidence] {
	return []column[model.Evidence]{
		codeColumn(model.EntityEvidence, func(e *model.Evidence) model.ID { return e.ID }),
		{key: "evidence.title", head: "title", required: true,
			get: func(_ *exporter, e *model.Evidence) Cell { return textCell(e.Title) },
			set: func(c *cellIn, e *model.Evidence) { e.Title = c.text() }},
		{key: "evidence.record", head: "record",
			get: func(x *exporter, e *model.Evidence) Cell { return x.ref(e.Record.Entity, e.Record.ID) },
			set: func(c *cellIn, e *model.Evidence) { e.Record = c.anyRecord() }},
		{key: "evidence.file", head: "file",
			get: func(_ *exporter, e *model.Evidence) Cell { return textCell(e.FileName) },
			set: func(c *cellIn, e *model.Evidence) { e.FileName = c.text() }},
		{key: "evidence.size", head: "size", kind: KindInt,
			get: func(_ *exporter, e *model.Evidence) Cell {
				if !e.HasFile() {
					return Cell{Kind: KindInt, Empty: true}
				}
				return Cell{Kind: KindInt, Num: float64(e.Size)}
			},
			set: func(c *cellIn, e *model.Evidence) { e.Size = int64(c.int()) }},
		{key: "evidence.sha256", head: "sha256",
			get: func(_ *exporter, e *model.Evidence) Cell { return textCell(e.SHA256) },
			set: func(c *cellIn, e *model.Evidence) { e.SHA256 = c.trimmed() }},
		{key: "evidence.date", head: "date", kind: KindDate,
			get: func(_ *exporter, e *model.Evidence) Cell { return dateCell(e.Date) },
			set: func(c *cellIn, e *model.Evidence) { e.Date = c.date() }},
		{key: "evidence.added_on", head: "added_on", kind: KindDate,
			get: func(_ *exporter, e *model.Evidence) Cell { return dateCell(e.AddedOn) },
			set: func(c *cellIn, e *model.Evidence) { e.AddedOn = c.date() }},
		{key: "evidence.added_by", head: "added_by",
			get: func(_ *exporter, e *model.Evidence) Cell { return textCell(e.AddedBy) },
			set: func(c *cellIn, e *model.Evidence) { e.AddedBy = c.text() }},
		{key: "evidence.indicators", head: "indicators", wrap: true,
			get: func(x *exporter, e *model.Evidence) Cell { return x.codeList(model.EntityIndicator, e.Indicators) },
			set: func(c *cellIn, e *model.Evidence) { e.Indicators = c.refList(model.EntityIndicator) }},
		{key: "evidence.notes", head: "notes", wrap: true,
			get: func(_ *exporter, e *model.Evidence) Cell { return textCell(e.Notes) },
			set: func(c *cellIn, e *model.Evidence) { e.Notes = c.text() }},
	}
}
