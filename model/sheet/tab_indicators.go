package sheet

import "secretary/model"

// indicatorTab is every rubric's indicators with the group's self-scores.
var indicatorTab = recordTab(model.EntityIndicator, rubricIndicatorColumns, nil)

func rubricIndicatorColumns() []column[model.RubricIndicator] {
	return []column[model.RubricIndicator]{
		codeColumn(model.EntityIndicator, func(in *model.RubricIndicator) model.ID { return in.ID }),
		{key: "indicator.rubric", head: "rubric", required: true,
			get: func(x *exporter, in *model.RubricIndicator) Cell { return x.ref(model.EntityRubric, in.RubricID) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.RubricID = c.ref(model.EntityRubric) }},
		{key: "indicator.parent", head: "parent",
			get: func(x *exporter, in *model.RubricIndicator) Cell { return x.ref(model.EntityIndicator, in.ParentID) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.ParentID = c.ref(model.EntityIndicator) }},
		{key: "indicator.code", head: "indicator_code", required: true,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return textCell(in.Code) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Code = c.text() }},
		{key: "indicator.title", head: "title", required: true,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return textCell(in.Title) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Title = c.text() }},
		{key: "indicator.points", head: "points", kind: KindFloat,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return pointsCell(in.Points, false) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Points = c.points() }},
		{key: "indicator.criteria", head: "criteria", wrap: true,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return textCell(in.Criteria) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Criteria = c.text() }},
		{key: "indicator.evidence", head: "evidence_required", wrap: true,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return textCell(in.Evidence) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Evidence = c.text() }},
		{key: "indicator.order", head: "order", kind: KindInt,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return optIntCell(in.Order) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.Order = c.int() }},
		{key: "indicator.score", head: "self_score", kind: KindFloat,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return pointsCell(in.Score, !in.Scored) },
			set: func(c *cellIn, in *model.RubricIndicator) {
				in.Scored = c.trimmed() != ""
				in.Score = c.points()
			}},
		{key: "indicator.score_note", head: "self_score_note", wrap: true,
			get: func(_ *exporter, in *model.RubricIndicator) Cell { return textCell(in.ScoreNote) },
			set: func(c *cellIn, in *model.RubricIndicator) { in.ScoreNote = c.text() }},
	}
}
