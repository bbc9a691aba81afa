package sheet

import "secretary/model"

// taskTab is the responsibility list (责任清单): each task to a person, a
// date and an indicator; overdue rows are marked.
var taskTab = recordTab(model.EntityTask, taskColumns, (*model.Task).Overdue).matchBy(taskMatch)

func taskColumns() []column[model.Task] {
	return []column[model.Task]{
		codeColumn(model.EntityTask, func(t *model.Task) model.ID { return t.ID }),
		{key: "task.title", head: "title", alias: []string{"工作任务", "任务内容", "工作内容", "具体任务"}, required: true,
			get: func(_ *exporter, t *model.Task) Cell { return textCell(t.Title) },
			set: func(c *cellIn, t *model.Task) { t.Title = c.text() }},
		{key: "task.plan", head: "plan",
			get: func(x *exporter, t *model.Task) Cell { return x.ref(model.EntityPlan, t.PlanID) },
			set: func(c *cellIn, t *model.Task) { t.PlanID = c.ref(model.EntityPlan) }},
		{key: "task.area", head: "area", list: listArea, required: true,
			get: func(x *exporter, t *model.Task) Cell { return enumCell(x, t.Area) },
			set: func(c *cellIn, t *model.Task) { t.Area = parseEnum[model.WorkArea](c) }},
		{key: "task.owner", head: "owner", alias: []string{"负责人", "责任人员"}, list: listOwner, required: true,
			get: func(x *exporter, t *model.Task) Cell { return x.owner(t.OwnerID) },
			set: func(c *cellIn, t *model.Task) { t.OwnerID = c.owner() }},
		{key: "task.supervisor", head: "supervisor", list: listOwner,
			get: func(x *exporter, t *model.Task) Cell { return x.owner(t.SupervisorID) },
			set: func(c *cellIn, t *model.Task) { t.SupervisorID = c.owner() }},
		{key: "task.start", head: "start", kind: KindDate,
			get: func(_ *exporter, t *model.Task) Cell { return dateCell(t.Start) },
			set: func(c *cellIn, t *model.Task) { t.Start = c.date() }},
		{key: "task.due", head: "due", alias: []string{"完成时限", "完成时间", "截止时间", "时间节点"}, kind: KindDate, required: true,
			get: func(_ *exporter, t *model.Task) Cell { return dateCell(t.Due) },
			set: func(c *cellIn, t *model.Task) { t.Due = c.date() }},
		{key: "task.indicator", head: "indicator", alias: []string{"考核标准", "完成标准", "验收标准"}, wrap: true,
			get: func(_ *exporter, t *model.Task) Cell { return textCell(t.Indicator) },
			set: func(c *cellIn, t *model.Task) { t.Indicator = c.text() }},
		{key: "task.status", head: "status", list: listTaskStatus, required: true,
			get: func(x *exporter, t *model.Task) Cell { return enumCell(x, t.Status) },
			set: func(c *cellIn, t *model.Task) { t.Status = parseEnum[model.TaskStatus](c) }},
		{key: "task.progress", head: "progress", kind: KindInt,
			get: func(_ *exporter, t *model.Task) Cell { return intCell(t.Progress) },
			set: func(c *cellIn, t *model.Task) { t.Progress = c.int() }},
		{key: "task.done_on", head: "done_on", kind: KindDate,
			get: func(_ *exporter, t *model.Task) Cell { return dateCell(t.DoneOn) },
			set: func(c *cellIn, t *model.Task) { t.DoneOn = c.date() }},
		{key: "task.overdue", head: "overdue", derived: true,
			get: func(x *exporter, t *model.Task) Cell { return overdueCell(x, t.Overdue(x.today)) }},
		{key: "task.decision", head: "decision", alias: []string{"来源决定事项", "决定事项"},
			get: func(x *exporter, t *model.Task) Cell { return x.ref(model.EntityDecision, t.DecisionID) },
			set: func(c *cellIn, t *model.Task) { t.DecisionID = c.ref(model.EntityDecision) }},
		{key: "task.notes", head: "notes", alias: []string{"说明"}, wrap: true,
			get: func(_ *exporter, t *model.Task) Cell { return textCell(t.Notes) },
			set: func(c *cellIn, t *model.Task) { t.Notes = c.text() }},
		{key: "task.obligation", head: "obligation", alias: []string{"规定动作"},
			get: func(x *exporter, t *model.Task) Cell { return x.ref(model.EntityObligation, t.ObligationID) },
			set: func(c *cellIn, t *model.Task) { t.ObligationID = c.ref(model.EntityObligation) }},
		{key: "task.yearly", head: "yearly", alias: []string{"每年重复"},
			get: func(x *exporter, t *model.Task) Cell { return yearlyCell(x, t.Yearly) },
			set: func(c *cellIn, t *model.Task) { t.Yearly = c.flag(false) }},
	}
}

// yearlyCell marks a yearly task 是 (yes) and leaves the others empty.
func yearlyCell(x *exporter, yearly bool) Cell {
	if !yearly {
		return textCell("")
	}
	return flagCell(x, true)
}
