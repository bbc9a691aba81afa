package summary

import (
	"strconv"

	"secretary/model"
)

// findings fills each listed assessment's findings with the
// rectifications that address them, in one pass over the
// rectifications.
func (b *builder) findings(list []AssessmentItem) {
	if len(list) == 0 {
		return
	}
	at := make(map[model.ID]int, len(list))
	for i, it := range list {
		at[it.ID] = i
		if e := b.l.Assessment(it.ID); e != nil {
			list[i].Found = make([]FindingItem, len(e.Findings))
			for j, f := range e.Findings {
				list[i].Found[j] = FindingItem{No: f.No, Text: f.Text}
			}
		}
	}
	for k := range b.l.Rectifications {
		r := &b.l.Rectifications[k]
		i, ok := at[r.AssessmentID]
		if !ok {
			continue
		}
		for j := range list[i].Found {
			f := &list[i].Found[j]
			if f.No != r.FindingNo {
				continue
			}
			line := RectLine{ID: r.ID, Code: model.Code(model.EntityRectification, r.ID), Measure: r.Measure,
				Owner: b.l.OwnerName(r.OwnerID), Due: r.Due, Open: r.Open()}
			if line.Open {
				if r.Overdue(b.s.Today) {
					line.DaysOverdue = int(b.s.Today - r.Due)
				}
			} else {
				line.ClosedOn, line.Verifier, line.Evidence = r.ClosedOn, b.l.OwnerName(r.VerifierID), r.Evidence
			}
			f.Rects = append(f.Rects, line)
		}
	}
}

// findingsTable is the assessments' findings and their rectifications:
// open ones with owner and due date, closed ones with the closing date,
// the verifier and the evidence.
func (b summaryBuilder) findingsTable(list []AssessmentItem) *table {
	t := &table{Key: "findings", Cols: []column{
		{Head: b.w(wColFinding)}, {Head: b.w(wColMeasure)}, {Head: b.w(wColOwner)}, {Head: b.w(wColDue), NoWrap: true},
		{Head: b.w(wColState), NoWrap: true}, {Head: b.w(wColVerifier)}, {Head: b.w(wColEvidence)},
	}}
	for _, it := range list {
		for _, f := range it.Found {
			finding := it.Code + " " + b.w(wFindingNo, f.No) + " " + f.Text
			if len(f.Rects) == 0 {
				t.Rows = append(t.Rows, []cell{txt(finding), txt(b.w(wNoMeasureYet)), txt(""), txt(""), txt(""), txt(""), txt("")})
				continue
			}
			for i, r := range f.Rects {
				first := finding
				if i > 0 {
					first = "" // the finding heads its first rectification's row only
				}
				k := "finding." + strconv.Itoa(int(r.ID))
				row := []cell{txt(first), txt(codeTitle(r.Code, r.Measure)), txt(r.Owner), txt(iso(r.Due))}
				if r.Open {
					state := dueState(b.lang, r.Due, b.s.Today)
					state.Key = k + ".state"
					row = append(row, state, txt(""), txt(""))
				} else {
					row = append(row, cell{Text: b.w(wClosedOn, iso(r.ClosedOn)), Key: k + ".closed", Bar: -1}, txt(r.Verifier), txt(r.Evidence))
				}
				t.Rows = append(t.Rows, row)
			}
		}
	}
	return t
}

// goalsTable lists each plan's goals, numbered, when any plan has some.
func (b summaryBuilder) goalsTable() *table {
	t := &table{Key: "plan_goals", Cols: []column{{Head: b.w(wColPlan)}, {Head: b.w(wColGoals)}}}
	for _, p := range b.s.Plans {
		if len(p.Goals) == 0 {
			continue
		}
		text := ""
		for i, g := range p.Goals {
			if i > 0 {
				text += "\n"
			}
			text += strconv.Itoa(i+1) + ". " + g
		}
		t.Rows = append(t.Rows, []cell{txt(codeTitle(p.Code, p.Title)), txt(text)})
	}
	if len(t.Rows) == 0 {
		return nil
	}
	return t
}
