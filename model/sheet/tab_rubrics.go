package sheet

import "secretary/model"

// rubricTab is the rubrics: the sets of inspection indicators.
var rubricTab = recordTab(model.EntityRubric, rubricColumns, nil)

func rubricColumns() []column[model.Rubric] {
	return []column[model.Rubric]{
		codeColumn(model.EntityRubric, func(r *model.Rubric) model.ID { return r.ID }),
		{key: "rubric.title", head: "title", alias: []string{"方案名称", "指标体系"}, required: true,
			get: func(_ *exporter, r *model.Rubric) Cell { return textCell(r.Title) },
			set: func(c *cellIn, r *model.Rubric) { r.Title = c.text() }},
		{key: "rubric.source", head: "source",
			get: func(_ *exporter, r *model.Rubric) Cell { return textCell(r.Source) },
			set: func(c *cellIn, r *model.Rubric) { r.Source = c.text() }},
		{key: "rubric.active", head: "active",
			get: func(x *exporter, r *model.Rubric) Cell { return flagCell(x, r.Active) },
			set: func(c *cellIn, r *model.Rubric) { r.Active = c.flag(false) }},
		{key: "rubric.sample", head: "sample",
			get: func(x *exporter, r *model.Rubric) Cell { return flagCell(x, r.Sample) },
			set: func(c *cellIn, r *model.Rubric) { r.Sample = c.flag(false) }},
		{key: "rubric.notes", head: "notes", wrap: true,
			get: func(_ *exporter, r *model.Rubric) Cell { return textCell(r.Notes) },
			set: func(c *cellIn, r *model.Rubric) { r.Notes = c.text() }},
	}
}
