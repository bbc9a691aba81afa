package store_test

import (
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// Two stores on one file in one process stand for two windows: bbolt's
// lock belongs to the open file, not to the process, so they exclude each
// other exactly as two processes do (TestTwoProcesses… shows it with a
// real second process).

func twoWindows(t *testing.T) (a, b *window) {
	t.Helper()
	path := storetest.DemoFile(t, 0)
	var err error
	if a, err = openWindow(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.s.Close() })
	if b, err = openWindow(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.s.Close() })
	return a, b
}

func TestChangedSaysWhetherAnotherWindowWrote(t *testing.T) {
	t.Parallel()
	a, b := twoWindows(t)
	changed := func(w *window) bool {
		t.Helper()
		c, err := w.s.Changed()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if changed(a) || changed(b) {
		t.Fatal("changed right after opening")
	}
	if _, err := a.create("李四"); err != nil {
		t.Fatal(err)
	}
	if changed(a) {
		t.Error("a window's own save counts as a change from elsewhere")
	}
	if !changed(b) {
		t.Error("the other window's save went unnoticed")
	}
	must(t, b.load())
	if changed(b) {
		t.Error("still changed after loading")
	}
	// Reading (and a save that changes nothing) is not a change.
	if _, err := b.s.Settings(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.s.Update(b.l.Owner(1)); err != nil {
		t.Fatal(err)
	}
	if changed(a) || changed(b) {
		t.Error("a read or an empty save counted as a change")
	}
}

func TestASaveOverAnotherWindowsChangeIsRefused(t *testing.T) {
	t.Parallel()
	a, b := twoWindows(t)
	task := a.l.Tasks[0]
	other := a.l.Tasks[1]

	// b edits a task; a, still showing the old version, edits it too.
	edited := *b.l.Task(task.ID)
	edited.Notes = "b 的修改"
	if _, err := b.s.Update(&edited); err != nil {
		t.Fatal(err)
	}
	stale := *a.l.Task(task.ID)
	stale.Progress = 90
	_, err := a.s.Update(&stale)
	se := storeErr(t, err, store.KindChanged, store.MsgChanged)
	if se.Msg.Args[0] != model.CodeOf(&task) {
		t.Errorf("names %v, not %s", se.Msg.Args, model.CodeOf(&task))
	}
	assertOneClearLine(t, err, "")

	// Another record is a's to change; so is one it just saved itself.
	mine := *a.l.Task(other.ID)
	mine.Notes = "a 的修改"
	if _, err := a.s.Update(&mine); err != nil {
		t.Fatalf("save of a record the other window did not touch: %v", err)
	}
	mine.Notes = "a 的第二次修改"
	if _, err := a.s.Update(&mine); err != nil {
		t.Fatalf("second save of a's own change: %v", err)
	}
	// Deleting the record b changed is refused the same way.
	if _, err := a.s.Delete(model.EntityTask, task.ID); !store.IsKind(err, store.KindChanged) {
		t.Errorf("delete of a record changed elsewhere: %v", err)
	}

	// Once a has loaded b's version, its save goes on top of it.
	must(t, a.load())
	again := *a.l.Task(task.ID)
	again.Progress = 90
	if _, err := a.s.Update(&again); err != nil {
		t.Fatalf("save after loading: %v", err)
	}
	must(t, b.load())
	got := b.l.Task(task.ID)
	if got.Notes != "b 的修改" || got.Progress != 90 {
		t.Errorf("after both saves: notes %q, progress %d", got.Notes, got.Progress)
	}
	if b.l.Task(other.ID).Notes != "a 的第二次修改" {
		t.Error("a's save of the other task was lost")
	}
}

// TestReadingForSomethingElseDoesNotHideAChange: the program reads the
// whole ledger to write a workbook or preview an import (Load), not to
// show it. Another window's change stays unseen: Changed still says so,
// and a save over it is still refused.
func TestReadingForSomethingElseDoesNotHideAChange(t *testing.T) {
	t.Parallel()
	a, b := twoWindows(t)
	task := a.l.Tasks[0]
	edited := *b.l.Task(task.ID)
	edited.Notes = "b 的修改"
	if _, err := b.s.Update(&edited); err != nil {
		t.Fatal(err)
	}
	if l, err := a.s.Load(); err != nil || l.Task(task.ID).Notes != "b 的修改" {
		t.Fatalf("load for a workbook: %v", err)
	}
	if c, err := a.s.Changed(); !c || err != nil {
		t.Errorf("after a load for something else, changed says %v %v", c, err)
	}
	stale := *a.l.Task(task.ID)
	stale.Progress = 90
	if _, err := a.s.Update(&stale); !store.IsKind(err, store.KindChanged) {
		t.Errorf("save over the unseen change: %v", err)
	}
}

func TestSettingsChangedInAnotherWindowAreNotOverwritten(t *testing.T) {
	t.Parallel()
	a, b := twoWindows(t)
	set := b.l.Settings
	set.School = "实验中学"
	if _, err := b.s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	mine := a.l.Settings
	mine.Secretary = "张老师"
	_, err := a.s.SaveSettings(mine)
	se := storeErr(t, err, store.KindChanged, store.MsgChanged)
	if m, ok := se.Msg.Args[0].(model.Msg); !ok || m.Key != store.MsgTheSettings {
		t.Errorf("names %v, not the settings", se.Msg.Args)
	}
	must(t, a.load())
	mine = a.l.Settings
	mine.Secretary = "张老师"
	if _, err := a.s.SaveSettings(mine); err != nil {
		t.Fatal(err)
	}
	got, err := b.s.Settings()
	if err != nil || got.School != "实验中学" || got.Secretary != "张老师" {
		t.Fatalf("settings %+v, %v", got, err)
	}
}

func TestUndoOfAStepMadeInAnotherWindowWaitsUntilItIsSeen(t *testing.T) {
	t.Parallel()
	a, b := twoWindows(t)
	code, err := b.create("王五")
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.s.Undo()
	storeErr(t, err, store.KindChanged, store.MsgStale)
	assertOneClearLine(t, err, a.s.Path())
	must(t, a.load())
	e, err := a.s.Undo()
	if err != nil {
		t.Fatalf("undo once the step is on screen: %v", err)
	}
	if _, id, _ := model.ParseCode(code); e.RecordID != id {
		t.Errorf("undid %+v, not %s", e, code)
	}
	// a's own steps stay undoable while the view is out of date.
	if _, err := b.create("赵六"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.create("钱七"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.s.Undo(); err != nil {
		t.Errorf("undo of a's own save: %v", err)
	}
}

func TestImportRefusesALedgerChangedSinceThePreview(t *testing.T) {
	t.Parallel()
	snap, _, _ := exportDemo(t, 0, false)
	a, b := twoWindows(t)
	im, err := a.s.PrepareImport(snap, store.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer im.Discard()
	must(t, a.load()) // what the preview compares with
	code, err := b.create("最后一刻")
	if err != nil {
		t.Fatal(err)
	}
	sum := fileSum(t, a.s.Path())
	ns, _, err := im.Apply(a.s)
	storeErr(t, err, store.KindChanged, store.MsgStale)
	if ns != a.s {
		t.Error("a failed apply did not hand back the same store")
	}
	if fileSum(t, a.s.Path()) != sum {
		t.Fatal("the ledger changed")
	}
	must(t, b.load())
	if _, id, _ := model.ParseCode(code); b.l.Owner(id) == nil {
		t.Fatal("the other window's save is gone")
	}
}
