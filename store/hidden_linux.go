//go:build linux

package store

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// hiddenFile creates a file with no name in dir (O_TMPFILE): it exists
// only while this process holds it open, so a process killed while
// writing a copy of the ledger — the plain copy an encrypted export
// makes, a decrypted snapshot being checked, an export being written —
// leaves nothing behind, not even a temporary file to clean up. It
// returns the file and a path to open it by again (bbolt opens files by
// path). File systems without O_TMPFILE (FAT on a USB stick) get an
// error, and the caller falls back to a named temporary file.
func hiddenFile(dir string) (*os.File, string, error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_RDWR|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, "", err
	}
	f := os.NewFile(uintptr(fd), dir+"/(unnamed)")
	return f, fmt.Sprintf("/proc/self/fd/%d", fd), nil
}

// publish gives a file made by hiddenFile its name, dst, at once and
// whole; it fails if dst exists (it never replaces a file).
func publish(f *os.File, dst string) error {
	return unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", f.Fd()), unix.AT_FDCWD, dst, unix.AT_SYMLINK_FOLLOW)
}
