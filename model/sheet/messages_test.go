package sheet_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model/sheet"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[sdv]`)

// verbs lists a format's arguments, numbering the unnumbered ones.
func verbs(format string) string {
	var out []string
	for i, v := range verb.FindAllString(format, -1) {
		if !strings.Contains(v, "[") {
			v = "%[" + strconv.Itoa(i+1) + "]" + v[1:]
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), " ")
}

// Every message key the package declares is translated into both
// languages, and the translations do not trip over their arguments.
func TestEveryMessageIsTranslated(t *testing.T) {
	t.Parallel()
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, "messages.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cat := i18n.Catalog()
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		lit, ok := node.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		key, _ := strconv.Unquote(lit.Value)
		n++
		text, ok := cat[i18n.Key(key)]
		if !ok || text.Zh == "" || text.En == "" {
			t.Errorf("%s is not translated into both languages", key)
		}
		if zh, en := verbs(text.Zh), verbs(text.En); zh != en {
			t.Errorf("%s: the languages use different arguments: zh %s, en %s", key, zh, en)
		}
		return true
	})
	if n < 40 {
		t.Fatalf("found only %d keys in messages.go", n)
	}
}

// No header (in either language, or an alias) names two columns of a tab.
func TestHeadersAreUnambiguous(t *testing.T) {
	t.Parallel()
	for _, e := range sheet.Tabs() {
		seen := map[string]string{}
		for _, c := range sheet.ColumnsForTest(e) {
			for _, name := range c {
				k := sheet.NormHeaderForTest(name[1])
				if other, dup := seen[k]; dup && other != name[0] {
					t.Errorf("%s: %q names both %s and %s", e.Code(), name[1], other, name[0])
				}
				seen[k] = name[0]
			}
		}
	}
}

// Every column a sheet can change has a field name, which previews and
// problems show.
func TestEveryColumnHasAFieldName(t *testing.T) {
	t.Parallel()
	cat := i18n.Catalog()
	for _, e := range sheet.Tabs() {
		for _, c := range sheet.Columns(e) {
			if c.Computed {
				continue
			}
			if _, ok := cat[i18n.Key("field."+c.Key)]; !ok {
				t.Errorf("no translation for field.%s", c.Key)
			}
		}
	}
}
