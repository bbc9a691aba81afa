package sheet_test

import (
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

func TestWorkbookRoundTripIntoAFreshLedger(t *testing.T) {
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		t.Run(string(lang), func(t *testing.T) {
			_, want := storetest.Demo(t, demo.BaseSize)
			data := exportXLSX(t, want, lang)
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
