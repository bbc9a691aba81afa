package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"secretary/store/storetest"
)

// BenchmarkDemo100k is `secretary demo --size 100000` run in-process:
// building the sample, writing it in one transaction into a new file,
// renaming it into place (target: under 3 s).
func BenchmarkDemo100k(b *testing.B) {
	dir := b.TempDir()
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(dir, "demo", "secretary.db")
		code := run([]string{"--db", db, "demo", "--size", "100000", "--force"}, system{
			stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
			getenv: func(string) string { return "" }, home: dir, goos: "linux", clock: storetest.Clock(),
		})
		if code != 0 {
			b.Fatalf("demo exited %d", code)
		}
	}
}
