package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// TestHelpShowsEveryKeyAt80x24: ? lists every key that works where the
// user is — the tab's own and the program's — even on the smallest usual
// terminal, scrolling where the page is taller than the screen. Before,
// a column that did not fit (undo, redo, export, import, settings,
// language, help, quit) was left out.
func TestHelpShowsEveryKeyAt80x24(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, keys := range [][]string{{"1"}, {"2"}, {"2", "o"}, {"3"}, {"4"}, {"4", "o"}, {"5"}} {
			d := tuitest.Demo(t, lang, 80, 24)
			d.Keys(keys...)
			tab := d.Model.Tab(d.Model.Active())
			want := append(tab.FullHelp(), d.Model.Context().Keys.Global.FullHelp()...)
			d.Keys("?")
			seen := d.View()
			for i := 0; i < 10; i++ {
				d.Keys("pgdown")
				seen += d.View()
			}
			for _, g := range want {
				for _, b := range g {
					h := b.Help()
					if !strings.Contains(seen, h.Key+" ") || !strings.Contains(seen, h.Desc) {
						t.Errorf("%s %v: help at 80x24 lacks %q %q", lang, keys, h.Key, h.Desc)
					}
				}
			}
			d.Keys("esc")
			if d.Model.Overlay() != nil {
				t.Fatalf("esc should close the help page")
			}
		}
	}
}
