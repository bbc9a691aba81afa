package sheet

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/rubrics"
)

// A rubric file (`secretary sheet template OUT.xlsx rubric`, read by
// `secretary rubric import`) is one sheet of indicators, a row each:
// code, parent code (optional: A1.B2's parent is A1), title, points,
// scoring criteria and the evidence asked for. The template carries the
// sample rubric as its rows, so a secretary edits a working example into
// the local standard instead of starting from an empty sheet.

// rubricCol is one column of a rubric file.
type rubricCol struct {
	key   string // the field key: "indicator.code"
	head  string // its ASCII header code
	alias []string
	width float64
	wrap  bool
}

// rubricCols are the rubric file's columns in order. Read-only.
var rubricCols = []rubricCol{
	{key: "indicator.code", head: "code", alias: []string{"编码", "编号", "序号", "指标编号"}, width: 12},
	{key: "indicator.parent", head: "parent", alias: []string{"上级编码", "上级指标编码", "上级"}, width: 12},
	{key: "indicator.title", head: "title", alias: []string{"指标", "指标名称", "指标内容", "评估指标", "name", "indicator"}, width: 24},
	{key: "indicator.points", head: "points", alias: []string{"分值", "分数", "标准分", "score"}, width: 8},
	{key: "indicator.criteria", head: "criteria", alias: []string{"评分标准", "评分细则", "评估要点", "考核要点", "scoring"}, width: 48, wrap: true},
	{key: "indicator.evidence", head: "evidence", alias: []string{"佐证材料", "佐证材料要求", "所需材料", "备查材料", "evidence required"}, width: 36, wrap: true},
}

// header is a column's header text: its field's sheet header.
func (c rubricCol) header(lang model.Lang) string {
	return model.Label{Code: c.head, Key: i18n.Key("sheet.col." + c.key)}.In(lang)
}

// rubricSheet names the template's sheets.
var (
	rubricSheetLabel = model.Label{Code: "indicators", Key: "sheet.rubric.sheet"}
	rubricNotesLabel = model.Label{Code: "notes", Key: "sheet.rubric.notes_sheet"}
)

// Message keys of reading a rubric file.
const (
	MsgRubricNoSheet = "sheet.rubric.no_sheet" // args: file, the headers looked for
)

// RubricFile is a rubric read from a file and checked: the indicators to
// import, or every problem with its row.
type RubricFile struct {
	Name     string // the file's base name
	Sheet    string // the sheet the indicators were on
	Tree     *rubrics.Tree
	Problems []Problem
}

// OK reports a rubric with no problems, ready to import.
func (r *RubricFile) OK() bool { return len(r.Problems) == 0 && r.Tree != nil }

// ReadRubric reads a rubric from a spreadsheet already read (ReadFile):
// the first sheet with a code and a title column. Each row's points must
// be a number; then the tree is checked (rubrics.Check). Every problem is
// listed with its sheet, row and column, and nothing is importable while
// there is any.
func ReadRubric(f *File) *RubricFile {
	out := &RubricFile{Name: f.Name}
	for ti := range f.Tables {
		t := &f.Tables[ti]
		hr, cols := findRubricHeader(t)
		if hr < 0 {
			continue
		}
		out.Sheet = t.Name
		readRubricRows(t, hr, cols, out)
		return out
	}
	heads := make([]string, 0, 2)
	for _, c := range rubricCols[:3] {
		if c.key != "indicator.parent" {
			heads = append(heads, c.header(model.LangZh)+" / "+c.header(model.LangEn))
		}
	}
	out.Problems = []Problem{{Reason: model.M(MsgRubricNoSheet, f.Name, strings.Join(heads, ", "))}}
	return out
}

// findRubricHeader is the header row among a sheet's first rows: one
// that names a code and a title column. cols maps field keys to columns.
func findRubricHeader(t *Table) (int, map[string]int) {
	idx := map[string]string{}
	for _, c := range rubricCols {
		for _, name := range append([]string{c.head, c.header(model.LangZh), c.header(model.LangEn)}, c.alias...) {
			idx[normHeader(name)] = c.key
		}
	}
	for r := 0; r < len(t.Rows) && r < 10; r++ {
		cols := map[string]int{}
		for j, h := range t.Rows[r] {
			if key, ok := idx[normHeader(h)]; ok {
				if _, dup := cols[key]; !dup {
					cols[key] = j
				}
			}
		}
		_, code := cols["indicator.code"]
		_, title := cols["indicator.title"]
		if code && title {
			return r, cols
		}
	}
	return -1, nil
}

// readRubricRows reads the rows under the header, then checks the tree.
func readRubricRows(t *Table, hr int, cols map[string]int, out *RubricFile) {
	get := func(row []string, key string) string {
		if j, ok := cols[key]; ok {
			return strings.TrimSpace(cellAt(row, j))
		}
		return ""
	}
	heads := t.Rows[hr]
	colName := func(key string) string {
		if j, ok := cols[key]; ok {
			return strings.TrimSpace(cellAt(heads, j))
		}
		return "field." + key
	}
	var rows []rubrics.Row
	var lines []int
	for r := hr + 1; r < len(t.Rows); r++ {
		row := t.Rows[r]
		if blank(row) {
			continue
		}
		line := t.line(r)
		pts := get(row, "indicator.points")
		p, err := model.ParsePoints(foldWidth(pts))
		if err != nil {
			if f, ok := (&cellIn{}).floatPoints(pts); ok {
				p, err = f, nil
			}
		}
		if err != nil {
			m, _ := model.AsUserMsg(err)
			out.Problems = append(out.Problems, Problem{Sheet: t.Name, Row: line, Column: colName("indicator.points"), Value: shorten(pts), Reason: m})
		}
		rows = append(rows, rubrics.Row{
			Code: get(row, "indicator.code"), Parent: get(row, "indicator.parent"), Title: model.CleanLine(get(row, "indicator.title")),
			Points: p, Criteria: model.CleanText(get(row, "indicator.criteria")), Evidence: model.CleanText(get(row, "indicator.evidence")),
		})
		lines = append(lines, line)
	}
	tree, probs := rubrics.Check(rows, lines)
	for _, pr := range probs {
		pb := Problem{Sheet: t.Name, Row: pr.Line, Value: shorten(pr.Value), Reason: pr.Reason}
		if pr.Column != "" {
			pb.Column = colName(pr.Column)
		}
		if pr.Line == 0 {
			pb.Sheet = ""
		}
		out.Problems = append(out.Problems, pb)
	}
	sortRubricProblems(out.Problems)
	if len(out.Problems) == 0 {
		out.Tree = tree
	}
}

// sortRubricProblems orders problems by row, keeping each row's in the
// order found.
func sortRubricProblems(ps []Problem) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Row < ps[j-1].Row; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// WriteRubricTemplate writes the rubric template: the indicators sheet
// with the sample rubric as its rows, and a sheet explaining each column
// and saying the rows are a sample to replace with the local standard.
func WriteRubricTemplate(w io.Writer, lang model.Lang) (err error) {
	f := excelize.NewFile()
	f.ZipWriter = fastZip
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("rubric template styles: %w", err)
	}
	name := rubricSheetLabel.In(lang)
	if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
		return err
	}
	for j, c := range rubricCols {
		cell, _ := excelize.CoordinatesToCellName(j+1, 1)
		if err := f.SetCellStr(name, cell, c.header(lang)); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(name, col, col, c.width); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(rubricCols))
	if err := f.SetCellStyle(name, "A1", last+"1", st.header); err != nil {
		return err
	}
	for i, r := range rubrics.Sample(lang) {
		vals := []any{r.Code, r.Parent, r.Title, r.Points.Float(), r.Criteria, r.Evidence}
		for j, v := range vals {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellValue(name, cell, v); err != nil {
				return err
			}
		}
		end, _ := excelize.CoordinatesToCellName(len(rubricCols), i+2)
		if err := f.SetCellStyle(name, fmt.Sprintf("A%d", i+2), end, st.wrap); err != nil {
			return err
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	notes := rubricNotesLabel.In(lang)
	if _, err := f.NewSheet(notes); err != nil {
		return err
	}
	lines := []string{rubrics.SampleTitle(lang), rubrics.SampleNote(lang), model.Label{Key: "sheet.rubric.howto"}.In(lang)}
	for _, c := range rubricCols {
		lines = append(lines, c.header(lang)+": "+model.Label{Key: i18n.Key("sheet.rubric.col." + c.head)}.In(lang))
	}
	for i, l := range lines {
		if err := f.SetCellStr(notes, fmt.Sprintf("A%d", i+1), l); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(notes, "A", "A", 110); err != nil {
		return err
	}
	if err := f.SetCellStyle(notes, "A1", "A1", st.title); err != nil {
		return err
	}
	if err := f.SetCellStyle(notes, "A2", fmt.Sprintf("A%d", len(lines)), st.wrap); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// RubricRows are the sample rubric's rows in a language, for a caller
// that loads the sample without a file.
func RubricRows(lang model.Lang) *RubricFile {
	tree, probs := rubrics.Check(rubrics.Sample(lang), nil)
	out := &RubricFile{Name: rubrics.SampleTitle(lang), Tree: tree}
	for _, p := range probs {
		out.Problems = append(out.Problems, Problem{Row: p.Line, Reason: p.Reason})
	}
	return out
}
