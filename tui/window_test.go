package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
)

// TestAnotherWindowsChangeShowsAndIsNotLost: a second window (another
// secretary process on the same ledger) changes a task while the
// program is open. The program shows the change on the next key; a form
// the user was filling in is not saved over it: the save is refused, the
// other window's change is taken into the fields the user left alone,
// what the user typed stays, and the next save keeps both.
func TestAnotherWindowsChangeShowsAndIsNotLost(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	other := tuitest.Open(t, d.App.Path()) // the second window
	d.Keys("2")

	// 1. Shown on the next key.
	l, _ := other.Load()
	t2 := *l.Task(2)
	t2.Title = "另一个窗口改的标题 2"
	if _, err := other.Save(model.ActUpdate, &t2); err != nil {
		t.Fatal(err)
	}
	d.Keys("j")
	if !d.Contains("另一个窗口改的标题 2") || !strings.Contains(d.Model.Status(), "另一个窗口") {
		t.Fatalf("the other window's change should show after a key:\n%s", d.View())
	}

	// 2. A form open while the other window changes the same task.
	d.Keys("g", "e") // edit T-1
	d.Keys("ctrl+u")
	d.Paste("我改的标题 1")
	l, _ = other.Load()
	t1 := *l.Task(1)
	t1.Notes = "另一个窗口补充的备注"
	if _, err := other.Save(model.ActUpdate, &t1); err != nil {
		t.Fatal(err)
	}
	d.Keys("ctrl+s")
	if !d.Contains("另一个窗口中被修改过", "我改的标题 1") {
		t.Fatalf("the save should be refused with the typed title kept:\n%s", d.View())
	}
	if got := d.Ledger().Task(1); got.Title == "我改的标题 1" || got.Notes != "另一个窗口补充的备注" {
		t.Fatalf("the refused save wrote over the other window: %+v", got)
	}
	d.Keys("ctrl+s")
	got := d.Ledger().Task(1)
	if got.Title != "我改的标题 1" || got.Notes != "另一个窗口补充的备注" {
		t.Fatalf("the second save should keep both changes, got title %q notes %q\n%s", got.Title, got.Notes, d.View())
	}
}

// TestNoControlCharacterReachesTheScreen: a record saved with an escape
// sequence in its title (as a hostile snapshot or an old ledger might
// hold) never sends it to the terminal: the table, the detail and the
// status line show it as a visible character.
func TestNoControlCharacterReachesTheScreen(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	// Straight into the screen's ledger, as a record read from a file
	// written before the sanitising rule would be if it kept one.
	l := d.Model.Context().Ledger
	l.Tasks[0].Title = "标题\x1b]0;owned\x07\x1b[2J"
	d.Model.Context().Ledger = l
	d.Send(common.LedgerLoadedMsg{Ledger: l})
	d.Keys("2", "enter")
	if v := d.View(); strings.ContainsAny(v, "\x1b\x07") {
		t.Fatalf("a control character reached the screen: %q", v)
	}
	if !d.Contains("␛") {
		t.Fatalf("the escape should be shown as ␛:\n%s", d.View())
	}
}
