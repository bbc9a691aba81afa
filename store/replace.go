package store

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
)

// Replacing the ledger file with another (a snapshot import, a demo
// written with --force) must not lose a write another window makes at
// the same moment, and every window must go on with the new file.
//
// On Unix the new file is renamed over the old one while this process
// holds the old one's exclusive lock. A writer waiting for that lock gets
// it only once the rename is done, finds that the file it locked is no
// longer the one at the path (ledgerFile.open), and opens the new one;
// its view is of the old ledger, so its write is refused (KindChanged,
// MsgReplaced) until it has loaded the new one.
//
// Windows cannot rename over a file any process has open, this one
// included, so the lock cannot be held across the rename. Instead the
// ledger is marked, under the lock, as being replaced (keyReplacing, with
// a time after which the mark is void, in case this process dies); the
// lock is let go and the rename retried while other processes still have
// the file open for a moment. A writer that takes the lock in between
// meets the mark, lets go and waits (ledgerFile.update), then finds the
// new file. If the rename cannot be done in time, the mark is taken off
// and the ledger is as it was.

// keyReplacing, in the meta bucket, marks a ledger about to be replaced;
// its value is the Unix time in milliseconds at which the mark expires.
var keyReplacing = []byte("replacing")

// errReplacing stops a write that met the mark; update waits and retries.
var errReplacing = errors.New("the ledger is being replaced in another window")

// replaceMarkFor is how long a mark holds: the rename's retries (the lock
// timeout) and some slack. A mark left by a process that died is ignored
// after it.
func (s *Store) replaceMarkFor() time.Duration { return s.opts.LockTimeout + 5*time.Second }

// replacing reports a live mark. Wall time, not the store's clock: the
// mark is a lease between processes, not a date in the ledger.
func replacing(tx *bolt.Tx) bool {
	mb := tx.Bucket(bucketMeta)
	if mb == nil {
		return false
	}
	v := mb.Get(keyReplacing)
	return len(v) == 8 && time.Now().UnixMilli() < int64(binary.BigEndian.Uint64(v))
}

// Replace puts the ledger file at tmp — complete and synced, in the same
// folder as the file (behind any link to it) — in the place of this
// store's ledger, backing the ledger up
// first unless it is empty. It refuses (KindChanged, MsgStale) if the
// ledger changed in another window since this store's caller last looked
// at it (Refresh, or Open), so what the user agreed to replace is what is
// replaced. It
// returns the backup's path ("" when nothing needed one). The store must
// then be closed and the new file opened (Import.Apply does both).
func (s *Store) Replace(tmp string) (backup string, err error) {
	return s.replaceWith(tmp, runtime.GOOS != "windows", nil)
}

// replaceWith is Replace with the method chosen: the rename under the
// lock (renameLocked, Unix) or the mark (Windows). beforeRename, for
// tests, runs between letting go of the lock and renaming.
func (s *Store) replaceWith(tmp string, renameLocked bool, beforeRename func()) (backup string, err error) {
	if s.readOnly {
		return "", newErr(KindReadOnly, s.whyRO, MsgReadOnly, s.path)
	}
	release, err := s.db.hold(true)
	if err != nil {
		return "", err
	}
	defer release()
	if !s.db.inSync() {
		return "", newErr(KindChanged, nil, MsgStale, s.path)
	}
	s.mu.Lock()
	empty, err := s.isEmpty()
	if err == nil && !empty {
		backup, err = s.backupLocked()
	}
	s.mu.Unlock()
	if err != nil {
		return "", err
	}
	// A ledger reached through a link: the file behind it is replaced,
	// the link stays.
	target := s.path
	if real, err := filepath.EvalSymlinks(s.path); err == nil {
		target = real
	}
	if renameLocked {
		if err := os.Rename(tmp, target); err != nil {
			return "", newErr(KindIO, err, MsgSnapApplyFailed, s.path, err.Error())
		}
		release()
		s.db.letGo()
	} else {
		until := time.Now().Add(s.replaceMarkFor()).UnixMilli()
		if err := s.db.update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keyReplacing, u64(uint64(until)))
		}, allowReplacing); err != nil {
			return "", err
		}
		release()
		s.db.letGo()
		if beforeRename != nil {
			beforeRename()
		}
		if err := renameRetrying(tmp, target, s.opts.LockTimeout); err != nil {
			_ = s.db.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Delete(keyReplacing) }, allowReplacing)
			return "", newErr(KindIO, err, MsgSnapApplyFailed, s.path, err.Error())
		}
	}
	// The rename is done; a failed folder sync only means it might not
	// survive a power cut, and there is nothing better to do than go on.
	_ = fsutil.SyncDir(filepath.Dir(target))
	return backup, nil
}

// renameRetrying renames, retrying while it fails (on Windows, while some
// process has the target open) until timeout.
func renameRetrying(from, to string, timeout time.Duration) error {
	wait := newBusyWait(timeout)
	for {
		err := os.Rename(from, to)
		if err == nil || !wait.again() {
			return err
		}
	}
}
