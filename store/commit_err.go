package store

import (
	"errors"

	"secretary/internal/fsutil"
	"secretary/internal/i18n"
)

// MsgDiskFull: a change could not be written because the disk is full.
// bbolt rolls the transaction back, so nothing was changed. Args: path.
const MsgDiskFull = "store.disk_full"

// commitErr turns a failed write transaction into a message the user can
// act on: a full disk says so (and that nothing was changed) instead of
// reaching the user as an unexpected error. Errors that already carry a
// message (validation, a refused step) are returned as they are.
func (s *Store) commitErr(err error) error {
	if err == nil {
		return nil
	}
	var se *Error
	if errors.As(err, &se) {
		return err
	}
	if _, ok := i18n.AsUserMsg(err); ok {
		return err
	}
	if fsutil.IsDiskFull(err) {
		return newErr(KindIO, err, MsgDiskFull, s.path)
	}
	return err
}
