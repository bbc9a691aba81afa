//go:build !linux && !darwin

package store

import "os"

// folderWritable tries to create a file in dir: on Windows (and systems
// without faccessat's effective-user check) that is the reliable answer.
func folderWritable(dir string) error {
	probe, err := os.CreateTemp(dir, ".secretary-probe-*")
	if err != nil {
		return err
	}
	name := probe.Name()
	probe.Close()
	return os.Remove(name)
}
