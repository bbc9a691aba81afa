package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
	"secretary/model"
)

// ReadOptions are how snapshots (and ledgers given in their place) are
// opened for check, diff and import.
type ReadOptions struct {
	Store Options      // clock and version for opening the file
	Crypt CryptOptions // the passphrase, asked only for an encrypted file
	// TempDir is where an encrypted file is decrypted to while it is read;
	// "" means a new private folder under the system's temporary folder.
	// The decrypted copy is always removed afterwards.
	TempDir string
	// Own says the file is the user's own ledger (or one of its backups),
	// not a file received from someone: damage is then reported with the
	// advice to restore a backup rather than to ask for the file again.
	// A file with a backups folder of its own beside it counts as own
	// without being told.
	Own bool
}

// SnapshotInfo describes a file read as a snapshot: a handover snapshot
// (with a manifest) or a plain ledger, either possibly encrypted.
type SnapshotInfo struct {
	Path      string    // the file as the user named it
	Size      int64     // its size in bytes
	SHA256    string    // of the file's bytes, as sha256sum prints it
	Encrypted bool      // an age file
	Manifest  *Manifest // nil for a ledger file that is not a snapshot
	Meta      Meta      // the ledger's own meta data
	Report    *Report   // the full check, when one was run
}

// CheckSnapshot runs the full check on a ledger or snapshot file, plain
// or encrypted: bbolt's structure check, every record's checksum and
// references, and, for a snapshot, the counts and digest of its manifest.
// Problems are in the info's Report; an error means the file could not be
// read at all (not a ledger, truncated, wrong passphrase, newer, …), with
// a message naming the file. The file is never written.
func CheckSnapshot(path string, opts ReadOptions) (*SnapshotInfo, error) {
	info := &SnapshotInfo{}
	err := withSnapshot(path, opts, info, func(s *Store) error {
		rep, err := s.checkSnapshot(info.Manifest)
		info.Report = rep
		return err
	})
	if err != nil {
		return nil, err
	}
	return info, nil
}

// LoadSnapshot reads every record of a ledger or snapshot file, plain or
// encrypted (for `secretary diff`). Every value's checksum is verified as
// it is read.
func LoadSnapshot(path string, opts ReadOptions) (*model.Ledger, *SnapshotInfo, error) {
	info := &SnapshotInfo{}
	var l *model.Ledger
	err := withSnapshot(path, opts, info, func(s *Store) error {
		var err error
		l, err = s.Load()
		if err != nil {
			return snapErr(err, path)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return l, info, nil
}

// withSnapshot opens the file read-only — decrypting an encrypted one
// into a private temporary file first — reads its manifest and calls fn.
func withSnapshot(path string, opts ReadOptions, info *SnapshotInfo, fn func(*Store) error) (err error) {
	defer func() {
		if err != nil && (opts.Own || hasOwnBackups(path)) {
			err = ownFileErr(err)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = newErr(KindDamaged, fmt.Errorf("%v", r), MsgSnapCorrupt, path, model.M(MsgCheckPanicked, fmt.Sprint(r)), 1)
		}
	}()
	abs, err := filepath.Abs(path)
	if err != nil {
		return newErr(KindIO, err, MsgSnapReadFailed, path, err.Error())
	}
	info.Path = abs
	encrypted, err := sniff(abs)
	if err != nil {
		return err
	}
	file := abs
	if encrypted {
		// The decrypted ledger is a file with no name where the system
		// allows it (see hiddenFile): a check killed part-way leaves no
		// plain copy anywhere. Elsewhere it is a named file in a new
		// private (0700) folder, removed afterwards.
		create := func() (*os.File, string, error) {
			if f, path, err := hiddenFile(readDir(opts.TempDir)); err == nil {
				return f, path, nil
			}
			dir, err := os.MkdirTemp(opts.TempDir, "secretary-read-")
			if err != nil {
				return nil, "", err
			}
			f, err := createTemp(dir, "snapshot")
			if err != nil {
				os.RemoveAll(dir)
				return nil, "", err
			}
			return f, f.Name(), nil
		}
		var copyFile *os.File
		defer func() {
			if copyFile != nil {
				copyFile.Close()
				if !strings.HasPrefix(file, "/proc/self/fd/") {
					os.RemoveAll(filepath.Dir(file))
				}
			}
		}()
		if copyFile, err = copyIn(abs, create, opts.Crypt, info, &file); err != nil {
			return err
		}
	} else {
		if info.SHA256, info.Size, err = hashFile(abs); err != nil {
			return newErr(KindIO, err, MsgSnapReadFailed, abs, err.Error())
		}
		if err := checkPadding(abs, info.Size); err != nil {
			return err
		}
	}
	o := opts.Store
	o.ReadOnly = true
	s, err := openSnapshotStore(file, abs, o)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.describe(info); err != nil {
		return err
	}
	return fn(s)
}

// SniffSnapshot says whether the file is an encrypted snapshot, so a UI
// can ask for the passphrase before reading it. A missing, empty or
// unreadable file is an error naming it.
func SniffSnapshot(path string) (encrypted bool, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false, newErr(KindIO, err, MsgSnapReadFailed, path, err.Error())
	}
	return sniff(abs)
}

// sniff checks the file exists, is not empty, and says whether it is
// encrypted.
func sniff(path string) (encrypted bool, err error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, newErr(KindIO, err, MsgSnapNoFile, path)
	case err != nil:
		return false, newErr(KindIO, err, MsgSnapReadFailed, path, err.Error())
	case st.IsDir():
		return false, newErr(KindNotLedger, nil, MsgSnapNotLedger, path)
	case st.Size() == 0:
		return false, newErr(KindNotLedger, nil, MsgSnapEmptyFile, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return false, newErr(KindIO, err, MsgSnapReadFailed, path, err.Error())
	}
	defer f.Close()
	head := make([]byte, 64)
	n, _ := io.ReadFull(f, head)
	return IsEncrypted(head[:n]), nil
}

// readDir is where an encrypted snapshot is decrypted for reading: the
// folder the caller names (the CLI names the ledger's own), else the
// system's temporary folder — as an unnamed file only (see withSnapshot).
func readDir(dir string) string {
	if dir == "" {
		return os.TempDir()
	}
	return dir
}

// copyIn copies the file at src into a new file made by create,
// decrypting it if it is encrypted, hashing the source bytes as they are
// read. *dst is set to the path the copy can be opened by, as soon as it
// exists; the returned file is open (the caller closes it, and removes a
// named one whatever happens).
//
// The start of the (decrypted) bytes must be a bbolt meta page, checked
// before anything is written: a file that is not a ledger is refused
// without being copied. Only the pages up to the file's high-water mark
// are copied: a ledger never holds data past it, so the copy is never
// larger than the data needs; and a file padded far past it (a 1 GB
// snapshot of a 40 KB ledger) is refused, since this program never
// writes one.
func copyIn(src string, create func() (*os.File, string, error), opts CryptOptions, info *SnapshotInfo, dst *string) (_ *os.File, err error) {
	in, err := os.Open(src)
	if err != nil {
		return nil, newErr(KindIO, err, MsgSnapReadFailed, src, err.Error())
	}
	defer in.Close()
	hr := newHashingReader(in)
	head := make([]byte, 64)
	n, _ := io.ReadFull(hr, head)
	info.Encrypted = IsEncrypted(head[:n])
	r := io.MultiReader(bytes.NewReader(head[:n]), hr)
	if info.Encrypted {
		if r, err = decryptFrom(r, src, opts); err != nil {
			return nil, err
		}
	}
	first := make([]byte, 2*maxPageSize)
	nf, err := io.ReadFull(r, first)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, sourceErr(err, src)
	}
	first = first[:nf]
	extent, ok := ledgerExtent(first)
	if !ok {
		return nil, newErr(KindNotLedger, nil, MsgSnapNotLedger, src)
	}
	f, path, err := create()
	if err != nil {
		return nil, writeErr(path, err)
	}
	*dst = path
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	if _, err := f.Write(first[:min(int64(nf), extent)]); err != nil {
		return nil, copyErr(err, src, path)
	}
	total := int64(nf)
	if rest := extent - int64(nf); rest > 0 {
		n, err := io.CopyN(f, r, rest)
		total += n
		if err != nil && err != io.EOF {
			return nil, copyErr(err, src, path)
		}
	}
	// Read (and, encrypted, authenticate) whatever lies past the data;
	// the sum is of the whole file.
	tail, err := io.Copy(io.Discard, r)
	if err != nil {
		return nil, sourceErr(err, src)
	}
	if _, err := io.Copy(io.Discard, hr); err != nil {
		return nil, newErr(KindIO, err, MsgSnapReadFailed, src, err.Error())
	}
	total += tail
	if total > paddingLimit(extent) {
		return nil, newErr(KindTampered, nil, MsgSnapPadded, src, total>>20, (extent+(1<<20)-1)>>20)
	}
	// No fsync here: the copy is either thrown away after reading, or
	// (import) committed to by bbolt in adoptCopy, whose fdatasync flushes
	// every byte of the file before it can replace the ledger.
	info.SHA256, info.Size = hr.sum(), hr.n
	return f, nil
}

// MsgSnapPadded: a file far larger than its data. Args: path, size in
// MB, the data's size in MB.
const MsgSnapPadded = "snapshot.padded"

// paddingLimit is the largest file a ledger whose data ends at extent can
// be: bbolt grows its file ahead of the data, to the size it maps (which
// doubles) or by its allocation step of 16 MB, whichever is larger; a
// margin on top. An exported snapshot is exactly its data.
func paddingLimit(extent int64) int64 { return max(2*extent, extent+16<<20) + 1<<20 }

// ledgerExtent reads the two meta pages at the start of a file and
// returns where its data ends (the high-water page times the page size),
// or false when neither is a bbolt meta page.
func ledgerExtent(head []byte) (int64, bool) {
	m0, err0 := metaFromBytes(head)
	off := PageSize
	if err0 == nil {
		off = int(m0.pageSize)
	}
	var m1 boltMeta
	err1 := errBadMeta
	if off < len(head) {
		m1, err1 = metaFromBytes(head[off:])
	}
	switch {
	case err0 == nil && err1 == nil:
		if m1.txid > m0.txid {
			m0 = m1
		}
	case err1 == nil:
		m0 = m1
	case err0 != nil:
		return 0, false
	}
	return int64(m0.pgid) * int64(m0.pageSize), true
}

// sourceErr is a failure to read the source: a damaged encrypted stream
// keeps its own message.
func sourceErr(err error, src string) error {
	var se *Error
	if errors.As(err, &se) {
		return err
	}
	return newErr(KindIO, err, MsgSnapReadFailed, src, err.Error())
}

// copyErr is a failure while copying: reading the source, or writing the
// copy (a full disk says so).
func copyErr(err error, src, dst string) error {
	var se *Error
	if errors.As(err, &se) {
		return err
	}
	if fsutil.IsDiskFull(err) {
		return newErr(KindIO, err, MsgSnapDiskFull, filepath.Dir(dst))
	}
	return newErr(KindIO, err, MsgSnapReadFailed, src, err.Error())
}

// openSnapshotStore opens file as a ledger, naming the user's file
// (shown) in every error, even when file is a decrypted temporary copy.
// The file comes from outside, so its page layout is walked first (see
// walkPages): bbolt must never follow a damaged offset out of the file.
// bbolt can still panic on some damaged pages; that is reported as damage
// too, and so is a memory fault in this goroutine.
func openSnapshotStore(file, shown string, opts Options) (s *Store, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, newErr(KindDamaged, fmt.Errorf("%v", r), MsgSnapCorrupt, shown, model.M(MsgCheckPanicked, fmt.Sprint(r)), 1)
		}
	}()
	if _, err := probeFile(file, true); err != nil {
		var storeE *Error
		var se *structureError
		if errors.As(err, &se) && !errors.As(err, &storeE) {
			return nil, newErr(KindDamaged, err, MsgSnapCorrupt, shown, model.M(MsgCheckStructure, se.Error()), 1)
		}
		return nil, snapErr(err, shown)
	}
	s, err = Open(file, opts)
	if err != nil {
		return nil, snapErr(err, shown)
	}
	return s, nil
}

// describe fills in the file's meta data and manifest. A manifest that
// cannot be read, or one from a newer program, stops here.
func (s *Store) describe(info *SnapshotInfo) error {
	return s.db.View(func(tx *bolt.Tx) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = newErr(KindDamaged, fmt.Errorf("%v", r), MsgSnapCorrupt, info.Path, model.M(MsgCheckPanicked, fmt.Sprint(r)), 1)
			}
		}()
		if info.Meta, err = readMetaTx(tx, s.path); err != nil {
			return snapErr(err, info.Path)
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return newErr(KindDamaged, err, MsgSnapCorrupt, info.Path, model.M(MsgSnapManifestDamaged, err.Error()), 1)
		}
		if m != nil && m.Format > ManifestFormat {
			return newErr(KindNewerSchema, nil, MsgSnapNewerManifest, info.Path, m.Format, ManifestFormat)
		}
		if m != nil {
			if field := m.unsafeText(); field != "" {
				return newErr(KindDamaged, nil, MsgSnapCorrupt, info.Path, model.M(MsgSnapManifestText, field), 1)
			}
		}
		info.Manifest = m
		return nil
	})
}

// checkSnapshot is Check plus the manifest's counts and digest.
func (s *Store) checkSnapshot(m *Manifest) (*Report, error) {
	rep, err := s.Check()
	if err != nil || !rep.OK() || m == nil {
		return rep, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		defer func() {
			if r := recover(); r != nil {
				rep.add(MsgCheckPanicked, fmt.Sprint(r))
			}
		}()
		verifyManifest(tx, m, rep)
		verifyBundle(tx, rep)
		return nil
	})
	return rep, err
}

// hasOwnBackups reports whether the ledger at path has backups of its own
// beside it: a ledger this program has been writing, not a file received.
func hasOwnBackups(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	list, err := ListBackups(abs)
	return err == nil && len(list) > 0
}

// checkPadding refuses a plain file far larger than its data (see
// copyIn); one that is not a ledger at all is left to the probe to name.
func checkPadding(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return newErr(KindIO, err, MsgSnapReadFailed, path, err.Error())
	}
	defer f.Close()
	head := make([]byte, 2*maxPageSize)
	n, _ := io.ReadFull(f, head)
	if extent, ok := ledgerExtent(head[:n]); ok && size > paddingLimit(extent) {
		return newErr(KindTampered, nil, MsgSnapPadded, path, size>>20, (extent+(1<<20)-1)>>20)
	}
	return nil
}
