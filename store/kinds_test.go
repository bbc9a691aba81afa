package store_test

import (
	"testing"

	"secretary/model"
	"secretary/store/storetest"
)

// TestEveryKindIsStoredAndLoaded: a new ledger has a place for every kind
// in the model's registry, and the demo's records of every kind come back
// from the file as they went in. A kind the demo does not fill fails here,
// so the store, sheet and TUI tests that run on the demo exercise it.
func TestEveryKindIsStoredAndLoaded(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	last, err := s.LastIDs()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range model.Entities() {
		if _, ok := last[e]; !ok {
			t.Errorf("%s: a new ledger has no bucket for it", e.Code())
		}
	}

	ds, want := storetest.Demo(t, 0)
	got, err := ds.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range model.Kinds() {
		if k.Len(want) == 0 {
			t.Errorf("%s: the demo ledger (model/demo) has none", k.Code())
		}
		if got.Counts().Of(k.Entity()) != k.Len(want) {
			t.Errorf("%s: stored %d, loaded %d", k.Code(), k.Len(want), got.Counts().Of(k.Entity()))
		}
	}
	if d := model.DiffLedgers(want, got, model.LangZh); !d.Empty() {
		t.Errorf("the loaded ledger differs: %+v", d.Records)
	}
}
