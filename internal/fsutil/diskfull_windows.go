package fsutil

import (
	"errors"
	"strings"

	"golang.org/x/sys/windows"
)

// IsDiskFull recognises Windows' "disk full" errors, also when bbolt has
// formatted them into its own message rather than wrapping them.
func IsDiskFull(err error) bool {
	for _, e := range []windows.Errno{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL} {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return true
		}
	}
	return false
}
