package store

import (
	"os"
	"path/filepath"
)

// DefaultFileName is the ledger's file name in every location.
const DefaultFileName = "secretary.db"

// Where a ledger path came from, for `secretary version` and the status
// bar, so a user can tell which file they are looking at.
const (
	SourceFlag     = "flag"     // --db
	SourceEnv      = "env"      // $SECRETARY_DB
	SourcePortable = "portable" // secretary.db beside the executable (USB stick)
	SourceDefault  = "default"  // the per-OS data folder
)

// Location is a resolved ledger path and where it came from.
type Location struct {
	Path   string
	Source string
	// Err is set, and Path empty, when no folder for the ledger can be
	// found: neither --db nor SECRETARY_DB is given and the home folder
	// is unknown (HOME unset). A ledger is then never made relative to
	// the current folder, where the user would not find it again.
	Err error
}

// MsgNoHome: no --db, no SECRETARY_DB and no home folder.
const MsgNoHome = "store.no_home"

// Env is what path resolution reads from the process: environment
// variables, the executable's path, the user's home folder and the OS.
// Tests fill it in; the program uses SystemEnv.
type Env struct {
	Getenv func(string) string
	Exe    string
	Home   string
	GOOS   string
}

// ResolvePath finds the ledger in this order: the --db flag, the
// SECRETARY_DB variable, a secretary.db beside the executable (portable
// mode, for a program run from a USB stick), and the per-OS data folder:
//
//	Linux and others  $XDG_DATA_HOME/secretary/secretary.db (~/.local/share/…)
//	Windows           %LOCALAPPDATA%\secretary\secretary.db
//	macOS             ~/Library/Application Support/secretary/secretary.db
func ResolvePath(flag string, env Env) Location {
	if flag != "" {
		return Location{Path: flag, Source: SourceFlag}
	}
	if p := env.Getenv("SECRETARY_DB"); p != "" {
		return Location{Path: p, Source: SourceEnv}
	}
	if env.Exe != "" {
		p := filepath.Join(filepath.Dir(env.Exe), DefaultFileName)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return Location{Path: p, Source: SourcePortable}
		}
	}
	dir := DataDir(env)
	if !filepath.IsAbs(dir) && !(env.GOOS == "windows" && filepath.VolumeName(dir) != "") {
		return Location{Source: SourceDefault, Err: newErr(KindIO, nil, MsgNoHome)}
	}
	return Location{Path: filepath.Join(dir, DefaultFileName), Source: SourceDefault}
}

// DataDir is the per-OS folder for the program's data.
func DataDir(env Env) string {
	switch env.GOOS {
	case "windows":
		if d := env.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "secretary")
		}
		return filepath.Join(env.Home, "AppData", "Local", "secretary")
	case "darwin":
		return filepath.Join(env.Home, "Library", "Application Support", "secretary")
	}
	if d := env.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "secretary")
	}
	return filepath.Join(env.Home, ".local", "share", "secretary")
}
