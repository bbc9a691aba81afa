package store

import (
	"os"
)

// fileStamp identifies one committed state of one ledger file: which file
// it is (device and inode, or volume and file index on Windows) and its
// current meta page. bbolt rewrites a meta page at every commit with the
// next transaction id, so two reads of the same stamp mean nothing was
// committed in between; the other meta fields (root, free list, high-water
// mark) tell apart two files that happen to share an inode number and a
// transaction id (one renamed in after the other was deleted).
type fileStamp struct {
	id   os.FileInfo // nil: unknown
	meta boltMeta
}

func (a fileStamp) sameFile(b fileStamp) bool {
	return a.id != nil && b.id != nil && os.SameFile(a.id, b.id)
}

// equal reports the same file in the same state.
func (a fileStamp) equal(b fileStamp) bool {
	return a.sameFile(b) && a.meta.sameState(b.meta)
}

// sameState compares what a commit changes, not whether a meta page was
// found damaged.
func (m boltMeta) sameState(o boltMeta) bool {
	return m.txid == o.txid && m.root == o.root && m.freelist == o.freelist && m.pgid == o.pgid && m.pageSize == o.pageSize
}

// stampOf reads the stamp of an open file: a stat and two 80-byte reads.
func stampOf(f *os.File) (fileStamp, error) {
	info, err := f.Stat()
	if err != nil {
		return fileStamp{}, err
	}
	meta, err := currentMeta(f)
	if err != nil {
		return fileStamp{}, err
	}
	return fileStamp{id: info, meta: meta}, nil
}

// stampAt reads the stamp of the file at path without taking its lock. A
// commit in progress may have half-written one meta page; its checksum
// then fails and the other, older, page is read: the change shows on the
// next look.
func stampAt(path string) (fileStamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileStamp{}, err
	}
	defer f.Close()
	return stampOf(f)
}
