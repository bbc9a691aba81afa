package tui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// TestUndoOfABigImportRebuildsTheListOnce: a step of thousands of changes
// (a spreadsheet import, its undo, its redo) is not patched into the
// list row by row — 200,000 rows held the screen for minutes — but the
// list is built again once, and shows what the ledger holds.
func TestUndoOfABigImportRebuildsTheListOnce(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("\ufeff任务名称,责任人,截止日期,工作范围,状态\n")
	const n = 3000
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "心理委员第%d期培训,张三,2026-12-%02d,人员培训,未开始\n", i, 1+i%28)
	}
	csv := filepath.Join(t.TempDir(), "新任务.csv")
	if err := os.WriteFile(csv, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	before := len(d.Ledger().Tasks)
	d.Keys("2")
	d.Keys("i", "2")
	typePath(d, csv)
	d.Keys("y", "enter")
	if got := len(d.Ledger().Tasks); got != before+n {
		t.Fatalf("imported %d tasks, want %d:\n%s", got-before, n, d.View())
	}
	last := model.Code(model.EntityTask, model.ID(before+n))
	d.Keys("G")
	if !d.Contains(last) {
		t.Fatalf("the list lacks %s after the import:\n%s", last, d.View())
	}
	d.Keys("u")
	d.Keys("g", "G")
	if len(d.Ledger().Tasks) != before || d.Contains(last) {
		t.Fatalf("after undo the list still shows the import:\n%s", d.View())
	}
	d.Keys("ctrl+r", "G")
	if !d.Contains(last) {
		t.Fatalf("after redo the list lacks %s:\n%s", last, d.View())
	}
}
