package model

import (
	"slices"
	"strconv"
)

// FileState is what the evidence folder holds for an item's file.
type FileState uint8

// File states. Unknown is "not looked at yet": a screen shows the tree
// at once and the folder's answer when it comes.
const (
	FileUnknown FileState = iota
	FileOK                // there, with the SHA-256 the ledger recorded
	FileMissing           // not in the evidence folder
	FileChanged           // there, but its content no longer matches (hash mismatch)
)

// FileStates are the evidence folder's files by SHA-256.
type FileStates map[string]FileState

// Problem reports a state that needs the secretary's attention.
func (s FileState) Problem() bool { return s == FileMissing || s == FileChanged }

// EvidenceCoverage is a rubric's indicators as the evidence view and the
// self-assessment show them: the tree in rubric order, each indicator
// with its points, self-score and evidence, and what is missing.
type EvidenceCoverage struct {
	Rubric *Rubric
	Rows   []CoverageRow // the tree, parents before children, siblings in rubric order
	// Max is the rubric's points (its first-level indicators together);
	// Score the self-assessment's total, from the scored indicators.
	Max, Score Points
	Scored     int // leaves with a self-score
	Leaves     int // indicators without sub-indicators: where evidence is filed and scores given
	Evidenced  int // leaves with at least one item of evidence
	Problems   int // items whose file is missing or changed
}

// CoverageRow is one indicator in the tree.
type CoverageRow struct {
	Indicator *RubricIndicator
	Depth     int  // 1 for a first-level indicator
	Leaf      bool // no sub-indicators
	// Score is a leaf's own self-score, or for a parent the sum of its
	// children's; Scored says any was given.
	Score  Points
	Scored bool
	Items  []*Evidence // the items linked to this indicator itself, oldest first
	// Count is the items of the indicator and everything under it,
	// each counted once; Missing the leaves under it (itself, for a
	// leaf) without evidence; FileProblems the linked items whose file is
	// missing or changed.
	Count        int
	Missing      int
	FileProblems int
	parent       int // index of the parent row, -1 for none
}

// Warn is the ⚠ of the evidence view: nothing filed where evidence is
// needed, or a file that is missing or changed.
func (r *CoverageRow) Warn() bool { return r.Missing > 0 || r.FileProblems > 0 }

// Code is the indicator's code.
func (r *CoverageRow) Code() string { return r.Indicator.Code }

// BuildCoverage lays out the rubric's indicators with their evidence.
// files says which evidence files are missing or changed (nil: not
// known). It reads each indicator and item once: 5,000 links over 100
// indicators take well under a millisecond.
func BuildCoverage(l *Ledger, rubricID ID, files FileStates) *EvidenceCoverage {
	c := &EvidenceCoverage{Rubric: l.Rubric(rubricID)}
	if c.Rubric == nil {
		return c
	}
	var ins []*RubricIndicator
	for i := range l.Indicators {
		if in := &l.Indicators[i]; in.RubricID == rubricID {
			ins = append(ins, in)
		}
	}
	c.Rows = treeOrder(ins)
	at := make(map[ID]int, len(c.Rows))
	for i := range c.Rows {
		at[c.Rows[i].Indicator.ID] = i
	}
	for i := range c.Rows {
		r := &c.Rows[i]
		r.parent = -1
		if p, ok := at[r.Indicator.ParentID]; ok {
			r.parent = p
		}
	}
	for i := range c.Rows {
		c.Rows[i].Leaf = true
	}
	for i := range c.Rows {
		if p := c.Rows[i].parent; p >= 0 {
			c.Rows[p].Leaf = false
		}
	}
	// Evidence: each item once, appended to each indicator it supports,
	// and counted once in each indicator above those (stamp: the last
	// item counted in a row, so an item linked to two children counts
	// once in their parent).
	stamp := make([]int, len(c.Rows))
	for i := range l.Evidence {
		e := &l.Evidence[i]
		for _, id := range e.Indicators {
			k, ok := at[id]
			if !ok {
				continue
			}
			c.Rows[k].Items = append(c.Rows[k].Items, e)
			for a, depth := k, 0; a >= 0 && depth <= MaxIndicatorDepth; a, depth = c.Rows[a].parent, depth+1 {
				if stamp[a] != i+1 {
					stamp[a] = i + 1
					c.Rows[a].Count++
				}
			}
		}
	}
	for i := range c.Rows {
		r := &c.Rows[i]
		if len(r.Items) > 1 {
			slices.SortStableFunc(r.Items, func(a, b *Evidence) int { return itemOrder(a, b) })
		}
		for _, e := range r.Items {
			if e.HasFile() && files[e.SHA256].Problem() {
				r.FileProblems++
			}
		}
		if r.Leaf {
			c.Leaves++
			if len(r.Items) == 0 {
				r.Missing = 1
			} else {
				c.Evidenced++
			}
			r.Score, r.Scored = r.Indicator.Score, r.Indicator.Scored
			if r.Scored {
				c.Scored++
			}
		}
	}
	// Roll leaves up into their parents, deepest first (children come
	// after their parents in tree order, so backwards is bottom-up).
	for i := len(c.Rows) - 1; i >= 0; i-- {
		r := &c.Rows[i]
		p := r.parent
		if p < 0 {
			c.Max += r.Indicator.Points
			c.Score += r.Score
			continue
		}
		pr := &c.Rows[p]
		pr.Missing += r.Missing
		pr.FileProblems += r.FileProblems
		pr.Score += r.Score
		pr.Scored = pr.Scored || r.Scored
	}
	for _, e := range l.Evidence {
		if e.HasFile() && len(e.Indicators) > 0 && files[e.SHA256].Problem() {
			c.Problems++
		}
	}
	return c
}

// itemOrder puts evidence oldest first, then in the order added.
func itemOrder(a, b *Evidence) int {
	if a.Date != b.Date {
		if a.Date.IsZero() {
			return 1
		}
		if b.Date.IsZero() {
			return -1
		}
		return int(a.Date) - int(b.Date)
	}
	return int(a.ID) - int(b.ID)
}

// treeOrder lays indicators out as the rubric reads: each first-level
// indicator followed by its own, depth first; siblings by their order,
// then code. Indicators whose parent is missing count as first-level.
func treeOrder(ins []*RubricIndicator) []CoverageRow {
	present := make(map[ID]bool, len(ins))
	for _, in := range ins {
		present[in.ID] = true
	}
	children := map[ID][]*RubricIndicator{}
	for _, in := range ins {
		p := in.ParentID
		if !present[p] || p == in.ID {
			p = 0
		}
		children[p] = append(children[p], in)
	}
	for _, list := range children {
		slices.SortStableFunc(list, func(a, b *RubricIndicator) int {
			if a.Order != b.Order {
				return a.Order - b.Order
			}
			return CompareCodes(a.Code, b.Code)
		})
	}
	out := make([]CoverageRow, 0, len(ins))
	placed := make(map[ID]bool, len(ins))
	var walk func(p ID, depth int)
	walk = func(p ID, depth int) {
		for _, in := range children[p] {
			if placed[in.ID] {
				continue // a circle in a hand-edited file: shown once
			}
			placed[in.ID] = true
			out = append(out, CoverageRow{Indicator: in, Depth: depth})
			walk(in.ID, depth+1)
		}
	}
	walk(0, 1)
	for _, in := range ins { // anything a circle kept from the root
		if !placed[in.ID] {
			placed[in.ID] = true
			out = append(out, CoverageRow{Indicator: in, Depth: 1})
		}
	}
	return out
}

// CompareCodes orders indicator codes as people read them: A2 before
// A10, A1 before A1.B1.
func CompareCodes(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if isDigit(ca) && isDigit(cb) {
			si := i
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			sj := j
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			na, nb := trimZeros(a[si:i]), trimZeros(b[sj:j])
			if len(na) != len(nb) {
				return len(na) - len(nb)
			}
			if na != nb {
				if na < nb {
					return -1
				}
				return 1
			}
			continue
		}
		if ca != cb {
			return int(ca) - int(cb)
		}
		i++
		j++
	}
	return (len(a) - i) - (len(b) - j)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

// Row is the coverage row of the indicator, or nil.
func (c *EvidenceCoverage) Row(id ID) *CoverageRow {
	for i := range c.Rows {
		if c.Rows[i].Indicator.ID == id {
			return &c.Rows[i]
		}
	}
	return nil
}

// Percent is the share of leaves with evidence, by the one rounding rule.
func (c *EvidenceCoverage) Percent() int { return Percent(c.Evidenced, c.Leaves) }

// EvidenceFor lists the evidence items that are the record, or are about
// it, in ID order.
func EvidenceFor(l *Ledger, e Entity, id ID) []*Evidence {
	var out []*Evidence
	for i := range l.Evidence {
		if ev := &l.Evidence[i]; ev.Record.Entity == e && ev.Record.ID == id {
			out = append(out, ev)
		}
	}
	return out
}

// IndicatorsOf lists the indicators the record supports as evidence,
// each once, in rubric then code order: what a delete question names.
func IndicatorsOf(l *Ledger, e Entity, id ID) []*RubricIndicator {
	seen := map[ID]bool{}
	var out []*RubricIndicator
	for _, ev := range EvidenceFor(l, e, id) {
		for _, iid := range ev.Indicators {
			if in := l.Indicator(iid); in != nil && !seen[iid] {
				seen[iid] = true
				out = append(out, in)
			}
		}
	}
	if e == EntityEvidence {
		if ev := l.EvidenceItem(id); ev != nil {
			for _, iid := range ev.Indicators {
				if in := l.Indicator(iid); in != nil && !seen[iid] {
					seen[iid] = true
					out = append(out, in)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b *RubricIndicator) int {
		if a.RubricID != b.RubricID {
			return int(a.RubricID) - int(b.RubricID)
		}
		return CompareCodes(a.Code, b.Code)
	})
	return out
}

// RecordEvidence is the item that is the record itself as evidence (no
// file of its own), or nil: what l on a record edits.
func RecordEvidence(l *Ledger, e Entity, id ID) *Evidence {
	for _, ev := range EvidenceFor(l, e, id) {
		if !ev.HasFile() {
			return ev
		}
	}
	return nil
}

// CatalogueNo is an entry's number in the binder catalogue: A1.B2-03.
func CatalogueNo(code string, n int) string {
	if n >= 0 && n < 10 {
		return code + "-0" + strconv.Itoa(n)
	}
	return code + "-" + strconv.Itoa(n)
}
