//go:build !windows

package store

import (
	"errors"
	"os"
	"syscall"
	"time"

	berrors "go.etcd.io/bbolt/errors"
)

// lockFile takes, on the file bbolt is opening, the lock bbolt is about to
// take (shared to read, exclusive to write), before bbolt tries: bbolt
// polls a held lock every 50 ms, so with the lock now held for a
// transaction at a time, most waits would be 50 ms for a millisecond's
// work. This polls from 1 ms up. bbolt's own flock then succeeds at once:
// the lock belongs to the open file, which already holds it.
func lockFile(f *os.File, exclusive bool, timeout time.Duration) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	deadline := time.Now().Add(timeout)
	pause := time.Millisecond
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, syscall.EINTR):
			continue
		case !errors.Is(err, syscall.EWOULDBLOCK):
			return err // no locks on this file system: bbolt would fail the same way
		case timeout > 0 && time.Now().Add(pause).After(deadline):
			return berrors.ErrTimeout
		}
		time.Sleep(pause)
		pause = min(2*pause, 16*time.Millisecond)
	}
}
