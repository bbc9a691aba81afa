package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
	"secretary/model"
)

// ExportOptions choose how a snapshot is written.
type ExportOptions struct {
	// Passphrase, when set, encrypts the snapshot (age, scrypt). The
	// caller asks for it twice and compares; an empty one is not allowed
	// when Encrypt is set.
	Encrypt    bool
	Passphrase string
	// WorkFactor is the scrypt cost (log2); 0 means DefaultWorkFactor.
	WorkFactor int
}

// ExportResult is what to tell the user after an export: the file, its
// size and SHA-256 (to compare by phone with the receiver), and the
// manifest with the counts.
type ExportResult struct {
	Path      string
	Size      int64
	SHA256    string
	Encrypted bool
	Manifest  *Manifest
}

// DefaultSnapshotName is the file name an export gets when it is given a
// folder: secretary-2026-11-20.snapshot, or .snapshot.age when encrypted
// (the suffix tells age's own tool what the file is).
func DefaultSnapshotName(today model.Date, encrypted bool) string {
	name := "secretary-" + today.String() + ".snapshot"
	if encrypted {
		name += ".age"
	}
	return name
}

// Export writes a handover snapshot of the whole ledger to out: a
// consistent copy taken in one read transaction (the ledger itself is
// never written), with its manifest, optionally encrypted. The file
// appears under out only whole and synced: it is written to a temporary
// file beside out, flushed, renamed and the folder flushed. On any
// failure (disk full, stick pulled, no permission) nothing is left under
// out and the error says what happened. An existing out is never
// replaced; a folder gets DefaultSnapshotName inside it.
func (s *Store) Export(out string, opts ExportOptions) (*ExportResult, error) {
	if opts.Encrypt && opts.Passphrase == "" {
		return nil, newErr(KindNeedPassphrase, nil, MsgSnapEmptyPass)
	}
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, writeErr(out, err)
	}
	if info, err := os.Stat(out); err == nil && info.IsDir() {
		out = filepath.Join(out, DefaultSnapshotName(s.Today(), opts.Encrypt))
	}
	if _, err := os.Lstat(out); err == nil {
		return nil, newErr(KindExists, nil, MsgSnapExists, out)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, writeErr(out, err)
	}
	dir := filepath.Dir(out)
	if err := os.MkdirAll(dir, fsutil.DirMode); err != nil {
		return nil, writeErr(out, err)
	}
	res := &ExportResult{Path: out, Encrypted: opts.Encrypt}
	if opts.Encrypt {
		err = s.exportEncrypted(out, opts, res)
	} else {
		err = s.exportPlain(out, res)
	}
	if err != nil {
		return nil, writeErr(out, err)
	}
	return res, nil
}

// exportPlain writes the copy beside out with its manifest, syncs, hashes
// and puts it in place. Where the file system allows (Linux), the copy has
// no name until it is complete: an export killed part-way leaves nothing
// beside out. Elsewhere it is a named temporary file, removed on failure
// and by RemoveStaleTemps after a crash.
func (s *Store) exportPlain(out string, res *ExportResult) (err error) {
	dir := filepath.Dir(out)
	if f, fdPath, herr := hiddenFile(dir); herr == nil {
		defer f.Close()
		m, err := s.fillWithManifest(f, fdPath)
		if err != nil {
			return err
		}
		if res.SHA256, res.Size, err = syncAndHash(fdPath); err != nil {
			return err
		}
		if err := publishDurable(f, out); err != nil {
			return err
		}
		res.Manifest = m
		return nil
	}
	tmp, m, err := s.copyWithManifest(dir, filepath.Base(out))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if res.SHA256, res.Size, err = syncAndHash(tmp); err != nil {
		return err
	}
	if err = fsutil.RenameDurable(tmp, out); err != nil {
		return err
	}
	res.Manifest = m
	return nil
}

// publishDurable names a hidden file dst and flushes the folder. A dst
// that appeared meanwhile is never replaced.
func publishDurable(f *os.File, dst string) error {
	if err := publish(f, dst); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return newErr(KindExists, nil, MsgSnapExists, dst)
		}
		return err
	}
	return fsutil.SyncDir(filepath.Dir(dst))
}

// exportEncrypted makes the plain copy in a private scratch place (the
// ledger's own folder, which already holds the ledger and its backups in
// the clear, or else a private temporary folder), then streams it through
// age into a file beside out, hashing the ciphertext as it is written.
// The plain copy never goes near out, which is usually a USB stick. Where
// the file system allows (Linux), neither file has a name until the
// snapshot is complete, so an export killed part-way leaves no plain copy
// beside the ledger and no partial file beside out.
func (s *Store) exportEncrypted(out string, opts ExportOptions, res *ExportResult) (err error) {
	var plainPath string
	var m *Manifest
	if pf, fdPath, herr := hiddenFile(filepath.Dir(s.path)); herr == nil {
		defer pf.Close()
		if m, err = s.fillWithManifest(pf, fdPath); err != nil {
			return err
		}
		plainPath = fdPath
	} else {
		scratch := filepath.Dir(s.path)
		plain, mm, err := s.copyWithManifest(scratch, filepath.Base(s.path)+".export")
		if err != nil {
			private, derr := os.MkdirTemp("", "secretary-export-")
			if derr != nil {
				return err
			}
			defer os.RemoveAll(private)
			if plain, mm, err = s.copyWithManifest(private, "snapshot"); err != nil {
				return err
			}
		}
		defer os.Remove(plain)
		plainPath, m = plain, mm
	}

	src, err := os.Open(plainPath)
	if err != nil {
		return err
	}
	defer src.Close()
	f, hidden, herr := hiddenFileOr(filepath.Dir(out), filepath.Base(out))
	if herr != nil {
		return herr
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			if !hidden {
				os.Remove(tmp)
			}
		}
	}()
	hw := newHashingWriter(f)
	enc, err := encryptTo(hw, opts.Passphrase, opts.WorkFactor)
	if err != nil {
		return err
	}
	if _, err = io.Copy(enc, src); err != nil {
		return err
	}
	if err = enc.Close(); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if hidden {
		if err = publishDurable(f, out); err != nil {
			return err
		}
		if err = f.Close(); err != nil {
			return err
		}
	} else {
		if err = f.Close(); err != nil {
			return err
		}
		if err = fsutil.RenameDurable(tmp, out); err != nil {
			return err
		}
	}
	res.SHA256, res.Size, res.Manifest = hw.sum(), hw.n, m
	return nil
}

// hiddenFileOr is a hidden file in dir where possible, else a named
// temporary file like base; hidden says which.
func hiddenFileOr(dir, base string) (f *os.File, hidden bool, err error) {
	if f, _, err := hiddenFile(dir); err == nil {
		return f, true, nil
	}
	f, err = createTemp(dir, base)
	return f, false, err
}

// copyWithManifest writes a consistent copy of the ledger into a new
// temporary file in dir and adds the manifest to the copy. The caller
// owns (and removes) the returned file.
func (s *Store) copyWithManifest(dir, base string) (_ string, m *Manifest, err error) {
	f, err := createTemp(dir, base)
	if err != nil {
		return "", nil, err
	}
	path := f.Name()
	defer func() {
		f.Close()
		if err != nil {
			os.Remove(path)
		}
	}()
	if m, err = s.fillWithManifest(f, path); err != nil {
		return "", nil, err
	}
	return path, m, nil
}

// fillWithManifest writes a consistent copy of the ledger into the empty
// file f, which can be opened again at path, and adds the manifest to the
// copy. The manifest's counts and digest are taken in the same read
// transaction as the copy, so they describe exactly the records copied;
// the ledger itself is only read.
func (s *Store) fillWithManifest(f *os.File, path string) (m *Manifest, err error) {
	if m, err = s.copyTo(f); err != nil {
		return nil, err
	}
	// The copy is private to this call, so it is written with bbolt
	// directly and without its own fsyncs: the caller syncs the finished
	// file once.
	db, err := bolt.Open(path, fsutil.FileMode, &bolt.Options{NoSync: true, Timeout: time.Second})
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error { return writeManifest(tx, s.codec, m) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// copyTo writes the consistent copy into f and returns the manifest that
// describes it. The copy and the digest each read the whole ledger, so
// they run side by side, on two read transactions that are checked to see
// the same committed state (the same transaction id): a user's ledger
// export then costs about as much as copying the file.
func (s *Store) copyTo(f *os.File) (*Manifest, error) {
	release, err := s.db.hold(false) // both transactions on one handle
	if err != nil {
		return nil, err
	}
	defer release()
	copyTx, sumTx, err := s.twinReadTxs()
	if err != nil {
		return nil, err
	}
	defer copyTx.Rollback()
	defer sumTx.Rollback()

	var m *Manifest
	var sumErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		m, sumErr = s.manifestOf(sumTx)
	}()
	_, err = copyTx.WriteTo(f)
	<-done
	if err != nil {
		return nil, err
	}
	return m, sumErr
}

// twinReadTxs begins two read transactions on the same committed state.
// A write can commit between the two Begins; then both are dropped and
// taken again.
func (s *Store) twinReadTxs() (*bolt.Tx, *bolt.Tx, error) {
	for {
		a, err := s.db.Begin(false)
		if err != nil {
			return nil, nil, err
		}
		b, err := s.db.Begin(false)
		if err != nil {
			a.Rollback()
			return nil, nil, err
		}
		if a.ID() == b.ID() {
			return a, b, nil
		}
		a.Rollback()
		b.Rollback()
	}
}

// manifestOf describes the ledger as tx sees it.
func (s *Store) manifestOf(tx *bolt.Tx) (m *Manifest, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newErr(KindDamaged, fmt.Errorf("%v", r), MsgDamaged, s.path, fmt.Sprint(r))
		}
	}()
	meta, err := readMetaTx(tx, s.path)
	if err != nil {
		return nil, err
	}
	var set model.Settings
	if err := s.loadSettings(tx, &set); err != nil {
		return nil, err
	}
	digest, err := contentDigest(tx)
	if err != nil {
		return nil, err
	}
	return &Manifest{
		Format: ManifestFormat, Created: s.opts.Clock.Now(), Version: s.opts.Version, Source: s.path,
		Schema: meta.Schema, Counts: countKeys(tx), Digest: digest,
		GroupName: set.GroupName, School: set.School, Secretary: set.Secretary,
	}, nil
}
