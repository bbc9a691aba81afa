package model

import (
	"fmt"
	"strconv"
	"strings"
)

// fieldSpec is one comparable field of a record: its key, how to read its
// value, and how to show the value to a person. Explicit lists rather than
// reflection, so each field reads the way a secretary expects (owners by
// name, enums by label) and a field can be shown differently from how it
// is stored. A test sets each struct field in turn and checks a spec
// notices, so a field added to a record cannot be left out silently.
type fieldSpec struct {
	key  string
	get  func(Record) any
	text func(v any, side *Ledger, lang Lang) string
	ref  Entity // the entity a reference field points at; 0 for other fields
}

// fieldsOf lists the fields of an entity in the order forms show them.
func fieldsOf(e Entity) []fieldSpec {
	switch e {
	case EntityPlan:
		return planFields()
	case EntityOwner:
		return ownerFields()
	case EntityTask:
		return taskFields()
	case EntityActivity:
		return activityFields()
	case EntityAssessment:
		return assessmentFields()
	case EntityRectification:
		return rectFields()
	}
	return nil
}

// FieldKeys lists the keys of the fields DiffRecords compares for an
// entity, in the order forms show them ("task.title", "task.plan", …); a
// UI names them with "field." + key.
func FieldKeys(e Entity) []string {
	specs := fieldsOf(e)
	out := make([]string, len(specs))
	for i, f := range specs {
		out[i] = f.key
	}
	return out
}

// plain is a field shown as its own text: strings, dates, amounts, counts.
func plain[T any](key string, get func(*T) any) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: plainText}
}

// enum is a field shown by its label in the UI's language.
func enum[T any, E Enum](key string, get func(*T) E) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) },
		text: func(v any, _ *Ledger, lang Lang) string { return enumText(v.(E), lang) }}
}

// ref is a field that points at another record, shown by its name.
func ref[T any](key string, e Entity, get func(*T) ID) fieldSpec {
	return fieldSpec{key: key, ref: e, get: func(r Record) any { return get(any(r).(*T)) },
		text: func(v any, side *Ledger, _ Lang) string { return refText(side, e, v.(ID)) }}
}

// custom is a field with its own rendering.
func custom[T any](key string, get func(*T) any, text func(v any, side *Ledger, lang Lang) string) fieldSpec {
	return fieldSpec{key: key, get: func(r Record) any { return get(any(r).(*T)) }, text: text}
}

func planFields() []fieldSpec {
	return []fieldSpec{
		plain("plan.title", func(p *Plan) any { return p.Title }),
		enum("plan.kind", func(p *Plan) PlanKind { return p.Kind }),
		plain("plan.start", func(p *Plan) any { return p.Start }),
		plain("plan.end", func(p *Plan) any { return p.End }),
		plain("plan.goals", func(p *Plan) any { return p.Goals }),
		plain("plan.budget", func(p *Plan) any { return p.Budget }),
		enum("plan.status", func(p *Plan) PlanStatus { return p.Status }),
		ref("plan.leader", EntityOwner, func(p *Plan) ID { return p.LeaderID }),
		plain("plan.notes", func(p *Plan) any { return p.Notes }),
	}
}

func ownerFields() []fieldSpec {
	return []fieldSpec{
		plain("owner.name", func(o *Owner) any { return o.Name }),
		plain("owner.title", func(o *Owner) any { return o.Title }),
		plain("owner.department", func(o *Owner) any { return o.Department }),
		plain("owner.contact", func(o *Owner) any { return o.Contact }),
		plain("owner.notes", func(o *Owner) any { return o.Notes }),
	}
}

func taskFields() []fieldSpec {
	return []fieldSpec{
		plain("task.title", func(t *Task) any { return t.Title }),
		ref("task.plan", EntityPlan, func(t *Task) ID { return t.PlanID }),
		enum("task.area", func(t *Task) WorkArea { return t.Area }),
		ref("task.owner", EntityOwner, func(t *Task) ID { return t.OwnerID }),
		ref("task.supervisor", EntityOwner, func(t *Task) ID { return t.SupervisorID }),
		plain("task.start", func(t *Task) any { return t.Start }),
		plain("task.due", func(t *Task) any { return t.Due }),
		plain("task.indicator", func(t *Task) any { return t.Indicator }),
		enum("task.status", func(t *Task) TaskStatus { return t.Status }),
		custom("task.progress", func(t *Task) any { return t.Progress }, percentText),
		plain("task.done_on", func(t *Task) any { return t.DoneOn }),
		plain("task.notes", func(t *Task) any { return t.Notes }),
	}
}

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

func assessmentFields() []fieldSpec {
	return []fieldSpec{
		enum("assessment.kind", func(e *Assessment) AssessmentKind { return e.Kind }),
		custom("assessment.target", func(e *Assessment) any { return e.Target }, func(v any, side *Ledger, lang Lang) string {
			t := v.(Target)
			if side == nil {
				side = &Ledger{}
			}
			return TargetLabel(side, t, lang)
		}),
		plain("assessment.date", func(e *Assessment) any { return e.Date }),
		plain("assessment.assessor", func(e *Assessment) any { return e.Assessor }),
		custom("assessment.indicators", func(e *Assessment) any { return e.Indicators }, indicatorsText),
		enum("assessment.rating", func(e *Assessment) Rating { return e.Rating }),
		custom("assessment.findings", func(e *Assessment) any { return e.Findings }, findingsText),
		plain("assessment.notes", func(e *Assessment) any { return e.Notes }),
	}
}

func rectFields() []fieldSpec {
	return []fieldSpec{
		ref("rect.assessment", EntityAssessment, func(r *Rectification) ID { return r.AssessmentID }),
		plain("rect.finding", func(r *Rectification) any { return r.FindingNo }),
		plain("rect.measure", func(r *Rectification) any { return r.Measure }),
		ref("rect.owner", EntityOwner, func(r *Rectification) ID { return r.OwnerID }),
		plain("rect.due", func(r *Rectification) any { return r.Due }),
		enum("rect.status", func(r *Rectification) RectStatus { return r.Status }),
		plain("rect.opened_on", func(r *Rectification) any { return r.OpenedOn }),
		plain("rect.closed_on", func(r *Rectification) any { return r.ClosedOn }),
		ref("rect.verifier", EntityOwner, func(r *Rectification) ID { return r.VerifierID }),
		plain("rect.evidence", func(r *Rectification) any { return r.Evidence }),
		plain("rect.reopen_reason", func(r *Rectification) any { return r.ReopenReason }),
	}
}

// plainText shows strings, dates, amounts and numbers as they are.
func plainText(v any, _ *Ledger, lang Lang) string {
	switch x := v.(type) {
	case string:
		return x
	case Date:
		return x.String()
	case Money:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case []string:
		return strings.Join(x, listSep(lang))
	}
	return fmt.Sprint(v)
}

func percentText(v any, _ *Ledger, _ Lang) string { return strconv.Itoa(v.(int)) + "%" }

// scoreText shows a satisfaction score; 0 means not evaluated and shows
// as empty.
func scoreText(v any, _ *Ledger, _ Lang) string {
	if n := v.(int); n != 0 {
		return strconv.Itoa(n)
	}
	return ""
}

func enumText[E Enum](e E, lang Lang) string {
	if e == 0 {
		return ""
	}
	if !Valid(e) {
		return "#" + strconv.Itoa(int(e))
	}
	return LabelOf(e).In(lang)
}

// refText shows a referenced record: an owner by name, anything else by
// code and title. A record the ledger does not hold shows as its code.
func refText(l *Ledger, e Entity, id ID) string {
	if id == 0 {
		return ""
	}
	var r Record
	if l != nil {
		r = l.Record(e, id)
	}
	switch {
	case r == nil:
		return Code(e, id)
	case e == EntityOwner:
		return r.DisplayName()
	}
	return Code(e, id) + " " + r.DisplayName()
}

func audienceText(v any, _ *Ledger, lang Lang) string {
	groups := v.([]AudienceGroup)
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = enumText(g, lang)
	}
	return strings.Join(parts, listSep(lang))
}

// indicatorsText shows each indicator as "name [target | result | score]".
func indicatorsText(v any, _ *Ledger, _ Lang) string {
	list := v.([]Indicator)
	parts := make([]string, len(list))
	for i, in := range list {
		score := "-"
		if in.Scored {
			score = strconv.FormatFloat(in.Score, 'f', -1, 64)
		}
		parts[i] = fmt.Sprintf("%s [%s | %s | %s]", in.Name, in.Target, in.Result, score)
	}
	return strings.Join(parts, "; ")
}

func findingsText(v any, _ *Ledger, _ Lang) string {
	list := v.([]Finding)
	parts := make([]string, len(list))
	for i, f := range list {
		parts[i] = "#" + strconv.Itoa(f.No) + " " + f.Text
	}
	return strings.Join(parts, "; ")
}

func listSep(lang Lang) string {
	if lang == LangEn {
		return ", "
	}
	return "、"
}
