package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/owners"
)

// TestAResultReachesItsTabAfterASwitch: on the Summary tab, w writes a
// file; before the write finishes the user presses 1. The result must
// still reach the Summary tab: the user is told the file was written, the
// summary day is recorded, and the tab is not left "working".
func TestAResultReachesItsTabAfterASwitch(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	out := filepath.Join(t.TempDir(), "summary.html")
	d.Keys("6", "w", "ctrl+u")
	d.Paste(out)
	pending := d.Hold("enter") // the write has started
	d.Keys("1")                // the user moves to Plans at once
	if d.Model.Active() != common.TabPlans {
		t.Fatal("1 should switch to Plans while the summary is written")
	}
	d.Run(pending) // the write finishes now
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("not written: %v", err)
	}
	if !strings.Contains(d.Model.Status(), "Written: "+out) {
		t.Fatalf("the user is not told the file was written: status %q", d.Model.Status())
	}
	if got := d.Ledger().Settings.LastSummary; got != storetestToday() {
		t.Fatalf("the summary day was not recorded: %s", got)
	}
	d.Keys("6")
	if d.Contains("Working") {
		t.Fatalf("the Summary tab is stuck working:\n%s", d.View())
	}
	d.Keys("w")
	if !d.Contains("Write to") {
		t.Fatalf("the Summary tab ignores its keys after the write:\n%s", d.View())
	}
}

// TestASaveReachesTheListThatOpenedTheForm: a person added from the
// people list lands under that list's cursor even when the answer comes
// back after the list was switched to tasks and back; before, the tab
// guessed which list a save belonged to from which one was busy.
func TestASaveReachesTheListThatOpenedTheForm(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("2", "o", "n")
	d.Paste("欧阳 新同事")
	pending := d.Hold("ctrl+s")
	d.Run(pending)
	view := d.Model.Tab(common.TabOwners).(*owners.View)
	l := d.Ledger()
	last := l.Owners[len(l.Owners)-1]
	if last.Name != "欧阳 新同事" || view.People().Selected() != last.ID {
		t.Fatalf("the new person %q (O-%d) should be under the people list's cursor, it is on O-%d", last.Name, last.ID, view.People().Selected())
	}
}

// TestShowRecordFindsItsTab: asking for a record by kind and number moves
// to the tab (and the list within it) that shows it, with the cursor on
// it — how the today panel and links between records jump.
func TestShowRecordFindsItsTab(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	for _, c := range []struct {
		e   model.Entity
		id  model.ID
		tab common.TabID
	}{
		{model.EntityTask, 7, common.TabOwners},
		{model.EntityOwner, 3, common.TabOwners},
		{model.EntityRectification, 2, common.TabAssessments},
		{model.EntityActivity, 4, common.TabActivities},
		{model.EntityPlan, 2, common.TabPlans},
	} {
		d.Keys("6")
		d.Run(common.ShowRecord(c.e, c.id))
		if d.Model.Active() != c.tab {
			t.Fatalf("%s: on tab %d:\n%s", model.Code(c.e, c.id), d.Model.Active(), d.View())
		}
		if !selected(d, model.Code(c.e, c.id)) {
			t.Fatalf("%s is not under the cursor:\n%s", model.Code(c.e, c.id), d.View())
		}
	}
}

// selected reports whether the cursor's row shows the code.
func selected(d *tuitest.Driver, code string) bool {
	for _, l := range strings.Split(d.View(), "\n") {
		if strings.Contains(l, "›") && strings.Contains(l, code+" ") {
			return true
		}
	}
	return false
}
