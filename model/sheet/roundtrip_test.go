package sheet_test

import (
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

func TestWorkbookRoundTripIntoAFreshLedger(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		t.Run(string(lang), func(t *testing.T) {
			_, want := storetest.Demo(t, demo.BaseSize)
			// Everything, the internal meeting's notes included: a fresh
			// ledger has nothing to keep in their place.
			data := exportXLSXWith(t, want, sheet.ExportOptions{Lang: lang, IncludeInternal: true})
			fresh := storetest.Open(t)
			imp, _ := prepare(t, fresh, "ledger.xlsx", data, sheet.Options{})
			if len(imp.Notes) > 0 {
				t.Errorf("notes on our own export:\n%s", problemLines(imp.Notes, model.LangEn))
			}
			entry := commit(t, fresh, imp)
			if entry.Count != want.Counts().Total() {
				t.Errorf("journal counts %d records, want %d", entry.Count, want.Counts().Total())
			}
			got, err := fresh.Load()
			if err != nil {
				t.Fatal(err)
			}
			sameRecords(t, want, got)
		})
	}
}

// Each tab exported as its own CSV file and imported into a fresh ledger,
// one file after another (people first, as a secretary would), gives back
// every record.
func TestCSVTabsRoundTripIntoAFreshLedger(t *testing.T) {
	t.Parallel()
	_, want := storetest.Demo(t, demo.BaseSize)
	fresh := storetest.Open(t)
	for _, tab := range model.ReferenceOrder() {
		data := exportCSVWith(t, want, tab, sheet.ExportOptions{IncludeInternal: true})
		imp, _ := prepare(t, fresh, sheet.TabLabel(tab).Code+".csv", data, sheet.Options{})
		if added, _ := imp.Counts(); added.Of(tab) != want.Counts().Of(tab) {
			t.Errorf("%s: adds %d records, want %d", tab.Code(), added.Of(tab), want.Counts().Of(tab))
		}
		commit(t, fresh, imp)
	}
	got, err := fresh.Load()
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, want, got)
}

// Importing the ledger's own export changes nothing; importing it into a
// fresh ledger twice adds the records once.
func TestReimportUpdatesInsteadOfDuplicating(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	data := exportXLSX(t, l, model.LangZh)
	imp, _ := prepare(t, s, "ledger.xlsx", data, sheet.Options{})
	if !imp.OK() || !imp.Empty() {
		t.Fatalf("own export: ok=%v empty=%v\n%s", imp.OK(), imp.Empty(), problemLines(imp.Problems, model.LangEn))
	}
	if u := imp.Tab(model.EntityTask).Unchanged; u != len(l.Tasks) {
		t.Errorf("%d tasks unchanged, want %d", u, len(l.Tasks))
	}

	fresh := storetest.Open(t)
	first, _ := prepare(t, fresh, "ledger.xlsx", data, sheet.Options{})
	commit(t, fresh, first)
	again, _ := prepare(t, fresh, "ledger.xlsx", data, sheet.Options{})
	if !again.Empty() {
		a, c := again.Counts()
		t.Fatalf("second import adds %d and changes %d records", a.Total(), c.Total())
	}
}
