package rubrics_test

import (
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/rubrics"
)

func TestTheSampleIsAWholeRubricOf100Points(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		rows := rubrics.Sample(lang)
		tree, probs := rubrics.Check(rows, nil)
		if len(probs) > 0 {
			t.Fatalf("%s: sample has problems: %+v", lang, probs)
		}
		if got := tree.Total(); got != model.PointsOf(100) {
			t.Errorf("%s: total %s, want 100", lang, got)
		}
		firsts := 0
		for i, r := range tree.Rows {
			if tree.Parent[i] < 0 {
				firsts++
			}
			if r.Title == "" || r.Criteria == "" || r.Evidence == "" {
				t.Errorf("%s: %s has an empty text", lang, r.Code)
			}
		}
		if firsts != 9 {
			t.Errorf("%s: %d first-level indicators, want the nine areas", lang, firsts)
		}
		// Records come parents first, pointing at their parent's place.
		ins := tree.Indicators(7)
		for i, in := range ins {
			if in.RubricID != 7 || in.Order < 1 {
				t.Errorf("%s: %+v", in.Code, in)
			}
			if in.ParentID != 0 {
				p := ins[in.ParentID-1]
				if int(in.ParentID-1) >= i || !strings.HasPrefix(in.Code, p.Code+".") {
					t.Errorf("%s: parent %s", in.Code, p.Code)
				}
			}
		}
	}
	if !strings.Contains(rubrics.SampleTitle(model.LangZh), "示例") || !strings.Contains(rubrics.SampleTitle(model.LangEn), "SAMPLE") {
		t.Error("the sample's title does not say it is a sample")
	}
}

func TestBadRubricsListEveryProblemWithItsRow(t *testing.T) {
	t.Parallel()
	p := model.PointsOf
	for _, tc := range []struct {
		name string
		rows []rubrics.Row
		want []string // "line:key"
	}{
		{"duplicate code", []rubrics.Row{{Code: "A1", Title: "a", Points: p(10)}, {Code: "a1", Title: "b", Points: p(5)}},
			[]string{"3:" + rubrics.MsgDuplicate}},
		{"child over parent", []rubrics.Row{{Code: "A1", Title: "a", Points: p(4)}, {Code: "A1.B1", Title: "b", Points: p(6)}},
			[]string{"2:" + rubrics.MsgChildrenSum, "3:" + rubrics.MsgChildPoints}},
		{"children over parent", []rubrics.Row{{Code: "A1", Title: "a", Points: p(4)}, {Code: "A1.B1", Title: "b", Points: p(3)}, {Code: "A1.B2", Title: "c", Points: p(3)}},
			[]string{"2:" + rubrics.MsgChildrenSum}},
		{"cycle", []rubrics.Row{{Code: "X", Parent: "Y", Title: "x"}, {Code: "Y", Parent: "X", Title: "y"}},
			[]string{"2:" + rubrics.MsgCycle}},
		{"own parent", []rubrics.Row{{Code: "X", Parent: "x", Title: "x"}}, []string{"2:" + rubrics.MsgOwnParent}},
		{"missing parent", []rubrics.Row{{Code: "A1.B1", Title: "b"}, {Code: "C", Parent: "Q", Title: "c"}},
			[]string{"2:" + rubrics.MsgNoParent, "3:" + rubrics.MsgNoParent}},
		{"too deep", []rubrics.Row{{Code: "A", Title: "a"}, {Code: "A.B", Title: "b"}, {Code: "A.B.C", Title: "c"}, {Code: "A.B.C.D", Title: "d"}},
			[]string{"5:" + rubrics.MsgTooDeep}},
		{"no code, no title", []rubrics.Row{{Title: "x"}, {Code: "B"}}, []string{"2:" + model.MsgRequired, "3:" + model.MsgRequired}},
		{"empty", nil, []string{"0:" + rubrics.MsgNoRows}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tree, probs := rubrics.Check(tc.rows, nil)
			if tree != nil {
				t.Fatal("a tree was made despite problems")
			}
			var got []string
			for _, pr := range probs {
				got = append(got, itoa(pr.Line)+":"+string(pr.Reason.Key))
				if s := i18n.For(model.LangZh).Msg(pr.Reason); strings.HasPrefix(s, "rubric.") {
					t.Errorf("untranslated %s", s)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("problems %v, want %v", got, tc.want)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
