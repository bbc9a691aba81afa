package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// checkLayout walks every page of a bbolt file reachable from its current
// meta page, reading with ReadAt, and checks that every page, element,
// key and value lies inside the file and its page. bbolt trusts these
// numbers: it maps the file into memory and follows them, so one flipped
// bit in an element's offset or size makes it read past the end of the
// mapping, which is a fatal SIGBUS/SIGSEGV, not a panic anyone can
// recover. A snapshot comes from outside — a USB stick, an email — so it
// is walked once this way before bbolt opens it. Page types, bounds and
// cycles are checked here; everything else (key order, freelist
// consistency, checksums of values) is left to Check.
func checkLayout(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	w := &layoutWalker{f: f, size: st.Size(), seen: map[uint64]bool{}}
	return w.walk()
}

// Layout constants of bbolt's file format (internal/common).
const (
	flagBranch     = 0x01
	flagLeaf       = 0x02
	flagFreelist   = 0x10
	bucketLeafFlag = 0x01
	elementSize    = 16 // both branch and leaf elements
	bucketHeader   = 16 // root page id, sequence
	noFreelist     = ^uint64(0)
	maxLayoutDepth = 64
	maxLayoutPages = 1 << 26 // 256 GiB of 4 KiB pages: far past any ledger
	metaRootOffset = 32      // root bucket's page id within a meta page
	metaFreeOffset = 48      // freelist page id
	metaPgidOffset = 56      // high-water mark
	metaTxidOffset = 64
)

type layoutWalker struct {
	f        *os.File
	size     int64
	pageSize uint64
	hwm      uint64
	seen     map[uint64]bool
}

func (w *layoutWalker) walk() error {
	meta, err := w.currentMeta()
	if err != nil {
		return err
	}
	w.pageSize = uint64(binary.LittleEndian.Uint32(meta[24:]))
	w.hwm = binary.LittleEndian.Uint64(meta[metaPgidOffset:])
	if w.hwm > maxLayoutPages || int64(w.hwm*w.pageSize) > w.size {
		return fmt.Errorf("high-water mark %d pages is past the end of the file", w.hwm)
	}
	if fl := binary.LittleEndian.Uint64(meta[metaFreeOffset:]); fl != noFreelist {
		if err := w.checkFreelist(fl); err != nil {
			return err
		}
	}
	return w.page(binary.LittleEndian.Uint64(meta[metaRootOffset:]), 0)
}

// currentMeta is the meta page bbolt will use: the valid one with the
// higher transaction id.
func (w *layoutWalker) currentMeta() ([]byte, error) {
	var best []byte
	var bestTx uint64
	m0, err0 := readMeta(w.f, 0)
	offsets := []int64{0, PageSize}
	if err0 == nil {
		offsets[1] = int64(m0.pageSize)
	}
	for _, off := range offsets {
		if _, err := readMeta(w.f, off); err != nil {
			continue
		}
		buf := make([]byte, metaSize)
		if _, err := w.f.ReadAt(buf, off); err != nil {
			continue
		}
		if tx := binary.LittleEndian.Uint64(buf[metaTxidOffset:]); best == nil || tx > bestTx {
			best, bestTx = buf, tx
		}
	}
	if best == nil {
		return nil, errors.New("no valid meta page")
	}
	return best, nil
}

// readPage reads page id with its overflow pages and checks its header.
func (w *layoutWalker) readPage(id uint64) ([]byte, error) {
	if id < 2 || id >= w.hwm {
		return nil, fmt.Errorf("page %d is outside the file's pages [2, %d)", id, w.hwm)
	}
	head := make([]byte, pageHeaderSize)
	if _, err := w.f.ReadAt(head, int64(id*w.pageSize)); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	if got := binary.LittleEndian.Uint64(head); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	overflow := uint64(binary.LittleEndian.Uint32(head[12:]))
	if id+overflow >= w.hwm {
		return nil, fmt.Errorf("page %d runs %d pages past the end", id, overflow)
	}
	buf := make([]byte, (overflow+1)*w.pageSize)
	if _, err := w.f.ReadAt(buf, int64(id*w.pageSize)); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	return buf, nil
}

func (w *layoutWalker) checkFreelist(id uint64) error {
	p, err := w.readPage(id)
	if err != nil {
		return fmt.Errorf("freelist: %w", err)
	}
	if p[8]&flagFreelist == 0 {
		return fmt.Errorf("freelist page %d has the wrong type %#x", id, p[8])
	}
	count, start := uint64(binary.LittleEndian.Uint16(p[10:])), uint64(pageHeaderSize)
	if count == 0xFFFF {
		if len(p) < pageHeaderSize+8 {
			return fmt.Errorf("freelist page %d is too short", id)
		}
		count, start = binary.LittleEndian.Uint64(p[pageHeaderSize:]), pageHeaderSize+8
	}
	if count > uint64(len(p)) || start+count*8 > uint64(len(p)) {
		return fmt.Errorf("freelist page %d lists %d pages, more than it holds", id, count)
	}
	return nil
}

// page checks a branch or leaf page and everything below it.
func (w *layoutWalker) page(id uint64, depth int) error {
	if depth > maxLayoutDepth {
		return fmt.Errorf("page %d: the tree is too deep (a loop?)", id)
	}
	if w.seen[id] {
		return fmt.Errorf("page %d is referenced twice", id)
	}
	w.seen[id] = true
	p, err := w.readPage(id)
	if err != nil {
		return err
	}
	return w.elements(p, id, depth)
}

// elements checks the elements of a page held in p (a page read from the
// file, or an inline bucket's page inside a value).
func (w *layoutWalker) elements(p []byte, id uint64, depth int) error {
	if len(p) < pageHeaderSize {
		return fmt.Errorf("page %d is too short", id)
	}
	flags, count := binary.LittleEndian.Uint16(p[8:]), uint64(binary.LittleEndian.Uint16(p[10:]))
	if pageHeaderSize+count*elementSize > uint64(len(p)) {
		return fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	le := binary.LittleEndian
	switch {
	case flags&flagBranch != 0:
		if count == 0 {
			return fmt.Errorf("branch page %d is empty", id)
		}
		for i := uint64(0); i < count; i++ {
			at := pageHeaderSize + i*elementSize
			pos, ksize := uint64(le.Uint32(p[at:])), uint64(le.Uint32(p[at+4:]))
			if at+pos+ksize > uint64(len(p)) {
				return fmt.Errorf("page %d element %d: key past the end of the page", id, i)
			}
			if err := w.page(le.Uint64(p[at+8:]), depth+1); err != nil {
				return err
			}
		}
	case flags&flagLeaf != 0:
		for i := uint64(0); i < count; i++ {
			at := pageHeaderSize + i*elementSize
			eflags := le.Uint32(p[at:])
			pos, ksize, vsize := uint64(le.Uint32(p[at+4:])), uint64(le.Uint32(p[at+8:])), uint64(le.Uint32(p[at+12:]))
			end := at + pos + ksize + vsize
			if end > uint64(len(p)) {
				return fmt.Errorf("page %d element %d: key or value past the end of the page", id, i)
			}
			if eflags&bucketLeafFlag == 0 {
				continue
			}
			v := p[at+pos+ksize : end]
			if err := w.bucket(v, id, depth); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("page %d has the unexpected type %#x", id, flags)
	}
	return nil
}

// bucket checks a nested bucket's value: its own page tree, or its inline
// page.
func (w *layoutWalker) bucket(v []byte, id uint64, depth int) error {
	if len(v) < bucketHeader {
		return fmt.Errorf("page %d: a bucket value is too short", id)
	}
	root := binary.LittleEndian.Uint64(v)
	if root != 0 {
		return w.page(root, depth+1)
	}
	if depth > maxLayoutDepth {
		return fmt.Errorf("page %d: buckets nested too deep", id)
	}
	inline := v[bucketHeader:]
	if len(inline) < pageHeaderSize {
		return fmt.Errorf("page %d: an inline bucket is too short", id)
	}
	if binary.LittleEndian.Uint16(inline[8:])&flagLeaf == 0 {
		return fmt.Errorf("page %d: an inline bucket is not a leaf", id)
	}
	return w.elements(inline, id, depth+1)
}
