package store_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// BenchmarkExport100k measures a plain export of a 100,000-record ledger
// against copying the same file with `cp` and `sync FILE`, alternating the
// two in one run so both see the same disk and cache. The target: export
// within 2x of cp+sync (reported as x-cp).
func BenchmarkExport100k(b *testing.B) {
	cp, err := exec.LookPath("cp")
	if err != nil {
		b.Skip("needs cp")
	}
	syncBin, err := exec.LookPath("sync")
	if err != nil {
		b.Skip("needs sync")
	}
	s, _ := storetest.Demo(b, 100_000)
	info, _ := os.Stat(s.Path())
	dir := b.TempDir()
	var exportTime, copyTime time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := filepath.Join(dir, "copy.db")
		t0 := time.Now()
		if err := exec.Command(cp, s.Path(), out).Run(); err != nil {
			b.Fatal(err)
		}
		if err := exec.Command(syncBin, out).Run(); err != nil {
			b.Fatal(err)
		}
		copyTime += time.Since(t0)
		os.Remove(out)

		snap := filepath.Join(dir, "export.snapshot")
		t0 = time.Now()
		if _, err := s.Export(snap, store.ExportOptions{}); err != nil {
			b.Fatal(err)
		}
		exportTime += time.Since(t0)
		os.Remove(snap)
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(float64(exportTime.Milliseconds())/n, "export-ms")
	b.ReportMetric(float64(copyTime.Milliseconds())/n, "cp+sync-ms")
	b.ReportMetric(float64(exportTime)/float64(copyTime), "x-cp")
	b.ReportMetric(float64(info.Size())/(1<<20), "ledger-MB")
}

// BenchmarkImport10k measures a whole plain import of a 10,000-record
// snapshot into a ledger that already holds a different version of it:
// copy and verify (structure, checksums, references, manifest), load both
// sides and diff them, back up the current ledger and replace it. Two
// snapshots that differ in 500 tasks are imported in turn, so every
// preview has changes. Target: 300 ms (scrypt, for encrypted snapshots,
// comes on top by design).
func BenchmarkImport10k(b *testing.B) {
	src, l := storetest.Demo(b, 10_000)
	dir := b.TempDir()
	snapA := filepath.Join(dir, "a.snapshot")
	if _, err := src.Export(snapA, store.ExportOptions{}); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 500; i++ {
		t := l.Tasks[i*len(l.Tasks)/500]
		t.Due = t.Due.AddDays(7)
		t.Notes = "延期一周 postponed"
		if _, err := src.Update(&t); err != nil {
			b.Fatal(err)
		}
	}
	snapB := filepath.Join(dir, "b.snapshot")
	if _, err := src.Export(snapB, store.ExportOptions{}); err != nil {
		b.Fatal(err)
	}
	opts := storetest.Options()
	opts.KeepBackups = 3
	cur := storetest.OpenAt(b, storetest.Path(b), opts)
	cur = benchImport(b, cur, snapA)
	changed := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		snap := snapB
		if i%2 == 1 {
			snap = snapA
		}
		im, err := cur.PrepareImport(snap, store.ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		current, err := cur.Load()
		if err != nil {
			b.Fatal(err)
		}
		changed = im.Diff(current, model.LangZh).Tally(model.EntityTask).Changed
		ns, _, err := im.Apply(cur)
		if err != nil {
			b.Fatal(err)
		}
		cur = ns
	}
	b.StopTimer()
	cur.Close()
	if changed != 500 {
		b.Fatalf("diff found %d changed tasks, want 500", changed)
	}
	b.ReportMetric(float64(l.Counts().Total()), "records")
}

func benchImport(b *testing.B, cur *store.Store, snap string) *store.Store {
	im, err := cur.PrepareImport(snap, store.ImportOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ns, _, err := im.Apply(cur)
	if err != nil {
		b.Fatal(err)
	}
	return ns
}
