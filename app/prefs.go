package app

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"

	"secretary/internal/fsutil"
)

// Prefs are what the program remembers for the user between runs, in
// the user's own config folder (not in the ledger: a ledger is handed
// over to the next secretary, a preference is not): the language chosen
// with L, and the folder files were last exported to.
type Prefs struct {
	Lang         string `json:"lang,omitempty"`          // "zh" or "en"; "" = not chosen
	ExportFolder string `json:"export_folder,omitempty"` // where the last export went
}

// msgPrefsNotSaved says the preferences could not be written; args: the
// file.
const msgPrefsNotSaved = "app.prefs_not_saved"

// prefsFile is where the preferences live, or "" when the machine has no
// config folder (then nothing is remembered).
func (e Env) prefsFile() string {
	if e.ConfigDir == "" {
		return ""
	}
	return filepath.Join(e.ConfigDir, "secretary", "prefs.json")
}

// maxPrefsSize bounds what is read: the file is a few dozen bytes, and a
// file of another program put in its place must not be read whole.
const maxPrefsSize = 64 << 10

// LoadPrefs reads the remembered preferences. A missing, unreadable or
// damaged file is no preference at all: the program starts as if it
// had never run, and the next change writes a good file.
func (e Env) LoadPrefs() Prefs {
	path := e.prefsFile()
	if path == "" {
		return Prefs{}
	}
	f, err := os.Open(path)
	if err != nil {
		return Prefs{}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPrefsSize))
	if err != nil {
		return Prefs{}
	}
	var p Prefs
	if json.Unmarshal(data, &p) != nil {
		return Prefs{}
	}
	if p.Lang != "zh" && p.Lang != "en" {
		p.Lang = ""
	}
	return p
}

// SavePrefs changes the remembered preferences with change, keeping the
// others as the file holds them. Without a config folder it does
// nothing. The file is written the safe way (0600, temporary file,
// rename).
func (e Env) SavePrefs(change func(*Prefs)) error {
	path := e.prefsFile()
	if path == "" {
		return nil
	}
	p := e.LoadPrefs()
	change(&p)
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	err = fsutil.WriteFileAtomic(path, func(w io.Writer) error { _, err := w.Write(append(data, '\n')); return err })
	if err != nil {
		return kindErr(err, msgPrefsNotSaved, path)
	}
	return nil
}

// ExportFolder is where a file the user writes is suggested: the folder
// the last export went to, while it is still there, else DefaultFolder.
func (e Env) ExportFolder() string {
	if f := e.LoadPrefs().ExportFolder; f != "" {
		if info, err := os.Stat(f); err == nil && info.IsDir() {
			return f
		}
	}
	return e.DefaultFolder()
}
