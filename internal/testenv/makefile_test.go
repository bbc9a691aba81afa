package testenv

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryUnracedTestRunsInTheSecondPass reads the Makefile: make test
// skips the tests named in UNRACED under the race detector and runs them
// again, without it, in the packages of UNRACED_PKGS. A name there that
// no test has, or whose test lives in a package the second pass does not
// visit, would silently run nowhere.
func TestEveryUnracedTestRunsInTheSecondPass(t *testing.T) {
	root := ModuleRoot()
	makefile, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`(?m)^UNRACED := \^\(([^)]*)\)\$\$$`).FindSubmatch(makefile)
	pkgs := regexp.MustCompile(`(?m)^UNRACED_PKGS := (.*)$`).FindSubmatch(makefile)
	if names == nil || pkgs == nil {
		t.Fatal("the Makefile has no UNRACED := ^(A|B)$$ or UNRACED_PKGS := line")
	}
	visited := map[string]bool{}
	for _, p := range strings.Fields(string(pkgs[1])) {
		visited[filepath.Clean(strings.TrimPrefix(p, "./"))] = true
	}
	for _, name := range strings.Split(string(names[1]), "|") {
		found := definedIn(t, root, name)
		if len(found) != 1 {
			t.Errorf("%s is defined in %d packages %v, want exactly one", name, len(found), found)
			continue
		}
		if !visited[found[0]] {
			t.Errorf("%s is in %s, which UNRACED_PKGS does not list: it would run in neither pass", name, found[0])
		}
	}
}

// definedIn lists the folders (relative to root) whose test files declare
// func name(t *testing.T).
func definedIn(t *testing.T, root, name string) []string {
	t.Helper()
	decl := []byte("func " + name + "(t *testing.T)")
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(b), string(decl)) {
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			dirs = append(dirs, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}
