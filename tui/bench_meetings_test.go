package tui_test

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store/storetest"
	"secretary/tui"
	"secretary/tui/common"
	"secretary/tui/tuitest"
)

// The Meetings tab on a 100,000-record ledger (about 2,000 meetings and
// 10,000 decisions, model/demo's proportions): a cursor move on each list
// holds the keystroke target (3 ms).
func BenchmarkKeystrokeMeetings100k(b *testing.B)  { benchKeystrokeOn(b, 100_000, "5") }
func BenchmarkKeystrokeDecisions100k(b *testing.B) { benchKeystrokeOnList(b, 100_000, "5", "o") }

func benchKeystrokeOnList(b *testing.B, n int, tab, list string) {
	m := loaded(b, n, tab)
	m.Update(tuitest.Key(list))
	_ = m.View()
	down, up := tuitest.Key("j"), tuitest.Key("k")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		k := down
		if i%200 >= 100 {
			k = up
		}
		i++
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkTabSwitchMeetings100k: the first look at the decisions list
// of a 100,000-record ledger, whose rows each derive a status from the
// tasks (one index of the tasks per rebuild, not a search per row).
func BenchmarkTabSwitchMeetings100k(b *testing.B) {
	l := demo.Build(storetest.Today(), 100_000)
	s := tuitest.Open(b, storetest.Path(b))
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		m := tui.New(tui.Deps{App: s, Clock: storetest.Clock(), Lang: model.LangZh, Renderer: tuitest.AsciiRenderer()})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m.Update(common.LedgerLoadedMsg{Ledger: l})
		b.StartTimer()
		m.Update(tuitest.Key("5"))
		m.Update(tuitest.Key("o"))
		_ = m.View()
	}
}

// BenchmarkSaveToFrameDecision100k: a task that carries a decision out
// is saved while the decisions list is on screen; the list shows its
// status, so the answer rebuilds its rows before the next frame.
func BenchmarkSaveToFrameDecision100k(b *testing.B) {
	a := tuitest.Open(b, storetest.DemoFile(b, 100_000))
	l, err := a.Load()
	if err != nil {
		b.Fatal(err)
	}
	if n := len(l.Meetings); n < 1900 || len(l.Decisions) < 9500 {
		b.Fatalf("%d meetings, %d decisions", n, len(l.Decisions))
	}
	m := tui.New(tui.Deps{App: a, Clock: storetest.Clock(), Lang: model.LangZh, Renderer: tuitest.AsciiRenderer(), Ledger: l})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tuitest.Key("5"))
	m.Update(tuitest.Key("o"))
	_ = m.View()
	var task model.Task
	for _, t := range l.Tasks {
		if t.DecisionID != 0 && t.Status == model.TaskInProgress {
			task = t
			break
		}
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		b.StopTimer()
		i++
		task.Progress = 1 + i%98
		task.Notes = fmt.Sprintf("第%d次进展", i)
		res, err := a.Save(model.ActUpdate, &task)
		if err != nil {
			b.Fatal(err)
		}
		rec := task
		b.StartTimer()
		m.Update(common.WroteMsg{Result: res, Record: &rec})
		m.Update(tuitest.Key("j"))
		if v := m.View(); !strings.Contains(v, "D-") {
			b.Fatal("no decisions on screen")
		}
	}
}
