package model

// activityKind declares activities: lectures, trainings, theme months and
// other events, with a person responsible for each stage.
var activityKind = declare(kindSpec[Activity, *Activity]{
	entity:    EntityActivity,
	prefix:    "A",
	code:      "activity",
	plural:    "activities",
	slice:     func(l *Ledger) *[]Activity { return &l.Activities },
	fields:    activityFields(),
	saveRules: activitySaveRules,
	warnings:  activityWarnings,
})

func activityFields() []fieldSpec {
	out := []fieldSpec{
		plain("activity.title", func(a *Activity) any { return a.Title }),
		enum("activity.kind", func(a *Activity) ActivityKind { return a.Kind }),
		ref("activity.plan", EntityPlan, func(a *Activity) ID { return a.PlanID }),
		ref("activity.task", EntityTask, func(a *Activity) ID { return a.TaskID }),
		plain("activity.date", func(a *Activity) any { return a.Date }),
		plain("activity.time", func(a *Activity) any { return a.Time }),
		plain("activity.venue", func(a *Activity) any { return a.Venue }),
		ref("activity.organiser", EntityOwner, func(a *Activity) ID { return a.OrganiserID }),
	}
	for _, s := range Values[Stage]() {
		out = append(out, ref("activity.stage."+LabelOf(s).Code, EntityOwner, func(a *Activity) ID { return a.StageOwner(s) }))
	}
	return append(out,
		custom("activity.audience", func(a *Activity) any { return a.Audience }, audienceText),
		plain("activity.expected", func(a *Activity) any { return a.Expected }),
		plain("activity.actual", func(a *Activity) any { return a.Actual }),
		plain("activity.budget", func(a *Activity) any { return a.Budget }),
		plain("activity.spend", func(a *Activity) any { return a.Spend }),
		plain("activity.sponsors", func(a *Activity) any { return a.Sponsors }),
		plain("activity.volunteers", func(a *Activity) any { return a.Volunteers }),
		enum("activity.status", func(a *Activity) ActivityStatus { return a.Status }),
		plain("activity.cancel_reason", func(a *Activity) any { return a.CancelReason }),
		plain("activity.summary", func(a *Activity) any { return a.Summary }),
		custom("activity.score", func(a *Activity) any { return a.Score }, scoreText),
		plain("activity.evaluation", func(a *Activity) any { return a.Evaluation }),
		plain("activity.notes", func(a *Activity) any { return a.Notes }),
	)
}
