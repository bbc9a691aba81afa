package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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

// LockTimeout is how long Open waits for another window to let go of the
// ledger before saying it is in use.
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

// Store is an open ledger file. Its methods are safe for concurrent use:
// bbolt serialises writers, and the one piece of session state (whether
// the backup was taken) is guarded.
type Store struct {
	db       *bolt.DB
	path     string
	readOnly bool
	whyRO    error // why the ledger opened read-only, when it was not asked for
	opts     Options
	codec    codec
	meta     boltMeta

	mu       sync.Mutex
	backedUp bool
}

// Open opens the ledger at path, creating it (and its folder) when it does
// not exist. It refuses, with a *Error the UI translates, a file another
// window holds, a file that is not a ledger, a damaged or truncated one,
// and one made by a newer program — and in each case leaves the file as it
// was. A file or folder the user may not write opens read-only; ReadOnly
// and WhyReadOnly say so.
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

	// Before bbolt sees the file: an empty file (bbolt would make it a
	// new database), one that is not bbolt's, or one cut short (bbolt
	// would fault reading past its end).
	if _, err := s.probe(false); err != nil {
		return nil, err
	}
	if err := s.openBolt(); err != nil {
		return nil, err
	}
	if !s.readOnly {
		if err := s.migrate(); err != nil {
			s.db.Close()
			return nil, err
		}
	}
	return s, nil
}

// probe runs probeFile, turning a read error into a *Error.
func (s *Store) probe(walk bool) (boltMeta, error) {
	meta, err := probeFile(s.path, walk)
	if err != nil {
		var se *Error
		if errors.As(err, &se) {
			return boltMeta{}, se
		}
		return boltMeta{}, newErr(KindIO, err, MsgIO, s.path, err.Error())
	}
	return meta, nil
}

// openBolt opens the file with bbolt. A writable ledger is first opened
// read-only, and its page structure and schema checked under that lock,
// because bbolt's read-write open may itself write (it flushes a missing
// freelist), and a newer or damaged file must be left exactly as it was.
// Whether the file and folder are writable is asked only once the lock
// is held, so a ledger open in another window is not touched at all.
//
// The structure check is walkPages (bounds, loops, pages both used and
// free), not bbolt's tx.Check: on a 10,000-record ledger the walk costs
// about 1 ms and tx.Check another 1.5 ms (BenchmarkOpen10k), against a
// load budget of 25 ms; what tx.Check adds (key order, leaked pages)
// cannot make a write overwrite data, so it is left to Check.
func (s *Store) openBolt() error {
	db, err := s.boltOpen(true)
	if err != nil {
		return err
	}
	s.db = db
	// The lock is held: no writer can change the file under the walk.
	s.meta, err = s.probe(true)
	if err == nil {
		err = s.checkSchema()
	}
	if err != nil {
		db.Close()
		s.db = nil
		return err
	}
	if !s.readOnly {
		if why := writable(s.path); why != nil {
			s.readOnly, s.whyRO = true, why
		}
	}
	if s.readOnly {
		return nil
	}
	db.Close()
	s.db = nil
	if s.db, err = s.boltOpen(false); err != nil {
		return err
	}
	return nil
}

// boltOpen opens the file with bbolt, turning a panic into damage. bbolt
// reads the free-page list while opening for writing and panics when that
// page is damaged (walkPages should have caught it first). The file
// handle is kept so a panic can still close it and release the lock (the
// memory map is left behind: a small leak in a process about to report
// the damage).
func (s *Store) boltOpen(readOnly bool) (db *bolt.DB, err error) {
	var file *os.File
	bopts := &bolt.Options{
		Timeout: s.opts.LockTimeout, PageSize: PageSize, ReadOnly: readOnly,
		InitialMmapSize: mmapHint(readOnly, s.opts.SizeHint),
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	}
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				file.Close()
			}
			db, err = nil, s.pageDamaged(r)
		}
	}()
	db, err = bolt.Open(s.path, fsutil.FileMode, bopts)
	if err != nil {
		return nil, s.openErr(err)
	}
	return db, nil
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
		return newErr(KindLocked, err, MsgLocked, s.path)
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

// Close closes the file. It is safe to call twice.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
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
