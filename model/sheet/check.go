package sheet

import (
	"cmp"
	"errors"
	"reflect"
	"slices"
	"strings"

	"secretary/model"
)

// check runs the store's own checks over every record the file holds, as
// the store will see it (normalised against the ledger's version), and
// sorts the records into new, changed and unchanged.
func (p *importer) check() {
	warn := model.NewChecker(p, p.opts.Today)
	for _, e := range Tabs() {
		plan := TabPlan{Tab: e}
		for _, pd := range p.pend[e] {
			model.FillDefaults(pd.rec, p)
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
				p.warnings(warn, pd, nil)
			case reflect.DeepEqual(pd.before, pd.rec):
				plan.Unchanged++
			default:
				plan.Updated = append(plan.Updated, Update{Before: pd.before, After: pd.rec, Fields: p.changedFields(pd.before, pd.rec)})
				p.warnings(warn, pd, pd.before)
				p.renamed(pd)
			}
		}
		slices.SortFunc(plan.New, func(a, b model.MutableRecord) int { return cmp.Compare(a.GetID(), b.GetID()) })
		if len(p.pend[e]) > 0 || p.hasSheet(e) {
			p.imp.Tabs = append(p.imp.Tabs, plan)
		}
	}
	p.checkPartsKept()
}

func (p *importer) hasSheet(e model.Entity) bool {
	for _, s := range p.sheets {
		if s.tab == e && s.usable {
			return true
		}
	}
	return false
}

// warnings lists the row's figures worth a second look (the model's
// plausibility rules, the same the forms ask about), at their cells.
func (p *importer) warnings(c *model.Checker, pd *pending, before model.Record) {
	for _, w := range c.Warnings(pd.rec, before) {
		col := pd.s.colOf(w.Field)
		value := cellAt(pd.s.table.Rows[pd.row], col)
		// A date cell holds Excel's serial (45901); the user typed and
		// sees 2025-09-01, which is what the warning quotes.
		if w.Msg.Key == model.MsgWarnDateFar {
			if d, ok := excelSerial(strings.TrimSpace(value), pd.s.table.date1904); ok {
				value = d.String()
			}
		}
		p.imp.Warnings = append(p.imp.Warnings, pd.s.at(pd.row, col, value, w.Msg))
	}
}

// renamed notes a coded row that gives its record another title: the
// code may be a typo for another record's, and the preview says so.
func (p *importer) renamed(pd *pending) {
	if _, named := pd.rec.(model.NamedIn); named {
		return // named by date and kind (an assessment), not by a title
	}
	from, to := pd.before.DisplayName(), model.CleanLine(pd.rec.DisplayName())
	if from == to {
		return
	}
	col := pd.s.colOf(pd.rec.Entity().Code() + ".title")
	if col < 0 {
		col = pd.s.colOf(pd.rec.Entity().Code() + ".name")
	}
	p.imp.Renamed = append(p.imp.Renamed, Rename{Code: model.CodeOf(pd.rec), From: from, To: to,
		At: pd.s.at(pd.row, col, to, model.M(MsgRenamed, model.CodeOf(pd.rec), from, to))})
}

// validate reports the record's own problems and its kind's save rules
// at the cells that hold the fields, leaving out fields whose cell was
// already reported and required columns the sheet lacks (reported once
// for the sheet).
func (p *importer) validate(pd *pending) {
	err := model.ValidateSave(pd.rec, p, p.opts.Today)
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
		if k, ok := fieldColumn(pd.rec.Entity(), key); ok {
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

// checkFinding reports what the record points at inside another record
// that the other record will not have after the import (the kind's rule,
// model.CheckLinks): a rectification for a finding its assessment lacks.
func (p *importer) checkFinding(pd *pending) {
	for _, lp := range model.CheckLinks(pd.rec, p) {
		if pd.bad[lp.Field] || pd.bad[lp.Via] {
			continue
		}
		col := pd.s.colOf(lp.Field)
		msg := lp.Msg
		if msg.Key == "" {
			msg = model.M(MsgNoFinding, lp.Part, model.CodeOf(lp.In))
		}
		p.problem(pd.s, pd.row, col, cellAt(pd.s.table.Rows[pd.row], col), msg)
	}
}

// checkPartsKept reports a part a row drops while records (after the
// import) still point at it (the kind's rule, model.PartsInUse): an
// assessment's finding that rectifications still address.
func (p *importer) checkPartsKept() {
	for _, e := range Tabs() {
		for _, pd := range p.pend[e] {
			if pd.before == nil {
				continue
			}
			uses, _ := model.PartsInUse(pd.before, pd.rec, p) // the import's records never fail to read
			for _, u := range uses {
				col := pd.s.colOf(u.Field)
				p.problem(pd.s, pd.row, col, cellAt(pd.s.table.Rows[pd.row], col),
					model.M(MsgFindingInUse, u.Part, codes(u.By, u.IDs)))
			}
		}
	}
}

// fieldColumn is the column key that holds a validation field, where the
// tab declares one different from the field's key.
func fieldColumn(e model.Entity, field string) (string, bool) {
	if t := tabOf(e); t != nil {
		k, ok := t.fieldColumn[field]
		return k, ok
	}
	return "", false
}
