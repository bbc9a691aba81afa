package model

// documentKind declares the group's rules and official documents.
var documentKind = declare(kindSpec[Document, *Document]{
	entity: EntityDocument,
	prefix: "W", // 文件
	code:   "document",
	plural: "documents",
	slice:  func(l *Ledger) *[]Document { return &l.Documents },
	fields: []fieldSpec{
		enum("document.kind", func(d *Document) DocKind { return d.Kind }),
		plain("document.number", func(d *Document) any { return d.Number }),
		plain("document.title", func(d *Document) any { return d.Title }),
		plain("document.issuer", func(d *Document) any { return d.Issuer }),
		plain("document.adopted", func(d *Document) any { return d.Adopted }),
		plain("document.review_due", func(d *Document) any { return d.ReviewDue }),
		enum("document.status", func(d *Document) DocStatus { return d.Status }),
		plain("document.notes", func(d *Document) any { return d.Notes }),
	},
})
