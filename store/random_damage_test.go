package store_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/store"
	"secretary/store/storetest"
)

// TestRandomPageDamageNeverCrashesOrHangs damages one page of a ledger at
// random, in three ways (the whole page random, its header scrambled, a
// few bits flipped anywhere in it), and opens, loads and checks the
// result. Whatever the damage, the store must answer (an error or a
// report) without crashing, hanging or writing to the file. Before the
// page walk on Open, random pages crashed the program from inside bbolt's
// checker and sent its walk round loops for a minute.
func TestRandomPageDamageNeverCrashesOrHangs(t *testing.T) {
	src := storetest.DemoFile(t, 500)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	live := livePages(t, src)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (rerun a failure by fixing it here)", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	dir := t.TempDir()
	n := 60
	if testing.Short() {
		n = 30
	}
	for i := 0; i < n; i++ {
		b := append([]byte(nil), data...)
		pg := live[rng.IntN(len(live))]
		base := pg * store.PageSize
		kind := i % 3
		switch kind {
		case 0:
			for j := base; j < base+store.PageSize; j++ {
				b[j] = byte(rng.IntN(256))
			}
		case 1:
			for k := 1 + rng.IntN(8); k > 0; k-- {
				b[base+rng.IntN(64)] = byte(rng.IntN(256))
			}
		case 2:
			for k := 1 + rng.IntN(8); k > 0; k-- {
				b[base+rng.IntN(store.PageSize)] ^= byte(1 << rng.IntN(8))
			}
		}
		path := filepath.Join(dir, "damaged.db")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		before := fileSum(t, path)
		start := time.Now()
		if s, err := store.Open(path, storetest.Options()); err == nil {
			s.Load()
			s.Check()
			s.Close()
		} else if !store.IsKind(err, store.KindDamaged) && !store.IsKind(err, store.KindNotLedger) {
			t.Errorf("page %d (damage %d): unexpected error %v", pg, kind, err)
		}
		if rep, err := store.CheckFile(path, storetest.Options()); err == nil && rep.OK() && kind == 0 {
			// Flipped bits or bytes may land in a page's unused space; a
			// page of random bytes is always found.
			t.Errorf("page %d (damage %d): check found nothing", pg, kind)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("page %d (damage %d): took %v", pg, kind, took)
		}
		assertUnchanged(t, path, before)
	}
}

// livePages lists the pages the ledger uses (not free, not meta): damage
// anywhere else is not damage to the ledger.
func livePages(t *testing.T, path string) []int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var live []int
	db.Update(func(tx *bolt.Tx) error {
		for id := 2; ; id++ {
			info, err := tx.Page(id)
			if err != nil || info == nil {
				return nil
			}
			if info.Type != "free" {
				live = append(live, id)
			}
		}
	})
	if len(live) < 10 {
		t.Fatalf("only %d live pages", len(live))
	}
	return live
}
