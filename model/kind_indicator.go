package model

// indicatorKind declares a rubric's indicators, a tree under the rubric.
var indicatorKind = declare(kindSpec[RubricIndicator, *RubricIndicator]{
	entity: EntityIndicator,
	prefix: "I",
	code:   "indicator",
	plural: "indicators",
	slice:  func(l *Ledger) *[]RubricIndicator { return &l.Indicators },
	fields: []fieldSpec{
		requiredRef("indicator.rubric", EntityRubric, func(in *RubricIndicator) ID { return in.RubricID }),
		ref("indicator.parent", EntityIndicator, func(in *RubricIndicator) ID { return in.ParentID }),
		plain("indicator.code", func(in *RubricIndicator) any { return in.Code }),
		plain("indicator.title", func(in *RubricIndicator) any { return in.Title }),
		custom("indicator.points", func(in *RubricIndicator) any { return in.Points }, pointsText),
		plain("indicator.criteria", func(in *RubricIndicator) any { return in.Criteria }),
		plain("indicator.evidence", func(in *RubricIndicator) any { return in.Evidence }),
		plain("indicator.order", func(in *RubricIndicator) any { return in.Order }),
		custom("indicator.score", func(in *RubricIndicator) any { return in.Score }, pointsText),
		custom("indicator.scored", func(in *RubricIndicator) any { return in.Scored }, yesNoText),
		plain("indicator.score_note", func(in *RubricIndicator) any { return in.ScoreNote }),
	},
	checkLinks: indicatorRules,
})

func pointsText(v any, _ *Ledger, _ Lang) string { return v.(Points).String() }
