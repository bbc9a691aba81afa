package store_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/store/storetest"
)

// largeImportRows is the size issue 10 asks to be importable; the v3
// decoder refused any journal entry of more than 65,536 changes. make
// test runs it without the race detector only (UNRACED), at 200,000; run
// by hand under the detector it imports 70,000 rows: still past the old
// limit and split into 18 pieces, in a tenth of the time.
var largeImportRows = largeRows()

func largeRows() int {
	if raceEnabled {
		return 70_000
	}
	return 200_000
}

// createOwners adds n people in one journaled step, as an import does,
// without reading a spreadsheet first: for tests about the journal
// entry, where parsing 70,000 rows under the race detector cost a minute.
func createOwners(t *testing.T, s *store.Store, n int) model.JournalEntry {
	t.Helper()
	entry, err := s.Do(model.ActImport, func(tx *store.Tx) error {
		for i := range n {
			if err := tx.Create(&model.Owner{Name: fmt.Sprintf("教师%06d", i), Title: "班主任", Department: fmt.Sprintf("初%d年级组", 1+i%3)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || entry.Count != n {
		t.Fatalf("created %d people (%v), want %d", entry.Count, err, n)
	}
	return entry
}

// importOwnersCSV imports n people from a CSV file in one step, the way
// `secretary sheet import` does.
func importOwnersCSV(t *testing.T, s *store.Store, n int) model.JournalEntry {
	t.Helper()
	var b strings.Builder
	b.WriteString("姓名,职务,部门\r\n")
	for i := range n {
		fmt.Fprintf(&b, "教师%06d,班主任,初%d年级组\r\n", i, 1+i%3)
	}
	f, err := sheet.Read("owners.csv", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	ids, err := s.LastIDs()
	if err != nil {
		t.Fatal(err)
	}
	imp := sheet.Prepare(f, l, sheet.Options{Today: storetest.Today(), LastIDs: ids})
	if !imp.OK() {
		t.Fatalf("problems: %v", imp.Problems[0].Message())
	}
	entry, err := s.Do(model.ActImport, func(tx *store.Tx) error { return imp.Apply(tx) })
	if err != nil {
		t.Fatal(err)
	}
	if entry.Count != n {
		t.Fatalf("imported %d records, want %d", entry.Count, n)
	}
	return entry
}

func mustCheckClean(t *testing.T, s *store.Store) *store.Report {
	t.Helper()
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("check found %d problems, first: %s", len(rep.Problems), fmtMsg(rep.Problems[0].Msg))
	}
	return rep
}

// A 200,000-row import is one journal entry: check passes, it is undone
// and redone in one step each, a record's history shows it, and the
// ledger's snapshot is accepted by a fresh ledger.
func TestImportOf200kRowsStaysReadable(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("imports 200,000 rows")
	}
	s := storetest.Open(t)
	if raceEnabled {
		createOwners(t, s, largeImportRows) // the same one step, without parsing a spreadsheet
	} else {
		importOwnersCSV(t, s, largeImportRows)
	}
	if rep := mustCheckClean(t, s); rep.Counts.Of(model.EntityOwner) != largeImportRows {
		t.Fatalf("check counted %d people", rep.Counts.Of(model.EntityOwner))
	}
	for _, id := range []model.ID{1, model.ID(largeImportRows / 2), model.ID(largeImportRows)} {
		hist, err := s.History(model.EntityOwner, id)
		if err != nil {
			t.Fatalf("history of %s: %v", model.Code(model.EntityOwner, id), err)
		}
		if len(hist) != 1 || hist[0].Action != model.ActImport || len(hist[0].Changes) != 1 || hist[0].Changes[0].ID != id {
			t.Fatalf("history of %s: %+v", model.Code(model.EntityOwner, id), hist)
		}
	}

	undo, err := s.Undo()
	if err != nil {
		t.Fatalf("undo: %v", err)
	}
	if undo.Count != largeImportRows || s.CanUndo() {
		t.Fatalf("undo took back %d records; more to undo: %v", undo.Count, s.CanUndo())
	}
	if l, _ := s.Load(); len(l.Owners) != 0 {
		t.Fatalf("%d people left after undo", len(l.Owners))
	}
	if _, err := s.Redo(); err != nil {
		t.Fatalf("redo: %v", err)
	}
	// check reads every journal entry, the undo's and the redo's too.
	if rep := mustCheckClean(t, s); rep.Counts.Of(model.EntityOwner) != largeImportRows {
		t.Fatalf("%d people after redo", rep.Counts.Of(model.EntityOwner))
	}
	n := 0
	if err := s.Journal(func(model.JournalEntry) bool { n++; return true }); err != nil || n != 3 {
		t.Fatalf("journal: %d entries, %v", n, err)
	}

	out := filepath.Join(t.TempDir(), "交接.snapshot")
	if _, err := s.Export(out, store.ExportOptions{}); err != nil {
		t.Fatalf("export: %v", err)
	}
	fresh := storetest.Open(t)
	im, err := fresh.PrepareImport(out, store.ImportOptions{})
	if err != nil {
		t.Fatalf("import: %v", fmtErr(err))
	}
	// PrepareImport ran the full check on the copy.
	if n := im.Info.Report.Counts.Of(model.EntityOwner); n != largeImportRows || len(im.Ledger.Owners) != largeImportRows {
		t.Fatalf("the receiver checked %d people, holds %d", n, len(im.Ledger.Owners))
	}
	ns, _, err := im.Apply(fresh)
	if err != nil {
		t.Fatal(err)
	}
	ns.Close()
}

func fmtMsg(m model.Msg) string { return i18n.New(model.LangEn).Msg(m) }
