package sheet

import (
	"strings"

	"secretary/model"
)

// sheetIn is one sheet (or CSV file) of the import, read as a tab.
type sheetIn struct {
	index   int
	name    string
	table   *Table
	tab     model.Entity
	usable  bool
	header  int            // index of the header row
	cols    map[string]int // field key → the file's column
	heads   []string       // the header row as written
	hasNew  bool           // some row adds a record
	missing map[string]bool
}

// at places a problem: row < 0 is the whole sheet, col < 0 the whole row.
func (s *sheetIn) at(row, col int, value string, msg model.Msg) Problem {
	p := Problem{Sheet: s.name, Reason: msg, sheetIndex: s.index, colIndex: col}
	if row >= 0 {
		p.Row = s.table.line(row)
	}
	if col >= 0 {
		p.Column = s.headAt(col)
		p.Value = shorten(strings.TrimSpace(value))
	}
	return p
}

// headAt is a column's header as written, or its letter when it has none.
func (s *sheetIn) headAt(col int) string {
	if h := strings.TrimSpace(cellAt(s.heads, col)); h != "" {
		return h
	}
	return colLetter(col)
}

func (s *sheetIn) colOf(key string) int {
	if i, ok := s.cols[key]; ok {
		return i
	}
	return -1
}

func (s *sheetIn) cell(row []string, key string) string {
	if i, ok := s.cols[key]; ok {
		return cellAt(row, i)
	}
	return ""
}

// colLetter is a spreadsheet column name: 0 → A, 26 → AA.
func colLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// headerScan is how many of the first rows may hold the header: hand-made
// ledgers often start with a title row or two.
const headerScan = 10

// headerIndex maps folded headers of a tab to column keys.
func headerIndex(e model.Entity) map[string]colInfo {
	m := map[string]colInfo{}
	for _, c := range columnsOf(e) {
		for _, name := range append([]string{c.head.In(model.LangZh), c.head.In(model.LangEn), c.head.Code}, c.alias...) {
			if k := normHeader(name); k != "" {
				m[k] = c
			}
		}
	}
	return m
}

// mapSheets decides which tab each sheet holds and where its columns are.
func (p *importer) mapSheets() {
	idx := map[model.Entity]map[string]colInfo{}
	for _, e := range Tabs() {
		idx[e] = headerIndex(e)
	}
	for i := range p.f.Tables {
		t := &p.f.Tables[i]
		s := &sheetIn{index: i, name: t.Name, table: t}
		p.sheets = append(p.sheets, s)
		if t.empty() {
			if p.f.Format == FormatCSV {
				p.imp.Problems = append(p.imp.Problems, Problem{Reason: model.M(MsgEmptyFile, p.f.Name)})
			}
			continue
		}
		if isLabel(coverLabel, t.Name) || isLabel(listsLabel, t.Name) {
			continue
		}
		p.mapSheet(s, idx)
	}
	p.checkFoundRows()
}

func (p *importer) mapSheet(s *sheetIn, idx map[model.Entity]map[string]colInfo) {
	csv := p.f.Format == FormatCSV
	tab := model.Entity(0)
	switch {
	case csv && p.opts.Tab != 0:
		tab = p.opts.Tab
	case !csv:
		tab, _ = ParseTab(s.name)
	}
	if tab == 0 {
		found, tie := detectTab(s.table, idx)
		switch {
		case found != 0:
			tab = found
		case csv:
			if byName, ok := ParseTab(strings.TrimSuffix(s.name, ".csv")); ok {
				tab = byName
				break
			}
			if len(tie) > 1 {
				p.problem(s, -1, -1, "", model.M(MsgAmbiguousTab, TabLabel(tie[0]), TabLabel(tie[1]), tabChoices()))
			} else {
				p.problem(s, -1, -1, "", model.M(MsgUnknownTab, firstRowText(s.table), tabChoices()))
			}
			return
		default:
			p.note(s, -1, -1, "", model.M(MsgSheetIgnored))
			return
		}
	}
	s.tab = tab
	s.header = findHeaderRow(s.table, idx[tab])
	if s.header < 0 {
		p.problem(s, -1, -1, "", model.M(MsgNoHeaders, TabLabel(tab), expectedHeads(tab)))
		return
	}
	p.bindHeaders(s, idx[tab])
}

// bindHeaders maps the header row's cells to the tab's columns, noting
// the ones it ignores.
func (p *importer) bindHeaders(s *sheetIn, idx map[string]colInfo) {
	s.heads = s.table.Rows[s.header]
	s.cols = map[string]int{}
	width := len(s.heads)
	for _, row := range s.table.Rows[s.header+1:] {
		width = max(width, len(row))
	}
	for j := 0; j < width; j++ {
		h := strings.TrimSpace(cellAt(s.heads, j))
		if h == "" {
			if columnHasData(s.table.Rows[s.header+1:], j) {
				p.note(s, s.header, j, "", model.M(MsgNoHeaderCol, colLetter(j)))
			}
			continue
		}
		c, ok := idx[normHeader(h)]
		switch {
		case !ok:
			p.note(s, s.header, j, h, model.M(MsgExtraColumn, h))
		case c.derived:
			// Computed on export; reading it back would be meaningless.
		default:
			if prev, dup := s.cols[c.key]; dup {
				p.problem(s, s.header, j, h, model.M(MsgDupColumn, h, s.headAt(prev)))
				continue
			}
			s.cols[c.key] = j
		}
	}
	s.usable = true
}
