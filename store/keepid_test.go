package store_test

import (
	"errors"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

func TestCreateWithIDKeepsNumbersButNeverReusesThem(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	owner := newOwner(t, s, "张三", "心理中心")
	newTask(t, s, owner, "一")
	gone := newTask(t, s, owner, "二")
	if _, err := s.Delete(model.EntityTask, gone.ID); err != nil {
		t.Fatal(err)
	}
	ids, err := s.LastIDs()
	if err != nil || ids[model.EntityTask] != 2 || ids[model.EntityOwner] != 1 || ids[model.EntityPlan] != 0 {
		t.Fatalf("LastIDs %v %v", ids, err)
	}
	task := func(id model.ID) *model.Task {
		return &model.Task{ID: id, Title: "导入", Area: model.AreaRules, OwnerID: owner, Due: storetest.Today(), Status: model.TaskNotStarted}
	}
	for _, id := range []model.ID{0, 1, 2} {
		_, err := s.Do(model.ActImport, func(tx *store.Tx) error { return tx.CreateWithID(task(id)) })
		if !store.IsKind(err, store.KindInUse) {
			t.Errorf("T-%d: %v, want a refusal", id, err)
		}
	}
	if _, err := s.Do(model.ActImport, func(tx *store.Tx) error { return tx.CreateWithID(task(41)) }); err != nil {
		t.Fatal(err)
	}
	next := newTask(t, s, owner, "之后")
	if next.ID != 42 {
		t.Errorf("the next task is %s, want T-42", model.CodeOf(next))
	}
	// References are checked as for Create.
	bad := task(50)
	bad.OwnerID = 99
	_, err = s.Do(model.ActImport, func(tx *store.Tx) error { return tx.CreateWithID(bad) })
	var v *model.ValidationError
	if !errors.As(err, &v) || v.Fields[0].Field != "task.owner" {
		t.Errorf("missing owner: %v", err)
	}
}
