//go:build !windows

package store

import (
	"errors"
	"strings"
	"syscall"
)

// isDiskFull recognises a full disk, a full quota and a file-size limit
// (EFBIG, what a write past RLIMIT_FSIZE returns when SIGXFSZ is ignored).
// bbolt formats some write errors with %s rather than wrapping them, so
// the system's wording is looked for too.
func isDiskFull(err error) bool {
	for _, e := range []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG} {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return true
		}
	}
	return false
}
