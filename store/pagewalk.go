package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// bbolt's page layout, as documented in its internal/common/page.go: a
// 16-byte header (id, flags, element count, overflow page count), then
// 16-byte elements whose keys and values sit further on in the page at
// offsets relative to the element. A leaf element flagged as a bucket
// holds a 16-byte bucket header (root page, sequence); root 0 means the
// bucket's own page follows inline in the value.
const (
	branchPageFlag  = 0x01
	leafPageFlag    = 0x02
	bucketLeafFlag  = 0x01
	elementSize     = 16
	bucketHeaderLen = 16
	maxTreeDepth    = 64
)

// structureError is a damaged page found by walkPages.
type structureError struct {
	page   uint64
	reason string
}

func (e *structureError) Error() string { return fmt.Sprintf("page %d: %s", e.page, e.reason) }

// walkPages reads the file's page tree, every bucket and nested bucket,
// with plain reads and bounds checks, before bbolt maps the file. bbolt
// trusts what a page says: from a damaged page it follows offsets past
// the end of the file (a memory fault that kills the program), or child
// links that form a loop (a walk that never ends), and its own checker
// does both in a goroutine no recover reaches. Here each page may be
// reached once, must say it is the page it is, must hold elements that
// fit inside it, and may not be on the free list too: writing into a
// page the free list calls free would overwrite live data.
//
// The used part of the file is read in one go (5 MB for a 10,000-record
// ledger): one read per page cost more in system calls than the walk.
func walkPages(f *os.File, m boltMeta) error {
	file := make([]byte, int64(m.pgid)*int64(m.pageSize))
	if n, err := f.ReadAt(file, 0); n < len(file) {
		return readErr(0, err)
	}
	w := &pageWalker{file: file, m: m, seen: make([]bool, m.pgid)}
	w.seen[0], w.seen[1] = true, true
	if err := w.page(m.root, 0); err != nil {
		return err
	}
	return w.freePages()
}

type pageWalker struct {
	file []byte // pages [0, pgid)
	m    boltMeta
	seen []bool // pages reached from the root
}

// read returns the bytes of page id and its overflow pages, marking them
// reached.
func (w *pageWalker) read(id uint64) ([]byte, error) {
	if id < 2 || id >= w.m.pgid {
		return nil, &structureError{id, "outside the file"}
	}
	size := uint64(w.m.pageSize)
	head := w.file[id*size:]
	le := binary.LittleEndian
	overflow := uint64(le.Uint32(head[12:]))
	if le.Uint64(head) != id {
		return nil, &structureError{id, fmt.Sprintf("says it is page %d", le.Uint64(head))}
	}
	if id+overflow >= w.m.pgid {
		return nil, &structureError{id, "runs past the end of the file"}
	}
	for p := id; p <= id+overflow; p++ {
		if w.seen[p] {
			return nil, &structureError{p, "reached twice"}
		}
		w.seen[p] = true
	}
	return head[:(overflow+1)*size], nil
}

func readErr(id uint64, err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &structureError{id, "outside the file"}
	}
	return err
}

// page checks the page id and everything below it.
func (w *pageWalker) page(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return &structureError{id, "too deep"}
	}
	data, err := w.read(id)
	if err != nil {
		return err
	}
	le := binary.LittleEndian
	flags, count := le.Uint16(data[8:]), int(le.Uint16(data[10:]))
	switch flags {
	case branchPageFlag:
		if count == 0 {
			return &structureError{id, "empty branch"}
		}
		var children []uint64
		err := elements(data, count, func(elem int) (int, int, error) {
			children = append(children, le.Uint64(data[elem+8:]))
			return int(le.Uint32(data[elem:])), int(le.Uint32(data[elem+4:])), nil // pos, ksize
		}, id)
		if err != nil {
			return err
		}
		for _, child := range children {
			if err := w.page(child, depth+1); err != nil {
				return err
			}
		}
		return nil
	case leafPageFlag:
		return w.leaf(data, count, id, depth)
	}
	return &structureError{id, fmt.Sprintf("unknown page type %#x", flags)}
}

// leaf checks a leaf page's elements and the buckets it holds.
func (w *pageWalker) leaf(data []byte, count int, id uint64, depth int) error {
	le := binary.LittleEndian
	type sub struct {
		root   uint64
		inline []byte
	}
	var buckets []sub
	err := elements(data, count, func(elem int) (int, int, error) {
		flags, pos := le.Uint32(data[elem:]), int(le.Uint32(data[elem+4:]))
		ksize, vsize := int(le.Uint32(data[elem+8:])), int(le.Uint32(data[elem+12:]))
		if flags&bucketLeafFlag != 0 {
			start := elem + pos + ksize
			if vsize < bucketHeaderLen || start < 0 || start+vsize > len(data) {
				return 0, 0, &structureError{id, "bucket header out of bounds"}
			}
			v := data[start : start+vsize]
			b := sub{root: le.Uint64(v)}
			if b.root == 0 {
				b.inline = v[bucketHeaderLen:]
			}
			buckets = append(buckets, b)
		}
		return pos, ksize + vsize, nil
	}, id)
	if err != nil {
		return err
	}
	for _, b := range buckets {
		if b.root != 0 {
			if err := w.page(b.root, depth+1); err != nil {
				return err
			}
			continue
		}
		// An inline bucket: a small leaf page inside the value. It holds
		// no buckets of its own (bbolt inlines only those without).
		if len(b.inline) < pageHeaderSize || le.Uint16(b.inline[8:]) != leafPageFlag {
			return &structureError{id, "inline bucket is not a leaf"}
		}
		n := int(le.Uint16(b.inline[10:]))
		err := elements(b.inline, n, func(elem int) (int, int, error) {
			if le.Uint32(b.inline[elem:])&bucketLeafFlag != 0 {
				return 0, 0, &structureError{id, "inline bucket holds a bucket"}
			}
			return int(le.Uint32(b.inline[elem+4:])), int(le.Uint32(b.inline[elem+8:])) + int(le.Uint32(b.inline[elem+12:])), nil
		}, id)
		if err != nil {
			return err
		}
	}
	return nil
}

// elements checks that count elements fit in data and that each one's
// key and value bytes, which span (pos, n) from the element as span
// reports them, lie inside it.
func elements(data []byte, count int, span func(elem int) (pos, n int, err error), id uint64) error {
	if pageHeaderSize+count*elementSize > len(data) {
		return &structureError{id, fmt.Sprintf("%d elements do not fit", count)}
	}
	for i := 0; i < count; i++ {
		elem := pageHeaderSize + i*elementSize
		pos, n, err := span(elem)
		if err != nil {
			return err
		}
		if n < 0 || pos < 0 || elem+pos+n > len(data) || elem+pos+n < elem {
			return &structureError{id, fmt.Sprintf("element %d out of bounds", i)}
		}
	}
	return nil
}

// freePages checks the free list: every page on it must exist and none
// may be a page the tree uses.
func (w *pageWalker) freePages() error {
	id := w.m.freelist
	if id == noFreelist {
		return nil
	}
	data, err := w.read(id)
	if err != nil {
		return err
	}
	le := binary.LittleEndian
	if le.Uint16(data[8:]) != freelistPageFlag {
		return &structureError{id, "is not the free list"}
	}
	first, count := pageHeaderSize, uint64(le.Uint16(data[10:]))
	if count == 0xFFFF {
		count, first = le.Uint64(data[pageHeaderSize:]), pageHeaderSize+8
	}
	if uint64(len(data)-first)/8 < count {
		return &structureError{id, fmt.Sprintf("%d free pages do not fit", count)}
	}
	for i := uint64(0); i < count; i++ {
		free := le.Uint64(data[first+int(i)*8:])
		if free < 2 || free >= w.m.pgid {
			return &structureError{id, fmt.Sprintf("lists page %d, outside the file", free)}
		}
		if w.seen[free] {
			return &structureError{free, "is in use and on the free list"}
		}
	}
	return nil
}
