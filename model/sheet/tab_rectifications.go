package sheet

import "secretary/model"

// rectificationTab is the rectifications, each under its assessment's
// finding; overdue rows are marked.
var rectificationTab = recordTab(model.EntityRectification, rectColumns, (*model.Rectification).Overdue)

func rectColumns() []column[model.Rectification] {
	return []column[model.Rectification]{
		codeColumn(model.EntityRectification, func(r *model.Rectification) model.ID { return r.ID }),
		{key: "rect.assessment", head: "assessment", required: true,
			get: func(x *exporter, r *model.Rectification) Cell { return x.ref(model.EntityAssessment, r.AssessmentID) },
			set: func(c *cellIn, r *model.Rectification) { r.AssessmentID = c.ref(model.EntityAssessment) }},
		{key: "rect.finding", head: "finding_no", kind: KindInt, required: true,
			get: func(_ *exporter, r *model.Rectification) Cell { return intCell(r.FindingNo) },
			set: func(c *cellIn, r *model.Rectification) { r.FindingNo = c.int() }},
		{key: "rect.finding_text", head: "finding", derived: true, wrap: true,
			get: func(x *exporter, r *model.Rectification) Cell { return x.findingText(r) }},
		{key: "rect.measure", head: "measure", alias: []string{"整改内容"}, wrap: true, required: true,
			get: func(_ *exporter, r *model.Rectification) Cell { return textCell(r.Measure) },
			set: func(c *cellIn, r *model.Rectification) { r.Measure = c.text() }},
		{key: "rect.owner", head: "owner", list: listOwner, required: true,
			get: func(x *exporter, r *model.Rectification) Cell { return x.owner(r.OwnerID) },
			set: func(c *cellIn, r *model.Rectification) { r.OwnerID = c.owner() }},
		{key: "rect.due", head: "due", alias: []string{"整改时限", "完成时限"}, kind: KindDate, required: true,
			get: func(_ *exporter, r *model.Rectification) Cell { return dateCell(r.Due) },
			set: func(c *cellIn, r *model.Rectification) { r.Due = c.date() }},
		{key: "rect.status", head: "status", list: listRectStatus, required: true,
			get: func(x *exporter, r *model.Rectification) Cell { return enumCell(x, r.Status) },
			set: func(c *cellIn, r *model.Rectification) { r.Status = parseEnum[model.RectStatus](c) }},
		{key: "rect.opened_on", head: "opened_on", kind: KindDate,
			get: func(_ *exporter, r *model.Rectification) Cell { return dateCell(r.OpenedOn) },
			set: func(c *cellIn, r *model.Rectification) { r.OpenedOn = c.date() }},
		{key: "rect.closed_on", head: "closed_on", kind: KindDate,
			get: func(_ *exporter, r *model.Rectification) Cell { return dateCell(r.ClosedOn) },
			set: func(c *cellIn, r *model.Rectification) { r.ClosedOn = c.date() }},
		{key: "rect.verifier", head: "verifier", list: listOwner,
			get: func(x *exporter, r *model.Rectification) Cell { return x.owner(r.VerifierID) },
			set: func(c *cellIn, r *model.Rectification) { r.VerifierID = c.owner() }},
		{key: "rect.evidence", head: "evidence", wrap: true,
			get: func(_ *exporter, r *model.Rectification) Cell { return textCell(r.Evidence) },
			set: func(c *cellIn, r *model.Rectification) { r.Evidence = c.text() }},
		{key: "rect.reopen_reason", head: "reopen_reason", wrap: true,
			get: func(_ *exporter, r *model.Rectification) Cell { return textCell(r.ReopenReason) },
			set: func(c *cellIn, r *model.Rectification) { r.ReopenReason = c.text() }},
		{key: "rect.overdue", head: "overdue", derived: true,
			get: func(x *exporter, r *model.Rectification) Cell { return overdueCell(x, r.Overdue(x.today)) }},
	}
}
