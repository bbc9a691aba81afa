package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"secretary/internal/fsutil"
	"secretary/model"
)

// The evidence folder: files attached as evidence are copied into a
// folder named "evidence" beside the ledger, each under its SHA-256 and
// its original extension (mode 0600, the folder 0700). A file is never
// changed there: the same content attached twice is one file, and a
// different content is a different name. The ledger records each file's
// original name, size and SHA-256, so `check` can tell a file that is
// missing or changed, and the pack and a handover can carry them.

// Message keys of attaching files.
const (
	MsgEvidenceNoFile  = "evidence.no_file"     // args: path
	MsgEvidenceFolder  = "evidence.folder"      // args: path
	MsgEvidenceSpecial = "evidence.special"     // not a regular file (a device, a pipe); args: path
	MsgEvidenceTooBig  = "evidence.too_big"     // args: path, size, limit
	MsgEvidenceRead    = "evidence.read"        // args: path, cause
	MsgEvidenceStore   = "evidence.store"       // args: folder, cause
	MsgEvidenceFull    = "evidence.disk_full"   // the evidence folder's disk filled up; args: folder
	MsgEvidenceInside  = "evidence.inside"      // the file is already in the evidence folder; args: path
	MsgEvidenceEmpty   = "evidence.empty"       // args: path
	MsgEvidenceGrew    = "evidence.grew"        // the file changed while it was copied; args: path
	MsgInEvidence      = "app.file_in_evidence" // a write into the evidence folder; args: path, folder
)

// EvidenceDir is the folder beside the ledger at path that keeps its
// evidence files.
func EvidenceDir(ledger string) string { return filepath.Join(filepath.Dir(ledger), "evidence") }

// EvidenceDir is the open ledger's evidence folder.
func (s *Service) EvidenceDir() string { return EvidenceDir(s.Path()) }

// EvidencePath is where an item's file is kept, or "" for an item
// without one.
func (s *Service) EvidencePath(e *model.Evidence) string {
	if !e.HasFile() {
		return ""
	}
	return filepath.Join(s.EvidenceDir(), e.StoredName())
}

// storedFile is a file copied into the evidence folder.
type storedFile struct {
	SHA256  string
	Size    int64
	Path    string // in the evidence folder
	Created bool   // this call put it there (nothing else can refer to it yet)
}

// checkAttachable refuses what cannot be evidence before anything is
// copied: a missing file, a folder, something that is not a plain file,
// an empty file, one over model.MaxEvidenceFile, or a file already in the
// evidence folder.
func checkAttachable(path, dir string) (fs.FileInfo, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, model.NewMsgError(MsgEvidenceNoFile, path)
	case err != nil:
		return nil, model.NewMsgError(MsgEvidenceRead, path, model.Cause(err)).Wrap(err)
	case fi.IsDir():
		return nil, model.NewMsgError(MsgEvidenceFolder, path)
	case !fi.Mode().IsRegular():
		return nil, model.NewMsgError(MsgEvidenceSpecial, path)
	case fi.Size() == 0:
		return nil, model.NewMsgError(MsgEvidenceEmpty, path)
	case fi.Size() > model.MaxEvidenceFile:
		return nil, model.NewMsgError(MsgEvidenceTooBig, path, model.SizeText(fi.Size()), model.SizeText(model.MaxEvidenceFile))
	}
	if isInside(path, dir) {
		return nil, model.NewMsgError(MsgEvidenceInside, path)
	}
	return fi, nil
}

// storeEvidenceFile copies the file at path into the evidence folder dir
// under its SHA-256, hashing while it copies. The copy is written to a
// temporary file, synced and renamed, so the folder never holds half a
// file. A file already there with the same name is kept when its content
// matches (the same evidence attached again) and replaced when it does
// not (it was damaged: the new copy is the content its name says).
func storeEvidenceFile(path, dir string) (storedFile, error) {
	if _, err := checkAttachable(path, dir); err != nil {
		return storedFile{}, err
	}
	src, err := os.Open(path)
	if err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceRead, path, model.Cause(err)).Wrap(err)
	}
	defer src.Close()
	if err := fsutil.MkdirPrivate(dir); err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	tmp, err := fsutil.TempPath(dir, "attach")
	if err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fsutil.FileMode)
	if err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	keep := false
	defer func() {
		if !keep {
			f.Close()
			os.Remove(tmp)
		}
	}()
	h := sha256.New()
	dst := &writeSide{w: f}
	n, err := io.Copy(io.MultiWriter(dst, h), io.LimitReader(src, model.MaxEvidenceFile+1))
	switch {
	case dst.err != nil:
		// The evidence folder could not take the copy (a full disk, most
		// often): say so, not that the user's file cannot be read.
		if fsutil.IsDiskFull(dst.err) {
			return storedFile{}, model.NewMsgError(MsgEvidenceFull, dir).Wrap(dst.err)
		}
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(dst.err)).Wrap(dst.err)
	case err != nil:
		return storedFile{}, model.NewMsgError(MsgEvidenceRead, path, model.Cause(err)).Wrap(err)
	}
	if n > model.MaxEvidenceFile {
		return storedFile{}, model.NewMsgError(MsgEvidenceGrew, path)
	}
	if err := f.Sync(); err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	if err := f.Close(); err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	out := storedFile{SHA256: sum, Size: n, Path: filepath.Join(dir, sum+model.FileExt(path))}
	if hashFile(out.Path) == sum {
		return out, nil // already kept: the same content attached again
	}
	_, statErr := os.Lstat(out.Path)
	out.Created = errors.Is(statErr, fs.ErrNotExist)
	if err := fsutil.RenameDurable(tmp, out.Path); err != nil {
		return storedFile{}, model.NewMsgError(MsgEvidenceStore, dir, model.Cause(err)).Wrap(err)
	}
	keep = true
	return out, nil
}

// hashFile is the SHA-256 of the file's content, or "" when it cannot be
// read.
func hashFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// FileCheck is what `check` and the evidence view learn from the evidence
// folder: each recorded file's state, and the files nothing refers to.
type FileCheck struct {
	Dir   string
	State model.FileStates // by SHA-256
	// Missing and Changed are the items whose file is not there, or
	// whose content no longer matches its SHA-256.
	Missing, Changed []*model.Evidence
	// Unreferenced are files in the folder no item names: left behind
	// by a deleted item (kept so undo can bring it back) or put there by
	// hand.
	Unreferenced []string
	Files        int   // files the ledger refers to
	Bytes        int64 // their size together
}

// OK reports a folder that holds every recorded file unchanged.
func (c *FileCheck) OK() bool { return len(c.Missing) == 0 && len(c.Changed) == 0 }

// CheckEvidenceFiles reads every file the ledger's evidence names from
// the evidence folder beside the ledger and compares it with its
// SHA-256. full hashes every file; without it a file whose size matches
// is taken as unchanged (quick enough for every screen refresh).
func CheckEvidenceFiles(ledger string, l *model.Ledger, full bool) *FileCheck {
	dir := EvidenceDir(ledger)
	c := &FileCheck{Dir: dir, State: model.FileStates{}}
	named := map[string]bool{}
	for i := range l.Evidence {
		e := &l.Evidence[i]
		if !e.HasFile() {
			continue
		}
		name := e.StoredName()
		named[name] = true
		st, seen := c.State[e.SHA256]
		if !seen {
			st = fileState(filepath.Join(dir, name), e, full)
			c.State[e.SHA256] = st
			if st != model.FileMissing {
				c.Files++
				c.Bytes += e.Size
			}
		}
		switch st {
		case model.FileMissing:
			c.Missing = append(c.Missing, e)
		case model.FileChanged:
			c.Changed = append(c.Changed, e)
		}
	}
	entries, err := os.ReadDir(dir)
	if err == nil {
		for _, de := range entries {
			if !named[de.Name()] && !strings.HasSuffix(de.Name(), ".tmp") {
				c.Unreferenced = append(c.Unreferenced, de.Name())
			}
		}
	}
	sort.Strings(c.Unreferenced)
	return c
}

// fileState is one file's state.
func fileState(path string, e *model.Evidence, full bool) model.FileState {
	fi, err := os.Stat(path)
	switch {
	case err != nil || fi.IsDir():
		return model.FileMissing
	case fi.Size() != e.Size:
		return model.FileChanged
	case !full:
		return model.FileOK
	}
	if hashFile(path) != e.SHA256 {
		return model.FileChanged
	}
	return model.FileOK
}

// writeSide is the writing end of a copy, remembering its error: io.Copy
// returns a read error and a write error alike.
type writeSide struct {
	w   io.Writer
	err error
}

func (s *writeSide) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}
