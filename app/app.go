// Package app is the program's use cases, the one place their policy
// lives: saving, deleting, undo and redo, a record's history, settings,
// and (in their own files) imports, exports, printouts and backups. Both
// front ends call it — cmd/secretary for the command line, tui for the
// full-screen program — so a rule such as "writing a summary records the
// day" or "a read-only ledger refuses every write" holds the same way in
// both. Nothing above app imports the store, and nothing above the store
// sees how records are encoded.
package app

import (
	"secretary/model"
	"secretary/store"
)

// Options tune Open. The zero value is what the program uses.
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
}

// Service is one open ledger and the use cases over it. Its methods are
// safe for concurrent use: the TUI runs them in tea.Cmds.
type Service struct {
	st   *store.Store
	opts Options
}

// Open opens (or creates) the ledger at path. Errors are translatable
// (i18n's UserError): a ledger open elsewhere, damaged, not a ledger, or
// made by a newer program, each with what to do.
func Open(path string, opts Options) (*Service, error) {
	if opts.Clock == nil {
		opts.Clock = model.SystemClock{}
	}
	st, err := store.Open(path, store.Options{
		Clock: opts.Clock, Version: opts.Version, ReadOnly: opts.ReadOnly,
		NoBackup: opts.NoBackup, SizeHint: opts.SizeHint,
	})
	if err != nil {
		return nil, err
	}
	return &Service{st: st, opts: opts}, nil
}

// Close closes the ledger. It is safe to call twice.
func (s *Service) Close() error {
	if s == nil {
		return nil
	}
	return s.st.Close()
}

// Path is the ledger file's absolute path.
func (s *Service) Path() string { return s.st.Path() }

// ReadOnly reports whether writes are refused.
func (s *Service) ReadOnly() bool { return s.st.ReadOnly() }

// WhyReadOnly is why the ledger opened read-only when that was not asked
// for (a read-only file or folder), else nil.
func (s *Service) WhyReadOnly() error { return s.st.WhyReadOnly() }

// Clock is the service's clock.
func (s *Service) Clock() model.Clock { return s.opts.Clock }

// Today is the clock's civil date: every derived "overdue" and "due soon"
// counts from it.
func (s *Service) Today() model.Date { return model.Today(s.opts.Clock) }

// Version is the program's version.
func (s *Service) Version() string { return s.opts.Version }

// Load reads the whole ledger as of one moment.
func (s *Service) Load() (*model.Ledger, error) { return s.st.Load() }

// LastIDs is the highest number each kind has ever given out, so a
// spreadsheet import can keep a file's numbers only above it.
func (s *Service) LastIDs() (map[model.Entity]model.ID, error) { return s.st.LastIDs() }

// CanWrite says why a write would be refused, or nil: the one read-only
// check both front ends ask before opening a form or starting an import,
// so the user is told at once rather than after typing.
func (s *Service) CanWrite() error {
	if !s.st.ReadOnly() {
		return nil
	}
	return model.NewMsgError(store.MsgReadOnly, s.st.Path()).Wrap(s.st.WhyReadOnly())
}

// Store is the store under the service, for the TUI's file flows until
// they move into app (issue 12's app-layer work is in progress): nothing
// new may use it.
//
// Deprecated: temporary bridge; transfer moves to app's own use cases.
func (s *Service) Store() *store.Store { return s.st }

// ReplaceWithImport applies a prepared snapshot import through the
// service: the ledger is backed up and replaced, and the returned service
// is open on the new file (the old one is closed).
//
// Deprecated: temporary bridge, with Store, until app owns snapshot import.
func ReplaceWithImport(s *Service, im *store.Import) (*Service, string, error) {
	ns, res, err := im.Apply(s.st)
	var out *Service
	if ns != nil {
		out = &Service{st: ns, opts: s.opts}
	}
	if err != nil {
		return out, "", err
	}
	return out, res.Backup, nil
}

// ResultOf decodes a journal entry made through Store.
//
// Deprecated: temporary bridge, with Store, until app owns sheet import.
func ResultOf(e model.JournalEntry) (Result, error) { return result(e) }
