package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// Import is a snapshot that has been copied next to the ledger and fully
// verified, waiting to replace it. Nothing about the ledger has changed
// yet: show Info and a diff, ask, then Apply — or Discard.
type Import struct {
	Info     *SnapshotInfo // the file as given: size, SHA-256, manifest, check report
	Ledger   *model.Ledger // the records the ledger will hold after Apply
	Migrated bool          // the snapshot had an older schema and the copy was brought up to date

	tmp    string // the verified copy, beside the ledger
	ledger string // the ledger it is for
	target string // the file the ledger's path leads to (itself, unless it is a symlink)

	// bundleDir holds the evidence files the snapshot carried, checked
	// and waiting to be moved into the evidence folder; "" for none.
	bundleDir string
	bundled   []BundledFile
}

// ApplyResult says what Apply did besides replacing the ledger.
type ApplyResult struct {
	Backup string // the backup of the replaced ledger; "" when it held nothing
}

// PrepareImport copies the snapshot at in beside the ledger — decrypting
// it fully first if it is encrypted, asking opts.Crypt.Passphrase — and
// verifies the copy before anything else happens: bbolt's structure
// check, every record's checksum and references, the manifest's counts
// and digest, and the schema version (an older one is migrated in the
// copy; a newer one is refused). It refuses a file that is not a ledger,
// is empty, truncated, damaged, altered after export, from a newer
// program or holds no records, each with a message naming the file. The
// ledger itself is not touched; Apply checks that it did not change in
// the meantime.
func (s *Store) PrepareImport(in string, opts ImportOptions) (im *Import, err error) {
	if s.readOnly {
		return nil, newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	abs, err := filepath.Abs(in)
	if err != nil {
		return nil, newErr(KindIO, err, MsgSnapReadFailed, in, model.Cause(err))
	}
	if _, err := sniff(abs); err != nil {
		return nil, err
	}
	if a, errA := os.Stat(abs); errA == nil {
		if b, errB := os.Stat(s.path); errB == nil && os.SameFile(a, b) {
			return nil, newErr(KindInUse, nil, MsgSnapSameFile, abs)
		}
	}
	// A ledger path that is a symlink (a ledger kept in a synced folder)
	// stays one: the copy is made beside the file it points at, and that
	// file is replaced.
	target := ledgerTarget(s.path)
	s.removeStaleImports(target)
	removeStaleEvidenceImports(target)

	info := &SnapshotInfo{Path: abs}
	var tmp string
	defer func() {
		if err != nil && tmp != "" {
			os.Remove(tmp)
		}
	}()
	// The layout walk keeps bbolt inside the file; should anything still
	// fault or panic on a damaged snapshot, it is a refusal, not a crash.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			im, err = nil, newErr(KindDamaged, fmt.Errorf("%v", r), MsgSnapCorrupt, abs, model.M(MsgCheckPanicked, fmt.Sprint(r)), 1)
		}
	}()
	create := func() (*os.File, string, error) {
		f, err := createTemp(filepath.Dir(target), importBase(target))
		if err != nil {
			return nil, filepath.Join(filepath.Dir(target), importBase(target)), err
		}
		return f, f.Name(), nil
	}
	cf, err := copyIn(abs, create, opts.Crypt, info, &tmp)
	if err != nil {
		return nil, err
	}
	if err = cf.Close(); err != nil {
		return nil, writeErr(tmp, err)
	}
	if err = verifyCopy(tmp, info, s.opts); err != nil {
		return nil, err
	}
	l, bundleDir, bundled, err := adoptCopy(tmp, target, info, s.opts)
	if err != nil {
		return nil, err
	}
	return &Import{Info: info, Ledger: l, Migrated: info.Meta.Schema < SchemaVersion, tmp: tmp, ledger: s.path, target: target,
		bundleDir: bundleDir, bundled: bundled}, nil
}

// ImportOptions tune PrepareImport.
type ImportOptions struct {
	Crypt CryptOptions
}

// verifyCopy opens the copy read-only and runs every check on it.
func verifyCopy(tmp string, info *SnapshotInfo, opts Options) error {
	opts.ReadOnly, opts.NoBackup = true, true
	cs, err := openSnapshotStore(tmp, info.Path, opts)
	if err != nil {
		return err
	}
	defer cs.Close()
	if err := cs.describe(info); err != nil {
		return err
	}
	rep, err := cs.checkSnapshot(info.Manifest)
	if err != nil {
		return snapErr(err, info.Path)
	}
	info.Report = rep
	if err := refusal(rep, info.Path); err != nil {
		return err
	}
	if rep.Counts.Total() == 0 {
		return newErr(KindEmpty, nil, MsgSnapNoRecords, info.Path)
	}
	return nil
}

// adoptCopy makes the verified copy a ledger of this program: Open
// migrates an older schema; then, in one transaction, the manifest is
// dropped (the file is a ledger now, not a snapshot), the undo and redo
// stacks are cleared (undo must not step back into the previous
// secretary's session) and the journal records the import. It returns the
// copy's records. Evidence files the snapshot carries are checked and
// written to a staging folder beside the ledger first, and the copy is
// compacted without them.
func adoptCopy(tmp, ledger string, info *SnapshotInfo, opts Options) (l *model.Ledger, bundleDir string, bundled []BundledFile, err error) {
	opts.ReadOnly, opts.NoBackup = false, true
	cs, err := openSnapshotStore(tmp, info.Path, opts)
	if err != nil {
		return nil, "", nil, err
	}
	defer cs.Close()
	if bundleDir, bundled, err = extractBundle(cs, ledger, info.Path); err != nil {
		return nil, "", nil, err
	}
	defer func() {
		if err != nil && bundleDir != "" {
			os.RemoveAll(bundleDir)
			bundleDir, bundled = "", nil
		}
	}()
	err = cs.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSnapshot, bucketEvidenceFiles} {
			if tx.Bucket(b) != nil {
				if err := tx.DeleteBucket(b); err != nil {
					return err
				}
			}
		}
		mb := tx.Bucket(bucketMeta)
		for _, k := range [][]byte{keyUndoTop, keyRedoTop} {
			if err := mb.Delete(k); err != nil {
				return err
			}
		}
		entry := model.JournalEntry{UnixMs: opts.Clock.Now().UnixMilli(), Kind: model.JournalDo, Action: model.ActImport,
			Count: info.Report.Counts.Total(), Title: filepath.Base(info.Path)}
		return cs.appendJournal(tx, &entry)
	})
	if err != nil {
		return nil, "", nil, writeErr(tmp, err)
	}
	if l, err = cs.Load(); err != nil {
		return nil, "", nil, snapErr(err, info.Path)
	}
	if err = cs.Close(); err != nil {
		return nil, "", nil, err
	}
	if bundleDir != "" {
		if err = compactWithout(tmp, bucketEvidenceFiles); err != nil {
			return nil, "", nil, writeErr(tmp, err)
		}
	}
	return l, bundleDir, bundled, nil
}

// Diff lists what the import will change in the current ledger.
func (im *Import) Diff(current *model.Ledger, lang model.Lang) *model.LedgerDiff {
	return model.DiffLedgers(current, im.Ledger, lang)
}

// Discard removes the verified copy; the ledger stays as it is. Safe to
// call after Apply and more than once.
func (im *Import) Discard() {
	if im.tmp != "" {
		os.Remove(im.tmp)
		im.tmp = ""
	}
	im.DiscardEvidence()
}

// DiscardEvidence removes the staging folder of the evidence files, once
// they are moved into place (or the import is dropped). Apply leaves
// them for the caller to move into the evidence folder (Evidence).
func (im *Import) DiscardEvidence() {
	if im.bundleDir != "" {
		os.RemoveAll(im.bundleDir)
		im.bundleDir, im.bundled = "", nil
	}
}

// Apply backs the ledger s has open up into backups/ (unless it holds
// nothing), then puts the verified copy in its place with one atomic
// rename and a folder sync, so at every moment the ledger file is either
// the old one or the new one, whole. It refuses (KindChanged) if another
// window changed the ledger since the caller last looked at it (Refresh):
// the preview would not show what is replaced. It returns the store to use from now
// on: the new ledger, opened with s's options. s is closed on success and
// must not be used concurrently while Apply runs. On failure the ledger
// is unchanged and the returned store is s, or nil when the new ledger
// is in place but could not be opened; the error says what happened.
func (im *Import) Apply(s *Store) (*Store, *ApplyResult, error) {
	if im.tmp == "" || s.path != im.ledger {
		return s, nil, errors.New("store: Apply of an import that was discarded, applied, or prepared for another ledger")
	}
	if s.readOnly {
		return s, nil, newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	res := &ApplyResult{}
	// Under the ledger's lock, so no other window's write is lost, and
	// only if the ledger is still the one previewed (see replace.go).
	backup, err := s.Replace(im.tmp)
	if err != nil {
		return s, nil, err
	}
	res.Backup = backup
	path, opts := s.path, s.opts
	s.Close()
	im.tmp = ""
	ns, err := Open(path, opts)
	if err != nil {
		return nil, res, err
	}
	return ns, res, nil
}

// ledgerTarget is the file a ledger path leads to, following symlinks;
// the path itself when it is not a link (or cannot be resolved).
func ledgerTarget(path string) string {
	if t, err := filepath.EvalSymlinks(path); err == nil {
		if abs, err := filepath.Abs(t); err == nil {
			return abs
		}
	}
	return path
}
