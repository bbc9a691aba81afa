package model

// obligationKind declares the required recurring work (规定动作): what
// official documents ask at a frequency, and what meets it.
var obligationKind = declare(kindSpec[Obligation, *Obligation]{
	entity: EntityObligation,
	prefix: "G", // 规定动作 (gui ding): G-3
	code:   "obligation",
	plural: "obligations",
	slice:  func(l *Ledger) *[]Obligation { return &l.Obligations },
	fields: []fieldSpec{
		plain("obligation.title", func(o *Obligation) any { return o.Title }),
		custom("obligation.frequency", func(o *Obligation) any { return o.Freq }, frequencyText),
		plain("obligation.min", func(o *Obligation) any { return o.Min }),
		enum("obligation.sum", func(o *Obligation) Measure { return o.Sum }),
		custom("obligation.meets", func(o *Obligation) any { return o.Meets }, rulesText),
		plain("obligation.source", func(o *Obligation) any { return o.Source }),
		custom("obligation.active", func(o *Obligation) any { return !o.Inactive }, yesNoText),
		plain("obligation.notes", func(o *Obligation) any { return o.Notes }),
	},
})

func frequencyText(v any, _ *Ledger, lang Lang) string { return v.(Frequency).Text(lang) }

func rulesText(v any, _ *Ledger, lang Lang) string { return RulesText(v.([]MeetRule), lang) }

// yesNoText shows a flag as 是/否 (yes/no).
func yesNoText(v any, _ *Ledger, lang Lang) string {
	if v.(bool) {
		return LabelYes.In(lang)
	}
	return LabelNo.In(lang)
}

// LabelYes and LabelNo name a flag's two values; sheets read either.
var (
	LabelYes = Label{Code: "yes", Key: "flag.yes"}
	LabelNo  = Label{Code: "no", Key: "flag.no"}
)
