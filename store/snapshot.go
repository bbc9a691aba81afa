package store

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"github.com/fxamacker/cbor/v2"
	bolt "go.etcd.io/bbolt"

	"secretary/internal/sanitize"
	"secretary/model"
)

// A handover snapshot is a ledger file — a consistent copy taken in one
// read transaction — with one more bucket, "snapshot", holding its
// manifest: when and by which program it was made, from which ledger, the
// counts per kind of record, the schema version, and a digest of every
// record and the settings (their keys, lengths and checksums). The copy
// is a bbolt file like any ledger, so bbolt's own tools and `secretary
// check` read it; with --encrypt the whole file is wrapped in age (see
// snapshot_crypt.go).
//
// The manifest lets the receiver tell a whole, unaltered snapshot from a
// damaged or edited one: the counts catch records lost or added, the
// digest catches records changed after export even when their checksums
// were recomputed. It does not stop a determined forger (there is no
// secret); comparing the file's SHA-256 by phone does.

var (
	bucketSnapshot = []byte("snapshot") // only in snapshot files
	keyManifest    = []byte("manifest")
)

// ManifestFormat is the manifest layout this program writes and reads.
const ManifestFormat = 1

// Manifest describes a snapshot.
type Manifest struct {
	Format    int          // manifest layout version
	Created   time.Time    // when the snapshot was taken
	Version   string       // the program version that took it
	Source    string       // the ledger file it was taken from
	Schema    int          // the ledger's schema version
	Counts    model.Counts // records per kind
	Digest    []byte       // SHA-256 over every record's key, length and checksum, and the settings' (see contentDigest)
	GroupName string       // the ledger's settings at the time, so the receiver sees whose ledger it is
	School    string
	Secretary string
}

// manifestWire is the stored form: CBOR with integer keys behind a CRC,
// like every other value in the file.
type manifestWire struct {
	Format   int       `cbor:"1,keyasint,omitempty"`
	UnixMs   int64     `cbor:"2,keyasint,omitempty"`
	Version  string    `cbor:"3,keyasint,omitempty"`
	Source   string    `cbor:"4,keyasint,omitempty"`
	Schema   int       `cbor:"5,keyasint,omitempty"`
	Counts   []int     `cbor:"6,keyasint,omitempty"` // in model.Entities() order
	Digest   []byte    `cbor:"7,keyasint,omitempty"`
	Settings [3]string `cbor:"8,keyasint,omitempty"` // group, school, secretary
}

// manifestKindsFirst is how many kinds the first manifests counted (plans
// to rectifications, before meetings and decisions).
const manifestKindsFirst = 6

func (m *Manifest) wire() manifestWire {
	w := manifestWire{Format: m.Format, UnixMs: m.Created.UnixMilli(), Version: m.Version, Source: m.Source,
		Schema: m.Schema, Digest: m.Digest, Settings: [3]string{m.GroupName, m.School, m.Secretary}}
	for _, e := range model.Entities() {
		w.Counts = append(w.Counts, m.Counts.Of(e))
	}
	return w
}

func (w *manifestWire) manifest() (*Manifest, error) {
	// A snapshot from before a kind existed counts fewer kinds (their
	// counts are 0); one counting more is from a newer program, and one
	// counting fewer than the first six kinds was never written.
	if len(w.Counts) < manifestKindsFirst || len(w.Counts) > len(model.Entities()) {
		return nil, fmt.Errorf("the manifest counts %d kinds of record, not %d", len(w.Counts), len(model.Entities()))
	}
	m := &Manifest{Format: w.Format, Created: time.UnixMilli(w.UnixMs), Version: w.Version, Source: w.Source,
		Schema: w.Schema, Digest: w.Digest, GroupName: w.Settings[0], School: w.Settings[1], Secretary: w.Settings[2]}
	for i, n := range w.Counts {
		m.Counts.Add(model.Entities()[i], n)
	}
	return m, nil
}

// Message keys of snapshot errors and check findings; internal/i18n/snapshot.go
// translates them. Every refusal ends by saying the ledger was not changed.
const (
	MsgSnapExists        = "snapshot.exists"           // args: path
	MsgSnapWriteFailed   = "snapshot.write_failed"     // args: path, cause
	MsgSnapDiskFull      = "snapshot.disk_full"        // args: path
	MsgSnapNoPermission  = "snapshot.no_permission"    // args: folder
	MsgSnapNoFile        = "snapshot.no_file"          // args: path
	MsgSnapEmptyFile     = "snapshot.empty_file"       // args: path
	MsgSnapNotLedger     = "snapshot.not_ledger"       // args: path
	MsgSnapTruncated     = "snapshot.truncated"        // args: path
	MsgSnapCorrupt       = "snapshot.corrupt"          // args: path, first problem (Msg), number of problems
	MsgSnapTampered      = "snapshot.tampered"         // args: path, first finding (Msg)
	MsgSnapNewer         = "snapshot.newer"            // args: path, found schema, supported schema
	MsgSnapNewerManifest = "snapshot.newer_manifest"   // args: path, found format, supported format
	MsgSnapNoRecords     = "snapshot.no_records"       // args: path
	MsgSnapSameFile      = "snapshot.same_file"        // args: path
	MsgSnapNeedPass      = "snapshot.need_passphrase"  // args: path
	MsgSnapWrongPass     = "snapshot.wrong_passphrase" // args: path
	MsgSnapCryptDamaged  = "snapshot.crypt_damaged"    // args: path
	MsgSnapEmptyPass     = "snapshot.empty_passphrase"
	MsgSnapReadFailed    = "snapshot.read_failed"    // args: path, cause
	MsgSnapApplyFailed   = "snapshot.apply_failed"   // args: ledger path, cause
	MsgSnapControl       = "snapshot.control"        // args: path, record codes (up to 8), number of findings
	MsgSnapUnknownBucket = "snapshot.unknown_bucket" // args: path, bucket name
	MsgSnapManifestText  = "snapshot.manifest_text"  // args: which manifest field

	// Check findings about the manifest (in a Report's problems).
	MsgSnapManifestDamaged = "snapshot.manifest_damaged" // args: cause
	MsgSnapCountMismatch   = "snapshot.count_mismatch"   // args: entity label, manifest count, found count
	MsgSnapDigestMismatch  = "snapshot.digest_mismatch"
)

// Error kinds of snapshots, numbered apart from the core's so the two
// lists can grow independently.
const (
	KindWrongPassphrase ErrorKind = 64 + iota // the passphrase does not open the file
	KindNeedPassphrase                        // the file is encrypted and no passphrase was given
	KindTampered                              // the file disagrees with its manifest
	KindExists                                // export would overwrite a file
	KindEmpty                                 // a snapshot with no records
	KindUnsafeText                            // records hold control characters (issue 10)
)

// contentDigest is a SHA-256 over every record and the settings, in
// bucket and key order: each key with its value's length and stored
// checksum (the CRC-32C every value carries, see codec.go). Check proves
// each value matches its checksum; the digest proves the set of keys,
// lengths and checksums is the one exported. Together they catch any
// record lost, added or changed after export, at a tenth of the cost of
// hashing every value's bytes — which matters for a large ledger, where
// the export must stay close to the cost of copying the file.
func contentDigest(tx *bolt.Tx) ([]byte, error) {
	h := sha256.New()
	// Buffered: three tiny writes per record would otherwise dominate.
	w := bufio.NewWriterSize(h, 64<<10)
	for _, e := range model.Entities() {
		b := tx.Bucket(entityBucket(e))
		if b == nil && bucketNotYet(tx, e) {
			continue // a snapshot from before the kind: hashed as its program did
		}
		if b == nil {
			return nil, fmt.Errorf("bucket %s missing", entityBucket(e))
		}
		w.WriteByte(byte(e))
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			hashItem(w, k, v)
		}
	}
	w.WriteByte(0)
	if sb := tx.Bucket(bucketSettings); sb != nil {
		hashItem(w, keySetting, sb.Get(keySetting))
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

// hashItem writes a key, its value's length and the value's checksum (the
// whole value when it is too short to have one).
func hashItem(w *bufio.Writer, k, v []byte) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(k)))
	w.Write(n[:])
	w.Write(k)
	binary.BigEndian.PutUint64(n[:], uint64(len(v)))
	w.Write(n[:])
	w.Write(v[:min(len(v), 4)])
}

// countKeys counts the records of each kind without decoding them.
func countKeys(tx *bolt.Tx) model.Counts {
	var c model.Counts
	for _, e := range model.Entities() {
		if b := tx.Bucket(entityBucket(e)); b != nil {
			c.Add(e, b.Stats().KeyN)
		}
	}
	return c
}

// readManifest reads a snapshot's manifest; nil, nil for a ledger file
// without one.
func (s *Store) readManifest(tx *bolt.Tx) (*Manifest, error) {
	b := tx.Bucket(bucketSnapshot)
	if b == nil {
		return nil, nil
	}
	v := b.Get(keyManifest)
	if v == nil {
		return nil, fmt.Errorf("the snapshot bucket has no manifest")
	}
	// A newer program may have added fields this one's strict decoder
	// refuses; read the format first so the user hears "update the
	// program", not "damaged".
	payload, err := unframe(v)
	if err != nil {
		return nil, err
	}
	var head struct {
		Format int `cbor:"1,keyasint,omitempty"`
	}
	if cbor.Unmarshal(payload, &head) == nil && head.Format > ManifestFormat {
		return &Manifest{Format: head.Format}, nil
	}
	var w manifestWire
	if err := s.codec.decode(v, &w); err != nil {
		return nil, err
	}
	return w.manifest()
}

func writeManifest(tx *bolt.Tx, c codec, m *Manifest) error {
	b, err := tx.CreateBucketIfNotExists(bucketSnapshot)
	if err != nil {
		return err
	}
	w := m.wire()
	v, err := c.encode(&w)
	if err != nil {
		return err
	}
	return b.Put(keyManifest, v)
}

// verifyManifest adds to rep every way the file disagrees with its
// manifest: counts per kind and the content digest.
func verifyManifest(tx *bolt.Tx, m *Manifest, rep *Report) {
	for _, e := range model.Entities() {
		if want, got := m.Counts.Of(e), rep.Counts.Of(e); want != got {
			rep.add(MsgSnapCountMismatch, e.Label(), want, got)
		}
	}
	d, err := contentDigest(tx)
	if err != nil || string(d) != string(m.Digest) {
		rep.add(MsgSnapDigestMismatch)
	}
}

// unsafeText names the first of the manifest's strings that holds a
// character the sanitising rule removes, or is longer than this program
// ever writes; "" when all are fine. The manifest is shown to the
// receiver before anything else, so it is checked before it is shown.
func (m *Manifest) unsafeText() string {
	for _, f := range []struct {
		name, value string
		max         int
	}{
		{"version", m.Version, 64},
		{"source", m.Source, 4096},
		{"group", m.GroupName, 4 * model.MaxShortText},
		{"school", m.School, 4 * model.MaxShortText},
		{"secretary", m.Secretary, 4 * model.MaxShortText},
	} {
		if len(f.value) > f.max || !sanitize.Clean(f.value) || strings.ContainsAny(f.value, "\t\n") {
			return f.name
		}
	}
	return ""
}
