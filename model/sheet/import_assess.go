package sheet

import (
	"sort"
	"strings"

	"secretary/model"
)

// assessGroup is the rows of one assessment being read.
type assessGroup struct {
	pd         *pending
	first      map[string]string // its own columns' values on its first row
	indicators []indicatorRow
	numbered   bool
	cleared    bool // an indicator cell said （清空）
}

// readAssessments reads one row per indicator and gathers the rows of each
// assessment: rows with the same code belong together, and a row without
// a code continues the assessment above when its own columns are empty or
// repeat that assessment's (a block copied in the spreadsheet).
func (p *importer) readAssessments(s *sheetIn) {
	e := model.EntityAssessment
	top := bind(s, assessmentColumns())
	ind := bind(s, indicatorColumns())
	codeKey := e.Code() + ".id"
	var cur *assessGroup
	groups := map[model.ID]*assessGroup{}
	var order []*assessGroup
	for r := s.header + 1; r < len(s.table.Rows); r++ {
		row := s.table.Rows[r]
		if blank(row) {
			continue
		}
		p.imp.rows++
		code := strings.TrimSpace(s.cell(row, codeKey))
		values := topValues(row, top)
		var g *assessGroup
		switch {
		case code == "" && cur != nil && (allEmpty(values) || sameValues(values, cur.first)):
			g = cur
		case code != "":
			if _, id, ok := model.ParseCode(code); ok && groups[id] != nil {
				g = groups[id]
				p.checkSameAssessment(s, r, row, top, g)
			}
		}
		if g == nil {
			g = &assessGroup{pd: p.start(s, r, &model.Assessment{}, code), first: values}
			a := g.pd.rec.(*model.Assessment)
			if len(ind) > 0 {
				a.Indicators = nil // the file's rows are the whole list
			}
			for _, b := range top {
				c := cellIn{p: p, s: s, pend: g.pd, row: r, col: b.idx, key: b.col.key, v: cellAt(row, b.idx)}
				setCell(g.pd, b.col, &c, a)
			}
			if id := a.GetID(); id != 0 && !g.pd.skip {
				groups[id] = g
			}
			order = append(order, g)
		}
		cur = g
		p.readIndicator(s, r, row, ind, g)
	}
	for _, g := range order {
		if len(ind) > 0 {
			g.finish()
		}
		if !g.pd.skip {
			p.pend[e] = append(p.pend[e], g.pd)
		}
	}
}

func topValues(row []string, top []boundColumn[model.Assessment]) map[string]string {
	m := make(map[string]string, len(top))
	for _, b := range top {
		if b.col.key == "assessment.id" {
			continue
		}
		m[b.col.key] = strings.TrimSpace(cellAt(row, b.idx))
	}
	return m
}

func allEmpty(m map[string]string) bool {
	for _, v := range m {
		if v != "" {
			return false
		}
	}
	return true
}

func sameValues(a, b map[string]string) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// checkSameAssessment reports a later row of an assessment whose own
// columns say something different from its first row: which one is meant
// cannot be guessed.
func (p *importer) checkSameAssessment(s *sheetIn, r int, row []string, top []boundColumn[model.Assessment], g *assessGroup) {
	for _, b := range top {
		v := strings.TrimSpace(cellAt(row, b.idx))
		if b.col.key == "assessment.id" || v == "" {
			continue
		}
		if first := g.first[b.col.key]; v != first {
			g.pd.markBad(b.col.key)
			p.problem(s, r, b.idx, v, model.M(MsgConflict, s.table.line(g.pd.row), first))
		}
	}
}

// readIndicator adds the row's indicator, if it has one, to the group.
func (p *importer) readIndicator(s *sheetIn, r int, row []string, ind []boundColumn[indicatorRow], g *assessGroup) {
	var ir indicatorRow
	filled := false
	for _, b := range ind {
		v := cellAt(row, b.idx)
		if strings.TrimSpace(v) == "" {
			continue
		}
		if IsClear(v) {
			g.cleared = true // （清空） in an indicator column: the assessment keeps none
			continue
		}
		filled = true
		c := cellIn{p: p, s: s, pend: g.pd, row: r, col: b.idx, key: b.col.key, v: v}
		b.col.set(&c, &ir)
	}
	if !filled {
		return
	}
	if strings.TrimSpace(ir.in.Name) == "" {
		g.pd.markBad("assessment.indicators")
		p.problem(s, r, s.colOf("assessment.indicator.name"), "", model.M(MsgIndicatorNoName))
		return
	}
	if ir.no != 0 {
		g.numbered = true
	}
	g.indicators = append(g.indicators, ir)
}

// finish puts the indicators in their numbered order (a sorted sheet may
// have shuffled the rows) and into the assessment.
func (g *assessGroup) finish() {
	if g.numbered {
		sort.SliceStable(g.indicators, func(i, j int) bool {
			a, b := g.indicators[i].no, g.indicators[j].no
			if a == 0 || b == 0 {
				return a != 0 && b == 0
			}
			return a < b
		})
	}
	a := g.pd.rec.(*model.Assessment)
	if len(g.indicators) == 0 && !g.cleared && g.pd.before != nil {
		// Rows that update an assessment without any indicator cell
		// filled keep its indicators, as a blank cell keeps a value.
		a.Indicators = append([]model.Indicator(nil), g.pd.before.(*model.Assessment).Indicators...)
		return
	}
	a.Indicators = nil
	for _, ir := range g.indicators {
		a.Indicators = append(a.Indicators, ir.in)
	}
}
