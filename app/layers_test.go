package app_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLayers holds the import rules of docs/ARCHITECTURE.md for the
// program's own code: the front ends reach the store only through app,
// only the store touches bbolt, and nothing imports the command line.
func TestLayers(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n != "." && (strings.HasPrefix(n, ".") || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			front := strings.HasPrefix(rel, "tui/") || strings.HasPrefix(rel, "cmd/")
			switch {
			case front && (p == "secretary/store" || strings.HasPrefix(p, "secretary/store/")):
				t.Errorf("%s imports %s: the front ends go through app", rel, p)
			case p == "go.etcd.io/bbolt" && !strings.HasPrefix(rel, "store/"):
				t.Errorf("%s imports bbolt: only store does", rel)
			case strings.HasPrefix(p, "secretary/cmd"):
				t.Errorf("%s imports the command line (%s)", rel, p)
			case strings.HasPrefix(rel, "model/") && (p == "secretary/app" || p == "secretary/tui" || strings.HasPrefix(p, "secretary/store") || strings.HasPrefix(p, "secretary/tui/")):
				t.Errorf("%s imports %s: the model imports nothing of ours but internal/", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d files checked; is the walk rooted right (%s)?", checked, root)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("%s is not the module's root: %v", root, err)
	}
}
