package sheet

import (
	"strings"

	"secretary/model"
)

// detectTab recognises a sheet's tab from its headers. Each header that
// matches a tab's column counts for it, weighted by how many tabs share
// it: 编号 and 状态 say little, 截止日期 and 整改措施 a lot. The best tab
// needs two matching headers and a clear lead; tie lists the tabs that
// tied.
func detectTab(t *Table, idx map[model.Entity]map[string]colInfo) (found model.Entity, tie []model.Entity) {
	for r := 0; r < len(t.Rows) && r < headerScan; r++ {
		score := map[model.Entity]float64{}
		hits := map[model.Entity]int{}
		for _, cell := range t.Rows[r] {
			k := normHeader(cell)
			if k == "" {
				continue
			}
			var in []model.Entity
			for _, e := range Tabs() {
				if _, ok := idx[e][k]; ok {
					in = append(in, e)
				}
			}
			for _, e := range in {
				score[e] += 1 / float64(len(in))
				hits[e]++
			}
		}
		var best, second model.Entity
		for _, e := range Tabs() {
			switch {
			case best == 0 || score[e] > score[best]:
				best, second = e, best
			case second == 0 || score[e] > score[second]:
				second = e
			}
		}
		if hits[best] < 2 {
			continue
		}
		if score[best]-score[second] < 0.5 {
			return 0, []model.Entity{best, second}
		}
		return best, nil
	}
	return 0, nil
}

// findHeaderRow is the first of the top rows with the most cells that
// name the tab's columns; -1 when none names any.
func findHeaderRow(t *Table, idx map[string]colInfo) int {
	best, bestHits := -1, 0
	for r := 0; r < len(t.Rows) && r < headerScan; r++ {
		hits := 0
		for _, cell := range t.Rows[r] {
			if _, ok := idx[normHeader(cell)]; ok {
				hits++
			}
		}
		if hits > bestHits {
			best, bestHits = r, hits
		}
		if hits >= 3 {
			break
		}
	}
	return best
}

func columnHasData(rows [][]string, j int) bool {
	for _, row := range rows {
		if strings.TrimSpace(cellAt(row, j)) != "" {
			return true
		}
	}
	return false
}

// expectedHeads lists a tab's headers in both languages, for the message
// that none was found.
func expectedHeads(e model.Entity) []model.Msg {
	var out []model.Msg
	for _, c := range columnsOf(e) {
		if c.derived {
			continue
		}
		out = append(out, model.M(MsgChoice, c.head))
	}
	return out
}

func tabChoices() []model.Msg {
	out := make([]model.Msg, 0, len(tabList))
	for _, e := range Tabs() {
		out = append(out, model.M(MsgChoice, TabLabel(e)))
	}
	return out
}

func firstRowText(t *Table) string {
	for _, row := range t.Rows {
		if !blank(row) {
			var cells []string
			for _, c := range row {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			return shorten(strings.Join(cells, ", "))
		}
	}
	return ""
}

// checkFoundRows reports a file with no sheet the import can read.
func (p *importer) checkFoundRows() {
	for _, s := range p.sheets {
		if s.usable || s.tab != 0 {
			return
		}
	}
	if len(p.imp.Problems) == 0 {
		p.imp.Problems = append(p.imp.Problems, Problem{Reason: model.M(MsgNothing, p.f.Name, tabChoices())})
	}
}

// checkRequiredColumns reports, once per sheet, a column that new records
// need but the sheet lacks — rather than the same "required" on every
// row. Sheets that only update records may leave columns out: what is not
// in the file stays as it is.
func (p *importer) checkRequiredColumns(s *sheetIn) {
	if !s.hasNew {
		return
	}
	for _, c := range columnsOf(s.tab) {
		if !c.required {
			continue
		}
		if _, ok := s.cols[c.key]; !ok {
			if s.missing == nil {
				s.missing = map[string]bool{}
			}
			s.missing[c.key] = true
			p.problem(s, -1, -1, "", model.M(MsgMissingColumn, c.head))
		}
	}
}
