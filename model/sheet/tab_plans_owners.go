package sheet

import (
	"strings"

	"secretary/model"
)

func planColumns() []column[model.Plan] {
	return []column[model.Plan]{
		codeColumn(model.EntityPlan, func(p *model.Plan) model.ID { return p.ID }),
		{key: "plan.title", head: lbl("title", "计划名称", "Title"), alias: []string{"计划标题"}, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(p.Title) },
			set: func(c *cellIn, p *model.Plan) { p.Title = c.text() }},
		{key: "plan.kind", head: lbl("kind", "计划类型", "Kind"), list: listPlanKind, required: true,
			get: func(x *exporter, p *model.Plan) Cell { return enumCell(x, p.Kind) },
			set: func(c *cellIn, p *model.Plan) { p.Kind = parseEnum[model.PlanKind](c) }},
		{key: "plan.status", head: lbl("status", "状态", "Status"), list: listPlanStatus, required: true,
			get: func(x *exporter, p *model.Plan) Cell { return enumCell(x, p.Status) },
			set: func(c *cellIn, p *model.Plan) { p.Status = parseEnum[model.PlanStatus](c) }},
		{key: "plan.start", head: lbl("start", "开始日期", "Start"), kind: KindDate, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return dateCell(p.Start) },
			set: func(c *cellIn, p *model.Plan) { p.Start = c.date() }},
		{key: "plan.end", head: lbl("end", "结束日期", "End"), kind: KindDate, required: true,
			get: func(_ *exporter, p *model.Plan) Cell { return dateCell(p.End) },
			set: func(c *cellIn, p *model.Plan) { p.End = c.date() }},
		{key: "plan.leader", head: lbl("leader", "负责领导", "Leader"), list: listOwner,
			get: func(x *exporter, p *model.Plan) Cell { return x.owner(p.LeaderID) },
			set: func(c *cellIn, p *model.Plan) { p.LeaderID = c.owner() }},
		{key: "plan.budget", head: lbl("budget", "专项资金（元）", "Budget (yuan)"), kind: KindMoney,
			get: func(_ *exporter, p *model.Plan) Cell { return moneyCell(p.Budget) },
			set: func(c *cellIn, p *model.Plan) { p.Budget = c.money() }},
		{key: "plan.goals", head: lbl("goals", "目标（每行一条）", "Goals (one per line)"), wrap: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(strings.Join(p.Goals, "\n")) },
			set: func(c *cellIn, p *model.Plan) { p.Goals = c.lines() }},
		{key: "plan.progress", head: lbl("progress", "完成率（%）", "Done (%)"), kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Percent()) }},
		{key: "plan.tasks", head: lbl("tasks", "任务数", "Tasks"), kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Total) }},
		{key: "plan.overdue_tasks", head: lbl("overdue_tasks", "逾期任务", "Overdue tasks"), kind: KindInt, derived: true,
			get: func(x *exporter, p *model.Plan) Cell { return intCell(x.progress[p.ID].Overdue) }},
		{key: "plan.notes", head: lbl("notes", "备注", "Notes"), wrap: true,
			get: func(_ *exporter, p *model.Plan) Cell { return textCell(p.Notes) },
			set: func(c *cellIn, p *model.Plan) { p.Notes = c.text() }},
	}
}

func ownerColumns() []column[model.Owner] {
	return []column[model.Owner]{
		codeColumn(model.EntityOwner, func(o *model.Owner) model.ID { return o.ID }),
		{key: "owner.name", head: lbl("name", "姓名", "Name"), required: true,
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Name) },
			set: func(c *cellIn, o *model.Owner) { o.Name = c.text() }},
		{key: "owner.title", head: lbl("role", "职务", "Role"), alias: []string{"职称"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Title) },
			set: func(c *cellIn, o *model.Owner) { o.Title = c.text() }},
		{key: "owner.department", head: lbl("department", "部门", "Department"), alias: []string{"科室", "处室"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Department) },
			set: func(c *cellIn, o *model.Owner) { o.Department = c.text() }},
		{key: "owner.contact", head: lbl("contact", "联系方式", "Contact"), alias: []string{"电话", "联系电话", "手机"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Contact) },
			set: func(c *cellIn, o *model.Owner) { o.Contact = c.text() }},
		{key: "owner.open_tasks", head: lbl("open_tasks", "未完成任务", "Open tasks"), kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].Open) }},
		{key: "owner.overdue_tasks", head: lbl("overdue_tasks", "逾期任务", "Overdue tasks"), kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].Overdue) }},
		{key: "owner.open_rects", head: lbl("open_rects", "未销号整改", "Open rectifications"), kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].OpenRects) }},
		{key: "owner.notes", head: lbl("notes", "备注", "Notes"), wrap: true,
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Notes) },
			set: func(c *cellIn, o *model.Owner) { o.Notes = c.text() }},
	}
}
