package app

import (
	"os"
	"path/filepath"
	"strings"

	"secretary/printout"
	"secretary/store"
)

// Env is what the program takes from the machine it runs on. The front
// end fills it from the process once (cmd/secretary's main); tests give
// each case its own, so nothing depends on the test runner's home,
// PATH, printer or browser.
type Env struct {
	// Getenv reads an environment variable: PATH, SECRETARY_DB,
	// SECRETARY_BROWSER, XDG_DATA_HOME, LOCALAPPDATA … nil reads none.
	Getenv func(string) string
	GOOS   string // runtime.GOOS of the machine; "" is taken as linux
	Exe    string // the program's own path, for portable mode; may be ""
	Home   string // the user's home folder; may be ""
	// ConfigDir is the user's config folder (os.UserConfigDir), where
	// the language and the last export folder are remembered (Prefs);
	// "" remembers nothing. Tests give a folder of their own, never the
	// real one.
	ConfigDir string
	// MountRoots are the folders removable drives appear in (each folder
	// inside one is a drive); nil means the OS's usual ones (/media/USER,
	// /run/media/USER and /mnt on Linux, /Volumes on macOS, the drive
	// letters on Windows). Tests give their own.
	MountRoots []string
	// Root reports a Unix super-user: Chromium then needs --no-sandbox.
	Root bool
}

func (e Env) withDefaults() Env {
	if e.Getenv == nil {
		e.Getenv = func(string) string { return "" }
	}
	if e.GOOS == "" {
		e.GOOS = "linux"
	}
	return e
}

// printEnv is the machine as printing sees it.
func (e Env) printEnv() printout.Env {
	e = e.withDefaults()
	return printout.Env{GOOS: e.GOOS, Getenv: e.Getenv, Root: e.Root}
}

// Location is a resolved ledger path and where it came from.
type Location = store.Location

// Where a ledger path came from (Location.Source), for `secretary
// version` and the status bar.
const (
	SourceFlag     = store.SourceFlag     // --db
	SourceEnv      = store.SourceEnv      // $SECRETARY_DB
	SourcePortable = store.SourcePortable // secretary.db beside the program
	SourceDefault  = store.SourceDefault  // the per-OS data folder
)

// Locate finds the ledger: the --db value when given, else
// $SECRETARY_DB, else a secretary.db beside the program (portable mode),
// else the per-OS data folder (see store.ResolvePath).
func Locate(dbFlag string, env Env) Location {
	env = env.withDefaults()
	return store.ResolvePath(dbFlag, store.Env{Getenv: env.Getenv, Exe: env.Exe, Home: env.Home, GOOS: env.GOOS})
}

// DefaultFolder is where a file the user writes is suggested: the
// desktop if there is one (桌面 on a Chinese Linux desktop), else
// Documents, else the home folder, else the current folder.
func (e Env) DefaultFolder() string {
	if e.Home == "" {
		return "."
	}
	for _, d := range []string{"Desktop", "桌面", "Documents", "文档"} {
		p := filepath.Join(e.Home, d)
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			return p
		}
	}
	return e.Home
}

// ExpandPath turns a typed path into the file it means: ~ is the home
// folder, and a relative path is taken under folder, so a bare file name
// lands where it was suggested.
func (e Env) ExpandPath(p, folder string) string {
	p = strings.TrimSpace(p)
	if e.Home != "" && (p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`)) {
		p = filepath.Join(e.Home, p[1:])
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(folder, p)
	}
	return filepath.Clean(p)
}
