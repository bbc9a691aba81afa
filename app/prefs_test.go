package app_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"secretary/app"
)

func TestPrefsAreRememberedInTheConfigFolder(t *testing.T) {
	t.Parallel()
	env := app.Env{ConfigDir: t.TempDir(), Home: t.TempDir()}
	if p := env.LoadPrefs(); p != (app.Prefs{}) {
		t.Fatalf("fresh prefs: %+v", p)
	}
	if err := env.SavePrefs(func(p *app.Prefs) { p.Lang = "en" }); err != nil {
		t.Fatal(err)
	}
	folder := t.TempDir()
	if err := env.SavePrefs(func(p *app.Prefs) { p.ExportFolder = folder }); err != nil {
		t.Fatal(err)
	}
	if p := env.LoadPrefs(); p.Lang != "en" || p.ExportFolder != folder {
		t.Fatalf("remembered %+v", p)
	}
	if got := env.ExportFolder(); got != folder {
		t.Errorf("export folder %q, want %q", got, folder)
	}
	path := filepath.Join(env.ConfigDir, "secretary", "prefs.json")
	if info, err := os.Stat(path); err != nil || (runtime.GOOS != "windows" && info.Mode().Perm() != 0o600) {
		t.Errorf("prefs file: %v %v", info, err)
	}
	// A folder that is gone is not suggested.
	os.Remove(folder)
	if got := env.ExportFolder(); got == folder {
		t.Error("a removed folder is still suggested")
	}
	// No config folder: nothing is remembered, nothing fails.
	none := app.Env{}
	if err := none.SavePrefs(func(p *app.Prefs) { p.Lang = "en" }); err != nil || none.LoadPrefs().Lang != "" {
		t.Error("without a config folder nothing should be remembered")
	}
	// A damaged file or a language the program does not speak is no
	// preference.
	for _, data := range []string{"{", `{"lang":"fr"}`, "\x00\x01"} {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if p := env.LoadPrefs(); p.Lang != "" {
			t.Errorf("%q read as %+v", data, p)
		}
	}
}
