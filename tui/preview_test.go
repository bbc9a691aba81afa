package tui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
	"secretary/tui/tuitest"
)

// TestSheetPreviewNamesTheNewRecords: the preview of a spreadsheet
// import lists the titles of the records it adds (the first 10, then how
// many more), with Chinese punctuation.
func TestSheetPreviewNamesTheNewRecords(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("\ufeff任务名称,责任人,截止日期,工作范围,状态\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "心理委员第%d期培训,张三,2026-12-%02d,人员培训,未开始\n", i, i)
	}
	csv := filepath.Join(t.TempDir(), "新任务.csv")
	if err := os.WriteFile(csv, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	d.Keys("i", "2")
	typePath(d, csv)
	if !d.Contains("任务：新增 12，修改 0，不变 0", "+ T-22 心理委员第1期培训", "+ T-31 心理委员第10期培训", "……另有 2 条") {
		t.Fatalf("preview:\n%s", d.View())
	}
	if d.Contains("T-32 ") || d.Contains("任务: ") {
		t.Fatalf("more than 10 named, or an ASCII colon:\n%s", d.View())
	}
}

// TestSnapshotPreviewSpeaksToTheReceiverAndShowsSettings: the receiver
// compares the SHA-256 with the sender, and sees the settings that will
// change.
func TestSnapshotPreviewSpeaksToTheReceiverAndShowsSettings(t *testing.T) {
	t.Parallel()
	snap := snapshotOf(t, func(s *store.Store) {
		set, err := s.Settings()
		if err != nil {
			t.Fatal(err)
		}
		set.School, set.Secretary = "阳光中学", "李老师"
		if _, err := s.SaveSettings(set); err != nil {
			t.Fatal(err)
		}
	}, store.ExportOptions{})
	a := tuitest.Open(t, storetest.DemoFile(t, 0))
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("i", "1")
	typePath(d, snap)
	if !d.Contains("请与交出人电话核对", "设置：", "学校：", "→ 阳光中学", "秘书：", "→ 李老师") {
		t.Fatalf("preview:\n%s", d.View())
	}
	if d.Contains("接收人") {
		t.Fatalf("the preview speaks to the sender:\n%s", d.View())
	}
}
