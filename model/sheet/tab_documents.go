package sheet

import "secretary/model"

// documentTab is the group's rules and official documents; a review that
// is overdue marks the row.
var documentTab = recordTab(model.EntityDocument, documentColumns, func(d *model.Document, today model.Date) bool {
	return d.Review(today) == model.ReviewOverdue
})

func documentColumns() []column[model.Document] {
	return []column[model.Document]{
		codeColumn(model.EntityDocument, func(d *model.Document) model.ID { return d.ID }),
		{key: "document.kind", head: "kind", required: true,
			get: func(x *exporter, d *model.Document) Cell { return enumCell(x, d.Kind) },
			set: func(c *cellIn, d *model.Document) { d.Kind = parseEnum[model.DocKind](c) }},
		{key: "document.number", head: "number", alias: []string{"发文字号"},
			get: func(_ *exporter, d *model.Document) Cell { return textCell(d.Number) },
			set: func(c *cellIn, d *model.Document) { d.Number = c.text() }},
		{key: "document.title", head: "title", alias: []string{"文件名称"}, required: true,
			get: func(_ *exporter, d *model.Document) Cell { return textCell(d.Title) },
			set: func(c *cellIn, d *model.Document) { d.Title = c.text() }},
		{key: "document.issuer", head: "issuer",
			get: func(_ *exporter, d *model.Document) Cell { return textCell(d.Issuer) },
			set: func(c *cellIn, d *model.Document) { d.Issuer = c.text() }},
		{key: "document.adopted", head: "adopted", kind: KindDate,
			get: func(_ *exporter, d *model.Document) Cell { return dateCell(d.Adopted) },
			set: func(c *cellIn, d *model.Document) { d.Adopted = c.date() }},
		{key: "document.review_due", head: "review_due", kind: KindDate,
			get: func(_ *exporter, d *model.Document) Cell { return dateCell(d.ReviewDue) },
			set: func(c *cellIn, d *model.Document) { d.ReviewDue = c.date() }},
		{key: "document.status", head: "status",
			get: func(x *exporter, d *model.Document) Cell { return enumCell(x, d.Status) },
			set: func(c *cellIn, d *model.Document) { d.Status = parseEnum[model.DocStatus](c) }},
		{key: "document.notes", head: "notes", wrap: true,
			get: func(_ *exporter, d *model.Document) Cell { return textCell(d.Notes) },
			set: func(c *cellIn, d *model.Document) { d.Notes = c.text() }},
		{key: "document.overdue", head: "overdue", derived: true,
			get: func(x *exporter, d *model.Document) Cell {
				return overdueCell(x, d.Review(x.today) == model.ReviewOverdue)
			}},
	}
}
