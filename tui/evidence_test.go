package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/assessments"
)

// downTo moves the checklist's cursor down until the screen shows text.
func downTo(t *testing.T, d *tuitest.Driver, text string) {
	t.Helper()
	for range 100 {
		if strings.Contains(d.View(), text) {
			return
		}
		d.Keys("down")
	}
	t.Fatalf("never reached %q:\n%s", text, d.View())
}

func code(t *testing.T, l *model.Ledger, c string) *model.RubricIndicator {
	t.Helper()
	for i := range l.Indicators {
		if l.Indicators[i].Code == c {
			return &l.Indicators[i]
		}
	}
	t.Fatalf("no indicator %s", c)
	return nil
}

// TestAttachAFileToAnActivity: a on an activity names a file, describes
// it and picks the indicators it supports; the file is kept under its
// hash, the item is saved, and the evidence view counts it at once, as a
// fresh start would.
func TestAttachAFileToAnActivity(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	src := filepath.Join(t.TempDir(), "家长会签到表.jpg")
	if err := os.WriteFile(src, []byte("sign-in sheet"), 0o600); err != nil {
		t.Fatal(err)
	}
	a7b1 := code(t, d.Ledger(), "A7.B1")
	before := len(d.Ledger().Evidence)

	d.Keys("4", "o", "o") // the evidence view, built before the write
	d.Keys("3", "a")
	if !d.Contains("添加佐证材料", "关于：活动 A-1") {
		t.Fatalf("attach flow:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste(src)
	d.Keys("enter")
	d.Paste("家长会签到")
	d.Keys("enter")
	if !d.Contains("它佐证哪些指标？（已选 1 项") || !d.Contains("[x]   A5.B1") {
		t.Fatalf("the record's own indicators should start ticked:\n%s", d.View())
	}
	// Untick A5.B1, tick A7.B1.
	downTo(t, d, "› [x]   A5.B1")
	d.Keys(" ")
	downTo(t, d, "› [ ]   A7.B1")
	d.Keys(" ", "enter")
	if d.Model.Overlay() != nil {
		t.Fatalf("the flow stayed open:\n%s", d.View())
	}
	l := d.Ledger()
	if len(l.Evidence) != before+1 {
		t.Fatalf("%d items, want %d", len(l.Evidence), before+1)
	}
	ev := l.Evidence[len(l.Evidence)-1]
	if ev.Title != "家长会签到" || ev.FileName != "家长会签到表.jpg" || ev.Record != (model.RecordRef{Entity: model.EntityActivity, ID: 1}) ||
		len(ev.Indicators) != 1 || ev.Indicators[0] != a7b1.ID {
		t.Fatalf("saved %+v", ev)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(d.App.Path()), "evidence", ev.StoredName())); err != nil {
		t.Fatalf("the file is not in the evidence folder: %v", err)
	}
	if !strings.Contains(d.Model.Status(), "已添加佐证材料 "+model.CodeOf(&ev)) {
		t.Errorf("status %q", d.Model.Status())
	}
	// The evidence view, patched, reads as a fresh start's.
	d.Keys("4")
	fresh := tuitest.New(t, d.App, model.LangZh, 120, 40)
	fresh.Keys("4", "o", "o")
	if got, want := body(d.View()), body(fresh.View()); got != want {
		t.Fatalf("the patched evidence view differs from a fresh start:\n%s\n---- fresh:\n%s", got, want)
	}
	if !d.Contains("A7.B1      家长学校") {
		t.Fatalf("evidence view:\n%s", d.View())
	}
	// Undo takes the item back; the count follows.
	d.Keys("u")
	if len(d.Ledger().Evidence) != before {
		t.Fatal("undo")
	}
}

// TestAttachRefusesAFolderAndNamesWhy: the flow stays on the file's name
// with the reason.
func TestAttachRefusesAFolderAndNamesWhy(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("4", "o", "o", "j", "a")
	d.Keys("ctrl+u")
	d.Paste(t.TempDir())
	d.Keys("enter")
	if !d.Contains("is a folder and cannot be evidence") {
		t.Fatalf("a folder was not refused:\n%s", d.View())
	}
	// A record's code links the record to the indicator instead.
	d.Keys("ctrl+u")
	d.Paste("A-6")
	d.Keys("enter")
	l := d.Ledger()
	a1b1 := code(t, l, "A1.B1")
	if ev := model.RecordEvidence(l, model.EntityActivity, 6); ev == nil || !ev.Supports(a1b1.ID) {
		t.Fatalf("A-6 was not linked to A1.B1: %+v\n%s", ev, d.View())
	}
}

// TestLinkARecordAndScoreIt: l on a plan links it to an indicator; v
// scores a leaf and refuses a score above its points.
func TestLinkARecordAndScoreIt(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 120, 40)
	d.Keys("1", "j", "j", "j", "l") // P-4, evidence for nothing yet
	if !d.Contains("Link to indicators", "(0 ticked)") {
		t.Fatalf("link flow:\n%s", d.View())
	}
	downTo(t, d, "› [ ]   A9.B1")
	d.Keys(" ", "enter")
	l := d.Ledger()
	a9b1 := code(t, l, "A9.B1")
	if ins := model.IndicatorsOf(l, model.EntityPlan, 4); len(ins) != 1 || ins[0].ID != a9b1.ID {
		t.Fatalf("P-4 links %v", ins)
	}
	// Score A9.B1: 6 is above its 5 points.
	d.Keys("4", "o", "o")
	view := d.Model.Tab(common.TabAssessments).(*assessments.View)
	view.Indicators().Select(a9b1.ID)
	d.Keys("v")
	d.Paste("6")
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "must not be above the indicator's 5 points") {
		t.Fatalf("a score above the points was not refused:\n%s", d.View())
	}
	d.Keys("backspace")
	d.Paste("4.5")
	d.Keys("ctrl+s")
	if in := d.Ledger().Indicator(a9b1.ID); !in.Scored || in.Score != model.Points(45) {
		t.Fatalf("score %+v", in)
	}
	if !d.Contains("score 43.5/100") {
		t.Fatalf("the total did not follow:\n%s", d.View())
	}
}

// TestEditTheRubricInTheTUI: n adds an indicator under the selected one;
// a child with more points than its parent is refused with why; d on an
// indicator with evidence asks first, saying how many items lose it, and
// the items stay.
func TestEditTheRubricInTheTUI(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 120, 40)
	l := d.Ledger()
	a7 := code(t, l, "A7")
	d.Keys("4", "o", "o")
	view := d.Model.Tab(common.TabAssessments).(*assessments.View)
	view.Indicators().Select(a7.ID)
	d.Keys("n")
	if !d.Contains("New indicator") {
		t.Fatalf("form:\n%s", d.View())
	}
	d.Paste("A7.B3")
	d.Keys("tab", "tab")
	d.Paste("社区联动")
	d.Keys("tab")
	d.Paste("9")
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "9 points is more than the parent A7's 8") {
		t.Fatalf("a child over its parent was not refused:\n%s", d.View())
	}
	// 2 fits under 8, but A7's children would add up to 10.
	d.Keys("backspace")
	d.Paste("2")
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "the indicators under A7 would add up to 10 points, more than its 8") {
		t.Fatalf("children over their parent were not refused:\n%s", d.View())
	}
	d.Keys("backspace")
	d.Paste("0")
	d.Keys("ctrl+s")
	in := code(t, d.Ledger(), "A7.B3")
	if in.ParentID != a7.ID || in.Points != 0 || in.RubricID != a7.RubricID {
		t.Fatalf("saved %+v", in)
	}
	if !d.Contains("A7.B3") {
		t.Fatalf("tree:\n%s", d.View())
	}

	// Delete A1.B1, which two items support.
	a1b1 := code(t, d.Ledger(), "A1.B1")
	view.Indicators().Select(a1b1.ID)
	d.Keys("d")
	if !d.Contains("2 evidence item(s) support this indicator") {
		t.Fatalf("delete question:\n%s", d.View())
	}
	items := len(d.Ledger().Evidence)
	d.Keys("y")
	l = d.Ledger()
	if l.Indicator(a1b1.ID) != nil {
		t.Fatal("not deleted")
	}
	for _, e := range l.Evidence {
		if e.Supports(a1b1.ID) {
			t.Errorf("%s still links the deleted indicator", model.CodeOf(&e))
		}
	}
	// The record-only item that was evidence only for A1.B1 goes; the
	// scanned file stays.
	if n := len(l.Evidence); n != items-1 {
		t.Errorf("%d items, want %d", n, items-1)
	}
	d.Keys("u")
	if d.Ledger().Indicator(a1b1.ID) == nil || len(d.Ledger().Evidence) != items {
		t.Error("undo did not bring it all back")
	}
}
