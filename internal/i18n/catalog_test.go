package i18n_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
)

// TestEveryMessageKeyIsTranslated reads the module's Go sources (not its
// tests) and collects every message key the program can show:
//
//   - string constants named Msg*,
//   - literal first arguments of model.M, M, NewMsgError, usageErr,
//     a.printf, tr.T and tr.Sprintf (any .T, .Sprintf),
//   - labels: the Key of every Label literal (model.Label{Code, Key}, and
//     the elements of []Label tables), every string in a table of keys
//     ([...]i18n.Key{…}) and a sheet column's headKey,
//   - field keys: literal field arguments of the validation helpers and
//     v.add, and Field: "…" in composite literals, each as "field."+key,
//   - keys built at run time, by enumerating their known suffixes.
//
// Each must be in the catalog with a non-empty Chinese and English text
// that use the same format verbs, so no user ever sees a raw key, a
// blank, or a %!d(MISSING).
func TestEveryMessageKeyIsTranslated(t *testing.T) {
	root := testenv.ModuleRoot()
	if root == "" {
		t.Fatal("module root not found")
	}
	keys := map[string]string{} // key -> where it was found
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		collectKeys(fset, f, keys)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range dynamicKeys() {
		keys[k] = v
	}
	if len(keys) < 150 {
		t.Fatalf("found only %d keys; is the source walk broken?", len(keys))
	}

	cat := i18n.Catalog()
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		text, ok := cat[i18n.Key(k)]
		if !ok {
			t.Errorf("%s (%s) is not in the catalog", k, keys[k])
			continue
		}
		if strings.TrimSpace(text.Zh) == "" || strings.TrimSpace(text.En) == "" {
			t.Errorf("%s: empty translation %+v", k, text)
		}
	}
	t.Logf("%d keys used in the source, %d in the catalog", len(keys), len(cat))
}

// TestEveryTranslationHasTheSameVerbsInBothLanguages covers the whole
// catalog, including keys only other features use.
func TestEveryTranslationHasTheSameVerbsInBothLanguages(t *testing.T) {
	for k, text := range i18n.Catalog() {
		if strings.TrimSpace(text.Zh) == "" || strings.TrimSpace(text.En) == "" {
			t.Errorf("%s: empty translation %+v", k, text)
			continue
		}
		zh, errZh := formatVerbs(text.Zh)
		en, errEn := formatVerbs(text.En)
		if errZh != nil || errEn != nil {
			t.Errorf("%s: bad format: %v %v", k, errZh, errEn)
			continue
		}
		if !reflect.DeepEqual(zh, en) {
			t.Errorf("%s: verbs differ\n zh %v %q\n en %v %q", k, zh, text.Zh, en, text.En)
		}
	}
}

func TestFormatVerbs(t *testing.T) {
	for in, want := range map[string][]string{
		"no verbs, 100%%":             nil,
		"%s and %d":                   {"1s", "2d"},
		"%[2]d then %[1]s":            {"1s", "2d"},
		"%[1]s, %s":                   {"1s", "2s"},
		"%-13s %5.2f %v":              {"1s", "2f", "3v"},
		"%[3]d of %[2]d: %[1]s %[3]d": {"1s", "2d", "3d"},
	} {
		got, err := formatVerbs(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("formatVerbs(%q) = %v %v, want %v", in, got, err, want)
		}
	}
	if _, err := formatVerbs("%[x]d"); err == nil {
		t.Error("bad index accepted")
	}
}

// formatVerbs lists a format's verbs as "<argument number><verb>", sorted
// and without repeats: "%[2]d … %[1]s" and "%s … %d" are the same set.
func formatVerbs(f string) ([]string, error) {
	set := map[string]bool{}
	arg := 1
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		for i < len(f) && strings.ContainsRune("+-# 0123456789.", rune(f[i])) {
			i++
		}
		if i < len(f) && f[i] == '[' {
			end := strings.IndexByte(f[i:], ']')
			if end < 0 {
				return nil, strconv.ErrSyntax
			}
			n, err := strconv.Atoi(f[i+1 : i+end])
			if err != nil || n < 1 {
				return nil, strconv.ErrSyntax
			}
			arg = n
			i += end + 1
		}
		if i >= len(f) {
			return nil, strconv.ErrSyntax
		}
		set[strconv.Itoa(arg)+string(f[i])] = true
		arg++
	}
	var out []string
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	return out, nil
}

// keyFuncs take a message key as their first argument.
var keyFuncs = map[string]bool{"M": true, "NewMsgError": true, "usageErr": true, "printf": true, "T": true, "Sprintf": true}

// isNamed reports an expression naming the type name, bare or qualified
// (Label, model.Label).
func isNamed(e ast.Expr, name string) bool {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name == name
	case *ast.SelectorExpr:
		return t.Sel.Name == name
	}
	return false
}

// elemType is the element type of an array or slice type, or nil.
func elemType(e ast.Expr) ast.Expr {
	if a, ok := e.(*ast.ArrayType); ok {
		return a.Elt
	}
	return nil
}

// fieldArg is, for each validation helper, which arguments are field keys.
var fieldArg = map[string][]int{"checkText": {1}, "checkEnum": {1}, "checkDateRange": {1}, "checkList": {1}, "checkDates": {1, 3}, "add": {0}}

func collectKeys(fset *token.FileSet, f *ast.File, keys map[string]string) {
	where := func(n ast.Node) string {
		p := fset.Position(n.Pos())
		return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
	}
	literal := func(e ast.Expr) (string, bool) {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(lit.Value)
		return s, err == nil
	}
	// labelKey collects the Key of a Label literal: keyed, or the second
	// of two positional values.
	labelKey := func(lit *ast.CompositeLit) {
		for i, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
					if s, ok := literal(kv.Value); ok {
						keys[s] = where(kv)
					}
				}
				continue
			}
			if i == 1 {
				if s, ok := literal(el); ok {
					keys[s] = where(el)
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			switch {
			case isNamed(n.Type, "Label"):
				labelKey(n)
			case isNamed(elemType(n.Type), "Label"):
				for _, el := range n.Elts {
					if lit, ok := el.(*ast.CompositeLit); ok && lit.Type == nil {
						labelKey(lit)
					}
				}
			case isNamed(elemType(n.Type), "Key"):
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						el = kv.Value
					}
					if s, ok := literal(el); ok {
						keys[s] = where(el)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if strings.HasPrefix(name.Name, "Msg") && i < len(n.Values) {
					if s, ok := literal(n.Values[i]); ok {
						keys[s] = where(n)
					}
				}
			}
		case *ast.CallExpr:
			var fn string
			switch f := n.Fun.(type) {
			case *ast.Ident:
				fn = f.Name
			case *ast.SelectorExpr:
				fn = f.Sel.Name
				if pkg, ok := f.X.(*ast.Ident); ok && pkg.Name == "fmt" {
					fn = "" // fmt.Sprintf and friends take formats, not keys
				}
			case *ast.IndexExpr: // a generic call such as checkEnum[E]
				if id, ok := f.X.(*ast.Ident); ok {
					fn = id.Name
				}
			}
			if keyFuncs[fn] && len(n.Args) > 0 {
				if s, ok := literal(n.Args[0]); ok {
					keys[s] = where(n)
				}
			}
			for _, i := range fieldArg[fn] {
				if i < len(n.Args) {
					if s, ok := literal(n.Args[i]); ok {
						keys["field."+s] = where(n)
					}
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Field" {
				if s, ok := literal(n.Value); ok {
					keys["field."+s] = where(n)
				}
			}
			if id, ok := n.Key.(*ast.Ident); ok && id.Name == "headKey" {
				if s, ok := literal(n.Value); ok {
					keys[s] = where(n)
				}
			}
		}
		return true
	})
}

// dynamicKeys are the keys the program builds from a prefix and a value,
// taken from the registries that build them: every kind's words and
// fields (model.Kinds) and every sheet column's header (sheet.Columns).
func dynamicKeys() map[string]string {
	out := map[string]string{}
	for _, k := range model.Kinds() {
		out[string(k.Label().Key)] = "a kind's name (model.Kind.Label)"
		out[string(k.PluralLabel().Key)] = "a kind's plural (model.Kind.PluralLabel)"
		out[string(k.CountKey())] = "a kind's count (model.Kind.CountKey)"
		out["field."+k.Code()+".id"] = "entity+.id (fill.go)"
		for _, f := range k.FieldKeys() {
			out["field."+f] = "a kind's field (model.Kind.FieldKeys)"
		}
	}
	for _, e := range sheet.Tabs() {
		for _, c := range sheet.Columns(e) {
			out[string(c.Header.Key)] = "a sheet column's header (sheet.Columns)"
		}
	}
	for _, st := range model.Values[model.Stage]() {
		out["field.activity.stage."+model.LabelOf(st).Code] = "activity.stage.+stage (activity.go)"
	}
	for _, src := range []string{store.SourceFlag, store.SourceEnv, store.SourcePortable, store.SourceDefault} {
		out["cli.source."+src] = "cli.source.+source (cmd_version.go)"
	}
	for _, k := range model.SettingKeys() {
		out["cli.settings.name."+k] = "cli.settings.name.+key (cmd_settings.go)"
	}
	return out
}
