package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/internal/testenv"
	"secretary/model"
)

// TestHandoverMessagesExistInBothLanguages finds every handover message
// key the code uses and checks it is translated, in Chinese and English,
// with the same arguments in both.
func TestHandoverMessagesExistInBothLanguages(t *testing.T) {
	t.Parallel()
	root := testenv.ModuleRoot()
	var files []string
	for _, pattern := range []string{"store/snapshot*.go", "cmd/secretary/*.go"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		files = append(files, m...)
	}
	keyRe := regexp.MustCompile(`"((?:snapshot|cli\.(?:export|import|diff|snap|pass|check))\.[a-z_.]+|field\.(?:settings|task\.done_on|rect\.opened_on)[a-z_.]*)"`)
	keys := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRe.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
		}
	}
	if len(keys) < 40 {
		t.Fatalf("found only %d keys; is the pattern right?", len(keys))
	}
	catalog := i18n.Catalog()
	verbRe := regexp.MustCompile(`%(\[\d+\])?[a-z]`)
	for k := range keys {
		text, ok := catalog[i18n.Key(k)]
		if !ok {
			t.Errorf("%s is used but not translated", k)
			continue
		}
		if text.Zh == "" || text.En == "" || text.Zh == text.En && strings.ContainsFunc(text.Zh, func(r rune) bool { return r > 0x2e80 }) {
			t.Errorf("%s: missing a language: %q / %q", k, text.Zh, text.En)
		}
		if zh, en := len(verbRe.FindAllString(text.Zh, -1)), len(verbRe.FindAllString(text.En, -1)); zh != en {
			t.Errorf("%s: %d arguments in Chinese, %d in English", k, zh, en)
		}
	}
	// Field names the diff shows: every field of every record, and the
	// settings.
	tr := i18n.New(model.LangEn)
	fields := []string{"settings.group", "settings.school", "settings.secretary", "settings.last_summary"}
	for _, e := range model.Entities() {
		fields = append(fields, model.FieldKeys(e)...)
	}
	for _, f := range fields {
		if !tr.Has(i18n.Key("field." + f)) {
			t.Errorf("field.%s is not translated", f)
		}
	}
}
