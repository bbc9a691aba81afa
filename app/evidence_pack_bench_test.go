package app_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/store/storetest"
)

// packFixture is a ledger with the sample rubric and n evidence files of
// size bytes each, attached to its indicators in turn, and the folder the
// files came from. photos are random bytes (as JPEG photos and PDF scans
// are to a compressor); otherwise the files are text, which deflates.
func packFixture(b *testing.B, n, size int, photos bool) (*app.Service, string) {
	b.Helper()
	dir := b.TempDir()
	s, err := app.Open(filepath.Join(dir, "ledger", "secretary.db"), app.Options{Clock: storetest.Clock(), NoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	imp, err := s.ImportRubric(app.RubricImportRequest{File: app.SampleRubric(model.LangZh), Sample: true})
	if err != nil {
		b.Fatal(err)
	}
	l, err := s.Load()
	if err != nil {
		b.Fatal(err)
	}
	var leaves []model.ID
	for _, r := range model.BuildCoverage(l, imp.Rubric.ID, nil).Rows {
		if r.Leaf {
			leaves = append(leaves, r.Indicator.ID)
		}
	}
	src := filepath.Join(dir, "files")
	os.MkdirAll(src, 0o700)
	rng := rand.New(rand.NewPCG(1, 2))
	line := []byte(strings.Repeat("心理健康教育工作会议记录，决定事项落实情况。", 4) + "\n")
	for i := 0; i < n; i++ {
		data := make([]byte, size)
		name := fmt.Sprintf("照片%03d.jpg", i)
		if photos {
			for j := range data {
				data[j] = byte(rng.Uint32())
			}
		} else {
			name = fmt.Sprintf("记录%03d.txt", i)
			for j := range data {
				data[j] = line[(j+i)%len(line)]
			}
		}
		path := filepath.Join(src, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			b.Fatal(err)
		}
		if _, _, err := s.AttachFile(app.AttachRequest{Path: path, Indicators: []model.ID{leaves[i%len(leaves)]}}); err != nil {
			b.Fatal(err)
		}
	}
	return s, src
}

// BenchmarkPack200Files200MB writes the inspection pack of 200 files of
// 1 MiB (without the PDFs, which take the browser's own time), and
// zip -r of the same files for comparison (target: the pack ≤ 2× zip).
// The fixture is 200 MB: it runs with make bench only, never make test.
func BenchmarkPack200Files200MB(b *testing.B) {
	for _, photos := range []bool{true, false} {
		kind := "photos"
		if !photos {
			kind = "text"
		}
		s, src := packFixture(b, 200, 1<<20, photos)
		out := b.TempDir()
		b.Run(kind+"/pack", func(b *testing.B) {
			b.SetBytes(200 << 20)
			i := 0
			for b.Loop() {
				i++
				p, err := s.WritePack(context.Background(), app.PackRequest{Path: filepath.Join(out, fmt.Sprintf("pack%d.zip", i)), NoPDF: true})
				if err != nil || p.Files != 200 {
					b.Fatalf("%v %+v", err, p)
				}
			}
		})
		zip, err := exec.LookPath("zip")
		if err != nil {
			continue
		}
		b.Run(kind+"/zip-r", func(b *testing.B) {
			b.SetBytes(200 << 20)
			i := 0
			for b.Loop() {
				i++
				cmd := exec.Command(zip, "-r", "-q", filepath.Join(out, fmt.Sprintf("zip%d.zip", i)), ".")
				cmd.Dir = src
				if o, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("zip: %v %s", err, o)
				}
			}
		})
	}
}
