package store

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"io"
	"os"

	"secretary/model"
)

// bbolt's on-disk meta page, as documented in its internal/common/meta.go:
// a 16-byte page header, then magic, version, page size, flags, the root
// bucket (root page, sequence), freelist page, high-water page id, txid
// and an FNV-64a checksum of the fields before it. Fields are in the
// machine's byte order; every platform we ship to is little-endian.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	pageHeaderSize  = 16
	metaChecksumEnd = pageHeaderSize + 56 // checksum covers [16, 72)
	metaSize        = metaChecksumEnd + 8
	minPageSize     = 512
	maxPageSize     = 64 << 10
)

type boltMeta struct {
	damagedMeta bool // one of the two meta pages is unreadable
	pageSize    uint32
	root        uint64 // root page of the bucket of buckets
	freelist    uint64 // page of the free-page list, or noFreelist
	pgid        uint64 // high-water mark: pages [0, pgid) must exist
	txid        uint64
}

const (
	noFreelist       = ^uint64(0)
	freelistPageFlag = 0x10
)

// probeFile reads the file's two meta pages before bbolt sees it. bbolt
// maps the file into memory and faults (SIGBUS, not a panic) on a page
// past the end of a truncated file, and it happily initialises an empty
// file as a new database; both must instead be reported and the file left
// alone. The probe catches an empty file, a file that is not a bbolt file,
// and a file shorter than its meta page says.
//
// With walk, it also checks the page tree and free list (walkPages); that
// is only meaningful while the caller holds bbolt's lock.
func probeFile(path string, walk bool) (boltMeta, error) {
	f, err := os.Open(path)
	if err != nil {
		return boltMeta{}, err
	}
	defer f.Close()
	return probeOpenFile(f, path, walk)
}

// probeOpenFile is probeFile on a file already open: the handle bbolt
// holds its lock through, so the walk reads the very file that is locked
// even if another one has since been renamed into its place.
func probeOpenFile(f *os.File, path string, walk bool) (boltMeta, error) {
	info, err := f.Stat()
	if err != nil {
		return boltMeta{}, err
	}
	size := info.Size()
	if size == 0 {
		return boltMeta{}, newErr(KindNotLedger, nil, MsgEmptyFile, path)
	}
	best, err := currentMeta(f)
	if err != nil {
		return boltMeta{}, newErr(KindNotLedger, err, MsgNotLedger, path)
	}
	need := int64(best.pgid) * int64(best.pageSize)
	if size < need {
		return boltMeta{}, newErr(KindDamaged, nil, MsgTruncated, path, size, need)
	}
	if !walk {
		return best, nil
	}
	if err := walkPages(f, best); err != nil {
		var se *structureError
		if errors.As(err, &se) {
			return boltMeta{}, newErr(KindDamaged, err, MsgDamaged, path, model.M(MsgDamagePageAt, se.page))
		}
		return boltMeta{}, err
	}
	return best, nil
}

// currentMeta reads the file's two meta pages and returns the current
// one: whichever of the two is valid with the higher txid, as in bbolt.
// When the first is unreadable, the second is looked for at the page
// size we write (and bbolt's default, the same on every platform we ship
// to). It fails only when neither is readable.
func currentMeta(f *os.File) (boltMeta, error) {
	m0, err0 := readMeta(f, 0)
	off := int64(PageSize)
	if err0 == nil {
		off = int64(m0.pageSize)
	}
	m1, err1 := readMeta(f, off)
	switch {
	case err0 == nil && err1 == nil:
		if m1.txid > m0.txid {
			return m1, nil
		}
		return m0, nil
	case err0 == nil:
		m0.damagedMeta = true
		return m0, nil
	case err1 == nil:
		m1.damagedMeta = true
		return m1, nil
	}
	return boltMeta{}, err0
}

var errBadMeta = errors.New("not a bbolt meta page")

func readMeta(f *os.File, off int64) (boltMeta, error) {
	buf := make([]byte, metaSize)
	if _, err := f.ReadAt(buf, off); err != nil {
		if errors.Is(err, io.EOF) {
			return boltMeta{}, errBadMeta
		}
		return boltMeta{}, err
	}
	return metaFromBytes(buf)
}

// metaFromBytes reads a meta page from the bytes it starts with.
func metaFromBytes(buf []byte) (boltMeta, error) {
	if len(buf) < metaSize {
		return boltMeta{}, errBadMeta
	}
	le := binary.LittleEndian
	if le.Uint32(buf[16:]) != boltMagic || le.Uint32(buf[20:]) != boltVersion {
		return boltMeta{}, errBadMeta
	}
	h := fnv.New64a()
	h.Write(buf[pageHeaderSize:metaChecksumEnd])
	if h.Sum64() != le.Uint64(buf[metaChecksumEnd:]) {
		return boltMeta{}, errBadMeta
	}
	m := boltMeta{
		pageSize: le.Uint32(buf[24:]),
		root:     le.Uint64(buf[32:]),
		freelist: le.Uint64(buf[48:]),
		pgid:     le.Uint64(buf[56:]),
		txid:     le.Uint64(buf[64:]),
	}
	if m.pageSize < minPageSize || m.pageSize > maxPageSize || m.pageSize&(m.pageSize-1) != 0 {
		return boltMeta{}, errBadMeta
	}
	return m, nil
}
