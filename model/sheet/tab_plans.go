package sheet

import (
	"strings"

	"secretary/model"
)

// planTab is the plans sheet: each plan with its progress, computed from
// its tasks.
var planTab = recordTab(model.EntityPlan, planColumns, nil)

func planColumns() []column[model.Plan] {
	return []column[model.Plan]{
		codeColumn(model.EntityPlan, func(p *model.Plan) model.ID { return p.ID }),
		{key: "plan.title", head: "title", alias: []string{"计划标题"}, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(p.Title) },
			set: func(c *cellIn, p *model.Plan) { p.Title = c.text() }},
		{key: "plan.kind", head: "kind", list: listPlanKind, required: true,
			get: func(x *exporter, p *model.Plan) Cell { return enumCell(x, p.Kind) },
			set: func(c *cellIn, p *model.Plan) { p.Kind = parseEnum[model.PlanKind](c) }},
		{key: "plan.status", head: "status", list: listPlanStatus, required: true,
			get: func(x *exporter, p *model.Plan) Cell { return enumCell(x, p.Status) },
			set: func(c *cellIn, p *model.Plan) { p.Status = parseEnum[model.PlanStatus](c) }},
		{key: "plan.start", head: "start", kind: KindDate, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return dateCell(p.Start) },
			set: func(c *cellIn, p *model.Plan) { p.Start = c.date() }},
		{key: "plan.end", head: "end", kind: KindDate, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return dateCell(p.End) },
			set: func(c *cellIn, p *model.Plan) { p.End = c.date() }},
		{key: "plan.leader", head: "leader", list: listOwner,
			get: func(x *exporter, p *model.Plan) Cell { return x.owner(p.LeaderID) },
			set: func(c *cellIn, p *model.Plan) { p.LeaderID = c.owner() }},
		{key: "plan.budget", head: "budget", kind: KindMoney,
			get: func(_ *exporter, p *model.Plan) Cell { return moneyCell(p.Budget) },
			set: func(c *cellIn, p *model.Plan) { p.Budget = c.money() }},
		{key: "plan.goals", head: "goals", wrap: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(strings.Join(p.Goals, "\n")) },
			set: func(c *cellIn, p *model.Plan) { p.Goals = c.lines() }},
		{key: "plan.progress", head: "progress", kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Percent()) }},
		{key: "plan.tasks", head: "tasks", kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Total) }},
		{key: "plan.overdue_tasks", head: "overdue_tasks", kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Overdue) }},
		{key: "plan.notes", head: "notes", wrap: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(p.Notes) },
			set: func(c *cellIn, p *model.Plan) { p.Notes = c.text() }},
	}
}
