package store_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/store"
)

func TestResolvePathOrder(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	exeDir := t.TempDir()
	vars := map[string]string{}
	env := store.Env{Getenv: func(k string) string { return vars[k] }, Exe: filepath.Join(exeDir, "secretary"), Home: home, GOOS: "linux"}
	want := func(flag string, path, source string) {
		t.Helper()
		if got := store.ResolvePath(flag, env); got.Path != path || got.Source != source {
			t.Errorf("ResolvePath(%q) = %+v, want %s from %s", flag, got, path, source)
		}
	}
	want("", filepath.Join(home, ".local", "share", "secretary", "secretary.db"), store.SourceDefault)

	// A folder named secretary.db beside the program is not a ledger.
	os.Mkdir(filepath.Join(exeDir, "secretary.db"), 0o700)
	want("", filepath.Join(home, ".local", "share", "secretary", "secretary.db"), store.SourceDefault)
	os.Remove(filepath.Join(exeDir, "secretary.db"))
	os.WriteFile(filepath.Join(exeDir, "secretary.db"), nil, 0o600)
	want("", filepath.Join(exeDir, "secretary.db"), store.SourcePortable)

	vars["SECRETARY_DB"] = "/srv/台账/secretary.db"
	want("", "/srv/台账/secretary.db", store.SourceEnv)
	want("my.db", "my.db", store.SourceFlag)

	// No executable path known (some platforms): straight to the folder.
	delete(vars, "SECRETARY_DB")
	env.Exe = ""
	want("", filepath.Join(home, ".local", "share", "secretary", "secretary.db"), store.SourceDefault)
}

func TestDataDirPerOS(t *testing.T) {
	t.Parallel()
	vars := map[string]string{}
	env := store.Env{Getenv: func(k string) string { return vars[k] }, Home: "/home/zhou"}
	for _, tc := range []struct {
		goos string
		vars map[string]string
		want string
	}{
		{"linux", nil, filepath.Join("/home/zhou", ".local", "share", "secretary")},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data/zhou"}, filepath.Join("/data/zhou", "secretary")},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative/ignored"}, filepath.Join("/home/zhou", ".local", "share", "secretary")},
		{"freebsd", map[string]string{"XDG_DATA_HOME": "/xdg"}, filepath.Join("/xdg", "secretary")},
		{"darwin", map[string]string{"XDG_DATA_HOME": "/xdg"}, filepath.Join("/home/zhou", "Library", "Application Support", "secretary")},
		{"windows", map[string]string{"LOCALAPPDATA": `C:\Users\zhou\AppData\Local`}, filepath.Join(`C:\Users\zhou\AppData\Local`, "secretary")},
		{"windows", nil, filepath.Join("/home/zhou", "AppData", "Local", "secretary")},
	} {
		vars = tc.vars
		if vars == nil {
			vars = map[string]string{}
		}
		env.GOOS = tc.goos
		if got := store.DataDir(env); got != tc.want {
			t.Errorf("%s %v: %s, want %s", tc.goos, tc.vars, got, tc.want)
		}
	}
}

// With no --db, no SECRETARY_DB and no home folder, the location is an
// error, never a ledger relative to the current folder.
func TestNoHomeIsAClearError(t *testing.T) {
	t.Parallel()
	for _, goos := range []string{"linux", "darwin", "windows"} {
		env := store.Env{Getenv: func(string) string { return "" }, GOOS: goos}
		loc := store.ResolvePath("", env)
		if loc.Err == nil || loc.Path != "" {
			t.Fatalf("%s: %+v", goos, loc)
		}
		storeErr(t, loc.Err, store.KindIO, store.MsgNoHome)
		if msg := fmtErr(loc.Err); !strings.Contains(msg, "--db") || !strings.Contains(msg, "HOME") {
			t.Errorf("%s: %q", goos, msg)
		}
	}
	env := store.Env{Getenv: func(string) string { return "" }, Home: "/home/zhou", GOOS: "linux"}
	if loc := store.ResolvePath("", env); loc.Err != nil {
		t.Fatal(loc.Err)
	}
}
