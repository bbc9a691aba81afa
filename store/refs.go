package store

import (
	"secretary/internal/i18n"
	"secretary/model"
)

// referrers lists the kinds of record that can point at records of e.
func referrers(e model.Entity) []model.Entity {
	switch e {
	case model.EntityOwner:
		return []model.Entity{model.EntityPlan, model.EntityTask, model.EntityActivity, model.EntityRectification}
	case model.EntityPlan:
		return []model.Entity{model.EntityTask, model.EntityActivity, model.EntityAssessment}
	case model.EntityTask:
		return []model.Entity{model.EntityActivity, model.EntityAssessment}
	case model.EntityActivity:
		return []model.Entity{model.EntityAssessment}
	case model.EntityAssessment:
		return []model.Entity{model.EntityRectification}
	}
	return nil
}

// UseCount is how many records of one kind point at a record.
type UseCount struct {
	Entity model.Entity
	Count  int
}

// usersOf counts, per kind, the records that point at (e, id).
func (t *Tx) usersOf(e model.Entity, id model.ID) ([]UseCount, error) {
	var out []UseCount
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
					break
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if n > 0 {
			out = append(out, UseCount{Entity: k, Count: n})
		}
	}
	return out, nil
}

// checkUnused refuses to delete a record other records point at: deleting
// an owner who still owns tasks would leave tasks with nobody responsible.
func (t *Tx) checkUnused(r model.Record) error {
	uses, err := t.usersOf(r.Entity(), r.GetID())
	if err != nil || len(uses) == 0 {
		return err
	}
	list := make([]model.Msg, len(uses))
	for i, u := range uses {
		list[i] = model.M(i18n.Key("count."+u.Entity.Code()), u.Count)
	}
	return newErr(KindInUse, nil, MsgInUse, model.CodeOf(r), r.DisplayName(), list)
}

// checkFindingsKept refuses to drop a finding that still has
// rectifications: they would point at nothing.
func (t *Tx) checkFindingsKept(before, after *model.Assessment) error {
	for _, f := range before.Findings {
		if _, ok := after.Finding(f.No); ok {
			continue
		}
		n := 0
		err := t.tx.Bucket(bucketRectifications).ForEach(func(k, v []byte) error {
			r, err := t.s.codec.decodeRecord(model.EntityRectification, v)
			if err != nil {
				return t.s.recordDamaged(model.EntityRectification, k, err)
			}
			rc := r.(*model.Rectification)
			if rc.AssessmentID == after.ID && rc.FindingNo == f.No {
				n++
			}
			return nil
		})
		if err != nil {
			return err
		}
		if n > 0 {
			return newErr(KindInUse, nil, MsgFindingInUse, f.No, n)
		}
	}
	return nil
}
