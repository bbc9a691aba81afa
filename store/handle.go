package store

// How two windows share one ledger file
//
// bbolt locks its file (flock on Unix, LockFileEx on Windows) from Open to
// Close: shared for a read-only handle, exclusive for a writable one. The
// program used to keep one writable handle for as long as it ran, so every
// other process — even `secretary summary` — waited two seconds and gave
// up. Now a Store holds the bbolt handle, and so the lock, only while a
// transaction runs (ledgerFile below):
//
//   - each read opens the file read-only (shared lock: other readers go on
//     reading), each write opens it writable (exclusive lock), and the
//     handle is closed 5 ms (linger) after the last transaction on it
//     ends, so a burst of transactions opens it once. Several
//     transactions of one process share one handle; a write waits for the
//     process's own read-only handle to close. Opening and closing costs
//     25 µs in a loop and 150–250 µs after a pause on the project machine
//     (BenchmarkSmallReadAfterIdle10k, BenchmarkLoneSaveVsBareCommit in
//     BENCHMARKS.md), against a save's fsync of 300–700 µs. On Unix the
//     lock is taken before bbolt tries (lock_unix.go), polling from 1 ms
//     rather than bbolt's 50 ms, so a wait for another window's
//     transaction lasts about as long as that transaction;
//   - the expensive first look at a file — the probe, the page walk
//     (walkPages), the schema check — is done by Open and again only when
//     the file is not exactly as this store last saw it. Each open compares
//     the file's stamp (its identity, and the current meta page: txid,
//     root, free list, high-water mark) with the last one this store
//     checked or wrote itself; reading it costs two 80-byte reads;
//   - a file replaced while a process waited for its lock (an import
//     renames a new ledger over the old one) is noticed after the lock is
//     taken: the locked handle is not the file at the path any more, so it
//     is dropped and the new file opened — nothing is ever written into a
//     file no one will read again.
//
// What a caller has seen is its view (view.go): the stamp and the last
// journal entry when it last loaded the ledger to show it (Refresh),
// moved on by its own writes. Changed compares the file with the view without taking the lock,
// so the program can poll it every second or on each key. A write made
// against an out-of-date view is checked where that matters (KindChanged):
// a record saved or deleted must not have been changed by another window
// since the view (the history index says), an undo must not take back a
// step the user has not seen, an import must replace the ledger the user
// previewed, and nothing at all is written into a file that was replaced.
//
// Windows: LockFileEx on the byte range bbolt uses is mandatory but covers
// no data, so other processes can still read the meta pages (Changed). A
// file that another process has open cannot be renamed over (Go opens
// files without FILE_SHARE_DELETE), and a mapped one cannot be truncated;
// since a handle and its mapping live only inside the lock, both only
// wait for the holder's transaction to end. That rules out renaming the
// new ledger over the old one while holding the old one's lock, as Unix
// does; replace.go instead marks the ledger as being replaced, lets go,
// and renames, retrying while another process has the file open; writers
// that meet the mark wait and then find the new file.
//
// Network and removable drives: the lock is only as good as the file
// system's. On a local disk or a USB stick used by one computer, flock and
// LockFileEx work. On a network share opened by two computers they may be
// ignored (NFS without a lock daemon, some SMB mounts), and two writers
// could then damage the file; the program cannot tell, so
// docs/CONCURRENCY.md says to use a ledger on a share from one computer
// at a time. Nothing here relies on file times, which FAT keeps to two
// seconds: changes are noticed by the meta page's transaction id.

import (
	"errors"
	"io/fs"
	"os"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// errClosed is returned for any use of a Store after Close.
var errClosed = errors.New("store: the ledger was closed")

// linger is how long the handle stays open after its last transaction,
// so that a burst of them (a save and the reads that follow it, a
// command's open, load and settings) opens the file once: opening and
// closing costs 25–80 µs of CPU a transaction, a third of a save when the
// disk syncs fast. Another window waits at most this much longer.
const linger = 5 * time.Millisecond

// maxReopens bounds how often one operation opens the file again because
// it changed or was replaced while the operation waited; past it, another
// window is writing without pause and the ledger is reported busy.
const maxReopens = 8

// ledgerFile is the Store's access to its file: bbolt's handle, open only
// while transactions use it (and for linger after). Its zero value is not
// usable; see newLedgerFile.
type ledgerFile struct {
	s *Store

	mu      sync.Mutex
	cond    sync.Cond
	db      *bolt.DB  // open while users > 0, and for linger after
	file    *os.File  // bbolt's handle on the file, for stamps
	cur     fileStamp // the open file, as opened or as this store last committed it
	rw      bool      // db is writable (exclusive lock)
	users   int       // transactions and holds using db
	opening bool      // one goroutine is opening db; the others wait
	closed  bool
	lastUse time.Time   // when users last dropped to 0
	idle    *time.Timer // closes db once it has not been used for linger

	// What this store last checked (walk, schema) or wrote itself. Written
	// only while opening, when no transaction runs; read under mu.
	known       fileStamp
	knownSeq    uint64 // the journal's last entry in the known file
	schema      int    // its schema version
	damagedMeta bool   // one of its meta pages is unreadable (Check reports it)

	vmu  sync.Mutex
	view view
}

func newLedgerFile(s *Store) *ledgerFile {
	h := &ledgerFile{s: s}
	h.cond.L = &h.mu
	return h
}

// View runs fn in a read transaction.
func (h *ledgerFile) View(fn func(*bolt.Tx) error) error {
	db, err := h.acquire(false)
	if err != nil {
		return err
	}
	defer h.release()
	return db.View(fn)
}

// ViewAsSeen runs fn in a read transaction whose state becomes the
// caller's view: for Refresh, whose result the caller shows.
func (h *ledgerFile) ViewAsSeen(fn func(*bolt.Tx) error) error {
	db, err := h.acquire(false)
	if err != nil {
		return err
	}
	defer h.release()
	var txid, seq uint64
	err = db.View(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		txid, seq = uint64(tx.ID()), journalSeq(tx)
		return nil
	})
	if err == nil {
		h.saw(txid, seq)
	}
	return err
}

// Update runs fn in a write transaction and keeps the view up to date. A
// ledger another window is replacing (replace.go) is waited for; a file
// that is not the one the caller last loaded is not written (MsgReplaced),
// nor one replaced by an older program's file (MsgReopen).
func (h *ledgerFile) Update(fn func(*bolt.Tx) error) error {
	return h.update(fn, 0)
}

// errNothingToCommit, returned by an update's fn, rolls the transaction
// back and counts as success: a save that changes nothing writes nothing,
// so other windows do not load the ledger again for it.
var errNothingToCommit = errors.New("nothing to commit")

// Exceptions to Update's rules, for the store's own upkeep.
const (
	allowReplacing = 1 << iota // the import that marked the ledger takes its mark off
	allowOldSchema             // Open migrates an older ledger
)

func (h *ledgerFile) update(fn func(*bolt.Tx) error, allow int) error {
	wait := newBusyWait(h.s.opts.LockTimeout)
	for {
		db, err := h.acquire(true)
		if err != nil {
			return err
		}
		if allow&allowOldSchema == 0 && h.schemaVersion() < SchemaVersion {
			h.release()
			return newErr(KindChanged, nil, MsgReopen, h.s.path)
		}
		var base, startSeq, endSeq uint64
		marked := false
		err = db.Update(func(tx *bolt.Tx) error {
			if allow&allowReplacing == 0 && replacing(tx) {
				marked = true
				return errReplacing
			}
			// Nothing the caller decided on an older file belongs in
			// another one: it loads the new one first.
			if _, _, replaced := h.staleness(tx); replaced {
				return newErr(KindChanged, nil, MsgReplaced, h.s.path)
			}
			base, startSeq = uint64(tx.ID())-1, journalSeq(tx)
			if err := fn(tx); err != nil {
				return err
			}
			endSeq = journalSeq(tx)
			return nil
		})
		if err == nil {
			h.committed(base, startSeq, endSeq)
		}
		if errors.Is(err, errNothingToCommit) {
			err = nil
		}
		h.release()
		if !marked {
			return err
		}
		h.letGo() // the importer renames only once no one has the file open
		if !wait.again() {
			return newErr(KindLocked, nil, MsgBusy, h.s.path)
		}
	}
}

// hold keeps the file open, under its lock, until release is called: for
// work that spans several transactions and must see one state of the file
// throughout (an export's two read transactions, an import's backup and
// rename). Transactions within it reuse the handle; a hold for reading
// must not start a write, which would wait for the hold to end.
func (h *ledgerFile) hold(write bool) (release func(), err error) {
	if _, err := h.acquire(write); err != nil {
		return nil, err
	}
	var once sync.Once
	return func() { once.Do(h.release) }, nil
}

// Begin starts a transaction on the handle a hold keeps open; the caller
// ends it before releasing the hold.
func (h *ledgerFile) Begin(writable bool) (*bolt.Tx, error) {
	h.mu.Lock()
	db := h.db
	held := h.users > 0 && (h.rw || !writable)
	h.mu.Unlock()
	if db == nil || !held {
		return nil, errors.New("store: Begin outside a hold")
	}
	return db.Begin(writable)
}

// acquire returns an open handle for one transaction or hold: the one in
// use if it allows what is asked, else a newly opened one once the last
// user of the old one is done.
func (h *ledgerFile) acquire(write bool) (*bolt.DB, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for {
		switch {
		case h.closed:
			return nil, errClosed
		case h.opening:
			h.cond.Wait()
		case h.db != nil && (h.rw || !write):
			h.users++
			return h.db, nil
		case h.db != nil && h.users == 0:
			// A read-only handle kept a moment after its last use.
			h.closeDB()
		case h.db != nil:
			// A read-only handle in use; it closes with its last user.
			h.cond.Wait()
		default:
			h.opening = true
			h.mu.Unlock()
			db, f, st, err := h.open(write)
			h.mu.Lock()
			h.opening = false
			h.cond.Broadcast()
			if err != nil {
				return nil, err
			}
			h.db, h.file, h.cur, h.rw, h.users = db, f, st, write, 1
			return db, nil
		}
	}
}

// release ends one use; the last one closes the handle and so lets go of
// the lock.
func (h *ledgerFile) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.users--
	if h.users == 0 && h.db != nil {
		h.lastUse = time.Now()
		if h.idle == nil {
			h.idle = time.AfterFunc(linger, h.closeIdle)
		} else {
			h.idle.Reset(linger)
		}
	}
	h.cond.Broadcast()
}

// closeIdle closes the handle once nothing has used it for linger.
func (h *ledgerFile) closeIdle() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.users > 0 || h.db == nil {
		return
	}
	if wait := linger - time.Since(h.lastUse); wait > 0 {
		h.idle.Reset(wait) // used again since this timer was set
		return
	}
	h.closeDB()
}

// closeDB closes bbolt's handle, letting go of the lock. A close error
// changes nothing committed: every commit was synced before it returned.
func (h *ledgerFile) closeDB() {
	_ = h.db.Close()
	h.db, h.file = nil, nil
	h.cond.Broadcast()
}

// letGo closes the handle now if nothing uses it, instead of after
// linger: before a rename over the file, which Windows refuses while it
// is open, and after one, so other windows need not wait.
func (h *ledgerFile) letGo() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.users == 0 && h.db != nil {
		h.closeDB()
	}
}

// close waits for the transactions in flight, lets go of the file at
// once and refuses any later use.
func (h *ledgerFile) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for h.users > 0 || h.opening {
		h.cond.Wait()
	}
	if h.idle != nil {
		h.idle.Stop()
	}
	if h.db != nil {
		h.closeDB()
	}
}

// open opens the file under bbolt's lock for one use. It trusts the file
// without looking it over again only if it is exactly as this store last
// checked or wrote it; otherwise (another window wrote to it, or put
// another file in its place) it checks it first, as Open does, and opens
// again.
func (h *ledgerFile) open(write bool) (*bolt.DB, *os.File, fileStamp, error) {
	for range maxReopens {
		// A file not checked yet (or found changed) is looked over
		// first. So, after a first unlocked look, is one about to be
		// opened for writing: bbolt reads the free list of a file it
		// opens for writing before we could compare. (A read-only open
		// reads nothing but the meta pages, which it checks itself.)
		needCheck := h.known.id == nil
		if !needCheck && write {
			pre, err := stampAt(h.s.path)
			needCheck = err != nil || !pre.equal(h.known)
		}
		if needCheck {
			if err := h.check(); err != nil {
				if errors.Is(err, errMoved) {
					continue
				}
				return nil, nil, fileStamp{}, err
			}
		}
		db, f, err := h.s.boltOpen(!write)
		if err != nil {
			return nil, nil, fileStamp{}, err
		}
		st, err := stampOf(f)
		if err != nil {
			db.Close()
			return nil, nil, fileStamp{}, h.s.ioErr(err)
		}
		if st.equal(h.known) && h.atPath(f) {
			return db, f, st, nil
		}
		// Changed between the look and the lock, or replaced while we
		// waited for the lock: look again.
		db.Close()
		h.known = fileStamp{}
	}
	return nil, nil, fileStamp{}, newErr(KindLocked, nil, MsgBusy, h.s.path)
}

// errMoved says the file locked was no longer the one at the path.
var errMoved = errors.New("the ledger file was replaced while waiting for its lock")

// check looks the file over before bbolt trusts it, under a shared lock
// so no writer changes it meanwhile: the probe (empty, not a ledger, cut
// short), the page walk, the schema version. Nothing is written.
func (h *ledgerFile) check() error {
	// Before bbolt maps the file: bbolt would make an empty file a new
	// database and fault reading past the end of a short one.
	if _, err := h.s.probe(false); err != nil {
		return err
	}
	db, f, err := h.s.boltOpen(true)
	if err != nil {
		return err
	}
	defer db.Close()
	if !h.atPath(f) {
		return errMoved
	}
	meta, err := probeOpenFile(f, h.s.path, true)
	if err != nil {
		return h.s.probeErr(err)
	}
	info, err := f.Stat()
	if err != nil {
		return h.s.ioErr(err)
	}
	var schema int
	var seq uint64
	err = guardedDBView(h.s, db, func(tx *bolt.Tx) error {
		meta, err := readMetaTx(tx, h.s.path)
		if err != nil {
			return err
		}
		if meta.Schema > SchemaVersion {
			return newErr(KindNewerSchema, nil, MsgNewerSchema, meta.Schema, SchemaVersion)
		}
		if meta.Schema < 1 {
			return newErr(KindNotLedger, nil, MsgNotLedger, h.s.path)
		}
		schema, seq = meta.Schema, journalSeq(tx)
		return nil
	})
	if err != nil {
		return err
	}
	h.known = fileStamp{id: info, meta: meta}
	h.knownSeq, h.schema, h.damagedMeta = seq, schema, meta.damagedMeta
	return nil
}

// atPath reports whether f is still the file at the ledger's path.
func (h *ledgerFile) atPath(f *os.File) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(h.s.path)
	return err == nil && os.SameFile(a, b)
}

// committed records a commit of this store's: the file is now as this
// store wrote it (no need to check it again), and the view moves on with
// it unless another window had written since the view was taken.
func (h *ledgerFile) committed(base, startSeq, endSeq uint64) {
	h.mu.Lock()
	st, err := stampOf(h.file)
	if err == nil {
		h.cur, h.known = st, st
	} else {
		h.known = fileStamp{} // look again next time
	}
	h.mu.Unlock()
	h.vmu.Lock()
	defer h.vmu.Unlock()
	if err == nil && h.view.stamp.sameFile(st) && h.view.stamp.meta.txid == base {
		h.view = view{stamp: st, seq: endSeq}
		return
	}
	for seq := startSeq + 1; seq <= endSeq; seq++ {
		h.view.own = append(h.view.own, seq)
	}
}

// metaDamaged reports whether one of the file's meta pages was found
// unreadable when it was last checked.
func (h *ledgerFile) metaDamaged() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.damagedMeta
}

// schemaVersion is the schema of the file as last checked.
func (h *ledgerFile) schemaVersion() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.schema
}

// setSchema records the schema a migration brought the file to.
func (h *ledgerFile) setSchema(v int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.schema = v
}

// notExist reports a missing file.
func notExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// guardedDBView runs fn in a read transaction on db and reports a damaged
// page as a *Error instead of crashing, as Store.guardedView does: check
// reads the schema before the file is trusted.
func guardedDBView(s *Store, db *bolt.DB, fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = s.pageDamaged(r)
		}
	}()
	return db.View(fn)
}

// busyWait paces retries while another window holds the ledger: every
// 50 ms (bbolt's own pace for its lock) until the lock timeout.
type busyWait struct{ deadline time.Time }

func newBusyWait(timeout time.Duration) busyWait { return busyWait{time.Now().Add(timeout)} }

// again sleeps and reports true, or reports false once time is up.
func (w busyWait) again() bool {
	if time.Now().Add(busyPace).After(w.deadline) {
		return false
	}
	time.Sleep(busyPace)
	return true
}

const busyPace = 50 * time.Millisecond
