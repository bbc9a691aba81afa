package sheet

import "secretary/model"

// activityTab is the activities, with a column for each stage's
// responsible person.
var activityTab = recordTab(model.EntityActivity, activityColumns, nil).matchBy(activityMatch)

func activityColumns() []column[model.Activity] {
	cols := []column[model.Activity]{
		codeColumn(model.EntityActivity, func(a *model.Activity) model.ID { return a.ID }),
		{key: "activity.title", head: "title", alias: []string{"活动主题", "活动内容"}, required: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Title) },
			set: func(c *cellIn, a *model.Activity) { a.Title = c.text() }},
		{key: "activity.kind", head: "kind", list: listActivityKind, required: true,
			get: func(x *exporter, a *model.Activity) Cell { return enumCell(x, a.Kind) },
			set: func(c *cellIn, a *model.Activity) { a.Kind = parseEnum[model.ActivityKind](c) }},
		{key: "activity.plan", head: "plan",
			get: func(x *exporter, a *model.Activity) Cell { return x.ref(model.EntityPlan, a.PlanID) },
			set: func(c *cellIn, a *model.Activity) { a.PlanID = c.ref(model.EntityPlan) }},
		{key: "activity.task", head: "task",
			get: func(x *exporter, a *model.Activity) Cell { return x.ref(model.EntityTask, a.TaskID) },
			set: func(c *cellIn, a *model.Activity) { a.TaskID = c.ref(model.EntityTask) }},
		{key: "activity.date", head: "date", alias: []string{"活动日期"}, kind: KindDate, required: true,
			get: func(_ *exporter, a *model.Activity) Cell { return dateCell(a.Date) },
			set: func(c *cellIn, a *model.Activity) { a.Date = c.date() }},
		{key: "activity.time", head: "time",
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Time) },
			set: func(c *cellIn, a *model.Activity) { a.Time = c.timeOfDay() }},
		{key: "activity.venue", head: "venue", alias: []string{"活动地点"},
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Venue) },
			set: func(c *cellIn, a *model.Activity) { a.Venue = c.text() }},
		{key: "activity.organiser", head: "organiser", list: listOwner,
			get: func(x *exporter, a *model.Activity) Cell { return x.owner(a.OrganiserID) },
			set: func(c *cellIn, a *model.Activity) { a.OrganiserID = c.owner() }},
	}
	for i, s := range model.Values[model.Stage]() {
		cols = append(cols, column[model.Activity]{
			key: "activity.stage." + model.LabelOf(s).Code, head: model.LabelOf(s).Code + "_lead", list: listOwner,
			get: func(x *exporter, a *model.Activity) Cell { return x.owner(a.StageOwners[i]) },
			set: func(c *cellIn, a *model.Activity) { a.StageOwners[i] = c.owner() },
		})
	}
	return append(cols, []column[model.Activity]{
		{key: "activity.audience", head: "audience",
			get: func(x *exporter, a *model.Activity) Cell { return x.audience(a.Audience) },
			set: func(c *cellIn, a *model.Activity) { a.Audience = c.audience() }},
		{key: "activity.expected", head: "expected", kind: KindInt,
			get: func(_ *exporter, a *model.Activity) Cell { return optIntCell(a.Expected) },
			set: func(c *cellIn, a *model.Activity) { a.Expected = c.int() }},
		{key: "activity.actual", head: "actual", kind: KindInt,
			get: func(_ *exporter, a *model.Activity) Cell { return optIntCell(a.Actual) },
			set: func(c *cellIn, a *model.Activity) { a.Actual = c.int() }},
		{key: "activity.budget", head: "budget", kind: KindMoney,
			get: func(_ *exporter, a *model.Activity) Cell { return moneyCell(a.Budget) },
			set: func(c *cellIn, a *model.Activity) { a.Budget = c.money() }},
		{key: "activity.spend", head: "spend", kind: KindMoney,
			get: func(_ *exporter, a *model.Activity) Cell { return moneyCell(a.Spend) },
			set: func(c *cellIn, a *model.Activity) { a.Spend = c.money() }},
		{key: "activity.sponsors", head: "sponsors", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Sponsors) },
			set: func(c *cellIn, a *model.Activity) { a.Sponsors = c.text() }},
		{key: "activity.volunteers", head: "volunteers", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Volunteers) },
			set: func(c *cellIn, a *model.Activity) { a.Volunteers = c.text() }},
		{key: "activity.status", head: "status", list: listActivityStatus, required: true,
			get: func(x *exporter, a *model.Activity) Cell { return enumCell(x, a.Status) },
			set: func(c *cellIn, a *model.Activity) { a.Status = parseEnum[model.ActivityStatus](c) }},
		{key: "activity.cancel_reason", head: "cancel_reason", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.CancelReason) },
			set: func(c *cellIn, a *model.Activity) { a.CancelReason = c.text() }},
		{key: "activity.summary", head: "summary", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Summary) },
			set: func(c *cellIn, a *model.Activity) { a.Summary = c.text() }},
		{key: "activity.score", head: "score", kind: KindInt,
			get: func(_ *exporter, a *model.Activity) Cell { return optIntCell(a.Score) },
			set: func(c *cellIn, a *model.Activity) { a.Score = c.int() }},
		{key: "activity.evaluation", head: "evaluation", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Evaluation) },
			set: func(c *cellIn, a *model.Activity) { a.Evaluation = c.text() }},
		{key: "activity.notes", head: "notes", wrap: true,
			get: func(_ *exporter, a *model.Activity) Cell { return textCell(a.Notes) },
			set: func(c *cellIn, a *model.Activity) { a.Notes = c.text() }},
	}...)
}
