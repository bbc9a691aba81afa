package model

// planKind declares plans (计划): strategic, annual and semester plans.
var planKind = declare(kindSpec[Plan, *Plan]{
	entity: EntityPlan,
	prefix: "P",
	code:   "plan",
	plural: "plans",
	slice:  func(l *Ledger) *[]Plan { return &l.Plans },
	fields: []fieldSpec{
		plain("plan.title", func(p *Plan) any { return p.Title }),
		enum("plan.kind", func(p *Plan) PlanKind { return p.Kind }),
		plain("plan.start", func(p *Plan) any { return p.Start }),
		plain("plan.end", func(p *Plan) any { return p.End }),
		plain("plan.goals", func(p *Plan) any { return p.Goals }),
		plain("plan.budget", func(p *Plan) any { return p.Budget }),
		enum("plan.status", func(p *Plan) PlanStatus { return p.Status }),
		ref("plan.leader", EntityOwner, func(p *Plan) ID { return p.LeaderID }),
		plain("plan.notes", func(p *Plan) any { return p.Notes }),
	},
})
