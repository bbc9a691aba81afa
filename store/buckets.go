package store

import "secretary/model"

// Every bucket the ledger file holds is declared here and nowhere else, so
// a reader sees the whole schema at once (the habit of etcd's
// server/storage/schema/bucket.go): the buckets below, and one per kind of
// record, named by the kind's plural in the model's registry.
var (
	bucketMeta     = []byte("meta")     // schema version, creation, writer, undo/redo stacks
	bucketSettings = []byte("settings") // the ledger's settings (group name, school, secretary)
	bucketJournal  = []byte("journal")  // audit journal, keyed by sequence
	bucketHistory  = []byte("history")  // index: entity|id|seq -> nothing, for a record's history (schema v2)
)

// Keys in the meta bucket.
var (
	keySchema  = []byte("schema")   // uint64 big-endian
	keyCreated = []byte("created")  // RFC 3339 time
	keyWriter  = []byte("writer")   // version of the program that last wrote
	keyUndoTop = []byte("undo_top") // uint64 big-endian: top journal seq of the undo list (schema v3)
	keyRedoTop = []byte("redo_top") // uint64 big-endian: top of the redo list (schema v3)
	keyUndoV2  = []byte("undo")     // schema v2: the undo list as an encoded []uint64; migrated away
	keyRedoV2  = []byte("redo")     // schema v2: the redo list; migrated away
	keyBegan   = []byte("began")    // the day the ledger began, 2026-12-01; empty: unknown (see began.go)
	keySetting = []byte("settings") // key within bucketSettings
)

// kindBuckets are the record buckets' names by entity, made once from
// the registry (model.Kinds) and only read after.
var kindBuckets = func() map[model.Entity][]byte {
	out := map[model.Entity][]byte{}
	for _, k := range model.Kinds() {
		out[k.Entity()] = []byte(k.Plural())
	}
	return out
}()

// entityBucket is the bucket that holds records of the entity: the
// kind's plural ("tasks"). Nil for an unknown entity.
func entityBucket(e model.Entity) []byte { return kindBuckets[e] }

// allBuckets lists every bucket a current ledger has, in creation order.
func allBuckets() [][]byte {
	out := [][]byte{bucketMeta, bucketSettings, bucketJournal, bucketHistory}
	for _, e := range model.Entities() {
		out = append(out, entityBucket(e))
	}
	return out
}
