package tui_test

import (
	"slices"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"

	"github.com/charmbracelet/bubbles/key"
)

// TestHelpShowsEveryKeyAt80x24: ? lists every key that works where the
// user is — the tab's own and the program's — even on the smallest usual
// terminal, scrolling where the page is taller than the screen. Before,
// a column that did not fit (undo, redo, export, import, settings,
// language, help, quit) was left out.
func TestHelpShowsEveryKeyAt80x24(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, keys := range [][]string{{"1"}, {"1", "o"}, {"2"}, {"2", "o"}, {"3"}, {"4"}, {"4", "o"}, {"4", "o", "o"}, {"4", "o", "o", "o"}, {"5"}, {"5", "o"}, {"6"}} {
			d := tuitest.Demo(t, lang, 80, 24)
			d.Keys(keys...)
			tab := d.Model.Tab(d.Model.Active())
			// The program's keys the tab takes for its own are not its
			// to list there (x closes a rectification: no "x export").
			taken := map[string]bool{}
			for _, g := range tab.FullHelp() {
				for _, b := range g {
					for _, k := range b.Keys() {
						taken[k] = true
					}
				}
			}
			want := tab.FullHelp()
			var shadowed []key.Binding
			for _, g := range d.Model.Context().Keys.Global.FullHelp() {
				var keep []key.Binding
				for _, b := range g {
					if slices.ContainsFunc(b.Keys(), func(k string) bool { return taken[k] }) {
						shadowed = append(shadowed, b)
					} else {
						keep = append(keep, b)
					}
				}
				want = append(want, keep)
			}
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
			for _, b := range shadowed {
				if h := b.Help(); strings.Contains(seen, h.Desc) {
					t.Errorf("%s %v: help lists %q %q, a key the tab takes for its own", lang, keys, h.Key, h.Desc)
				}
			}
			d.Keys("esc")
			if d.Model.Overlay() != nil {
				t.Fatalf("esc should close the help page")
			}
		}
	}
}
