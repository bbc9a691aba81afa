package summary_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files of this package")

// demoSummary is the demo ledger's summary for this semester, on the
// pinned test day (Friday 2026-11-20).
func demoSummary(t testing.TB) (*model.Ledger, *summary.Summary) {
	t.Helper()
	l := demo.Build(storetest.Today(), demo.BaseSize)
	return l, summary.Build(l, summary.Semester(storetest.Today()), storetest.Today())
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model/summary -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(run go test ./model/summary -update if the change is intended)", name, i+1, g, w)
			}
		}
	}
}

func TestGoldenText(t *testing.T) {
	_, s := demoSummary(t)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		golden(t, "summary_"+string(lang)+".txt.golden", []byte(summary.Text(s, lang, 80)))
	}
}

func TestGoldenMarkdown(t *testing.T) {
	_, s := demoSummary(t)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		var b bytes.Buffer
		if err := summary.Render(&b, s, summary.FormatMarkdown, summary.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		golden(t, "summary_"+string(lang)+".md.golden", b.Bytes())
	}
}

func TestGoldenSlip(t *testing.T) {
	l, _ := demoSummary(t)
	id, err := summary.FindOwner(l, "张三")
	if err != nil {
		t.Fatal(err)
	}
	sl, err := summary.BuildSlip(l, id, storetest.Today())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		golden(t, "slip_"+string(lang)+".txt.golden", []byte(summary.SlipText(sl, lang, 80)))
		var b bytes.Buffer
		if err := summary.RenderSlip(&b, sl, summary.FormatMarkdown, summary.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		golden(t, "slip_"+string(lang)+".md.golden", b.Bytes())
	}
}
