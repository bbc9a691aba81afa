package store

import (
	"reflect"
	"runtime"
	"runtime/debug"
	"sync"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/sanitize"
	"secretary/model"
)

// Load reads the whole ledger in one read transaction, so every record is
// from the same moment. Values are checked against their CRC as they are
// decoded; the first damaged one stops the load with a KindDamaged error
// naming it, and nothing half-read is returned. Refresh is Load for what
// the caller shows (see view.go).
func (s *Store) Load() (*model.Ledger, error) { return s.load(s.db.View) }

func (s *Store) load(view func(func(*bolt.Tx) error) error) (*model.Ledger, error) {
	l := &model.Ledger{}
	err := view(func(tx *bolt.Tx) (err error) {
		// A damaged page makes bbolt panic while walking it, or read
		// outside the mapped file (a fault, which would kill the program
		// unless turned into a panic); report either as damage instead.
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				err = s.pageDamaged(r)
			}
		}()
		if err := s.loadSettings(tx, &l.Settings); err != nil {
			return err
		}
		l.Began = s.beganTx(tx)
		for _, k := range model.Kinds() {
			if err := loadAll(s, tx, k, l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// parallelMin is the bucket size from which decoding is split across
// cores; below it the goroutines cost more than they save. Decoding 256
// records takes about half a millisecond, starting a goroutine a
// microsecond; at 2048 (the first choice) the assessments and
// rectifications of a 10,000-record ledger, a fifth of its records,
// were decoded on one core.
const parallelMin = 256

// loadAll decodes every value of one kind's bucket into the ledger, in
// key (ID) order, which keeps the ledger's slices sorted by ID.
// The raw values are valid for the whole read transaction, so they are
// collected first and decoded in parallel: on two cores that halves the
// time to open a large ledger.
func loadAll(s *Store, tx *bolt.Tx, kind *model.Kind, l *model.Ledger) error {
	e := kind.Entity()
	b := tx.Bucket(entityBucket(e))
	if b == nil {
		return s.damaged(nil, model.M(MsgDamageBucket, string(entityBucket(e))))
	}
	var keys, vals [][]byte
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	kind.Alloc(l, len(vals))
	texts := sanitize.NewWalker(reflect.TypeOf(kind.New()))
	decodeOne := func(i int) error {
		r := kind.At(l, i)
		if err := s.codec.decode(vals[i], r); err != nil {
			return s.recordDamaged(e, keys[i], err)
		}
		// A record stored before the sanitising rule, or written by hand,
		// is shown without the characters the rule removes (check names
		// it; saving it again stores it clean).
		texts.CleanDecoded(r)
		if id, ok := keyID(keys[i]); !ok || r.GetID() != id {
			return s.damaged(nil, model.M(MsgDamageRecord, recordName(e, keys[i]), model.M(MsgCauseKey, model.Code(e, r.GetID()))))
		}
		return nil
	}
	workers := runtime.GOMAXPROCS(0)
	if len(vals) < parallelMin || workers < 2 {
		for i := range vals {
			if err := decodeOne(i); err != nil {
				return err
			}
		}
		return nil
	}
	errs := make([]error, workers)
	var wg sync.WaitGroup
	chunk := (len(vals) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(vals))
		wg.Add(1)
		go func(w, lo, hi int) {
			defer wg.Done()
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true)) // values point into the mapped file
			defer func() {
				if r := recover(); r != nil {
					errs[w] = s.pageDamaged(r)
				}
			}()
			for i := lo; i < hi; i++ {
				if err := decodeOne(i); err != nil {
					errs[w] = err
					return
				}
			}
		}(w, lo, hi)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) loadSettings(tx *bolt.Tx, into *model.Settings) error {
	b := tx.Bucket(bucketSettings)
	if b == nil {
		return s.damaged(nil, model.M(MsgDamageBucket, string(bucketSettings)))
	}
	v := b.Get(keySetting)
	if v == nil {
		return nil
	}
	if err := s.codec.decode(v, into); err != nil {
		return s.damaged(err, model.M(MsgDamageSettings, causeOf(err)))
	}
	sanitize.NewWalker(reflect.TypeFor[model.Settings]()).CleanDecoded(into)
	return nil
}

// Settings reads the ledger's settings.
func (s *Store) Settings() (model.Settings, error) {
	var out model.Settings
	err := s.db.View(func(tx *bolt.Tx) error { return s.loadSettings(tx, &out) })
	return out, err
}

// SaveSettings writes the settings as one journaled, undoable step.
func (s *Store) SaveSettings(set model.Settings) (model.JournalEntry, error) {
	set.GroupName = model.CleanLine(set.GroupName)
	set.School = model.CleanLine(set.School)
	set.Secretary = model.CleanLine(set.Secretary)
	return s.do(model.ActSettings, func(t *Tx) error {
		b := t.tx.Bucket(bucketSettings)
		v, err := s.codec.encode(set)
		if err != nil {
			return err
		}
		before := b.Get(keySetting)
		if string(before) == string(v) {
			return nil
		}
		t.changes = append(t.changes, model.Change{Before: append([]byte(nil), before...), After: v})
		return b.Put(keySetting, v)
	}, !s.onlySummaryDay(set))
}
