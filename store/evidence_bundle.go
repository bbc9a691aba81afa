package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
	"secretary/model"
)

// A snapshot exported with its evidence (export --with-evidence) carries
// the evidence folder's files inside the snapshot file, in one more
// snapshot-only bucket beside the manifest: each file in pieces of
// bundleChunk bytes, keyed by its SHA-256 (32 bytes) and the piece's
// number (4 bytes, big-endian). The snapshot stays one file, which age
// encrypts whole, and the receiver's import checks every file against the
// SHA-256 its evidence record holds — records the manifest's digest
// covers — before it restores the folder. The bucket never reaches a
// ledger: the import takes it out and compacts the file.

var bucketEvidenceFiles = []byte("evidence_files") // only in snapshots exported with evidence

// bundleChunk is the size of one stored piece of a file: small enough
// that bbolt never holds a whole photo in one value.
const bundleChunk = 1 << 20

// bundleTxBytes bounds one write transaction of the bundle, so a
// snapshot of hundreds of megabytes of files never holds them all in
// memory at once.
const bundleTxBytes = 32 << 20

// Message keys of evidence bundles.
const (
	MsgBundleDamaged = "snapshot.bundle_damaged" // args: file's SHA-256 (short), cause
	MsgBundleRestore = "snapshot.bundle_restore" // args: folder, cause
)

// BundleFile is an evidence file to bundle: its SHA-256 (as the ledger
// records it) and where it is.
type BundleFile struct {
	SHA256 string
	Path   string
}

// BundleResult says what went into a snapshot's bundle.
type BundleResult struct {
	Files int
	Bytes int64
	// Skipped are the SHA-256s of files that were missing or whose
	// content no longer matched: left out rather than carried wrong.
	Skipped []string
}

func bundleKey(sum []byte, piece uint32) []byte {
	k := make([]byte, 36)
	copy(k, sum)
	binary.BigEndian.PutUint32(k[32:], piece)
	return k
}

// writeBundle adds the files to the snapshot copy db, each checked
// against its SHA-256 as it is read.
func writeBundle(db *bolt.DB, files []BundleFile) (BundleResult, error) {
	var res BundleResult
	files = append([]BundleFile(nil), files...)
	sort.Slice(files, func(i, j int) bool { return files[i].SHA256 < files[j].SHA256 })
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketEvidenceFiles)
		return err
	}); err != nil {
		return res, err
	}
	seen := map[string]bool{}
	for _, f := range files {
		if seen[f.SHA256] {
			continue
		}
		seen[f.SHA256] = true
		n, ok, err := bundleOne(db, f)
		if err != nil {
			return res, err
		}
		if !ok {
			res.Skipped = append(res.Skipped, f.SHA256)
			continue
		}
		res.Files++
		res.Bytes += n
	}
	return res, nil
}

// bundleOne stores one file's pieces; ok is false (and nothing stays
// stored) when the file is missing or does not match its SHA-256.
func bundleOne(db *bolt.DB, f BundleFile) (int64, bool, error) {
	sum, err := hex.DecodeString(f.SHA256)
	if err != nil || len(sum) != sha256.Size {
		return 0, false, nil
	}
	in, err := os.Open(f.Path)
	if err != nil {
		return 0, false, nil
	}
	defer in.Close()
	h := sha256.New()
	buf := make([]byte, bundleChunk)
	var total int64
	piece := uint32(0)
	for done := false; !done; {
		err := db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketEvidenceFiles)
			for size := 0; size < bundleTxBytes; {
				n, err := io.ReadFull(in, buf)
				if n > 0 {
					h.Write(buf[:n])
					if err := b.Put(bundleKey(sum, piece), bytes.Clone(buf[:n])); err != nil {
						return err
					}
					piece++
					size += n
					total += int64(n)
				}
				if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
					done = true
					return nil
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, false, err
		}
	}
	if !bytes.Equal(h.Sum(nil), sum) || total == 0 {
		return 0, false, db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketEvidenceFiles)
			for p := uint32(0); p < piece; p++ {
				if err := b.Delete(bundleKey(sum, p)); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return total, true, nil
}

// bundleGroup is one bundled file's pieces, read in key order.
type bundleGroup struct {
	sum    []byte
	pieces [][]byte // values, valid only inside the transaction
}

// eachBundled calls fn with each bundled file's pieces in order; a file
// whose pieces do not run 0, 1, 2 … is damaged.
func eachBundled(tx *bolt.Tx, fn func(g bundleGroup, err error) error) error {
	b := tx.Bucket(bucketEvidenceFiles)
	if b == nil {
		return nil
	}
	var g bundleGroup
	flush := func() error {
		if g.sum == nil {
			return nil
		}
		err := fn(g, nil)
		g = bundleGroup{}
		return err
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 36 {
			return fn(bundleGroup{sum: k}, fmt.Errorf("a piece with a key of %d bytes", len(k)))
		}
		if g.sum != nil && !bytes.Equal(g.sum, k[:32]) {
			if err := flush(); err != nil {
				return err
			}
		}
		if g.sum == nil {
			g.sum = k[:32]
		}
		if n := binary.BigEndian.Uint32(k[32:]); int(n) != len(g.pieces) {
			return fn(g, fmt.Errorf("piece %d missing", len(g.pieces)))
		}
		g.pieces = append(g.pieces, v)
	}
	return flush()
}

// verifyBundle adds to rep every bundled file whose pieces do not hash to
// its name: what `check` says of a snapshot exported with evidence.
func verifyBundle(tx *bolt.Tx, rep *Report) {
	_ = eachBundled(tx, func(g bundleGroup, err error) error {
		if err == nil {
			h := sha256.New()
			for _, p := range g.pieces {
				h.Write(p)
			}
			if !bytes.Equal(h.Sum(nil), g.sum) {
				err = errors.New("SHA-256 mismatch")
			}
		}
		if err != nil {
			rep.add(MsgBundleDamaged, shortSum(g.sum), err.Error())
		}
		return nil
	})
}

func shortSum(sum []byte) string {
	s := hex.EncodeToString(sum)
	if len(s) > 12 {
		s = s[:12]
	}
	return s
}

// BundledFile is an evidence file an import restored from the snapshot
// into its staging folder.
type BundledFile struct {
	SHA256 string
	Path   string // in the staging folder
	Size   int64
}

// extractBundle writes every bundled file the copy's evidence records
// name into a new staging folder beside the ledger, each checked against
// its SHA-256; one that does not match refuses the import (the snapshot
// was damaged or altered). It returns the folder ("" when the snapshot
// has no bundle) and the files.
func extractBundle(cs *Store, ledger, shown string) (string, []BundledFile, error) {
	wanted := map[string]string{} // SHA-256 → stored name's extension
	var dir string
	var out []BundledFile
	err := cs.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketEvidenceFiles) == nil {
			return nil
		}
		if b := tx.Bucket(entityBucket(model.EntityEvidence)); b != nil {
			if err := b.ForEach(func(_, v []byte) error {
				r, err := cs.codec.decodeRecord(model.EntityEvidence, v)
				if err != nil {
					return err
				}
				if e := r.(*model.Evidence); e.HasFile() {
					wanted[e.SHA256] = e.StoredName()
				}
				return nil
			}); err != nil {
				return err
			}
		}
		var err error
		dir, err = os.MkdirTemp(filepath.Dir(ledger), "."+filepath.Base(ledger)+".evidence-import.")
		if err != nil {
			return writeErr(filepath.Dir(ledger), err)
		}
		return eachBundled(tx, func(g bundleGroup, gerr error) error {
			if gerr != nil {
				return newErr(KindTampered, gerr, MsgSnapTampered, shown, model.M(MsgBundleDamaged, shortSum(g.sum), gerr.Error()))
			}
			sum := hex.EncodeToString(g.sum)
			name, ok := wanted[sum]
			if !ok {
				return nil // a file no record names: nothing to restore
			}
			bf, err := stageBundled(dir, name, g)
			if err != nil {
				return err
			}
			if bf.SHA256 != sum {
				return newErr(KindTampered, nil, MsgSnapTampered, shown, model.M(MsgBundleDamaged, shortSum(g.sum), "SHA-256 mismatch"))
			}
			bf.SHA256 = sum
			out = append(out, bf)
			return nil
		})
	})
	if err != nil {
		if dir != "" {
			os.RemoveAll(dir)
		}
		return "", nil, err
	}
	return dir, out, nil
}

// stageBundled writes one bundled file into the staging folder.
func stageBundled(dir, name string, g bundleGroup) (BundledFile, error) {
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fsutil.FileMode)
	if err != nil {
		return BundledFile{}, writeErr(path, err)
	}
	defer f.Close()
	h := sha256.New()
	var n int64
	for _, p := range g.pieces {
		if _, err := f.Write(p); err != nil {
			return BundledFile{}, writeErr(path, err)
		}
		h.Write(p)
		n += int64(len(p))
	}
	if err := f.Sync(); err != nil {
		return BundledFile{}, writeErr(path, err)
	}
	return BundledFile{SHA256: hex.EncodeToString(h.Sum(nil)), Path: path, Size: n}, f.Close()
}

// compactWithout rewrites the file at path without the bucket, so the
// space the bundle took does not stay in the ledger (bbolt never shrinks
// a file on its own).
func compactWithout(path string, bucket []byte) error {
	db, err := bolt.Open(path, fsutil.FileMode, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucket) == nil {
			return nil
		}
		return tx.DeleteBucket(bucket)
	})
	if err != nil {
		db.Close()
		return err
	}
	f, err := createTemp(filepath.Dir(path), filepath.Base(path)+".compact")
	if err != nil {
		db.Close()
		return err
	}
	tmp := f.Name()
	f.Close()
	dst, err := bolt.Open(tmp, fsutil.FileMode, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err == nil {
		err = bolt.Compact(dst, db, 16<<20)
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		_, _, err = syncAndHash(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// Evidence reports the evidence files a prepared import restores: the
// staging folder and the files in it (none for a snapshot exported
// without them).
func (im *Import) Evidence() (dir string, files []BundledFile) { return im.bundleDir, im.bundled }

// removeStaleEvidenceImports deletes staging folders an import killed
// part-way left beside the ledger. Only an import of this ledger makes
// them, and one is starting now.
func removeStaleEvidenceImports(ledger string) {
	staged, _ := filepath.Glob(filepath.Join(filepath.Dir(ledger), "."+filepath.Base(ledger)+".evidence-import.*"))
	for _, m := range staged {
		os.RemoveAll(m)
	}
}
