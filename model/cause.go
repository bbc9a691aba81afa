package model

import (
	"errors"
	"io/fs"
	"secretary/internal/fsutil"
	"syscall"
)

// Cause is why a file could not be read or written, for a message that
// already names the file: a translatable message for the failures people
// meet (the file is not there, no permission, a folder, a full disk),
// else the system's own words. The system's words repeat the path and are
// English ("open …: no such file or directory").
func Cause(err error) any {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return M("cause.not_found")
	case errors.Is(err, fs.ErrPermission):
		return M("cause.permission")
	case errors.Is(err, syscall.EISDIR):
		return M("cause.is_folder")
	case fsutil.IsDiskFull(err):
		return M("cause.disk_full")
	case errors.Is(err, syscall.EROFS):
		return M("cause.read_only")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error() // without the path the message already names
	}
	return err.Error()
}
