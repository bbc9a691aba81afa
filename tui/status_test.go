package tui_test

import (
	"strings"
	"testing"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
)

// TestStatusClearsWhenTheNextActionStarts: 已取消，未保存 does not stay
// up under the next question.
func TestStatusClearsWhenTheNextActionStarts(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("2", "n", "esc")
	if !strings.Contains(d.Model.Status(), "已取消") {
		t.Fatalf("status after esc: %q", d.Model.Status())
	}
	d.Keys("d")
	if d.Model.Status() != "" || d.Contains("已取消") {
		t.Fatalf("the old message stays under the delete question: %q\n%s", d.Model.Status(), d.View())
	}
}

// TestLongStatusWrapsToASecondLine: a message wider than the screen is
// shown whole on two lines, and the screen keeps its height.
func TestLongStatusWrapsToASecondLine(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 80, 24)
	msg := "已写入 /home/秘书/桌面/心理健康教育工作汇报-2026-11-20.pdf（A4，3 页）；打印机没有响应，请用浏览器或 PDF 阅读器打开后打印"
	d.Send(common.StatusMsg{Text: msg})
	view := d.View()
	lines := strings.Split(view, "\n")
	if len(lines) != 24 {
		t.Fatalf("%d lines, want 24:\n%s", len(lines), view)
	}
	status := strings.TrimSpace(lines[21]) + strings.TrimSpace(lines[22])
	if status != msg {
		t.Fatalf("status not whole on two lines:\n%q\n%q", lines[21], lines[22])
	}
	for i, l := range lines {
		if width.Cells(l) > 80 {
			t.Errorf("line %d is %d cells wide", i+1, width.Cells(l))
		}
	}
	// The next key: one line again, the tabs get it back.
	d.Keys("j")
	if lines := strings.Split(d.View(), "\n"); len(lines) != 24 || !strings.Contains(lines[22], "今天") {
		t.Fatalf("after a key:\n%s", d.View())
	}
}
