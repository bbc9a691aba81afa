package sheet

import (
	"strings"

	"secretary/model"
)

// decisionTab is the meetings' decisions (决定事项), each with its owner,
// due date and indicator, and how far it has been carried out (derived
// from its tasks, never typed). A row is overdue when its status is.
var decisionTab = recordTab(model.EntityDecision, decisionColumns, nil)

func decisionColumns() []column[model.Decision] {
	return []column[model.Decision]{
		codeColumn(model.EntityDecision, func(d *model.Decision) model.ID { return d.ID }),
		{key: "decision.meeting", head: "meeting", alias: []string{"会议"}, required: true,
			get: func(x *exporter, d *model.Decision) Cell { return x.ref(model.EntityMeeting, d.MeetingID) },
			set: func(c *cellIn, d *model.Decision) { d.MeetingID = c.ref(model.EntityMeeting) }},
		{key: "decision.no", head: "no", alias: []string{"序号"}, kind: KindInt, required: true,
			get: func(_ *exporter, d *model.Decision) Cell { return optIntCell(d.No) },
			set: func(c *cellIn, d *model.Decision) { d.No = c.int() }},
		{key: "decision.text", head: "decision", alias: []string{"决定内容", "事项"}, wrap: true, required: true,
			get: func(_ *exporter, d *model.Decision) Cell { return textCell(d.Text) },
			set: func(c *cellIn, d *model.Decision) { d.Text = c.text() }},
		{key: "decision.owner", head: "owner", alias: []string{"负责人"}, list: listOwner,
			get: func(x *exporter, d *model.Decision) Cell { return x.owner(d.OwnerID) },
			set: func(c *cellIn, d *model.Decision) { d.OwnerID = c.owner() }},
		{key: "decision.due", head: "due", alias: []string{"完成时间"}, kind: KindDate,
			get: func(_ *exporter, d *model.Decision) Cell { return dateCell(d.Due) },
			set: func(c *cellIn, d *model.Decision) { d.Due = c.date() }},
		{key: "decision.indicator", head: "indicator", alias: []string{"完成标准"}, wrap: true,
			get: func(_ *exporter, d *model.Decision) Cell { return textCell(d.Indicator) },
			set: func(c *cellIn, d *model.Decision) { d.Indicator = c.text() }},
		{key: "decision.area", head: "area", list: listArea,
			get: func(x *exporter, d *model.Decision) Cell { return enumCell(x, d.Area) },
			set: func(c *cellIn, d *model.Decision) { d.Area = parseEnum[model.WorkArea](c) }},
		{key: "decision.status", head: "status", derived: true,
			get: func(x *exporter, d *model.Decision) Cell { return enumCell(x, x.decisionStatus(d)) }},
		{key: "decision.tasks", head: "tasks", derived: true,
			get: func(x *exporter, d *model.Decision) Cell {
				ids := x.decisionTasks()[d.ID]
				parts := make([]string, len(ids))
				for i, id := range ids {
					parts[i] = model.Code(model.EntityTask, id)
				}
				return textCell(strings.Join(parts, model.ListSep(x.lang)))
			}},
		{key: "decision.notes", head: "notes", wrap: true,
			get: func(_ *exporter, d *model.Decision) Cell { return textCell(d.Notes) },
			set: func(c *cellIn, d *model.Decision) { d.Notes = c.text() }},
	}
}
