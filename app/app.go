// Package app is the program's use cases, the one place their policy
// lives: saving, deleting, undo and redo, a record's history, settings,
// and (in their own files) imports, exports, printouts and backups. Both
// front ends call it — cmd/secretary for the command line, tui for the
// full-screen program — so a rule such as "writing a summary records the
// day" or "a read-only ledger refuses every write" holds the same way in
// both. Nothing above app imports the store, and nothing above the store
// sees how records are encoded.
//
// Nothing here prints or reads the process: results are values and
// translatable errors (i18n.UserError) the front end renders, and what
// the machine offers (environment, OS, home folder) comes in through
// Options.Env, so every use case runs in a test with t.Parallel.
package app

import (
	"sync"
	"time"

	"secretary/model"
	"secretary/store"
)

// Options tune Open and the use cases that need no open ledger. The zero
// value works; a front end sets Clock, Version and Env.
type Options struct {
	Clock    model.Clock // "now" for the journal and "today"; default: the system clock
	Version  string      // the program's version, written into the ledger and exports
	ReadOnly bool        // open for reading only
	// NoBackup turns off the automatic backup before a session's first
	// write: for a brand-new file (demo) and tests.
	NoBackup bool
	// SizeHint is about how large the file will grow while open (see
	// store.Options).
	SizeHint int64
	// Started is when the process started: Open removes the program's
	// own temporary files left from before it (a killed export). Zero
	// (tests) leaves them.
	Started time.Time
	// Env is the machine as the program sees it: environment variables,
	// OS, home folder. Printing and the default folder read it; nothing
	// in app reads the process.
	Env Env
	// DefaultsLang, when set, gives a ledger Open creates the default
	// obligations (规定动作) in that language, as its first step; "" makes
	// an empty one (tests, tools).
	DefaultsLang model.Lang
	// ReadBeside is the user's ledger, when a file that is not it is read
	// (check FILE, diff): an encrypted one is decrypted in a private
	// folder beside that ledger, never in the shared temporary folder.
	// "" (or a ledger whose folder is not there yet) leaves it to store.
	ReadBeside string
	// SnapshotWorkFactor is the scrypt cost (log2) an encrypted snapshot
	// is written with; 0 is age's own, 2^18 (about a second on a school
	// laptop, which is what makes guessing a passphrase slow). The
	// program never sets it; tests lower it, as a second of key
	// derivation per test is slow under the race detector.
	SnapshotWorkFactor int
}

// withDefaults fills what the zero value leaves open.
func (o Options) withDefaults() Options {
	if o.Clock == nil {
		o.Clock = model.SystemClock{}
	}
	o.Env = o.Env.withDefaults()
	return o
}

// storeOptions are the store's options for these.
func (o Options) storeOptions() store.Options {
	return store.Options{Clock: o.Clock, Version: o.Version, ReadOnly: o.ReadOnly, NoBackup: o.NoBackup, SizeHint: o.SizeHint}
}

// Service is one open ledger and the use cases over it. Its methods are
// safe for concurrent use: the TUI runs them in tea.Cmds.
//
// A snapshot import replaces the ledger file; ApplyImport then re-opens
// the Service on the new file itself, so a front end keeps the same
// *Service for the whole session (see ApplyImport).
type Service struct {
	path string // absolute, fixed for the Service's life
	opts Options

	// mu guards st: every use case holds it for reading while it uses
	// the store, ApplyImport and Close for writing while they swap it.
	mu sync.RWMutex
	st *store.Store
	// gone is why st is nil: closed, or lost when an import's re-open
	// failed.
	gone error
}

// Open opens (or creates) the ledger at path. Errors are translatable
// (i18n's UserError): a ledger open elsewhere, damaged, not a ledger, or
// made by a newer program, each with what to do.
func Open(path string, opts Options) (*Service, error) {
	opts = opts.withDefaults()
	created := opts.DefaultsLang != "" && !opts.ReadOnly && fresh(path)
	st, err := store.Open(path, opts.storeOptions())
	if err != nil {
		return nil, err
	}
	if created && !st.ReadOnly() {
		if _, err := loadDefaults(st, model.DefaultObligations(opts.DefaultsLang)); err != nil {
			st.Close()
			return nil, err
		}
	}
	if !opts.Started.IsZero() && !st.ReadOnly() {
		// Temporary files this program left when it was killed (an
		// export's plain copy, a decrypted snapshot): only its own
		// names, only where it writes, only older than this process.
		store.RemoveStaleTemps(st.Path(), opts.Started)
	}
	return &Service{path: st.Path(), opts: opts, st: st}, nil
}

// acquire lends the store to one use case; release with the returned
// func. It fails once the Service is closed.
func (s *Service) acquire() (*store.Store, func(), error) {
	s.mu.RLock()
	if s.st == nil {
		err := s.gone
		s.mu.RUnlock()
		return nil, nil, err
	}
	return s.st, s.mu.RUnlock, nil
}

// Close closes the ledger. It is safe to call twice.
func (s *Service) Close() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st == nil {
		return nil
	}
	err := s.st.Close()
	s.st, s.gone = nil, model.NewMsgError(MsgClosed, s.path)
	return err
}

// Path is the ledger file's absolute path.
func (s *Service) Path() string { return s.path }

// ReadOnly reports whether writes are refused.
func (s *Service) ReadOnly() bool {
	st, done, err := s.acquire()
	if err != nil {
		return true
	}
	defer done()
	return st.ReadOnly()
}

// WhyReadOnly is why the ledger opened read-only when that was not asked
// for (a read-only file or folder), else nil.
func (s *Service) WhyReadOnly() error {
	st, done, err := s.acquire()
	if err != nil {
		return err
	}
	defer done()
	return st.WhyReadOnly()
}

// Clock is the service's clock.
func (s *Service) Clock() model.Clock { return s.opts.Clock }

// Today is the clock's civil date: every derived "overdue" and "due soon"
// counts from it.
func (s *Service) Today() model.Date { return model.Today(s.opts.Clock) }

// Version is the program's version.
func (s *Service) Version() string { return s.opts.Version }

// Env is the machine as the Service was given it.
func (s *Service) Env() Env { return s.opts.Env }

// Load reads the whole ledger as of one moment, for the front end to
// show: what it read is what Changed compares the file with, and what
// later saves are checked against (a save over a record another window
// changed since is refused with ErrChanged).
func (s *Service) Load() (*model.Ledger, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	return st.Refresh()
}

// Changed reports whether another window (another secretary process)
// has written to the ledger, or replaced it, since this Service last
// loaded it. It takes no lock and costs a few microseconds, so the
// program can ask every second and on each key, then Load when it says
// true (see docs/CONCURRENCY.md).
func (s *Service) Changed() (bool, error) {
	st, done, err := s.acquire()
	if err != nil {
		return false, err
	}
	defer done()
	return st.Changed()
}

// LastIDs is the highest number each kind has ever given out, so a
// spreadsheet import can keep a file's numbers only above it.
func (s *Service) LastIDs() (map[model.Entity]model.ID, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	return st.LastIDs()
}

// CanWrite says why a write would be refused, or nil: the one read-only
// check both front ends ask before opening a form or starting an import,
// so the user is told at once rather than after typing. The error is
// errors.Is ErrReadOnly.
func (s *Service) CanWrite() error {
	st, done, err := s.acquire()
	if err != nil {
		return err
	}
	defer done()
	return canWrite(st)
}

// canWrite is CanWrite on a store already lent.
func canWrite(st *store.Store) error {
	if !st.ReadOnly() {
		return nil
	}
	return &store.Error{Kind: store.KindReadOnly, Msg: model.M(store.MsgReadOnly, st.Path()), Cause: st.WhyReadOnly()}
}
