package store_test

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
	"secretary/store/storetest"
)

// clockAt is the test options with the clock at t.
func clockAt(t time.Time) store.Options {
	o := storetest.Options()
	o.Clock = model.FixedClock{T: t}
	return o
}

// began loads the ledger and returns the day it began.
func began(t *testing.T, s *store.Store) model.Date {
	t.Helper()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	return l.Began
}

// setBeganKey writes (or, with nil, deletes) the meta key by hand, as a
// ledger from before it or a damaged one would have it.
func setBeganKey(t *testing.T, path string, v []byte) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if v == nil {
			return tx.Bucket([]byte("meta")).Delete([]byte("began"))
		}
		return tx.Bucket([]byte("meta")).Put([]byte("began"), v)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestANewLedgerBeginsTheDayItIsMade: the day in the clock's own zone
// (half past midnight in Beijing is the 1st there, still the 30th in
// UTC); reopening later does not move it.
func TestANewLedgerBeginsTheDayItIsMade(t *testing.T) {
	t.Parallel()
	beijing := time.FixedZone("CST", 8*3600)
	path := storetest.Path(t)
	s, err := store.Open(path, clockAt(time.Date(2026, time.December, 1, 0, 30, 0, 0, beijing)))
	if err != nil {
		t.Fatal(err)
	}
	if got := began(t, s); got != model.NewDate(2026, time.December, 1) {
		t.Errorf("began %s, want 2026-12-01", got)
	}
	s.Close()
	s = storetest.OpenAt(t, path, clockAt(time.Date(2027, time.March, 3, 9, 0, 0, 0, beijing)))
	if got := began(t, s); got != model.NewDate(2026, time.December, 1) {
		t.Errorf("reopened in March: began %s", got)
	}
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Errorf("check: %v %+v", err, rep)
	}
}

// TestAFilledLedgerBeginsWhenItSays: the demo holds its whole school year,
// so it is stored as unknown (every period counts); a ledger filled with
// a day keeps that day, whatever the clock says.
func TestAFilledLedgerBeginsWhenItSays(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	if got := began(t, s); !got.IsZero() {
		t.Errorf("the demo began %s, want unknown", got)
	}
	s = storetest.Open(t)
	l := demo.Build(storetest.Today(), demo.BaseSize)
	l.Began = model.NewDate(2026, time.September, 1)
	if err := s.Fill(l); err != nil {
		t.Fatal(err)
	}
	if got := began(t, s); got != l.Began {
		t.Errorf("filled with 2026-09-01: began %s", got)
	}
}

// TestALedgerFromBeforeTheKeyBeginsWithItsFirstEntry: a ledger written
// before the key existed begins on the day of its first journal entry
// (its first save), not the day it is opened; an old demo (filled whole)
// is unknown; a value that is not a date reads as unknown and the ledger
// still opens.
func TestALedgerFromBeforeTheKeyBeginsWithItsFirstEntry(t *testing.T) {
	t.Parallel()
	path := storetest.Path(t)
	s, err := store.Open(path, clockAt(time.Date(2026, time.October, 8, 16, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	newOwner(t, s, "张三", "心理中心")
	s.Close()
	setBeganKey(t, path, nil)
	s = storetest.OpenAt(t, path, storetest.Options()) // opened on 2026-11-20
	if got := began(t, s); got != model.NewDate(2026, time.October, 8) {
		t.Errorf("began %s, want the first entry's 2026-10-08", got)
	}
	s.Close()

	setBeganKey(t, path, []byte("not a date"))
	s = storetest.OpenAt(t, path, storetest.Options())
	if got := began(t, s); !got.IsZero() {
		t.Errorf("a damaged value reads as %s, want unknown", got)
	}
	s.Close()

	demoPath := storetest.DemoFile(t, demo.BaseSize)
	setBeganKey(t, demoPath, nil)
	d := storetest.OpenAt(t, demoPath, storetest.Options())
	if got := began(t, d); !got.IsZero() {
		t.Errorf("an old demo began %s, want unknown", got)
	}

	// Made before the key and never saved to: nothing to go by.
	empty := storetest.Path(t)
	s = storetest.OpenAt(t, empty, storetest.Options())
	s.Close()
	setBeganKey(t, empty, nil)
	if got := began(t, storetest.OpenAt(t, empty, storetest.Options())); !got.IsZero() {
		t.Errorf("an empty old ledger began %s", got)
	}
}

// TestASnapshotCarriesTheDayTheLedgerBegan: the next secretary's ledger
// begins when the handed-over one did, not on the day of the import.
func TestASnapshotCarriesTheDayTheLedgerBegan(t *testing.T) {
	t.Parallel()
	src := storetest.OpenAt(t, storetest.Path(t), clockAt(time.Date(2026, time.September, 3, 8, 0, 0, 0, time.UTC)))
	newOwner(t, src, "张三", "心理中心")
	snap := filepath.Join(t.TempDir(), "交接.snapshot")
	if _, err := src.Export(snap, exportOpts(false)); err != nil {
		t.Fatal(err)
	}
	dst := storetest.Open(t) // made on 2026-11-20
	if got := began(t, dst); got != storetest.Today() {
		t.Fatalf("the receiving ledger began %s", got)
	}
	ns, _, _ := importInto(t, dst, snap, cryptOpts(testPass))
	if got := began(t, ns); got != model.NewDate(2026, time.September, 3) {
		t.Errorf("after the import the ledger began %s, want the snapshot's 2026-09-03", got)
	}
	if rep, err := ns.Check(); err != nil || !rep.OK() {
		t.Errorf("check after import: %v %+v", err, rep)
	}
}
