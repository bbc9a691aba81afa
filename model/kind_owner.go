package model

// ownerKind declares the people tasks are given to (责任人).
var ownerKind = declare(kindSpec[Owner, *Owner]{
	entity: EntityOwner,
	prefix: "O",
	code:   "owner",
	plural: "owners",
	slice:  func(l *Ledger) *[]Owner { return &l.Owners },
	fields: []fieldSpec{
		plain("owner.name", func(o *Owner) any { return o.Name }),
		plain("owner.title", func(o *Owner) any { return o.Title }),
		plain("owner.department", func(o *Owner) any { return o.Department }),
		plain("owner.contact", func(o *Owner) any { return o.Contact }),
		plain("owner.notes", func(o *Owner) any { return o.Notes }),
		enum("owner.role", func(o *Owner) GroupRole { return o.Role }),
		plain("owner.joined", func(o *Owner) any { return o.Joined }),
		plain("owner.left", func(o *Owner) any { return o.Left }),
	},
})
