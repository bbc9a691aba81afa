package store_test

import (
	"encoding/binary"
	"hash/crc32"
	"testing"

	"github.com/fxamacker/cbor/v2"
	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// asV3WithWholeEntries rewrites a ledger as the v3 program left it: every
// journal entry in one value however many changes it holds, no pieces,
// empty history index values, schema 3.
func asV3WithWholeEntries(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	dec, _ := cbor.DecOptions{MaxArrayElements: 1 << 24}.DecMode()
	crc := crc32.MakeTable(crc32.Castagnoli)
	err = db.Update(func(tx *bolt.Tx) error {
		jb, hb := tx.Bucket([]byte("journal")), tx.Bucket([]byte("history"))
		whole := map[uint64]*model.JournalEntry{}
		var pieces [][]byte
		jb.ForEach(func(k, v []byte) error {
			seq := binary.BigEndian.Uint64(k)
			if len(k) == 12 {
				var cs []model.Change
				if err := dec.Unmarshal(v[4:], &cs); err != nil {
					t.Fatal(err)
				}
				whole[seq].Changes = append(whole[seq].Changes, cs...)
				pieces = append(pieces, append([]byte(nil), k...))
				return nil
			}
			e := &model.JournalEntry{}
			if err := dec.Unmarshal(v[4:], e); err != nil {
				t.Fatal(err)
			}
			whole[seq] = e
			return nil
		})
		if len(pieces) == 0 {
			t.Fatal("fixture: no entry was stored in pieces")
		}
		for _, k := range pieces {
			jb.Delete(k)
		}
		for seq, e := range whole {
			e.Parts = 0
			p, err := enc.Marshal(e)
			if err != nil {
				return err
			}
			jb.Put(binary.BigEndian.AppendUint64(nil, seq), append(binary.BigEndian.AppendUint32(nil, crc32.Checksum(p, crc)), p...))
		}
		var keys [][]byte
		hb.ForEach(func(k, _ []byte) error { keys = append(keys, append([]byte(nil), k...)); return nil })
		for _, k := range keys {
			hb.Put(k, nil)
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 3))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A v3 ledger holding an import of more than 65,536 rows in one journal
// value (which v3 itself could no longer read) is migrated: the entry is
// stored in pieces, check passes, undo and history work.
func TestV3LedgerWithAHugeImportIsMigratedIntoPieces(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("imports 70,000 rows")
	}
	path := storetest.Path(t)
	s := storetest.OpenAt(t, path, storetest.Options())
	createOwners(t, s, 70_000)
	s.Close()
	asV3WithWholeEntries(t, path)
	if schema, _ := schemaOf(t, path); schema != 3 {
		t.Fatalf("fixture schema %d", schema)
	}

	s = storetest.OpenAt(t, path, storetest.Options())
	defer s.Close()
	if meta, err := s.Meta(); err != nil || meta.Schema != store.SchemaVersion {
		t.Fatalf("schema after opening: %+v %v", meta, err)
	}
	mustCheckClean(t, s)
	if hist, err := s.History(model.EntityOwner, 69_999); err != nil || len(hist) != 1 || len(hist[0].Changes) != 1 {
		t.Fatalf("history: %v %+v", err, hist)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if l, _ := s.Load(); len(l.Owners) != 0 {
		t.Fatalf("%d people after undo", len(l.Owners))
	}
}
