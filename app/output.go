package app

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/store"
)

// Guard names what a write must never replace, whatever the user says.
type Guard struct {
	// Ledger is the open ledger: neither it (under any name: a link, a
	// hard link, another path to the same file) nor anything inside its
	// backups folder is written.
	Ledger string
	// Inputs are the files the same command reads.
	Inputs []string
}

// CheckOutput is the one check every writer of a user-named file makes
// before it writes (summary, task slip, sheet export, template, print
// fallback, snapshot export, demo). It returns the file to write:
//
//   - a new name: the path itself;
//   - the open ledger, anything inside its backups folder, or one of the
//     Inputs: refused even with force (ErrProtected), the message naming
//     which — compared with os.SameFile, so links and other spellings of
//     the same file are caught;
//   - a folder: refused (ErrIsFolder);
//   - an existing file: refused (ErrExists) unless force;
//   - a symbolic link: refused (ErrExists) unless force; with force the
//     file the link points to is returned, so the writer replaces that
//     file and the link stays a link (a link never silently becomes a
//     plain file).
//
// Writers then write the returned path through a temporary file and a
// rename (fsutil.WriteFileAtomic), so a failed write leaves what was
// there.
func CheckOutput(path string, force bool, g Guard) (string, error) {
	if strings.TrimSpace(path) == "" {
		return "", &FileError{Path: path, Reason: ReasonFolder}
	}
	target := path
	link := false
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fi = nil
	case err != nil:
		return "", writeErr(path, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		link = true
		if target, err = followLink(path); err != nil {
			return "", writeErr(path, err)
		}
		fi, err = os.Stat(target)
		if errors.Is(err, fs.ErrNotExist) {
			fi = nil // a dangling link: its target would be created
		} else if err != nil {
			return "", writeErr(path, err)
		}
	}
	if fi != nil && fi.IsDir() {
		return "", &FileError{Path: path, Reason: ReasonFolder}
	}
	if err := g.check(path, target, fi); err != nil {
		return "", err
	}
	switch {
	case force:
		return target, nil
	case link:
		return "", &FileError{Path: path, Reason: ReasonLink, Other: target}
	case fi != nil:
		return "", &FileError{Path: path, Reason: ReasonExists}
	}
	return target, nil
}

// check refuses a target the guard protects. fi is the target's own
// information, nil when it does not exist yet.
func (g Guard) check(path, target string, fi fs.FileInfo) error {
	if fi != nil {
		if g.Ledger != "" && sameFile(fi, g.Ledger) {
			return &FileError{Path: path, Reason: ReasonLedger, Other: g.Ledger}
		}
		for _, in := range g.Inputs {
			if sameFile(fi, in) {
				return &FileError{Path: path, Reason: ReasonInput}
			}
		}
	}
	if g.Ledger == "" {
		return nil
	}
	// The backups folder sits beside the ledger as it was named; when
	// that name is a link, the real ledger's folder may hold backups of
	// an earlier session too. Neither is written into, at any depth.
	dirs := []string{store.BackupDir(g.Ledger)}
	if real, err := filepath.EvalSymlinks(g.Ledger); err == nil {
		dirs = append(dirs, store.BackupDir(real))
	}
	for _, backups := range dirs {
		in := false
		if bi, err := os.Stat(backups); err == nil {
			in = inside(target, bi)
		} else {
			// Not made yet: then by name, so a file never makes it.
			in = strings.HasPrefix(absPath(target), absPath(backups)+string(filepath.Separator))
		}
		if in {
			return &FileError{Path: path, Reason: ReasonBackups, Other: backups}
		}
	}
	// The evidence folder beside the ledger keeps files that are never
	// changed: nothing the program writes goes in there.
	if evidence := EvidenceDir(g.Ledger); isInside(target, evidence) {
		return &FileError{Path: path, Reason: ReasonEvidence, Other: evidence}
	}
	return nil
}

// isInside reports whether target is anywhere under the folder dir,
// which need not exist yet.
func isInside(target, dir string) bool {
	if di, err := os.Stat(dir); err == nil {
		return inside(target, di)
	}
	return strings.HasPrefix(absPath(target), absPath(dir)+string(filepath.Separator))
}

// sameFile reports whether fi is the file at path (after links).
func sameFile(fi fs.FileInfo, path string) bool {
	other, err := os.Stat(path)
	return err == nil && os.SameFile(fi, other)
}

// inside reports whether path lies anywhere under the folder dir: each of
// its parent folders is compared with dir as a file, so links, "..",
// and case-insensitive names are all seen through.
func inside(path string, dir fs.FileInfo) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil && os.SameFile(fi, dir) {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// maxLinks bounds a chain of links, as the OS does.
const maxLinks = 40

// followLink is the file a chain of links ends at, which may not exist
// yet (a dangling link). Only the last path element is followed: the
// folders on the way are the OS's business.
func followLink(path string) (string, error) {
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		to, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = to
	}
	return "", &fs.PathError{Op: "readlink", Path: path, Err: errors.New("too many links")}
}

// writeFile writes a checked target through a temporary file beside it,
// with an error naming the file as the user named it.
func writeFile(named, target string, write func(io.Writer) error) error {
	if err := fsutil.WriteFileAtomic(target, write); err != nil {
		return writeErr(named, err)
	}
	return nil
}

// writeErr says a file could not be written, and why.
func writeErr(path string, err error) error {
	var u interface{ UserMsg() model.Msg }
	if errors.As(err, &u) {
		return err
	}
	return model.NewMsgError(MsgWriteFailed, path, model.Cause(err)).Wrap(err)
}

// isFolder reports a path that names a folder: an existing one, or one
// written with a trailing separator.
func isFolder(path string) bool {
	if path == "" {
		return false
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// writeBytes writes data as a file's content.
func writeBytes(data []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
}
