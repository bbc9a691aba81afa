package sheet_test

import (
	"slices"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/sheet"
)

// TestEveryKindHasATab walks the model's registry: each kind has exactly
// one tab, whose first column is its code, and whose headers have text in
// both languages that no other column of the tab answers to. It says
// what a new kind's tab_*.go or the catalogue (internal/i18n/
// sheetlayout.go) lacks.
func TestEveryKindHasATab(t *testing.T) {
	t.Parallel()
	tabs := sheet.Tabs()
	for _, k := range model.Kinds() {
		e := k.Entity()
		if n := strings.Count(","+joinEntities(tabs)+",", ","+k.Code()+","); n != 1 {
			t.Errorf("%s: %d tabs hold it; declare one in model/sheet/tab_%s.go and list it in tabList (tabs.go)", k.Code(), n, k.Plural())
			continue
		}
		if got, ok := sheet.ParseTab(k.Plural()); !ok || got != e {
			t.Errorf("%s: ParseTab(%q) = %v, %v", k.Code(), k.Plural(), got, ok)
		}
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			if got, ok := sheet.ParseTab(sheet.TabLabel(e).In(lang)); !ok || got != e {
				t.Errorf("%s: the sheet name %q does not read back", k.Code(), sheet.TabLabel(e).In(lang))
			}
		}
		cols := sheet.Columns(e)
		if len(cols) < 2 || cols[0].Key != k.Code()+".id" {
			t.Errorf("%s: the first column must be the record's code (%s.id), not %+v", k.Code(), k.Code(), cols)
			continue
		}
		seen := map[string]string{}
		for _, c := range cols {
			names := []string{c.Header.Code}
			for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
				text := c.Header.In(lang)
				if strings.TrimSpace(text) == "" || text == string(c.Header.Key) {
					t.Errorf("%s: column %s has no %s header: add %q to internal/i18n/sheetlayout.go", k.Code(), c.Key, lang, c.Header.Key)
				}
				names = append(names, text)
			}
			for _, n := range names {
				norm := sheet.NormHeaderForTest(n)
				if prev, dup := seen[norm]; dup && prev != c.Key {
					t.Errorf("%s: header %q names both %s and %s", k.Code(), n, prev, c.Key)
				}
				seen[norm] = c.Key
			}
		}
	}
	if len(tabs) != len(model.Kinds()) {
		t.Errorf("%d tabs for %d kinds", len(tabs), len(model.Kinds()))
	}
	if !slices.Equal(sortedEntities(tabs), sortedEntities(model.Entities())) {
		t.Errorf("tabs %v, kinds %v", tabs, model.Entities())
	}
}

func joinEntities(es []model.Entity) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Code()
	}
	return strings.Join(parts, ",")
}

func sortedEntities(es []model.Entity) []model.Entity {
	out := slices.Clone(es)
	slices.Sort(out)
	return out
}
