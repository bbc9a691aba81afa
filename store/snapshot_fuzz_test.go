package store_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// readSnapshot is what the reader does with an untrusted file: check it,
// load it, and prepare it for import into an empty ledger. It returns the
// records an import would bring in, or nil when the file was refused.
func readSnapshot(t testing.TB, cur *store.Store, path string) *model.Ledger {
	opts := store.ReadOptions{Store: storetest.Options(), Crypt: cryptOpts(testPass)}
	if info, err := store.CheckSnapshot(path, opts); err == nil && info.Report == nil {
		t.Fatalf("check returned neither an error nor a report")
	}
	store.LoadSnapshot(path, opts)
	im, err := cur.PrepareImport(path, store.ImportOptions{Crypt: opts.Crypt})
	if err != nil {
		if _, ok := model.AsUserMsg(err); !ok {
			t.Fatalf("refusal without a message for the user: %v", err)
		}
		return nil
	}
	defer im.Discard()
	return im.Ledger
}

// withDeadline fails the test if fn does not return in time: a reader
// that hangs on a damaged file is as bad as one that crashes.
func withDeadline(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: still reading after 30 s", what)
	}
}

// damaged lists flipped, truncated and padded variants of a file.
func damaged(b []byte, rng *rand.Rand, flips int) map[string][]byte {
	out := map[string][]byte{}
	for i := 0; i < flips; i++ {
		pos, bit := rng.IntN(len(b)), byte(1)<<rng.IntN(8)
		v := append([]byte(nil), b...)
		v[pos] ^= bit
		out[fmt.Sprintf("flip %d bit %#x", pos, bit)] = v
	}
	for _, n := range []int{1, 16, 100, 4095, 4096, 4097, 8192, len(b) / 3, len(b) / 2, len(b) - 4096, len(b) - 1} {
		if n > 0 && n < len(b) {
			out[fmt.Sprintf("cut at %d", n)] = append([]byte(nil), b[:n]...)
		}
	}
	for _, n := range []int{1, 100, 4096, 65536} {
		zeros := append(append([]byte(nil), b...), make([]byte, n)...)
		out[fmt.Sprintf("padded with %d zeros", n)] = zeros
		noise := make([]byte, n)
		for i := range noise {
			noise[i] = byte(rng.Uint32())
		}
		out[fmt.Sprintf("padded with %d random bytes", n)] = append(append([]byte(nil), b...), noise...)
	}
	return out
}

// TestDamagedSnapshotsAreRefusedOrHarmless reads hundreds of flipped,
// truncated and padded snapshots, plain and encrypted. None may crash or
// hang the reader, and any the import accepts (a flip in unused space,
// padding after the last page) must bring in exactly the exported records:
// nothing is lost or altered silently.
func TestDamagedSnapshotsAreRefusedOrHarmless(t *testing.T) {
	t.Parallel()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 25))
	cur := storetest.Open(t)
	dir := t.TempDir()
	flips := 120
	if testing.Short() {
		flips = 30
	}
	for _, encrypt := range []bool{false, true} {
		snap, _, want := exportDemo(t, 0, encrypt)
		raw := readFile(t, snap)
		accepted := 0
		variants := damaged(raw, rng, flips)
		for name, b := range variants {
			p := filepath.Join(dir, "v.snapshot")
			if err := os.WriteFile(p, b, 0o600); err != nil {
				t.Fatal(err)
			}
			withDeadline(t, name, func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("encrypted=%v %s (seed %d): panic %v", encrypt, name, seed, r)
					}
				}()
				if got := readSnapshot(t, cur, p); got != nil {
					accepted++
					if !equalLedgers(want, got) {
						t.Fatalf("encrypted=%v %s (seed %d): accepted with different records", encrypt, name, seed)
					}
				}
			})
		}
		t.Logf("encrypted=%v: %d variants, %d accepted as harmless (seed %d)", encrypt, len(variants), accepted, seed)
	}
	if left := tempLeftovers(t, filepath.Dir(cur.Path())); len(left) != 0 {
		t.Fatalf("left %v", left)
	}
}

func equalLedgers(a, b *model.Ledger) bool {
	return model.DiffLedgers(a, b, model.LangZh).Empty() && a.Counts() == b.Counts()
}

// FuzzSnapshotReader feeds arbitrary files to the snapshot reader. `go
// test` runs the seeds (a real snapshot, plain and encrypted, and damaged
// copies); `go test -fuzz FuzzSnapshotReader ./store` explores further.
func FuzzSnapshotReader(f *testing.F) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, encrypt := range []bool{false, true} {
		snap, _, _ := exportDemo(f, 0, encrypt)
		raw, err := os.ReadFile(snap)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		for _, v := range damaged(raw, rng, 4) {
			f.Add(v)
		}
	}
	f.Add([]byte{})
	f.Add([]byte("age-encryption.org/v1\n-> scrypt c2FsdA 99\n"))
	// One empty ledger per fuzzing process: PrepareImport never changes
	// it, and making a fresh one per input would dominate the run.
	cur := storetest.Open(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "fuzz.snapshot")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		withDeadline(t, "fuzz input", func() { readSnapshot(t, cur, p) })
	})
}
