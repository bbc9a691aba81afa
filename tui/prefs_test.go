package tui_test

import (
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// TestLanguageIsRemembered: L writes the choice to the user's config
// folder (the test's own), where the next start reads it.
func TestLanguageIsRemembered(t *testing.T) {
	t.Parallel()
	env := tuitest.Env()
	env.ConfigDir = t.TempDir()
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	d.Keys("L")
	if got := env.LoadPrefs().Lang; got != "en" {
		t.Fatalf("after L the remembered language is %q, want en", got)
	}
	d.Keys("L")
	if got := env.LoadPrefs().Lang; got != "zh" {
		t.Fatalf("after L again the remembered language is %q, want zh", got)
	}
}
