package model_test

import (
	"testing"

	"secretary/model"
)

// TestIndicatorRules: the rules an indicator keeps with the others, as
// the store, check and the sheet import apply them.
func TestIndicatorRules(t *testing.T) {
	p := model.PointsOf
	base := func() *model.Ledger {
		l := &model.Ledger{
			Rubrics: []model.Rubric{{ID: 1, Title: "a"}, {ID: 2, Title: "b"}},
			Indicators: []model.RubricIndicator{
				{ID: 1, RubricID: 1, Code: "A1", Title: "x", Points: p(10)},
				{ID: 2, RubricID: 1, ParentID: 1, Code: "A1.B1", Title: "y", Points: p(4)},
				{ID: 3, RubricID: 1, ParentID: 2, Code: "A1.B1.C1", Title: "z", Points: p(2)},
				{ID: 4, RubricID: 2, Code: "B1", Title: "w", Points: p(5)},
			},
		}
		l.Reindex()
		return l
	}
	for _, tc := range []struct {
		name string
		edit func(l *model.Ledger) *model.RubricIndicator
		want string
	}{
		{"fine", func(l *model.Ledger) *model.RubricIndicator { return l.Indicator(3) }, ""},
		{"cycle", func(l *model.Ledger) *model.RubricIndicator {
			in := *l.Indicator(1)
			in.ParentID = 3
			l.Put(&in)
			return l.Indicator(1)
		}, model.MsgParentCycle},
		{"too deep", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 1, ParentID: 3, Code: "A1.B1.C1.D1", Title: "d", Points: p(1)}
		}, model.MsgTooDeep},
		{"another rubric's parent", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 1, ParentID: 4, Code: "X", Title: "d", Points: p(1)}
		}, model.MsgParentElsewhere},
		{"duplicate code", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 1, Code: "a1", Title: "d", Points: p(1)}
		}, model.MsgCodeTaken},
		{"same code in another rubric", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 2, Code: "A1", Title: "d", Points: p(1)}
		}, ""},
		{"child over parent", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 1, ParentID: 2, Code: "A1.B1.C2", Title: "d", Points: p(5)}
		}, model.MsgChildPoints},
		{"children over parent", func(l *model.Ledger) *model.RubricIndicator {
			return &model.RubricIndicator{ID: 9, RubricID: 1, ParentID: 2, Code: "A1.B1.C2", Title: "d", Points: p(3)}
		}, model.MsgChildrenSum},
		{"parent lowered under its children", func(l *model.Ledger) *model.RubricIndicator {
			in := *l.Indicator(2)
			in.Points = p(1)
			return &in
		}, model.MsgChildPoints},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := base()
			in := tc.edit(l)
			probs := model.CheckLinks(in, l)
			if tc.want == "" {
				if len(probs) > 0 {
					t.Fatalf("problems %+v", probs)
				}
				return
			}
			for _, p := range probs {
				if string(p.Message().Key) == tc.want {
					return
				}
			}
			t.Fatalf("problems %+v, want %s", probs, tc.want)
		})
	}
	// A self-score above the points is the record's own error.
	in := model.RubricIndicator{RubricID: 1, Code: "A", Title: "t", Points: p(2), Score: p(3), Scored: true}
	if err := in.Validate(); err == nil {
		t.Error("a score above the points validated")
	}
}

func TestPoints(t *testing.T) {
	for in, want := range map[string]model.Points{"8": 80, "2.5": 25, "８分": 80, "0.50": 5, "": 0, "10 points": 100} {
		if got, err := model.ParsePoints(in); err != nil || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"abc", "-1", "2.25", "1000001", "分"} {
		if _, err := model.ParsePoints(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
	if model.Points(25).String() != "2.5" || model.PointsOf(8).String() != "8" || model.Points(-5).String() != "-0.5" {
		t.Error("String")
	}
	if model.CompareCodes("A2", "A10") >= 0 || model.CompareCodes("A1", "A1.B1") >= 0 || model.CompareCodes("A1.B2", "A1.B2") != 0 {
		t.Error("CompareCodes")
	}
}

// An indicator code names the pack's files: a / (a folder inside the
// zip) or another character no file name may hold is refused.
func TestIndicatorCodesNameFiles(t *testing.T) {
	for _, code := range []string{"A1/B2", `A1\B2`, "A1:B2", "A1*", "..", ".A1", "A 1"} {
		in := model.RubricIndicator{RubricID: 1, Code: code, Title: "领导小组"}
		if err := in.Validate(); err == nil {
			t.Errorf("code %q was accepted", code)
		}
	}
	in := model.RubricIndicator{RubricID: 1, Code: "A1.B2.C3", Title: "领导小组"}
	if err := in.Validate(); err != nil {
		t.Errorf("A1.B2.C3: %v", err)
	}
}
