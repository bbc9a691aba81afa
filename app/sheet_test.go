package app_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
)

// TestSheetRoundTripImportsOneUndoableStep: export the tasks as CSV,
// change one title as a secretary would in Excel, import: the preview
// names the one change, applying it is one step with its record in the
// result, and undo takes it back.
func TestSheetRoundTripImportsOneUndoableStep(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	l := load(t, s)
	task := l.Tasks[0]
	csv := filepath.Join(t.TempDir(), "tasks.csv")
	res, err := s.ExportSheet(app.SheetExportRequest{Path: csv, Format: sheet.FormatCSV, Tab: model.EntityTask, Lang: model.LangZh})
	if err != nil || res.Size == 0 || res.Counts.Of(model.EntityTask) != len(l.Tasks) {
		t.Fatalf("%+v %v", res, err)
	}

	// Unchanged, the file imports as nothing to do.
	p, err := s.PrepareSheetImport(csv, app.SheetImportOptions{})
	if err != nil || !p.OK() || !p.Empty() || p.File.Format != sheet.FormatCSV {
		t.Fatalf("the unchanged file: %+v %v", p, err)
	}

	text := read(t, csv)
	if !strings.Contains(text, task.Title) {
		t.Fatalf("the CSV lacks %q", task.Title)
	}
	write(t, csv, strings.Replace(text, task.Title, task.Title+"（修订）", 1))
	p, err = s.PrepareSheetImport(csv, app.SheetImportOptions{})
	if err != nil || !p.OK() || p.Empty() {
		t.Fatalf("the edited file: %+v %v", p, err)
	}
	if _, changed := p.Counts(); changed.Of(model.EntityTask) != 1 {
		t.Fatalf("the preview changes %d tasks, want 1", changed.Of(model.EntityTask))
	}
	done, err := s.ApplySheetImport(p)
	if err != nil {
		t.Fatal(err)
	}
	if done.Changed.Total() != 1 || done.Added.Total() != 0 || len(done.Changes) != 1 || done.Entry.Action != model.ActImport {
		t.Fatalf("applied: %+v", done)
	}
	screen := load(t, s)
	if got := screen.Task(task.ID); got == nil || got.Title != task.Title+"（修订）" {
		t.Fatalf("the title after import: %+v", got)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Task(task.ID); got.Title != task.Title {
		t.Errorf("undo left %q", got.Title)
	}
}

// TestSheetImportRefusesAStalePlan: a record changed (in another window,
// say) after the preview is not overwritten by the import.
func TestSheetImportRefusesAStalePlan(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	l := load(t, s)
	task := l.Tasks[0]
	csv := filepath.Join(t.TempDir(), "tasks.csv")
	if _, err := s.ExportSheet(app.SheetExportRequest{Path: csv, Format: sheet.FormatCSV, Tab: model.EntityTask, Lang: model.LangEn}); err != nil {
		t.Fatal(err)
	}
	write(t, csv, strings.Replace(read(t, csv), task.Title, "from the sheet", 1))
	p, err := s.PrepareSheetImport(csv, app.SheetImportOptions{})
	if err != nil || !p.OK() {
		t.Fatal(err)
	}
	task.Notes = "typed in the meantime"
	if _, err := s.Save(model.ActUpdate, &task); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplySheetImport(p); err == nil {
		t.Fatal("a stale plan was applied")
	}
	if got := load(t, s).Task(task.ID); got.Notes != "typed in the meantime" || got.Title == "from the sheet" {
		t.Errorf("the record after a refused import: %+v", got)
	}
}

// TestSheetExportAndTemplateRefuseWhatTheyMayNotReplace covers issue 10
// for spreadsheets: an existing file without force, the ledger even with.
func TestSheetExportAndTemplateRefuseWhatTheyMayNotReplace(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	ledger := read(t, s.Path())
	out := filepath.Join(t.TempDir(), "台账.xlsx")
	write(t, out, "my own workbook")
	req := app.SheetExportRequest{Path: out, Format: sheet.FormatXLSX, Lang: model.LangZh}
	if _, err := s.ExportSheet(req); !errors.Is(err, app.ErrExists) || read(t, out) != "my own workbook" {
		t.Fatalf("existing workbook: %v", err)
	}
	req.Force = true
	if _, err := s.ExportSheet(req); err != nil || !strings.HasPrefix(read(t, out), "PK") {
		t.Fatalf("forced: %v", err)
	}
	req.Path = s.Path()
	if _, err := s.ExportSheet(req); !errors.Is(err, app.ErrProtected) {
		t.Errorf("over the ledger: %v", err)
	}
	if _, err := s.ExportSheet(app.SheetExportRequest{Path: filepath.Join(t.TempDir(), "x.csv"), Format: sheet.FormatCSV, Lang: model.LangZh}); err == nil {
		t.Error("a CSV without a tab was written")
	}

	owners := len(load(t, s).Owners)
	tmpl := filepath.Join(t.TempDir(), "模板.xlsx")
	res, err := s.SheetTemplate(app.TemplateRequest{Path: tmpl, Lang: model.LangZh})
	if err != nil || res.Owners != owners {
		t.Fatalf("template: %+v %v", res, err)
	}
	if _, err := s.SheetTemplate(app.TemplateRequest{Path: tmpl, Lang: model.LangZh}); !errors.Is(err, app.ErrExists) {
		t.Errorf("template over an existing file: %v", err)
	}
	s.Close() // the command line's template opens the ledger itself
	opts := app.Options{Version: "test", Env: testEnv(t, t.TempDir())}
	res, err = app.SheetTemplate(s.Path(), app.TemplateRequest{Path: filepath.Join(t.TempDir(), "t.xlsx"), Lang: model.LangZh}, opts)
	if err != nil || res.Owners != owners {
		t.Fatalf("template from the ledger's path: %+v %v", res, err)
	}
	if _, err := app.SheetTemplate(s.Path(), app.TemplateRequest{Path: s.Path(), Lang: model.LangZh, Force: true}, opts); !errors.Is(err, app.ErrProtected) {
		t.Errorf("template over the ledger: %v", err)
	}
	// Without a ledger the template still comes, with nobody in it.
	none := filepath.Join(t.TempDir(), "none.db")
	res, err = app.SheetTemplate(none, app.TemplateRequest{Path: filepath.Join(t.TempDir(), "t.xlsx"), Lang: model.LangEn}, opts)
	if err != nil || res.Owners != 0 {
		t.Errorf("template without a ledger: %+v %v", res, err)
	}
	if _, err := os.Stat(none); err == nil {
		t.Error("a template made a ledger")
	}
	if read(t, s.Path()) != ledger {
		t.Error("the ledger changed")
	}
}
