package transfer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/transfer"
	"secretary/tui/tuitest"
)

// run feeds the flow messages and runs its work, giving its own results
// back to it, until nothing is left; it returns what would reach the root.
func run(f common.Overlay, msgs ...tea.Msg) (common.Overlay, []tea.Msg) {
	var out []tea.Msg
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		var cmd tea.Cmd
		f, cmd = f.Update(queue[0])
		queue = queue[1:]
		for _, m := range tuitest.Messages(cmd) {
			if common.For(m, f.ID()) {
				queue = append(queue, m)
			} else {
				out = append(out, m)
			}
		}
	}
	return f, out
}

func typed(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true} }

func TestExportFlowWritesTheWorkbookAndRefusesToOverwrite(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangZh, 100, 30)
	f := common.Overlay(transfer.NewExport(ctx, model.EntityTask))
	f.SetSize(100, 26)
	out := filepath.Join(t.TempDir(), "台账 2026.xlsx")
	f, _ = run(f, tuitest.Key("3"), tuitest.Key("ctrl+u"), typed(out), tuitest.Key("enter"))
	if !strings.Contains(f.View(), "台账 2026.xlsx") {
		t.Fatalf("result:\n%s", f.View())
	}
	first, err := os.ReadFile(out)
	if err != nil || len(first) < 1000 {
		t.Fatalf("workbook not written: %v (%d bytes)", err, len(first))
	}
	_, msgs := run(f, tuitest.Key("enter"))
	if len(msgs) != 1 || msgs[0] != (common.CloseMsg{ID: f.ID()}) {
		t.Fatalf("enter on the result should close the flow: %v", msgs)
	}
}

func TestImportFlowPreviewsAndCancelsWithoutWriting(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangEn, 100, 30)
	csv := filepath.Join(t.TempDir(), "people.csv")
	if err := os.WriteFile(csv, []byte("\ufeff姓名,部门\n新同事 New,德育处\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := a.Load()
	f := common.Overlay(transfer.NewImport(ctx))
	f.SetSize(100, 26)
	f, _ = run(f, tuitest.Key("2"), tuitest.Key("ctrl+u"), typed(csv), tuitest.Key("enter"))
	if v := f.View(); !strings.Contains(v, "people.csv") || !strings.Contains(v, "1") {
		t.Fatalf("preview:\n%s", v)
	}
	_, msgs := run(f, tuitest.Key("n"))
	closed := false
	for _, m := range msgs {
		if c, ok := m.(common.CloseMsg); ok && c.ID == f.ID() {
			closed = true
		}
	}
	if !closed {
		t.Fatalf("n should close the flow: %v", msgs)
	}
	after, _ := a.Load()
	if len(after.Owners) != len(before.Owners) {
		t.Fatal("a cancelled import wrote records")
	}
}
