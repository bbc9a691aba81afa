package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"secretary/internal/fsutil"
)

// createTemp makes a new empty file, 0600, named like tempPath beside
// base in dir, so an interrupted run leaves only an obviously disposable
// dot-file.
func createTemp(dir, base string) (*os.File, error) {
	name, err := fsutil.TempPath(dir, base)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, fsutil.FileMode)
}

// hashingWriter counts and hashes what passes through it.
type hashingWriter struct {
	w io.Writer
	h hash.Hash
	n int64
}

func newHashingWriter(w io.Writer) *hashingWriter { return &hashingWriter{w: w, h: sha256.New()} }

func (hw *hashingWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	hw.h.Write(p[:n])
	hw.n += int64(n)
	return n, err
}

func (hw *hashingWriter) sum() string { return hex.EncodeToString(hw.h.Sum(nil)) }

// hashFile is the SHA-256 of a file's bytes, in hex, as sha256sum prints it.
func hashFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	// A large buffer: a 40 MB snapshot in 1 MiB reads rather than 32 KiB.
	n, err := io.CopyBuffer(h, f, make([]byte, 1<<20))
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// syncAndHash flushes a file to disk and returns its SHA-256 and size.
// The flush waits on the disk and the hash on the processor, so the file
// is read back for hashing (from the page cache) while it is flushed.
func syncAndHash(path string) (string, int64, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	syncErr := make(chan error, 1)
	go func() { syncErr <- f.Sync() }()
	sum, n, hashErr := hashFile(path)
	if err := <-syncErr; err != nil {
		return "", 0, err
	}
	if hashErr != nil {
		return "", 0, hashErr
	}
	return sum, n, f.Close()
}

// writeErr turns a failure to write path into a message that says what
// happened: the disk is full, the folder may not be written, or the
// system's own words.
func writeErr(path string, err error) error {
	var se *Error
	if errors.As(err, &se) {
		return err
	}
	switch {
	case fsutil.IsDiskFull(err):
		return newErr(KindIO, err, MsgSnapDiskFull, path)
	case errors.Is(err, fs.ErrPermission):
		return newErr(KindIO, err, MsgSnapNoPermission, filepath.Dir(path))
	}
	return newErr(KindIO, err, MsgSnapWriteFailed, path, err.Error())
}

// hashingReader counts and hashes what is read through it.
type hashingReader struct {
	r io.Reader
	h hash.Hash
	n int64
}

func newHashingReader(r io.Reader) *hashingReader { return &hashingReader{r: r, h: sha256.New()} }

func (hr *hashingReader) Read(p []byte) (int, error) {
	n, err := hr.r.Read(p)
	hr.h.Write(p[:n])
	hr.n += int64(n)
	return n, err
}

func (hr *hashingReader) sum() string { return hex.EncodeToString(hr.h.Sum(nil)) }
