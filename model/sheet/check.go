package sheet

import (
	"cmp"
	"errors"
	"reflect"
	"slices"

	"secretary/model"
)

// fieldColumn maps a validation field to the column that holds it, where
// the two keys differ.
var fieldColumn = map[string]string{
	"assessment.indicators": "assessment.indicator.name",
}

// check runs the store's own checks over every record the file holds, as
// the store will see it (normalised against the ledger's version), and
// sorts the records into new, changed and unchanged.
func (p *importer) check() {
	for _, e := range Tabs() {
		plan := TabPlan{Tab: e}
		for _, pd := range p.pend[e] {
			if n, ok := pd.rec.(model.Normalizer); ok {
				var before model.Record
				if pd.before != nil {
					before = pd.before
				}
				n.Normalize(before, p.opts.Today)
			}
			p.validate(pd)
			switch {
			case pd.before == nil:
				plan.New = append(plan.New, pd.rec)
			case reflect.DeepEqual(pd.before, pd.rec):
				plan.Unchanged++
			default:
				plan.Updated = append(plan.Updated, Update{Before: pd.before, After: pd.rec, Fields: p.changedFields(pd.before, pd.rec)})
			}
		}
		slices.SortFunc(plan.New, func(a, b model.MutableRecord) int { return cmp.Compare(a.GetID(), b.GetID()) })
		if len(p.pend[e]) > 0 || p.hasSheet(e) {
			p.imp.Tabs = append(p.imp.Tabs, plan)
		}
	}
	p.checkFindingsKept()
}

func (p *importer) hasSheet(e model.Entity) bool {
	for _, s := range p.sheets {
		if s.tab == e && s.usable {
			return true
		}
	}
	return false
}

// validate reports the record's own problems at the cells that hold the
// fields, leaving out fields whose cell was already reported and required
// columns the sheet lacks (reported once for the sheet).
func (p *importer) validate(pd *pending) {
	err := pd.rec.Validate()
	if err == nil {
		p.checkFinding(pd)
		return
	}
	var v *model.ValidationError
	if !errors.As(err, &v) {
		p.problem(pd.s, pd.row, -1, "", model.M(MsgCommitInvalid, model.CodeOf(pd.rec), []model.Msg{model.M("error.unexpected", err.Error())}))
		return
	}
	for _, f := range v.Fields {
		if pd.bad[f.Field] || pd.s.missing[f.Field] {
			continue
		}
		key := f.Field
		if k, ok := fieldColumn[key]; ok {
			key = k
		}
		if col, ok := pd.s.cols[key]; ok {
			p.problem(pd.s, pd.row, col, cellAt(pd.s.table.Rows[pd.row], col), f.Msg)
			continue
		}
		prob := pd.s.at(pd.row, -1, "", f.Msg)
		prob.Column = "field." + f.Field
		p.imp.Problems = append(p.imp.Problems, prob)
	}
	p.checkFinding(pd)
}

// checkFinding reports a rectification for a finding its assessment does
// not have (after the import).
func (p *importer) checkFinding(pd *pending) {
	r, ok := pd.rec.(*model.Rectification)
	if !ok || r.FindingNo <= 0 || pd.bad["rect.finding"] || pd.bad["rect.assessment"] {
		return
	}
	a, ok := p.merged[model.EntityAssessment][r.AssessmentID].(*model.Assessment)
	if !ok {
		return
	}
	if _, ok := a.Finding(r.FindingNo); !ok {
		col := pd.s.colOf("rect.finding")
		p.problem(pd.s, pd.row, col, cellAt(pd.s.table.Rows[pd.row], col), model.M(MsgNoFinding, r.FindingNo, model.CodeOf(a)))
	}
}

// checkFindingsKept reports a finding an assessment row drops while a
// rectification (after the import) still points at it.
func (p *importer) checkFindingsKept() {
	used := map[model.ID]map[int][]model.ID{}
	for _, id := range sortedIDs(p.merged[model.EntityRectification]) {
		r := p.merged[model.EntityRectification][id].(*model.Rectification)
		if used[r.AssessmentID] == nil {
			used[r.AssessmentID] = map[int][]model.ID{}
		}
		used[r.AssessmentID][r.FindingNo] = append(used[r.AssessmentID][r.FindingNo], id)
	}
	for _, pd := range p.pend[model.EntityAssessment] {
		before, ok := pd.before.(*model.Assessment)
		if !ok {
			continue
		}
		after := pd.rec.(*model.Assessment)
		for _, f := range before.Findings {
			if _, kept := after.Finding(f.No); kept || len(used[after.ID][f.No]) == 0 {
				continue
			}
			col := pd.s.colOf("assessment.findings")
			p.problem(pd.s, pd.row, col, cellAt(pd.s.table.Rows[pd.row], col),
				model.M(MsgFindingInUse, f.No, codes(model.EntityRectification, used[after.ID][f.No])))
		}
	}
}
