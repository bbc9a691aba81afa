package rubrics

import (
	"strings"
	"unicode/utf8"

	"secretary/internal/i18n"
	"secretary/model"
)

// Problem is one thing wrong with a rubric file, at its row: what a
// secretary fixes in the spreadsheet before importing again.
type Problem struct {
	Line   int    // the row number the spreadsheet shows
	Column string // the field key of the column ("indicator.code"); "" for the whole row
	Value  string // the cell as written
	Reason model.Msg
}

// Message keys of rubric checks.
const (
	MsgDuplicate   = "rubric.duplicate_code" // args: code, the other row
	MsgNoParent    = "rubric.no_parent"      // args: parent code
	MsgCycle       = "rubric.cycle"          // args: the codes round the circle
	MsgTooDeep     = "rubric.too_deep"       // args: the limit
	MsgChildPoints = "rubric.child_points"   // args: points, parent code, parent points
	MsgChildrenSum = "rubric.children_sum"   // args: parent code, its points, the children's total
	MsgNoRows      = "rubric.no_rows"        // the file has no indicators
	MsgTooMany     = "rubric.too_many"       // args: the limit
	MsgOwnParent   = "rubric.own_parent"     // an indicator named as its own parent
	MsgSpaceInCode = "rubric.space_in_code"  // args: code
)

// MaxRows bounds a rubric: real ones have tens of indicators.
const MaxRows = 2000

// Tree is a checked rubric: its rows, each with the index of its parent
// row (-1 for a first-level one) and its place among its siblings.
type Tree struct {
	Rows   []Row
	Parent []int
	Order  []int
}

// Check reads rows as a rubric: every row needs a code and a title;
// codes are unique; a row's parent (its Parent, or its code up to the
// last dot) is another row of the file; parents do not go round in a
// circle; the tree is at most model.MaxIndicatorDepth deep; no child has
// more points than its parent, and children together no more than it.
// lines are the rows' line numbers for messages. Every problem is listed;
// the tree is nil when there is any.
func Check(rows []Row, lines []int) (*Tree, []Problem) {
	var probs []Problem
	line := func(i int) int {
		if i < len(lines) {
			return lines[i]
		}
		return i + 2 // a header row, then the rows
	}
	add := func(i int, col, val string, key i18n.Key, args ...any) {
		probs = append(probs, Problem{Line: line(i), Column: col, Value: val, Reason: model.M(key, args...)})
	}
	if len(rows) == 0 {
		return nil, []Problem{{Reason: model.M(MsgNoRows)}}
	}
	if len(rows) > MaxRows {
		return nil, []Problem{{Reason: model.M(MsgTooMany, MaxRows)}}
	}
	byCode := map[string]int{}
	codes := make([]string, len(rows))
	for i, r := range rows {
		code := model.NormalizeCode(strings.TrimSpace(r.Code))
		codes[i] = code
		switch {
		case code == "":
			add(i, "indicator.code", "", model.MsgRequired)
			continue
		case strings.ContainsAny(code, " \t\u3000"):
			add(i, "indicator.code", r.Code, MsgSpaceInCode, r.Code)
		case utf8.RuneCountInString(code) > model.MaxCodeLen:
			add(i, "indicator.code", r.Code, model.MsgTooLong, model.MaxCodeLen)
		}
		if j, dup := byCode[code]; dup {
			add(i, "indicator.code", r.Code, MsgDuplicate, r.Code, line(j))
			continue
		}
		byCode[code] = i
		if strings.TrimSpace(r.Title) == "" {
			add(i, "indicator.title", "", model.MsgRequired)
		} else if utf8.RuneCountInString(r.Title) > model.MaxShortText {
			add(i, "indicator.title", r.Title, model.MsgTooLong, model.MaxShortText)
		}
		if r.Points < 0 {
			add(i, "indicator.points", r.Points.String(), model.MsgNegative)
		}
	}
	parent := make([]int, len(rows))
	for i, r := range rows {
		parent[i] = -1
		if codes[i] == "" {
			continue
		}
		pc := model.NormalizeCode(strings.TrimSpace(r.Parent))
		explicit := pc != ""
		if !explicit {
			if k := strings.LastIndexByte(codes[i], '.'); k > 0 {
				pc = codes[i][:k]
			}
		}
		if pc == "" {
			continue
		}
		j, ok := byCode[pc]
		switch {
		case !ok && explicit:
			add(i, "indicator.parent", r.Parent, MsgNoParent, r.Parent)
		case !ok:
			add(i, "indicator.code", r.Code, MsgNoParent, pc)
		case j == i:
			add(i, "indicator.parent", r.Parent, MsgOwnParent)
		default:
			parent[i] = j
		}
	}
	// Cycles and depth: walk up from every row.
	inCycle := make([]bool, len(rows))
	for i := range rows {
		seen := map[int]bool{i: true}
		path := []string{codes[i]}
		depth := 1
		for p := parent[i]; p >= 0; p = parent[p] {
			path = append(path, codes[p])
			if seen[p] {
				if !inCycle[i] {
					add(i, "indicator.parent", rows[i].Parent, MsgCycle, strings.Join(path, " → "))
					for k := range seen {
						inCycle[k] = true
					}
				}
				break
			}
			seen[p] = true
			depth++
		}
		if !inCycle[i] && depth > model.MaxIndicatorDepth {
			add(i, "indicator.parent", rows[i].Parent, MsgTooDeep, model.MaxIndicatorDepth)
		}
	}
	// Points against the parent's.
	sums := make([]model.Points, len(rows))
	for i, p := range parent {
		if p < 0 || inCycle[i] {
			continue
		}
		sums[p] += rows[i].Points
		if rows[i].Points > rows[p].Points {
			add(i, "indicator.points", rows[i].Points.String(), MsgChildPoints, rows[i].Points.String(), codes[p], rows[p].Points.String())
		}
	}
	for i := range rows {
		if sums[i] > rows[i].Points && !inCycle[i] {
			add(i, "indicator.points", rows[i].Points.String(), MsgChildrenSum, codes[i], rows[i].Points.String(), sums[i].String())
		}
	}
	if len(probs) > 0 {
		sortProblems(probs)
		return nil, probs
	}
	t := &Tree{Rows: make([]Row, len(rows)), Parent: parent, Order: make([]int, len(rows))}
	next := map[int]int{}
	for i, r := range rows {
		r.Code = codes[i]
		t.Rows[i] = r
		next[parent[i]]++
		t.Order[i] = next[parent[i]]
	}
	return t, nil
}

// sortProblems puts problems in row order, stable within a row.
func sortProblems(ps []Problem) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Line < ps[j-1].Line; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Indicators turns a checked tree into indicator records of the rubric,
// parents before their children; ParentID holds the parent's index in
// the returned list plus one, for the writer to replace with the stored
// parent's ID (IDs are not known before the records are written).
func (t *Tree) Indicators(rubric model.ID) []model.RubricIndicator {
	order := t.parentsFirst()
	at := make([]int, len(t.Rows))
	out := make([]model.RubricIndicator, 0, len(t.Rows))
	for _, i := range order {
		r := t.Rows[i]
		in := model.RubricIndicator{RubricID: rubric, Code: r.Code, Title: r.Title, Points: r.Points,
			Criteria: r.Criteria, Evidence: r.Evidence, Order: t.Order[i]}
		if p := t.Parent[i]; p >= 0 {
			in.ParentID = model.ID(at[p] + 1)
		}
		at[i] = len(out)
		out = append(out, in)
	}
	return out
}

// parentsFirst lists the rows so that each comes after its parent,
// otherwise in file order.
func (t *Tree) parentsFirst() []int {
	var out []int
	placed := make([]bool, len(t.Rows))
	var place func(i int)
	place = func(i int) {
		if placed[i] {
			return
		}
		if p := t.Parent[i]; p >= 0 {
			place(p)
		}
		placed[i] = true
		out = append(out, i)
	}
	for i := range t.Rows {
		place(i)
	}
	return out
}

// Total is the points of the first-level indicators together: the
// rubric's maximum.
func (t *Tree) Total() model.Points {
	var sum model.Points
	for i, r := range t.Rows {
		if t.Parent[i] < 0 {
			sum += r.Points
		}
	}
	return sum
}
