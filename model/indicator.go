package model

import "strings"

// RubricIndicator is one indicator of a rubric (评估指标): a code (A1,
// A1.B2), a title, its points, how it is scored, the evidence it asks for,
// and the group's own self-assessment of it. Indicators form a tree of up
// to MaxIndicatorDepth levels through ParentID. (The name keeps it apart
// from an assessment's scored Indicator lines.)
type RubricIndicator struct {
	ID       ID     `cbor:"1,keyasint,omitempty"`
	RubricID ID     `cbor:"2,keyasint,omitempty"`
	ParentID ID     `cbor:"3,keyasint,omitempty"` // 0: a first-level indicator
	Code     string `cbor:"4,keyasint,omitempty"` // as the rubric writes it: A1.B2
	Title    string `cbor:"5,keyasint,omitempty"`
	Points   Points `cbor:"6,keyasint,omitempty"`
	Criteria string `cbor:"7,keyasint,omitempty"` // 评分标准
	Evidence string `cbor:"8,keyasint,omitempty"` // the evidence it asks for (佐证材料要求), as text
	Order    int    `cbor:"9,keyasint,omitempty"` // place among its siblings, as in the rubric's file
	// Score is the self-assessment (自评分), at most Points; Scored says
	// it was given (a score of 0 is a score).
	Score     Points `cbor:"10,keyasint,omitempty"`
	Scored    bool   `cbor:"11,keyasint,omitempty"`
	ScoreNote string `cbor:"12,keyasint,omitempty"` // 自评说明
}

// Entity is EntityIndicator.
func (in *RubricIndicator) Entity() Entity { return EntityIndicator }

// GetID is the indicator's number.
func (in *RubricIndicator) GetID() ID { return in.ID }

// SetID is for the store.
func (in *RubricIndicator) SetID(id ID) { in.ID = id }

// DisplayName is the code and title: "A1.B2 机构建设".
func (in *RubricIndicator) DisplayName() string { return strings.TrimSpace(in.Code + " " + in.Title) }

// References: the rubric, and the parent indicator.
func (in *RubricIndicator) References() []Ref { return referencesOf(in) }

// Validate checks every field; a self-score above the points is refused.
func (in *RubricIndicator) Validate() error {
	v := &ValidationError{Entity: EntityIndicator}
	if in.RubricID == 0 {
		v.add("indicator.rubric", MsgRequired)
	}
	checkText(v, "indicator.code", in.Code, true, MaxCodeLen)
	// The code names the pack's files (A1.B2-01.jpg): no spaces, and none
	// of the characters a file name cannot hold on Windows — a / would
	// make a folder inside the zip.
	if strings.ContainsAny(in.Code, " \t\n/\\:*?\"<>|") || strings.HasPrefix(in.Code, ".") {
		v.add("indicator.code", MsgBadCode)
	}
	checkText(v, "indicator.title", in.Title, true, MaxShortText)
	switch {
	case in.Points < 0:
		v.add("indicator.points", MsgNegative)
	case in.Points > MaxPoints:
		v.add("indicator.points", MsgRange, 0, MaxPoints.String())
	}
	checkText(v, "indicator.criteria", in.Criteria, false, MaxLongText)
	checkText(v, "indicator.evidence", in.Evidence, false, MaxLongText)
	switch {
	case in.Score < 0:
		v.add("indicator.score", MsgNegative)
	case in.Score > in.Points:
		v.add("indicator.score", MsgScoreAbovePoints, in.Points.String())
	}
	checkText(v, "indicator.score_note", in.ScoreNote, false, MaxLongText)
	return v.err()
}

// MsgBadCode: an indicator code holds spaces or a character no file name
// may hold.
const MsgBadCode = "v.bad_code"

// Normalize tidies an indicator; a score not given is 0.
func (in *RubricIndicator) Normalize(_ Record, _ Date) {
	in.Code = strings.ToUpper(strings.TrimSpace(normalizeCode(in.Code)))
	in.Title = CleanLine(in.Title)
	in.Criteria = CleanText(in.Criteria)
	in.Evidence = CleanText(in.Evidence)
	in.ScoreNote = CleanText(in.ScoreNote)
	if !in.Scored {
		in.Score = 0
	}
}

// normalizeCode reads a code typed with full-width letters or a Chinese
// full stop (Ａ１。Ｂ２) as A1.B2.
func normalizeCode(s string) string {
	var b strings.Builder
	for _, r := range CleanLine(s) {
		switch {
		case r >= '！' && r <= '～':
			r -= '！' - '!'
		case r == '。' || r == '．':
			r = '.'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NormalizeCode is how an indicator code typed anywhere (a form, a sheet,
// --indicator) is compared: trimmed, full-width folded, upper case.
func NormalizeCode(s string) string { return strings.ToUpper(normalizeCode(s)) }

// indicatorRules are the rules an indicator keeps with the others: its
// parent is in the same rubric and is not itself or below it, the tree
// is at most MaxIndicatorDepth deep, a child has no more points than its
// parent, and no other indicator of the rubric has its code.
func indicatorRules(in *RubricIndicator, others Records) []LinkProblem {
	var out []LinkProblem
	if in.ParentID != 0 {
		out = append(out, parentRules(in, others)...)
	}
	if in.RubricID == 0 || in.Code == "" {
		return out
	}
	code := NormalizeCode(in.Code)
	var siblings, children Points // the points beside it under its parent, and under it
	_ = others.EachOf(EntityIndicator, func(r Record) error {
		o, ok := r.(*RubricIndicator)
		if !ok || o.ID == in.ID || o.RubricID != in.RubricID {
			return nil
		}
		if NormalizeCode(o.Code) == code {
			out = append(out, LinkProblem{Field: "indicator.code", Msg: M(MsgCodeTaken, in.Code)})
		}
		if in.ID != 0 && o.ParentID == in.ID {
			children += o.Points
			if o.Points > in.Points {
				out = append(out, LinkProblem{Field: "indicator.points", Msg: M(MsgChildPoints, o.Points.String(), in.Code, in.Points.String())})
			}
		}
		if in.ParentID != 0 && o.ParentID == in.ParentID {
			siblings += o.Points
		}
		return nil
	})
	if children > in.Points {
		out = append(out, LinkProblem{Field: "indicator.points", Msg: M(MsgChildrenSum, in.Code, in.Points.String(), children.String())})
	}
	if parent, ok := others.Record(EntityIndicator, in.ParentID).(*RubricIndicator); ok && in.ParentID != 0 &&
		in.Points <= parent.Points && siblings+in.Points > parent.Points {
		out = append(out, LinkProblem{Field: "indicator.points", Msg: M(MsgChildrenSum, parent.Code, parent.Points.String(), (siblings + in.Points).String())})
	}
	return out
}

// parentRules checks the way up from an indicator to its first level.
func parentRules(in *RubricIndicator, others Records) []LinkProblem {
	parent, ok := others.Record(EntityIndicator, in.ParentID).(*RubricIndicator)
	if !ok {
		return nil // a missing parent is the reference check's to report
	}
	var out []LinkProblem
	if parent.RubricID != in.RubricID {
		out = append(out, LinkProblem{Field: "indicator.parent", Msg: M(MsgParentElsewhere, parent.Code)})
	}
	if parent.Points < in.Points {
		out = append(out, LinkProblem{Field: "indicator.points", Msg: M(MsgChildPoints, in.Points.String(), parent.Code, parent.Points.String())})
	}
	path := []string{in.Code}
	depth := 1
	for p := parent; p != nil; {
		path = append(path, p.Code)
		if p.ID == in.ID && in.ID != 0 {
			out = append(out, LinkProblem{Field: "indicator.parent", Msg: M(MsgParentCycle, strings.Join(path, " → "))})
			return out
		}
		depth++
		if depth > MaxIndicatorDepth+1 || p.ParentID == 0 {
			break
		}
		next, _ := others.Record(EntityIndicator, p.ParentID).(*RubricIndicator)
		p = next
	}
	if depth > MaxIndicatorDepth {
		out = append(out, LinkProblem{Field: "indicator.parent", Msg: M(MsgTooDeep, MaxIndicatorDepth)})
	}
	return out
}
