package model

// taskKind declares tasks, the responsibility list (责任清单): each to a
// person, a date and an indicator.
var taskKind = declare(kindSpec[Task, *Task]{
	entity: EntityTask,
	prefix: "T",
	code:   "task",
	plural: "tasks",
	slice:  func(l *Ledger) *[]Task { return &l.Tasks },
	fields: []fieldSpec{
		plain("task.title", func(t *Task) any { return t.Title }),
		ref("task.plan", EntityPlan, func(t *Task) ID { return t.PlanID }),
		enum("task.area", func(t *Task) WorkArea { return t.Area }),
		requiredRef("task.owner", EntityOwner, func(t *Task) ID { return t.OwnerID }),
		ref("task.supervisor", EntityOwner, func(t *Task) ID { return t.SupervisorID }),
		plain("task.start", func(t *Task) any { return t.Start }),
		plain("task.due", func(t *Task) any { return t.Due }),
		plain("task.indicator", func(t *Task) any { return t.Indicator }),
		enum("task.status", func(t *Task) TaskStatus { return t.Status }),
		custom("task.progress", func(t *Task) any { return t.Progress }, percentText),
		plain("task.done_on", func(t *Task) any { return t.DoneOn }),
		plain("task.notes", func(t *Task) any { return t.Notes }),
		ref("task.obligation", EntityObligation, func(t *Task) ID { return t.ObligationID }),
		custom("task.yearly", func(t *Task) any { return t.Yearly }, yesNoText),
		ref("task.decision", EntityDecision, func(t *Task) ID { return t.DecisionID }),
	},
	saveRules: taskSaveRules,
	warnings:  taskWarnings,
})
