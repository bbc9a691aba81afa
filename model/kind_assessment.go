package model

// assessmentKind declares assessments: inspections and evaluations of a
// plan, a task, an activity or a work area, with scored indicators and
// findings that rectifications address.
var assessmentKind = declare(kindSpec[Assessment, *Assessment]{
	entity: EntityAssessment,
	prefix: "E",
	code:   "assessment",
	plural: "assessments",
	slice:  func(l *Ledger) *[]Assessment { return &l.Assessments },
	fields: []fieldSpec{
		enum("assessment.kind", func(e *Assessment) AssessmentKind { return e.Kind }),
		refTo("assessment.target", targetEntities(), true,
			func(e *Assessment) any { return e.Target },
			func(e *Assessment) (Entity, ID) { return e.Target.Entity(), e.Target.ID },
			func(v any, side *Ledger, lang Lang) string {
				if side == nil {
					side = &Ledger{}
				}
				return TargetLabel(side, v.(Target), lang)
			}),
		plain("assessment.date", func(e *Assessment) any { return e.Date }),
		plain("assessment.assessor", func(e *Assessment) any { return e.Assessor }),
		custom("assessment.indicators", func(e *Assessment) any { return e.Indicators }, indicatorsText),
		enum("assessment.rating", func(e *Assessment) Rating { return e.Rating }),
		custom("assessment.findings", func(e *Assessment) any { return e.Findings }, findingsText),
		plain("assessment.notes", func(e *Assessment) any { return e.Notes }),
	},
	partsInUse: findingsInUse,
})

// targetEntities are the kinds an assessment can look at.
func targetEntities() []Entity {
	var out []Entity
	for _, k := range Values[TargetKind]() {
		if e := (Target{Kind: k}).Entity(); e != 0 {
			out = append(out, e)
		}
	}
	return out
}

// findingsInUse refuses to let an assessment drop a finding that still
// has rectifications: they would address nothing.
func findingsInUse(before, after *Assessment, others Records) ([]PartInUse, error) {
	var dropped []int
	for _, f := range before.Findings {
		if _, ok := after.Finding(f.No); !ok {
			dropped = append(dropped, f.No)
		}
	}
	if len(dropped) == 0 {
		return nil, nil
	}
	users := map[int][]ID{}
	err := others.EachOf(EntityRectification, func(r Record) error {
		if rc, ok := r.(*Rectification); ok && rc.AssessmentID == after.ID {
			users[rc.FindingNo] = append(users[rc.FindingNo], rc.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []PartInUse
	for _, no := range dropped {
		if ids := users[no]; len(ids) > 0 {
			out = append(out, PartInUse{Field: "assessment.findings", Part: no, By: EntityRectification, IDs: ids})
		}
	}
	return out, nil
}
