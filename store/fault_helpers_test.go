package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
)

func assertUnchanged(t *testing.T, path, before string) {
	t.Helper()
	if after := fileSum(t, path); after != before {
		t.Errorf("%s changed: sha256 %s, was %s", filepath.Base(path), after, before)
	}
}

// assertNoLeftovers checks that nothing but the ledger (and what the test
// put there) was written into its folder: no temporary file, no backup.
func assertNoLeftovers(t *testing.T, dir string, allowed ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		ok := false
		for _, a := range allowed {
			ok = ok || e.Name() == a
		}
		if !ok {
			t.Errorf("unexpected %s left in %s", e.Name(), dir)
		}
	}
}

// storeErr asserts err is a *store.Error of the kind with the message key
// and returns it.
func storeErr(t *testing.T, err error, kind store.ErrorKind, key string) *store.Error {
	t.Helper()
	var se *store.Error
	if !errors.As(err, &se) {
		t.Fatalf("want a store error %s, got %T %v", key, err, err)
	}
	if se.Kind != kind || string(se.Msg.Key) != key {
		t.Fatalf("want kind %d %s, got kind %d %v (%v)", kind, key, se.Kind, se.Msg, err)
	}
	return se
}

// assertOneClearLine checks what the user reads for err, in both
// languages: one line, naming the file, with no Go internals, in the
// language asked for.
func assertOneClearLine(t *testing.T, err error, path string) {
	t.Helper()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		line := i18n.New(lang).Err(err)
		if strings.ContainsAny(line, "\n\r") {
			t.Errorf("%s: more than one line: %q", lang, line)
		}
		if path != "" && !strings.Contains(line, path) {
			t.Errorf("%s: does not name the file %s: %q", lang, path, line)
		}
		for _, internal := range []string{"goroutine", "panic", "runtime error", ".go:", "%!", "store.", "damage.", "check.", "cbor:"} {
			if strings.Contains(line, internal) {
				t.Errorf("%s: shows %q: %q", lang, internal, line)
			}
		}
		if lang == model.LangZh && !containsHan(line) {
			t.Errorf("zh: no Chinese in %q", line)
		}
		// The English line may quote the user's own (Chinese) data.
		if lang == model.LangEn && containsHan(quoted.ReplaceAllString(strings.ReplaceAll(line, path, ""), "")) {
			t.Errorf("en: Chinese in %q", line)
		}
		t.Logf("%s: %s", lang, line)
	}
}

// quoted matches the user's data as messages quote it; a title may hold
// quotes of its own (初一新生“融入新集体”团体辅导).
var quoted = regexp.MustCompile(`“(?:[^“”]|“[^“”]*”)*”|「[^」]*」`)

func containsHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// findOnly returns the offset of the one occurrence of needle in the
// file, failing if there is none or more than one.
func findOnly(t *testing.T, path string, needle []byte) int64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, needle)
	if i < 0 {
		t.Fatalf("%q not found in %s", needle, path)
	}
	if bytes.Count(b, needle) != 1 {
		t.Fatalf("%q found %d times in %s; want exactly one", needle, bytes.Count(b, needle), path)
	}
	return int64(i)
}

// patchFile writes data at off, in place.
func patchFile(t *testing.T, path string, off int64, data []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(data, off); err != nil {
		t.Fatal(err)
	}
}

// fmtErr is the English line for err.
func fmtErr(err error) string { return i18n.New(model.LangEn).Err(err) }
