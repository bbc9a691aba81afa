//go:build !windows

package store

import (
	"errors"
	"syscall"
)

// isDiskFull recognises a full disk, a full quota and a file-size limit
// (EFBIG, what a write past RLIMIT_FSIZE returns when SIGXFSZ is ignored).
func isDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG)
}
