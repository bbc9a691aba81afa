package sheet_test

import (
	"bytes"
	"reflect"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/store/storetest"
)

// exportXLSX writes the ledger as a workbook in memory.
func exportXLSX(t testing.TB, l *model.Ledger, lang model.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sheet.WriteXLSX(&buf, l, sheet.ExportOptions{Lang: lang, Now: storetest.Now(), Version: "test"}); err != nil {
		t.Fatalf("export: %v", err)
	}
	return buf.Bytes()
}

// exportXLSXWith writes the workbook with the options (their Now and
// Version are the tests').
func exportXLSXWith(t testing.TB, l *model.Ledger, opts sheet.ExportOptions) []byte {
	t.Helper()
	opts.Now, opts.Version = storetest.Now(), "test"
	var buf bytes.Buffer
	if err := sheet.WriteXLSX(&buf, l, opts); err != nil {
		t.Fatalf("export: %v", err)
	}
	return buf.Bytes()
}

func exportCSVWith(t testing.TB, l *model.Ledger, tab model.Entity, opts sheet.ExportOptions) []byte {
	t.Helper()
	opts.Now = storetest.Now()
	var buf bytes.Buffer
	if err := sheet.WriteCSV(&buf, l, tab, opts); err != nil {
		t.Fatalf("export csv: %v", err)
	}
	return buf.Bytes()
}

func exportCSV(t testing.TB, l *model.Ledger, tab model.Entity, lang model.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sheet.WriteCSV(&buf, l, tab, sheet.ExportOptions{Lang: lang, Now: storetest.Now()}); err != nil {
		t.Fatalf("export csv: %v", err)
	}
	return buf.Bytes()
}

// prepare reads the file and checks it against the store's ledger, as
// the command line and the TUI do.
func prepare(t testing.TB, s *store.Store, name string, data []byte, opts sheet.Options) (*sheet.Import, *model.Ledger) {
	t.Helper()
	f, err := sheet.Read(name, data)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	ids, err := s.LastIDs()
	if err != nil {
		t.Fatal(err)
	}
	opts.Today, opts.LastIDs = storetest.Today(), ids
	return sheet.Prepare(f, l, opts), l
}

// commit applies an import in one store action.
func commit(t testing.TB, s *store.Store, imp *sheet.Import) model.JournalEntry {
	t.Helper()
	if !imp.OK() {
		t.Fatalf("import has problems:\n%s", problemLines(imp.Problems, model.LangEn))
	}
	entry, err := s.Do(model.ActImport, func(tx *store.Tx) error { return imp.Apply(tx) })
	if err != nil {
		t.Fatalf("commit: %v", err)
	}
	return entry
}

func problemLines(ps []sheet.Problem, lang model.Lang) string {
	tr := i18n.New(lang)
	var b bytes.Buffer
	for _, p := range ps {
		b.WriteString(tr.Msg(p.Message()))
		b.WriteByte('\n')
	}
	return b.String()
}

// sameRecords fails the test where two ledgers' records of any kind
// differ.
func sameRecords(t *testing.T, want, got *model.Ledger) {
	t.Helper()
	for _, k := range model.Kinds() {
		a, b := k.Records(want), k.Records(got)
		if len(a) != len(b) {
			t.Errorf("%s: %d records, want %d", k.Plural(), len(b), len(a))
			continue
		}
		for i := range a {
			if !reflect.DeepEqual(a[i], b[i]) {
				t.Errorf("%s[%d]:\n got %+v\nwant %+v", k.Plural(), i, b[i], a[i])
			}
		}
	}
}
