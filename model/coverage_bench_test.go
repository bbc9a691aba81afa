package model_test

import (
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store/storetest"
)

// BenchmarkCoverage100k: the required work's coverage of a school year
// over a 100,000-record ledger (about 25,000 activities and 55,000 tasks
// read once; the default ten obligations, one met by any activity held):
// what c on the Plans tab and secretary obligations compute (target:
// 30 ms).
func BenchmarkCoverage100k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 100_000)
	sy := model.SchoolYearSpan(model.SchoolYearOf(today))
	b.ReportMetric(float64(len(l.Activities)+len(l.Tasks)), "records-read")
	b.ResetTimer()
	for b.Loop() {
		c := model.CoverageOf(l, sy.From, sy.To, today)
		if len(c.Rows) != len(l.Obligations) {
			b.Fatalf("%d rows", len(c.Rows))
		}
	}
}

// BenchmarkAttention10k: what the today panel gathers at start from a
// 10,000-record ledger.
func BenchmarkAttention10k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 10_000)
	b.ResetTimer()
	for b.Loop() {
		if a := model.AttentionOf(l, today); a.Empty() {
			b.Fatal("nothing needs attention")
		}
	}
}

// BenchmarkAttention100k: the today panel's gathering over a 100,000-record
// ledger (thousands of meetings' decisions, every one looked at).
func BenchmarkAttention100k(b *testing.B) {
	today := storetest.Today()
	l := demo.Build(today, 100_000)
	b.ReportMetric(float64(len(l.Decisions)), "decisions")
	b.ResetTimer()
	for b.Loop() {
		if a := model.AttentionOf(l, today); a.Empty() {
			b.Fatal("nothing needs attention")
		}
	}
}
