package store_test

import (
	"encoding/binary"
	"testing"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// TestALedgerFromBeforeObligationsOpens: a schema-3 ledger (before the
// obligations' bucket, before the activity kinds grew) is backed up,
// gains the bucket, and its activities keep their kinds — numbers and
// the meaning of each.
func TestALedgerFromBeforeObligationsOpens(t *testing.T) {
	t.Parallel()
	path := storetest.Path(t)
	s := mustOpen(t, path)
	owner := newOwner(t, s, "张三", "心理中心")
	kinds := []model.ActivityKind{model.ActLecture, model.ActTraining, model.ActThemeMonth, model.ActCrisisDrill, model.ActOther}
	for _, k := range kinds {
		if _, err := s.Create(&model.Activity{Title: "旧活动", Kind: k, Date: storetest.Today(), Status: model.ActPlanned, OrganiserID: owner}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("obligations")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 3))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	opts := storetest.Options()
	opts.NoBackup = false
	s, err = store.Open(path, opts)
	if err != nil {
		t.Fatalf("a schema-3 ledger does not open: %v", err)
	}
	defer s.Close()
	if meta, _ := s.Meta(); meta.Schema != store.SchemaVersion {
		t.Errorf("schema %d after opening", meta.Schema)
	}
	if b, err := store.ListBackups(path); err != nil || len(b) != 1 {
		t.Errorf("no backup before the migration: %v %v", b, err)
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Obligations) != 0 || len(l.Activities) != len(kinds) {
		t.Fatalf("after the migration: %v", l.Counts())
	}
	for i, k := range kinds {
		if a := l.Activities[i]; a.Kind != k || model.LabelOf(a.Kind).Code != model.LabelOf(k).Code {
			t.Errorf("activity %d: kind %d, was %d", a.ID, a.Kind, k)
		}
	}
	if got := model.LabelOf(l.Activities[0].Kind).In(model.LangZh); got != "专题讲座" {
		t.Errorf("a lecture reads %q", got)
	}
	if _, err := s.Create(&model.Obligation{Title: "月度实践活动", Freq: model.Frequency{Kind: model.FreqMonthly}, Min: 1}); err != nil {
		t.Errorf("no obligation can be saved after the migration: %v", err)
	}
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Errorf("check after the migration: %v %+v", err, rep)
	}
}
