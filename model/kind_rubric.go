package model

// rubricKind declares rubrics: the sets of inspection indicators.
var rubricKind = declare(kindSpec[Rubric, *Rubric]{
	entity: EntityRubric,
	prefix: "K", // 考核
	code:   "rubric",
	plural: "rubrics",
	slice:  func(l *Ledger) *[]Rubric { return &l.Rubrics },
	fields: []fieldSpec{
		plain("rubric.title", func(r *Rubric) any { return r.Title }),
		plain("rubric.source", func(r *Rubric) any { return r.Source }),
		custom("rubric.active", func(r *Rubric) any { return r.Active }, yesNoText),
		custom("rubric.sample", func(r *Rubric) any { return r.Sample }, yesNoText),
		plain("rubric.notes", func(r *Rubric) any { return r.Notes }),
	},
})
