package model_test

import (
	"fmt"
	"testing"

	"secretary/model"
)

// coverageLedger is a rubric of 100 indicators (10 areas of 9) and 2,500
// evidence items each linked to two of them: 5,000 links.
func coverageLedger() *model.Ledger {
	l := &model.Ledger{Rubrics: []model.Rubric{{ID: 1, Title: "r", Active: true}}}
	id := model.ID(0)
	var leaves []model.ID
	for a := 1; a <= 10; a++ {
		id++
		parent := id
		l.Indicators = append(l.Indicators, model.RubricIndicator{ID: id, RubricID: 1, Code: fmt.Sprintf("A%d", a), Title: "area", Points: model.PointsOf(10), Order: a})
		for b := 1; b <= 9; b++ {
			id++
			l.Indicators = append(l.Indicators, model.RubricIndicator{ID: id, RubricID: 1, ParentID: parent, Code: fmt.Sprintf("A%d.B%d", a, b),
				Title: "item", Points: model.PointsOf(1), Order: b, Scored: b%2 == 0, Score: model.PointsOf(1)})
			leaves = append(leaves, id)
		}
	}
	for i := 0; i < 2500; i++ {
		l.Evidence = append(l.Evidence, model.Evidence{ID: model.ID(i + 1), Title: "e", Record: model.RecordRef{Entity: model.EntityTask, ID: 1},
			Indicators: []model.ID{leaves[i%len(leaves)], leaves[(i*7+3)%len(leaves)]}, Date: model.Date(20000 + i%300)})
	}
	return l
}

// BenchmarkCoverage100x5000 is the evidence view's and the
// self-assessment's work on a large rubric: 100 indicators, 5,000 links
// (target ≤ 10 ms).
func BenchmarkCoverage100x5000(b *testing.B) {
	l := coverageLedger()
	if n := len(l.Indicators); n != 100 {
		b.Fatalf("%d indicators", n)
	}
	for b.Loop() {
		c := model.BuildCoverage(l, 1, nil)
		if c.Leaves != 90 || c.Max != model.PointsOf(100) {
			b.Fatalf("coverage %d leaves, %s points", c.Leaves, c.Max)
		}
	}
}

// BenchmarkCatalogue100x5000 numbers the same rubric's evidence for the
// binder catalogue.
func BenchmarkCatalogue100x5000(b *testing.B) {
	l := coverageLedger()
	c := model.BuildCoverage(l, 1, nil)
	for b.Loop() {
		if cat := model.BuildCatalogue(c); cat.Items != 2500 {
			b.Fatalf("%d items", cat.Items)
		}
	}
}
