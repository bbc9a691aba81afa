package main

import (
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
	"secretary/store/storetest"
)

// TestSheetImportWhileTheProgramIsOpen: with the program open on the
// ledger (a store that has loaded it), `sheet import` in a second window
// goes through. The program notices; its save of the same task from the
// copy on its screen is refused, naming the task, and goes through once it
// has loaded the ledger again — keeping both changes.
func TestSheetImportWhileTheProgramIsOpen(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	window, err := store.Open(db, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer window.Close()
	onScreen, err := window.Load()
	if err != nil {
		t.Fatal(err)
	}

	in := writeFile(t, t.TempDir(), "t.csv", crlf("编号,任务名称", "T-1,第二个窗口改的标题"))
	if r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", "--yes", in); r.code != 0 {
		t.Fatalf("sheet import beside the open program: %+v", r)
	}
	if changed, err := window.Changed(); !changed || err != nil {
		t.Fatalf("the program did not notice: %v %v", changed, err)
	}

	edit := *onScreen.Task(1)
	edit.Notes = "程序里写的备注"
	_, err = window.Update(&edit)
	if !store.IsKind(err, store.KindChanged) {
		t.Fatalf("save over the other window's change: %v", err)
	}
	if line := i18n.New(model.LangEn).Err(err); !strings.Contains(line, "T-1") || !strings.Contains(line, "another window") {
		t.Errorf("the refusal reads %q", line)
	}

	fresh, err := window.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	edit = *fresh.Task(1)
	edit.Notes = "程序里写的备注"
	if _, err := window.Update(&edit); err != nil {
		t.Fatalf("save after loading: %v", err)
	}
	got := loadFile(t, db).Task(1)
	if got.Title != "第二个窗口改的标题" || got.Notes != "程序里写的备注" {
		t.Errorf("T-1 is now %q / %q", got.Title, got.Notes)
	}
}
