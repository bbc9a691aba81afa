package app_test

import (
	"errors"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/store/storetest"
)

// TestTwoWindowsOnOneLedger is the API the program uses to live beside a
// second window (docs/CONCURRENCY.md): Changed after the other window
// saves, ErrChanged for a save over its change, Load to catch up.
func TestTwoWindowsOnOneLedger(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	open := func() (*app.Service, *model.Ledger) {
		s, err := app.Open(path, app.Options{Clock: storetest.Clock(), Version: "test", NoBackup: true, Env: testEnv(t, t.TempDir())})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		l, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		return s, l
	}
	a, onScreen := open()
	b, theirs := open()

	task := *theirs.Task(1)
	task.Notes = "另一个窗口"
	if _, err := b.Save(model.ActUpdate, &task); err != nil {
		t.Fatal(err)
	}
	if changed, err := a.Changed(); !changed || err != nil {
		t.Fatalf("changed: %v %v", changed, err)
	}
	mine := *onScreen.Task(1)
	mine.Progress = 80
	if _, err := a.Save(model.ActUpdate, &mine); !errors.Is(err, app.ErrChanged) {
		t.Fatalf("a save over the other window's change: %v", err)
	}
	fresh, err := a.Load()
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := a.Changed(); changed || err != nil {
		t.Fatalf("changed after loading: %v %v", changed, err)
	}
	mine = *fresh.Task(1)
	mine.Progress = 80
	if _, err := a.Save(model.ActUpdate, &mine); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.Load(); got.Task(1).Notes != "另一个窗口" || got.Task(1).Progress != 80 {
		t.Errorf("T-1 is %+v", got.Task(1))
	}
}
