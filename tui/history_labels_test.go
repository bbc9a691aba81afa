package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// TestHistoryShowsFindingsByText: a rectification's history names its
// finding by number and text, never the bare number (针对问题：0 → 1).
func TestHistoryShowsFindingsByText(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	l, err := a.Load()
	if err != nil {
		t.Fatal(err)
	}
	e := l.Assessments[0]
	r := &model.Rectification{AssessmentID: e.ID, FindingNo: 1, Measure: "补齐心理委员", OwnerID: l.Owners[2].ID,
		Due: tuitest.Today().AddDays(20), Status: model.RectOpen, OpenedOn: tuitest.Today()}
	if _, err := a.Save(model.ActCreate, r); err != nil {
		t.Fatal(err)
	}
	r.FindingNo = 2
	if _, err := a.Save(model.ActUpdate, r); err != nil {
		t.Fatal(err)
	}
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("4", "o", "G", "H")
	f1, _ := e.Finding(1)
	f2, _ := e.Finding(2)
	want := "针对问题：1. " + f1.Text + " → 2. " + f2.Text
	if !d.Contains(want, "针对问题：— → 1. "+f1.Text) {
		t.Fatalf("history should read %q:\n%s", want, d.View())
	}
	if strings.Contains(d.View(), "：0 →") {
		t.Fatalf("a bare number in the history:\n%s", d.View())
	}
}
