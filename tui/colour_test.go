package tui_test

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"secretary/model"
	"secretary/tui"
	"secretary/tui/tuitest"
)

// TestColourNeverShowsAsText draws every screen in colour, as a real
// terminal gets it: no colour code may have been made visible ("␛[1;38;5…"),
// which happens when coloured text is wrapped or cut by the code that
// makes a sender's control characters safe to show.
func TestColourNeverShowsAsText(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			colour := lipgloss.NewRenderer(io.Discard)
			colour.SetColorProfile(termenv.ANSI256)
			colour.SetHasDarkBackground(true)
			d := tuitest.NewWith(t, tuitest.Open(t, tuitest.DemoFile(t)), tui.Deps{Lang: lang, Renderer: colour}, 120, 40)
			for _, sc := range screens() {
				d.Keys("esc", "esc", "1")
				d.Keys(sc.keys...)
				if sc.text != "" {
					d.Paste(sc.text)
				}
				if v := d.View(); strings.Contains(v, "␛") {
					t.Errorf("%s shows a colour code as text:\n%s", sc.name, v)
				}
				if !strings.Contains(d.View(), "\x1b[") {
					t.Fatalf("%s: the screen is not in colour; the test checks nothing", sc.name)
				}
				d.Keys("esc", "y", "esc", "n", "esc")
			}
		})
	}
}
