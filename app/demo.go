package app

import (
	"errors"
	"os"
	"path/filepath"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
)

// DemoRequest is a sample ledger to write.
type DemoRequest struct {
	Path  string // the ledger file to write
	Size  int    // about how many records; 0 is the small sample
	Force bool   // replace an existing ledger, after backing it up
}

// DemoWritten is a sample ledger written.
type DemoWritten struct {
	Path   string       // as named
	Backup string       // the backup of the ledger it replaced, if any
	Counts model.Counts // what the sample holds
}

// WriteDemo builds the sample ledger (dated around the clock's today) in
// a temporary file beside the target and renames it into place. An
// existing file is replaced only with Force (ErrExists otherwise), and
// only after it has been backed up; opening it for the backup takes its
// lock, so a window that has it open stops the replacement. A link is
// kept: the file it points to is replaced (CheckOutput).
func WriteDemo(req DemoRequest, opts Options) (DemoWritten, error) {
	opts = opts.withDefaults()
	target, err := CheckOutput(req.Path, req.Force, Guard{})
	var fe *FileError
	if errors.As(err, &fe) && fe.Reason == ReasonExists {
		return DemoWritten{}, kindErr(ErrExists, MsgDemoExists, req.Path)
	}
	if err != nil {
		return DemoWritten{}, err
	}
	out := DemoWritten{Path: req.Path}
	var cur *store.Store // the ledger --force replaces
	if _, err := os.Stat(target); err == nil {
		// Opened by the name the user gave, so the backup lands where
		// that ledger's backups always do.
		if cur, err = store.Open(req.Path, opts.storeOptions()); err != nil {
			return DemoWritten{}, err
		}
		defer cur.Close()
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, fsutil.DirMode); err != nil {
		return DemoWritten{}, model.NewMsgError(store.MsgNoFolder, dir, err.Error())
	}
	tmp := filepath.Join(dir, ".demo-"+filepath.Base(target)+".tmp")
	os.Remove(tmp)
	defer os.Remove(tmp)
	so := opts.storeOptions()
	so.NoBackup, so.ReadOnly = true, false
	// A written ledger takes about 300 bytes a record; the hint leaves
	// room for twice that (see store.Options.SizeHint).
	so.SizeHint = int64(max(req.Size, demo.BaseSize))*600 + 1<<20
	s, err := store.Open(tmp, so)
	if err != nil {
		return DemoWritten{}, err
	}
	l := demo.Build(model.Today(opts.Clock), req.Size)
	if err := s.Fill(l); err != nil {
		s.Close()
		return DemoWritten{}, err
	}
	if err := s.Close(); err != nil {
		return DemoWritten{}, err
	}
	if cur != nil {
		// Backed up and replaced under the ledger's lock: a save a window
		// open on it makes meanwhile is in the backup, or refused.
		if out.Backup, err = cur.Replace(tmp); err != nil {
			return DemoWritten{}, err
		}
	} else if err := fsutil.MoveIntoPlace(tmp, target); err != nil {
		return DemoWritten{}, model.NewMsgError(store.MsgIO, req.Path, err.Error())
	}
	if err := writeDemoEvidence(EvidenceDir(target)); err != nil {
		return DemoWritten{}, model.NewMsgError(MsgEvidenceStore, EvidenceDir(target), err.Error()).Wrap(err)
	}
	out.Counts = l.Counts()
	return out, nil
}

// writeDemoEvidence puts the sample's evidence files into the evidence
// folder beside the sample ledger, each under its SHA-256 as attaching
// would. A file already there under its name holds the same bytes.
func writeDemoEvidence(dir string) error {
	if err := fsutil.MkdirPrivate(dir); err != nil {
		return err
	}
	for _, f := range demo.EvidenceFiles() {
		path := filepath.Join(dir, f.SHA256()+model.FileExt(f.Name))
		if hashFile(path) == f.SHA256() {
			continue
		}
		if err := fsutil.WriteFileAtomic(path, writeBytes(f.Data)); err != nil {
			return err
		}
	}
	return nil
}

// DemoFileName is the sample ledger the welcome page opens: a file of its
// own, so trying the sample never touches the real ledger, and its name
// (in the title bar) says what it is. It lives in DemoFolder beside the
// ledger, because a ledger's evidence files live in the folder beside it
// (EvidenceDir): the sample's would otherwise land among the real
// ledger's, as files no record of it refers to.
const (
	DemoFileName = "secretary-demo.db"
	DemoFolder   = "secretary-demo"
)

// DemoPath is where OpenDemo writes the sample for the ledger at path.
func DemoPath(ledger string) string {
	return filepath.Join(filepath.Dir(ledger), DemoFolder, DemoFileName)
}

// OpenDemo writes the sample school year into DemoPath (replacing an
// earlier sample, after backing it up) and opens it with the Service's
// options. The Service's own ledger and its folder are not touched; the
// caller closes the one it stops using.
func (s *Service) OpenDemo() (*Service, error) {
	path := DemoPath(s.path)
	if path == s.path {
		return nil, kindErr(ErrProtected, MsgIsLedger, path, s.path)
	}
	opts := s.opts
	opts.ReadOnly = false
	if _, err := WriteDemo(DemoRequest{Path: path, Force: true}, opts); err != nil {
		return nil, err
	}
	return Open(path, opts)
}
