package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNeutralLocaleSpeaksChinese: C.UTF-8, POSIX and an unset LANG name
// no language, so the program speaks Chinese; en_US names English.
func TestNeutralLocaleSpeaksChinese(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"C.UTF-8", "POSIX", "C", ""} {
		c := newCLI(t)
		c.env = map[string]string{"LANG": lang}
		r := c.must(0, "version")
		if !strings.Contains(r.stdout, "台账格式") {
			t.Errorf("LANG=%q: not Chinese: %q", lang, r.stdout)
		}
	}
	c := newCLI(t)
	c.env = map[string]string{"LANG": "en_US.UTF-8"}
	if r := c.must(0, "version"); !strings.Contains(r.stdout, "ledger format") {
		t.Errorf("LANG=en_US: not English: %q", r.stdout)
	}
}

// TestRememberedLanguageAndLangFlag: the language chosen with L (in the
// user's config folder) opens the next run; --lang still wins.
func TestRememberedLanguageAndLangFlag(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	c.config = t.TempDir()
	dir := filepath.Join(c.config, "secretary")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "prefs.json"), []byte(`{"lang":"en"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := c.must(0, "version"); !strings.Contains(r.stdout, "ledger format") {
		t.Errorf("remembered English not used: %q", r.stdout)
	}
	if r := c.must(0, "--lang", "zh", "version"); !strings.Contains(r.stdout, "台账格式") {
		t.Errorf("--lang zh did not win over the remembered English: %q", r.stdout)
	}
	// A damaged preferences file is no preference.
	if err := os.WriteFile(filepath.Join(dir, "prefs.json"), []byte(`{"lang":`), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := c.must(0, "version"); !strings.Contains(r.stdout, "台账格式") {
		t.Errorf("damaged prefs: %q", r.stdout)
	}
}
