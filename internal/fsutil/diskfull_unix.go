//go:build !windows

package fsutil

import (
	"errors"
	"strings"
	"syscall"
)

// IsDiskFull recognises a full disk, a full quota and a file-size limit
// (EFBIG, what a write past RLIMIT_FSIZE returns when SIGXFSZ is ignored).
// It is the one rule for "the disk is full": the store's commits, backups
// and snapshots, and model.Cause for every other file the program writes.
// bbolt formats some write errors with %s rather than wrapping them, so
// the system's wording is looked for too.
func IsDiskFull(err error) bool {
	for _, e := range []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG} {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return true
		}
	}
	return false
}
