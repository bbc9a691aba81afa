//go:build !linux

package store

import (
	"errors"
	"os"
)

var errNoHiddenFiles = errors.New("unnamed files are not supported here")

// hiddenFile is not available here; callers use named temporary files
// (see hidden_linux.go), which RemoveStaleTemps clears after a crash.
func hiddenFile(string) (*os.File, string, error) { return nil, "", errNoHiddenFiles }

func publish(*os.File, string) error { return errNoHiddenFiles }
