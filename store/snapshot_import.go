package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
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
// ledger itself is not touched; the caller keeps it open (and so locked
// against other windows) from before PrepareImport until Apply.
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
	s.removeStaleImports()

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
	if err = copyIn(abs, filepath.Dir(s.path), importBase(s.path), opts.Crypt, info, &tmp); err != nil {
		return nil, err
	}
	if err = verifyCopy(tmp, info, s.opts); err != nil {
		return nil, err
	}
	l, err := adoptCopy(tmp, info, s.opts)
	if err != nil {
		return nil, err
	}
	return &Import{Info: info, Ledger: l, Migrated: info.Meta.Schema < SchemaVersion, tmp: tmp, ledger: s.path}, nil
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
// copy's records.
func adoptCopy(tmp string, info *SnapshotInfo, opts Options) (*model.Ledger, error) {
	opts.ReadOnly, opts.NoBackup = false, true
	cs, err := openSnapshotStore(tmp, info.Path, opts)
	if err != nil {
		return nil, err
	}
	defer cs.Close()
	err = cs.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSnapshot) != nil {
			if err := tx.DeleteBucket(bucketSnapshot); err != nil {
				return err
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
		return nil, writeErr(tmp, err)
	}
	l, err := cs.Load()
	if err != nil {
		return nil, snapErr(err, info.Path)
	}
	return l, cs.Close()
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
}

// Apply backs the ledger s has open up into backups/ (unless it holds
// nothing), then puts the verified copy in its place with one atomic
// rename and a folder sync, so at every moment the ledger file is either
// the old one or the new one, whole. It returns the store to use from now
// on: the new ledger, opened with s's options. s is closed on success and
// must not be used concurrently while Apply runs. On failure the ledger
// is unchanged and the returned store is s (on Windows, s reopened), or
// nil when even reopening failed; the error says what happened.
func (im *Import) Apply(s *Store) (*Store, *ApplyResult, error) {
	if im.tmp == "" || s.path != im.ledger {
		return s, nil, errors.New("store: Apply of an import that was discarded, applied, or prepared for another ledger")
	}
	if s.readOnly {
		return s, nil, newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	res := &ApplyResult{}
	s.mu.Lock()
	empty, err := s.isEmpty()
	if err == nil && !empty {
		res.Backup, err = s.backupLocked()
	}
	s.mu.Unlock()
	if err != nil {
		return s, nil, err
	}
	path, opts := s.path, s.opts
	if runtime.GOOS == "windows" {
		// Windows cannot rename over a file that is open (bbolt maps it),
		// so the ledger is closed first and reopened if the rename fails.
		s.Close()
		if err := os.Rename(im.tmp, path); err != nil {
			old, _ := Open(path, opts)
			return old, nil, newErr(KindIO, err, MsgSnapApplyFailed, path, err.Error())
		}
	} else {
		// Elsewhere the rename happens while s still holds the old file's
		// lock, so no other window can take that lock and start writing
		// into a file that is about to be replaced.
		if err := os.Rename(im.tmp, path); err != nil {
			return s, nil, newErr(KindIO, err, MsgSnapApplyFailed, path, err.Error())
		}
		s.Close()
	}
	im.tmp = ""
	// The rename is done; a failed folder sync only means it might not
	// survive a power cut, and there is nothing better to do than go on.
	_ = fsutil.SyncDir(filepath.Dir(path))
	ns, err := Open(path, opts)
	if err != nil {
		return nil, res, err
	}
	return ns, res, nil
}

// importBase names an import's temporary copy: .secretary.db.import.<random>.tmp.
func importBase(ledger string) string { return filepath.Base(ledger) + ".import" }

// removeStaleImports deletes copies left by an import that was killed
// part-way. Only an import holding this ledger open makes them, and s
// holds it now, so none of them is in use.
func (s *Store) removeStaleImports() {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(s.path), "."+importBase(s.path)+".*.tmp"))
	for _, m := range matches {
		os.Remove(m)
	}
}
