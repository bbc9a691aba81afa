// Package fsutil writes files the safe way for every part of the program:
// private modes, temporary files beside the target, fsync, rename, and a
// synced folder, so a power cut leaves either the old file or the new one.
package fsutil

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Files the program writes are private to the user: the ledger describes
// real people, some of it sensitive.
const (
	FileMode = 0o600
	DirMode  = 0o700
)

// TempPath names a temporary file beside base in dir. The name starts with
// a dot and ends in .tmp so it is hidden and obviously disposable.
func TempPath(dir, base string) (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return filepath.Join(dir, "."+base+"."+hex.EncodeToString(b[:])+".tmp"), nil
}

func ChmodFile(path string) error { return os.Chmod(path, FileMode) }

// RenameDurable renames tmp over path and syncs the folder, so after it
// returns the new name survives a power cut.
func RenameDurable(tmp, path string) error {
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(path))
}

// MoveIntoPlace renames a finished file (written and closed in the same
// folder) over path and syncs the folder, so the new name survives a
// power cut: for commands that build a whole ledger aside first.
func MoveIntoPlace(tmp, path string) error { return RenameDurable(tmp, path) }

// SyncDir flushes a folder's entries to disk. Windows cannot open a
// folder for syncing and makes renames durable on its own (NTFS logs
// metadata), so there it does nothing.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// WriteFileAtomic writes a file the safe way: into a temporary file in the
// same folder (mode 0600), synced, renamed over path, folder synced. If
// write or any step fails, the temporary file is removed and whatever was
// at path before is still there, untouched. The folder is created (0700)
// if missing.
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	return WriteFileAtomicChecked(path, write, nil)
}

// WriteFileAtomicChecked is WriteFileAtomic with a check of the written
// file before it takes path's place: check reads the temporary file (closed
// and synced) and an error from it leaves path as it was — for a file that
// is only worth having once read back (the inspection pack).
func WriteFileAtomicChecked(path string, write func(w io.Writer) error, check func(tmp string) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, DirMode); err != nil {
		return err
	}
	sweepTemps(dir, filepath.Base(path))
	tmp, err := TempPath(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, FileMode)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = ChmodFile(tmp); err != nil {
		return err
	}
	if check != nil {
		if err = check(tmp); err != nil {
			return err
		}
	}
	return RenameDurable(tmp, path)
}

// MkdirPrivate makes a folder (and its parents) private to the user, and
// makes an existing one private too: a folder the program keeps files in
// (the evidence folder) is 0700 whoever made it first.
func MkdirPrivate(dir string) error {
	if err := os.MkdirAll(dir, DirMode); err != nil {
		return err
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	return os.Chmod(dir, DirMode)
}

// staleTempAge is how old a temporary file must be before a later write
// of the same file removes it: a write in progress keeps touching its
// file, so one untouched this long was left by a program that was killed.
const staleTempAge = 10 * time.Minute

// sweepTemps removes what earlier writes of base into dir left when they
// were killed part-way (.base.HEX.tmp, TempPath's names), so an export
// written again after a kill does not leave a second copy beside it.
func sweepTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		if h := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".tmp"); len(h) != 12 || strings.Trim(h, "0123456789abcdef") != "" {
			continue
		}
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleTempAge {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
