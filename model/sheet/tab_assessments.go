package sheet

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"secretary/model"
)

// assessmentTab lays an assessment out as one row per indicator: the
// assessment's own columns repeat on each (so a filter or sort in the
// spreadsheet keeps them), then the indicator's. An assessment without
// indicators takes one row. Reading groups the rows back (import_assess.go).
var assessmentTab = &tabDef{
	entity:  model.EntityAssessment,
	columns: func() []colInfo { return append(infos(assessmentColumns()), infos(indicatorColumns())...) },
	rows:    assessmentRows,
	read:    (*importer).readAssessments,
	changed: assessmentChanges,
	// A problem with the indicators is shown at the indicator column.
	fieldColumn: map[string]string{"assessment.indicators": "assessment.indicator.name"},
}

// assessmentChanges lists the columns an update changes; the indicators
// count as one.
func assessmentChanges(x *exporter, before, after model.MutableRecord) []string {
	b, a := before.(*model.Assessment), after.(*model.Assessment)
	out := diff(x, assessmentColumns(), b, a)
	if !reflect.DeepEqual(b.Indicators, a.Indicators) {
		out = append(out, "assessment.indicators")
	}
	return out
}

// indicatorRow is one indicator of an assessment, for its columns.
type indicatorRow struct {
	no int
	in model.Indicator
}

func assessmentColumns() []column[model.Assessment] {
	return []column[model.Assessment]{
		codeColumn(model.EntityAssessment, func(a *model.Assessment) model.ID { return a.ID }),
		{key: "assessment.kind", head: "kind", list: listAssessmentKind, required: true,
			get: func(x *exporter, a *model.Assessment) Cell { return enumCell(x, a.Kind) },
			set: func(c *cellIn, a *model.Assessment) { a.Kind = parseEnum[model.AssessmentKind](c) }},
		{key: "assessment.target", head: "target", required: true,
			get: func(x *exporter, a *model.Assessment) Cell { return x.target(a.Target) },
			set: func(c *cellIn, a *model.Assessment) { a.Target = c.target() }},
		{key: "assessment.date", head: "date", alias: []string{"检查日期", "评估日期"}, kind: KindDate, required: true,
			get: func(_ *exporter, a *model.Assessment) Cell { return dateCell(a.Date) },
			set: func(c *cellIn, a *model.Assessment) { a.Date = c.date() }},
		{key: "assessment.assessor", head: "assessor", alias: []string{"检查人", "评估人员"}, required: true,
			get: func(_ *exporter, a *model.Assessment) Cell { return textCell(a.Assessor) },
			set: func(c *cellIn, a *model.Assessment) { a.Assessor = c.text() }},
		{key: "assessment.rating", head: "rating", list: listRating,
			get: func(x *exporter, a *model.Assessment) Cell { return enumCell(x, a.Rating) },
			set: func(c *cellIn, a *model.Assessment) { a.Rating = parseEnum[model.Rating](c) }},
		{key: "assessment.average", head: "average", kind: KindAverage, derived: true,
			get: func(_ *exporter, a *model.Assessment) Cell {
				avg, ok := a.AverageScore()
				return Cell{Kind: KindAverage, Num: model.Round(avg, model.ScoreDecimals), Empty: !ok}
			}},
		{key: "assessment.findings", head: "findings", wrap: true,
			get: func(_ *exporter, a *model.Assessment) Cell { return textCell(formatFindings(a.Findings)) },
			set: func(c *cellIn, a *model.Assessment) { a.Findings = c.findings() }},
		{key: "assessment.notes", head: "notes", wrap: true,
			get: func(_ *exporter, a *model.Assessment) Cell { return textCell(a.Notes) },
			set: func(c *cellIn, a *model.Assessment) { a.Notes = c.text() }},
	}
}

func indicatorColumns() []column[indicatorRow] {
	return []column[indicatorRow]{
		{key: "assessment.indicator.no", head: "indicator_no", kind: KindInt,
			get: func(_ *exporter, r *indicatorRow) Cell { return optIntCell(r.no) },
			set: func(c *cellIn, r *indicatorRow) { r.no = c.int() }},
		{key: "assessment.indicator.name", head: "indicator",
			get: func(_ *exporter, r *indicatorRow) Cell { return textCell(r.in.Name) },
			set: func(c *cellIn, r *indicatorRow) { r.in.Name = c.text() }},
		{key: "assessment.indicator.target", head: "indicator_target", wrap: true,
			get: func(_ *exporter, r *indicatorRow) Cell { return textCell(r.in.Target) },
			set: func(c *cellIn, r *indicatorRow) { r.in.Target = c.text() }},
		{key: "assessment.indicator.result", head: "result", wrap: true,
			get: func(_ *exporter, r *indicatorRow) Cell { return textCell(r.in.Result) },
			set: func(c *cellIn, r *indicatorRow) { r.in.Result = c.text() }},
		{key: "assessment.indicator.score", head: "score", kind: KindFloat,
			get: func(_ *exporter, r *indicatorRow) Cell {
				return Cell{Kind: KindFloat, Num: r.in.Score, Empty: !r.in.Scored}
			},
			set: func(c *cellIn, r *indicatorRow) {
				f, ok := c.number()
				if !ok {
					return
				}
				if f < 0 || f > 100 {
					c.fail(MsgNumRange, 0, 100)
					return
				}
				r.in.Score, r.in.Scored = f, true
			}},
	}
}

// assessmentRows writes each assessment as one row per indicator.
func assessmentRows(x *exporter, emit func([]Cell, bool)) {
	top, ind := assessmentColumns(), indicatorColumns()
	for i := range x.l.Assessments {
		a := &x.l.Assessments[i]
		head := make([]Cell, len(top))
		for j, c := range top {
			head[j] = c.get(x, a)
		}
		n := max(1, len(a.Indicators))
		for k := 0; k < n; k++ {
			row := make([]Cell, 0, len(top)+len(ind))
			row = append(row, head...)
			var ir indicatorRow
			if k < len(a.Indicators) {
				ir = indicatorRow{no: k + 1, in: a.Indicators[k]}
			}
			for _, c := range ind {
				row = append(row, c.get(x, &ir))
			}
			emit(row, false)
		}
	}
}

func formatFindings(fs []model.Finding) string {
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = strconv.Itoa(f.No) + ". " + f.Text
	}
	return strings.Join(lines, "\n")
}

// findingLine is "1. text", "1、text", "(1) text" or "1) text".
var findingLine = regexp.MustCompile(`^[(（]?\s*(\d{1,4})\s*[.、．)）:：]\s*(.*)$`)

// findings reads one finding per line. Numbered lines keep their number,
// which rectifications point at; unnumbered ones get the next free one.
func (c *cellIn) findings() []model.Finding {
	var out []model.Finding
	used := map[int]bool{}
	var loose []string
	for _, l := range c.lines() {
		m := findingLine.FindStringSubmatch(foldWidth(l))
		if m == nil {
			loose = append(loose, l)
			continue
		}
		no, _ := strconv.Atoi(m[1])
		if used[no] || no == 0 {
			c.fail(model.MsgDuplicate, fmt.Sprintf("%d.", no))
			return nil
		}
		used[no] = true
		out = append(out, model.Finding{No: no, Text: strings.TrimSpace(m[2])})
	}
	next := 1
	for _, text := range loose {
		for used[next] {
			next++
		}
		used[next] = true
		out = append(out, model.Finding{No: next, Text: text})
	}
	return out
}

// target reads what an assessment looks at: a work area by name, or a
// plan, task or activity by code (P-2, T-41, A-3) or by exact title.
func (c *cellIn) target() model.Target {
	s := strings.TrimSpace(c.v)
	if s == "" {
		return model.Target{}
	}
	if a, ok := model.ParseEnum[model.WorkArea](s); ok {
		return model.Target{Kind: model.TargetArea, Area: a}
	}
	// The kinds of record an assessment can look at: plans, tasks and
	// activities, in the order TargetKind lists them.
	var kinds []model.TargetKind
	for _, k := range model.Values[model.TargetKind]() {
		if (model.Target{Kind: k}).Entity() != 0 {
			kinds = append(kinds, k)
		}
	}
	for _, k := range kinds {
		e := model.Target{Kind: k}.Entity()
		if id, ok := c.p.codeRef(c, e, s); ok {
			if id == 0 {
				return model.Target{}
			}
			return model.Target{Kind: k, ID: id}
		}
	}
	var found []model.Target
	var list []string
	for _, k := range kinds {
		e := model.Target{Kind: k}.Entity()
		for _, id := range c.p.byTitle(e, s) {
			found = append(found, model.Target{Kind: k, ID: id})
			list = append(list, model.Code(e, id))
		}
	}
	switch len(found) {
	case 1:
		return found[0]
	case 0:
		c.fail(MsgBadTarget, s)
	default:
		c.fail(MsgAmbiguous, s, strings.Join(list, ", "))
	}
	return model.Target{}
}
