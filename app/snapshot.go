package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/store"
)

// Passphrase supplies an encrypted file's passphrase when, and only
// when, the file turns out to be encrypted. nil means there is none to
// give: an encrypted file is then refused with ErrNeedPassphrase.
type Passphrase func() (string, error)

func (p Passphrase) crypt() store.CryptOptions { return store.CryptOptions{Passphrase: p} }

// What a snapshot or a ledger read in its place is, as the front ends
// show it: the file, its manifest, its check.
type (
	SnapshotInfo = store.SnapshotInfo // the file: size, SHA-256, encrypted, manifest, check report
	Manifest     = store.Manifest     // a snapshot's own description: when, from where, counts
	Report       = store.Report       // a check's findings and counts
	Problem      = store.Problem      // one finding, a translatable message
)

// SchemaVersion is the ledger layout this program writes.
const SchemaVersion = store.SchemaVersion

// DefaultSnapshotName is the name a snapshot export gets in a folder:
// secretary-2026-11-20.snapshot, or .snapshot.age when encrypted.
func DefaultSnapshotName(today model.Date, encrypted bool) string {
	return store.DefaultSnapshotName(today, encrypted)
}

// IsEncryptedFile says whether the file is an encrypted snapshot, so a
// front end can ask for the passphrase before reading it.
func IsEncryptedFile(path string) (bool, error) { return store.SniffSnapshot(path) }

// ValidatePassphrase refuses a passphrase no snapshot may be encrypted
// with (an empty one), before it is typed a second time.
func ValidatePassphrase(p string) error {
	if p == "" {
		return model.NewMsgError(store.MsgSnapEmptyPass)
	}
	return nil
}

// SnapshotExportRequest is a handover snapshot to write.
type SnapshotExportRequest struct {
	// Path is the file, or a folder to put DefaultSnapshotName in.
	Path string
	// Encrypt with Passphrase (age, scrypt); an empty one is refused.
	Encrypt    bool
	Passphrase string
	Force      bool // replace an existing file (see CheckOutput)
	// WithEvidence carries the evidence folder's files inside the
	// snapshot (export --with-evidence); without it they stay behind and
	// the result says how many (EvidenceLeft).
	WithEvidence bool
}

// SnapshotExported is what to tell the user after an export: the file,
// its size and SHA-256 (to read out to the receiver), the manifest, the
// evidence files carried (Bundle) or left behind (EvidenceLeft).
type SnapshotExported struct {
	*store.ExportResult
	// EvidenceLeft is how many evidence files a snapshot exported
	// without them leaves behind in the evidence folder.
	EvidenceLeft int
}

// ExportSnapshot writes a handover snapshot of the whole ledger: a
// consistent copy with its manifest, optionally encrypted, appearing
// under its name only whole. The ledger, its backups and an existing
// file without Force are refused (CheckOutput).
func (s *Service) ExportSnapshot(req SnapshotExportRequest) (*SnapshotExported, error) {
	out := req.Path
	if isFolder(out) {
		out = filepath.Join(out, DefaultSnapshotName(s.Today(), req.Encrypt))
	}
	if req.Encrypt {
		if err := ValidatePassphrase(req.Passphrase); err != nil {
			return nil, err
		}
	}
	target, err := CheckOutput(out, req.Force, Guard{Ledger: s.Path()})
	if err != nil {
		return nil, err
	}
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	opts := store.ExportOptions{Encrypt: req.Encrypt, Passphrase: req.Passphrase, WorkFactor: s.opts.SnapshotWorkFactor}
	files, err := s.bundleFiles(st)
	if err != nil {
		return nil, err
	}
	if req.WithEvidence {
		opts.Evidence = files
	}
	left := func(res *store.ExportResult) *SnapshotExported {
		out := &SnapshotExported{ExportResult: res}
		if !req.WithEvidence {
			out.EvidenceLeft = len(files)
		}
		return out
	}
	if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
		res, err := st.Export(target, opts)
		if err != nil {
			return nil, err
		}
		res.Path = absPath(out)
		return left(res), nil
	}
	// Replacing (Force): the store never writes over a file, so the
	// snapshot is made under a fresh name beside the target and renamed
	// over it only once whole.
	tmp, err := fsutil.TempPath(filepath.Dir(target), filepath.Base(target)+".export")
	if err != nil {
		return nil, writeErr(out, err)
	}
	res, err := st.Export(tmp, opts)
	if err != nil {
		return nil, err
	}
	if err := fsutil.RenameDurable(tmp, target); err != nil {
		os.Remove(tmp)
		return nil, writeErr(out, err)
	}
	res.Path = absPath(out)
	return left(res), nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// Incoming is a snapshot (or a backup, or another ledger) copied beside
// the ledger and fully verified, waiting to replace it: show it, ask,
// then ApplyImport, or Discard. The ledger is untouched until then.
type Incoming struct {
	Info     *SnapshotInfo     // the file as given, its manifest and check
	Ledger   *model.Ledger     // what the ledger will hold
	Migrated bool              // an older layout, brought up to date in the copy
	Diff     *model.LedgerDiff // what changes, against the ledger as it is now
	// Current is how much the ledger holds now; when anything, it is
	// backed up before it is replaced.
	Current model.Counts
	// EvidenceFiles are the evidence files the snapshot carries, checked
	// against their SHA-256 and restored into the evidence folder beside
	// the ledger when the import is applied.
	EvidenceFiles int
	EvidenceBytes int64

	im *store.Import
}

// WillBackUp reports that the ledger holds records, so the import backs
// it up first.
func (in *Incoming) WillBackUp() bool { return in.Current.Total() > 0 }

// Discard drops the verified copy; the ledger stays as it is. Safe after
// ApplyImport and more than once.
func (in *Incoming) Discard() {
	if in != nil && in.im != nil {
		in.im.Discard()
	}
}

// ImportOptions steer PrepareImport.
type ImportOptions struct {
	Passphrase Passphrase // for an encrypted snapshot
	Lang       model.Lang // of the diff's labels
}

// PrepareImport copies the snapshot beside the ledger — decrypting it
// first when it is encrypted — and verifies the copy: structure, every
// record, the manifest's counts and digest, the layout version. It
// refuses a file that is not a ledger, is damaged, altered, from a newer
// program, empty, or the ledger itself, each with a message naming the
// file. The diff is against the ledger as it is in the file now.
func (s *Service) PrepareImport(path string, opts ImportOptions) (*Incoming, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	if err := canWrite(st); err != nil {
		return nil, err
	}
	im, err := st.PrepareImport(path, store.ImportOptions{Crypt: opts.Passphrase.crypt()})
	if err != nil {
		return nil, err
	}
	cur, err := st.Load()
	if err != nil {
		im.Discard()
		return nil, err
	}
	in := &Incoming{
		Info: im.Info, Ledger: im.Ledger, Migrated: im.Migrated,
		Diff: im.Diff(cur, opts.Lang), Current: cur.Counts(), im: im,
	}
	_, files := im.Evidence()
	for _, f := range files {
		in.EvidenceFiles++
		in.EvidenceBytes += f.Size
	}
	return in, nil
}

// Imported is what ApplyImport did.
type Imported struct {
	Backup string        // the backup of the replaced ledger; "" when it held nothing
	Ledger *model.Ledger // what the ledger holds now: a screen shows it as it is
	// Evidence is how many evidence files were restored into the
	// evidence folder; EvidenceErr why some could not be (the ledger is
	// replaced all the same, and `check` names what is missing).
	Evidence    int
	EvidenceErr error
}

// ApplyImport backs the ledger up (unless it holds nothing) and puts the
// verified copy in its place with one atomic rename.
//
// The Service carries on with the new file itself: it is re-opened with
// the same options, and every later call reads and writes the imported
// ledger, so a front end keeps its *Service (there is no new one to hand
// round). Calls made while ApplyImport runs wait for it. On failure the
// ledger is unchanged and the Service stays on it; if even re-opening
// failed, every later call returns that error and the program should
// say so and quit.
func (s *Service) ApplyImport(in *Incoming) (Imported, error) {
	if in == nil || in.im == nil {
		return Imported{}, errors.New("app: ApplyImport without PrepareImport")
	}
	backup, err := s.swapImport(in.im)
	if err != nil {
		in.im.DiscardEvidence()
		return Imported{}, err
	}
	out := Imported{Backup: backup, Ledger: in.Ledger}
	out.Evidence, out.EvidenceErr = restoreEvidence(in.im, s.EvidenceDir())
	return out, nil
}

// swapImport applies a prepared import to the file under the Service and
// puts the re-opened store in place, holding every other call off while
// it does.
func (s *Service) swapImport(im *store.Import) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st == nil {
		return "", s.gone
	}
	ns, res, err := im.Apply(s.st)
	s.st = ns
	if ns == nil {
		s.gone = err
		if err == nil {
			s.gone = model.NewMsgError(MsgClosed, s.path)
		}
	}
	if err != nil {
		return "", err
	}
	return res.Backup, nil
}
