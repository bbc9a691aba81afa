package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"secretary/internal/fsutil"
	"secretary/model"
)

// PageSize is fixed rather than taken from the OS, so a ledger made on one
// machine has the same layout on every other (arm64 macOS uses 16 KiB).
const PageSize = 4096

// LockTimeout is how long one read or write waits for another window to
// finish its own (which takes milliseconds) before saying the ledger is
// busy.
const LockTimeout = 2 * time.Second

// Options tune Open. The zero value is what the program uses.
type Options struct {
	Clock       model.Clock   // "now" for the journal and "today" for derived dates; default: system clock
	Version     string        // program version written into the meta bucket; default "dev"
	ReadOnly    bool          // open for reading only, even if the file is writable
	LockTimeout time.Duration // default LockTimeout
	// NoBackup turns off the automatic backup before a session's first
	// write. Only for tools that write a brand-new file (demo) and tests.
	NoBackup bool
	// KeepBackups is how many of the newest automatic backups to keep,
	// besides one a day and one a month (see Tiers); default 10.
	KeepBackups int
	// SizeHint is about how large, in bytes, the file will grow while it
	// is open: Fill into a new ledger sets it. bbolt maps the file that
	// large from the start; otherwise it remaps at every doubling, and a
	// remap inside a big write transaction copies every changed record
	// out of the old mapping (a third of Fill's time for 10,000
	// records). On Windows bbolt extends the file to the mapped size at
	// once, so the hint should not be far above the real size.
	SizeHint int64
}

// Store is an open ledger file. Its methods are safe for concurrent use,
// and other processes may use the same file at the same time: the store
// holds bbolt's lock only while a transaction runs (see handle.go).
type Store struct {
	db       *ledgerFile
	path     string
	readOnly bool
	whyRO    error // why the ledger opened read-only, when it was not asked for
	opts     Options
	codec    codec

	mu       sync.Mutex
	backedUp bool
}

// Open opens the ledger at path, creating it (and its folder) when it does
// not exist. It refuses, with a *Error the UI translates, a file that is
// not a ledger, a damaged or truncated one, and one made by a newer
// program — and in each case leaves the file as it was. A file or folder
// the user may not write opens read-only; ReadOnly and WhyReadOnly say
// so. Another window may have the same ledger open: Open waits only while
// that window is in the middle of a write (at most LockTimeout), and the
// store holds the file's lock only during each of its own transactions.
func Open(path string, opts Options) (*Store, error) {
	if opts.Clock == nil {
		opts.Clock = model.SystemClock{}
	}
	if opts.Version == "" {
		opts.Version = "dev"
	}
	if opts.LockTimeout == 0 {
		opts.LockTimeout = LockTimeout
	}
	if opts.KeepBackups == 0 {
		opts.KeepBackups = defaultKeepBackups
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, newErr(KindIO, err, MsgIO, path, err.Error())
	}
	path = abs
	s := &Store{path: path, opts: opts, codec: theCodec, readOnly: opts.ReadOnly}
	s.db = newLedgerFile(s)

	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if opts.ReadOnly {
			return nil, newErr(KindIO, err, MsgNoLedger, path)
		}
		if err := s.createNew(); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, newErr(KindIO, err, MsgIO, path, err.Error())
	}

	// The first look at the file: probe, page walk and schema, under a
	// shared lock (ledgerFile.check). bbolt's read-write open may itself
	// write (it flushes a missing freelist), and a newer or damaged file
	// must be left exactly as it was, so nothing opens it writable first.
	if err := s.firstCheck(); err != nil {
		return nil, err
	}
	// Whether the file and folder are writable is asked without opening
	// the file for writing, so a ledger this program cannot use is not
	// touched at all.
	if !s.readOnly {
		if why := writable(s.path); why != nil {
			s.readOnly, s.whyRO = true, why
		}
	}
	s.db.setView()
	if !s.readOnly && s.db.schemaVersion() < SchemaVersion {
		if err := s.migrate(); err != nil {
			return nil, err
		}
		if err := s.db.ViewAsSeen(func(*bolt.Tx) error { return nil }); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// firstCheck is the check Open makes, again if the file was replaced
// while Open waited for its lock.
func (s *Store) firstCheck() error {
	for range maxReopens {
		err := s.db.check()
		if !errors.Is(err, errMoved) {
			return err
		}
	}
	return newErr(KindLocked, nil, MsgBusy, s.path)
}

// probe runs probeFile, turning a read error into a *Error.
func (s *Store) probe(walk bool) (boltMeta, error) {
	meta, err := probeFile(s.path, walk)
	if err != nil {
		return boltMeta{}, s.probeErr(err)
	}
	return meta, nil
}

// probeErr keeps a probe's *Error and words any other as an I/O error.
func (s *Store) probeErr(err error) error {
	var se *Error
	if errors.As(err, &se) {
		return se
	}
	return s.ioErr(err)
}

// ioErr words a file system error about the ledger.
func (s *Store) ioErr(err error) error {
	if notExist(err) {
		return newErr(KindIO, err, MsgGone, s.path)
	}
	return newErr(KindIO, err, MsgIO, s.path, err.Error())
}

// boltOpen opens the file with bbolt, turning a panic or a memory fault
// into damage. bbolt reads the free-page list while opening for writing
// and panics when that page is damaged (the checks should have caught it
// first). The file handle is kept so a panic can still close it and
// release the lock (the memory map is left behind: a small leak in a
// process about to report the damage), and returned for stamps. The file
// is never created here: one that disappeared is reported (MsgGone), not
// made anew and empty.
func (s *Store) boltOpen(readOnly bool) (db *bolt.DB, file *os.File, err error) {
	bopts := &bolt.Options{
		Timeout: s.opts.LockTimeout, PageSize: PageSize, ReadOnly: readOnly,
		InitialMmapSize: mmapHint(readOnly, s.opts.SizeHint),
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag&^os.O_CREATE, perm)
			if err != nil {
				return nil, err
			}
			if err := lockFile(f, !readOnly, s.opts.LockTimeout); err != nil {
				f.Close()
				return nil, err
			}
			file = f
			return f, nil
		},
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				file.Close()
			}
			db, file, err = nil, nil, s.pageDamaged(r)
		}
	}()
	db, err = bolt.Open(s.path, fsutil.FileMode, bopts)
	if err != nil {
		return nil, nil, s.openErr(err)
	}
	return db, file, nil
}

// mmapHint is bbolt's initial mapping size for the hint: only for
// writing, and never above 1 GiB, where bbolt stops doubling anyway.
func mmapHint(readOnly bool, hint int64) int {
	if readOnly || hint <= 0 {
		return 0
	}
	return int(min(hint, 1<<30))
}

func (s *Store) openErr(err error) error {
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return newErr(KindLocked, err, MsgBusy, s.path)
	case notExist(err):
		return newErr(KindIO, err, MsgGone, s.path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum):
		return newErr(KindNotLedger, err, MsgNotLedger, s.path)
	}
	return newErr(KindIO, err, MsgIO, s.path, err.Error())
}

// writable reports why the ledger cannot be written, or nil. Both the file
// and its folder must be writable: saves need the file, backups and
// atomic replacement need the folder.
func writable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	f.Close()
	return folderWritable(filepath.Dir(path))
}

// createNew makes a fresh ledger under a temporary name in the same
// folder, then renames it into place, so a crash during the first run
// leaves either no ledger or a whole one — never half a file.
func (s *Store) createNew() error {
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return newErr(KindIO, err, MsgNoFolder, dir, err.Error())
	}
	tmp, err := fsutil.TempPath(dir, filepath.Base(s.path))
	if err != nil {
		return newErr(KindIO, err, MsgNoFolder, dir, err.Error())
	}
	defer os.Remove(tmp) // no-op after the rename
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{PageSize: PageSize, Timeout: s.opts.LockTimeout})
	if err != nil {
		return newErr(KindIO, err, MsgIO, tmp, err.Error())
	}
	err = db.Update(func(tx *bolt.Tx) error { return initSchema(tx, s.opts.Clock.Now(), s.opts.Version) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return newErr(KindIO, err, MsgIO, tmp, err.Error())
	}
	if err := fsutil.ChmodFile(tmp); err != nil {
		return newErr(KindIO, err, MsgIO, tmp, err.Error())
	}
	if err := fsutil.RenameDurable(tmp, s.path); err != nil {
		return newErr(KindIO, err, MsgIO, s.path, err.Error())
	}
	return nil
}

// Close waits for the store's transactions in flight, after which the
// file is no longer locked by it, and refuses any later use. It is safe
// to call twice.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	s.db.close()
	return nil
}

// Path is the ledger file's absolute path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether writes are refused.
func (s *Store) ReadOnly() bool { return s.readOnly }

// WhyReadOnly is the reason the ledger opened read-only when that was not
// asked for (a read-only file or folder), else nil.
func (s *Store) WhyReadOnly() error { return s.whyRO }

// Clock is the store's clock.
func (s *Store) Clock() model.Clock { return s.opts.Clock }

// Today is the clock's civil date.
func (s *Store) Today() model.Date { return model.Today(s.opts.Clock) }
