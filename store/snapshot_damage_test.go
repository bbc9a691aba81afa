package store_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"
	bolt "go.etcd.io/bbolt"
)

// Ways to damage or alter a snapshot on disk, as a failing USB stick, an
// interrupted copy or someone with a hex editor would. Each works on a
// copy in a fresh folder and returns its path.

func writeFile(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "快照.snapshot")
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cut keeps the first frac of the file.
func cut(t *testing.T, p string, frac float64) string {
	b := readFile(t, p)
	return writeFile(t, b[:int(float64(len(b))*frac)])
}

// pad appends n bytes.
func pad(t *testing.T, p string, n int) string {
	return writeFile(t, append(readFile(t, p), bytes.Repeat([]byte{0x5a}, n)...))
}

// flipAt flips one bit at frac of the file.
func flipAt(t *testing.T, p string, frac float64) string {
	b := readFile(t, p)
	b[int(float64(len(b)-1)*frac)] ^= 0x10
	return writeFile(t, b)
}

// flipInRecord flips a bit inside the first owner's stored name, the way
// a bad sector would: the record's checksum no longer matches.
func flipInRecord(t *testing.T, p string) string {
	b := readFile(t, p)
	i := bytes.Index(b, []byte("心理中心"))
	if i < 0 {
		t.Fatal("no record text found to damage")
	}
	b[i+1] ^= 0x01
	return writeFile(t, b)
}

// editRecord changes an owner's name and recomputes the value's checksum:
// every record is intact, but the snapshot is no longer what was exported.
func editRecord(t *testing.T, p string) string {
	return edited(t, p, func(f *boltFile) {
		v := f.get("owners", string(u64(1)))
		i := bytes.Index(v, []byte("王建国"))
		if i < 4 {
			t.Fatal("owner 1 is not 王建国")
		}
		copy(v[i:], "汪")
		binary.BigEndian.PutUint32(v, crc32.Checksum(v[4:], crc32.MakeTable(crc32.Castagnoli)))
		f.put("owners", string(u64(1)), v)
	})
}

// removeRecord deletes the last rectification (nothing points at one).
func removeRecord(t *testing.T, p string) string {
	return edited(t, p, func(f *boltFile) { f.deleteLast("rectifications") })
}

// otherBoltFile is a valid bbolt file that is not a ledger.
func otherBoltFile(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(p, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("widgets"))
		return b.Put([]byte("k"), []byte("v"))
	})
	db.Close()
	return p
}

func u64(n uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, n)
	return b
}

// boltFile edits a snapshot with bbolt directly.
type boltFile struct {
	t  *testing.T
	tx *bolt.Tx
}

// edited copies p and applies fn to the copy in one bbolt transaction.
func edited(t *testing.T, p string, fn func(*boltFile)) string {
	cp := writeFile(t, readFile(t, p))
	editBolt(t, cp, fn)
	return cp
}

func editBolt(t *testing.T, p string, fn func(*boltFile)) {
	t.Helper()
	db, err := bolt.Open(p, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { fn(&boltFile{t: t, tx: tx}); return nil }); err != nil {
		t.Fatal(err)
	}
}

func (f *boltFile) bucket(name string) *bolt.Bucket {
	b := f.tx.Bucket([]byte(name))
	if b == nil {
		f.t.Fatalf("no bucket %s", name)
	}
	return b
}

func (f *boltFile) get(bucket, key string) []byte {
	return bytes.Clone(f.bucket(bucket).Get([]byte(key)))
}

func (f *boltFile) put(bucket, key string, v []byte) {
	if err := f.bucket(bucket).Put([]byte(key), v); err != nil {
		f.t.Fatal(err)
	}
}

func (f *boltFile) deleteBucket(name string) {
	if err := f.tx.DeleteBucket([]byte(name)); err != nil {
		f.t.Fatal(err)
	}
}

func (f *boltFile) deleteLast(bucket string) {
	k, _ := f.bucket(bucket).Cursor().Last()
	if err := f.bucket(bucket).Delete(k); err != nil {
		f.t.Fatal(err)
	}
}

// setManifestCounts rewrites the manifest's counts list, as a program
// that knew fewer kinds wrote it, with a correct checksum.
func (f *boltFile) setManifestCounts(counts []int) {
	v := f.get("snapshot", "manifest")
	var m map[int]any
	if err := cbor.Unmarshal(v[4:], &m); err != nil {
		f.t.Fatal(err)
	}
	m[6] = counts
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	payload, err := enc.Marshal(m)
	if err != nil {
		f.t.Fatal(err)
	}
	out := make([]byte, 4+len(payload))
	binary.BigEndian.PutUint32(out, crc32.Checksum(payload, crc32.MakeTable(crc32.Castagnoli)))
	copy(out[4:], payload)
	f.put("snapshot", "manifest", out)
}

// setManifestDigest rewrites the manifest's digest as a program that knew
// only the first six kinds computed it (store/snapshot.go contentDigest).
func (f *boltFile) setManifestDigest() {
	h := sha256.New()
	item := func(k, v []byte) {
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(len(k))))
		h.Write(k)
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(len(v))))
		h.Write(v[:min(len(v), 4)])
	}
	for i, name := range []string{"plans", "owners", "tasks", "activities", "assessments", "rectifications"} {
		h.Write([]byte{byte(i + 1)})
		c := f.bucket(name).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			item(k, v)
		}
	}
	h.Write([]byte{0})
	item([]byte("settings"), f.bucket("settings").Get([]byte("settings")))
	v := f.get("snapshot", "manifest")
	var m map[int]any
	if err := cbor.Unmarshal(v[4:], &m); err != nil {
		f.t.Fatal(err)
	}
	m[7] = h.Sum(nil)
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	payload, err := enc.Marshal(m)
	if err != nil {
		f.t.Fatal(err)
	}
	out := make([]byte, 4+len(payload))
	binary.BigEndian.PutUint32(out, crc32.Checksum(payload, crc32.MakeTable(crc32.Castagnoli)))
	copy(out[4:], payload)
	f.put("snapshot", "manifest", out)
}

// setManifestFormat rewrites the manifest as a newer program would write
// it, with a correct checksum.
func (f *boltFile) setManifestFormat(n int) {
	v := f.get("snapshot", "manifest")
	var m map[int]any
	if err := cbor.Unmarshal(v[4:], &m); err != nil {
		f.t.Fatal(err)
	}
	m[1] = n
	m[99] = "a field this program does not know"
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	payload, err := enc.Marshal(m)
	if err != nil {
		f.t.Fatal(err)
	}
	out := make([]byte, 4+len(payload))
	binary.BigEndian.PutUint32(out, crc32.Checksum(payload, crc32.MakeTable(crc32.Castagnoli)))
	copy(out[4:], payload)
	f.put("snapshot", "manifest", out)
}
