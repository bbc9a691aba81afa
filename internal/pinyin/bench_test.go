package pinyin

import "testing"

// BenchmarkTable: building the reading table from go-pinyin's
// dictionary, once per program on first use.
func BenchmarkTable(b *testing.B) {
	for b.Loop() {
		_ = buildTable()
	}
}
