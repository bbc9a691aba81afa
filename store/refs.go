package store

import (
	"secretary/internal/i18n"
	"secretary/model"
)

// referrers lists the kinds of record that can point at records of e:
// derived by the model's registry from every kind's reference fields.
func referrers(e model.Entity) []model.Entity {
	if k := model.KindOf(e); k != nil {
		return k.Referrers()
	}
	return nil
}

// UseCount is how many records of one kind point at a record.
type UseCount struct {
	Entity model.Entity
	Count  int
}

// namedUsers is how many of the records pointing at a record a refusal
// names; the rest are counted.
const namedUsers = 3

// usersOf counts, per kind, the records that point at (e, id), and
// returns the first few of them, to name.
func (t *Tx) usersOf(e model.Entity, id model.ID) ([]UseCount, []model.Record, error) {
	var out []UseCount
	var first []model.Record
	for _, k := range referrers(e) {
		n := 0
		err := t.tx.Bucket(entityBucket(k)).ForEach(func(key, v []byte) error {
			r, err := t.s.codec.decodeRecord(k, v)
			if err != nil {
				return t.s.recordDamaged(k, key, err)
			}
			for _, ref := range r.References() {
				if ref.Entity == e && ref.ID == id {
					n++
					if len(first) < namedUsers {
						first = append(first, r)
					}
					break
				}
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		if n > 0 {
			out = append(out, UseCount{Entity: k, Count: n})
		}
	}
	return out, first, nil
}

// checkUnused refuses to delete a record other records point at: deleting
// an owner who still owns tasks would leave tasks with nobody responsible.
func (t *Tx) checkUnused(r model.Record) error {
	uses, first, err := t.usersOf(r.Entity(), r.GetID())
	if err != nil || len(uses) == 0 {
		return err
	}
	list := make([]model.Msg, len(uses))
	total := 0
	for i, u := range uses {
		list[i] = model.M(i18n.Key("count."+u.Entity.Code()), u.Count)
		total += u.Count
	}
	// The first few by code and title, so the user knows where to look.
	named := make([]model.Msg, 0, len(first)+1)
	for _, u := range first {
		named = append(named, model.M(MsgInUseRecord, model.CodeOf(u), u.DisplayName()))
	}
	if total > len(first) {
		named = append(named, model.M(MsgInUseMore, total-len(first)))
	}
	return newErr(KindInUse, nil, MsgInUse, model.CodeOf(r), r.DisplayName(), list, named)
}

// checkPartsKept refuses an update that drops a part of the record other
// records still point at (the kind's rule, model.PartsInUse): an
// assessment may not lose a finding that still has rectifications.
func (t *Tx) checkPartsKept(before, after model.Record) error {
	uses, err := model.PartsInUse(before, after, txRecords{t})
	if err != nil || len(uses) == 0 {
		return err
	}
	return newErr(KindInUse, nil, MsgFindingInUse, uses[0].Part, len(uses[0].IDs))
}

// txRecords is a transaction as the records a kind's rules read.
type txRecords struct{ t *Tx }

// Record is the stored record, or nil when it is missing or unreadable
// (the rule then has nothing to check against).
func (r txRecords) Record(e model.Entity, id model.ID) model.Record {
	rec, err := r.t.Get(e, id)
	if err != nil {
		return nil
	}
	return rec
}

// EachOf decodes each stored record of the kind, in ID order.
func (r txRecords) EachOf(e model.Entity, fn func(model.Record) error) error {
	b := r.t.tx.Bucket(entityBucket(e))
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		rec, err := r.t.s.codec.decodeRecord(e, v)
		if err != nil {
			return r.t.s.recordDamaged(e, k, err)
		}
		return fn(rec)
	})
}
