package store

import "secretary/model"

// Every bucket the ledger file holds is declared here and nowhere else, so
// a reader sees the whole schema at once (the habit of etcd's
// server/storage/schema/bucket.go).
var (
	bucketMeta     = []byte("meta")     // schema version, creation, writer, undo/redo stacks
	bucketSettings = []byte("settings") // the ledger's settings (group name, school, secretary)
	bucketJournal  = []byte("journal")  // audit journal, keyed by sequence
	bucketHistory  = []byte("history")  // index: entity|id|seq -> nothing, for a record's history (schema v2)

	bucketPlans          = []byte("plans")
	bucketOwners         = []byte("owners")
	bucketTasks          = []byte("tasks")
	bucketActivities     = []byte("activities")
	bucketAssessments    = []byte("assessments")
	bucketRectifications = []byte("rectifications")
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
	keySetting = []byte("settings") // key within bucketSettings
)

// entityBucket is the bucket that holds records of the entity.
func entityBucket(e model.Entity) []byte {
	switch e {
	case model.EntityPlan:
		return bucketPlans
	case model.EntityOwner:
		return bucketOwners
	case model.EntityTask:
		return bucketTasks
	case model.EntityActivity:
		return bucketActivities
	case model.EntityAssessment:
		return bucketAssessments
	case model.EntityRectification:
		return bucketRectifications
	}
	return nil
}

// allBuckets lists every bucket a current ledger has, in creation order.
func allBuckets() [][]byte {
	out := [][]byte{bucketMeta, bucketSettings, bucketJournal, bucketHistory}
	for _, e := range model.Entities() {
		out = append(out, entityBucket(e))
	}
	return out
}
