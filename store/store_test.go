package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

func newOwner(t *testing.T, s *store.Store, name, dept string) model.ID {
	t.Helper()
	o := &model.Owner{Name: name, Department: dept}
	if _, err := s.Create(o); err != nil {
		t.Fatalf("create owner %s: %v", name, err)
	}
	return o.ID
}

func newTask(t *testing.T, s *store.Store, owner model.ID, title string) *model.Task {
	t.Helper()
	task := &model.Task{Title: title, Area: model.AreaPublicity, OwnerID: owner, Due: storetest.Today().AddDays(7), Status: model.TaskNotStarted}
	if _, err := s.Create(task); err != nil {
		t.Fatalf("create task %s: %v", title, err)
	}
	return task
}

func TestCreateLoadRoundTripKeepsChineseText(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	owner := newOwner(t, s, "张三", "心理中心")
	task := newTask(t, s, owner, "组织心理健康讲座 🎤 Lecture")
	if task.ID != 1 || model.CodeOf(task) != "T-1" {
		t.Fatalf("first task got %s", model.CodeOf(task))
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Task(1); got == nil || got.Title != "组织心理健康讲座 🎤 Lecture" || l.OwnerName(got.OwnerID) != "张三" {
		t.Fatalf("loaded %+v", got)
	}
}

func TestFileModesArePrivateEvenWithOpenUmask(t *testing.T) {
	old := setUmask(0)
	defer setUmask(old)
	path := filepath.Join(t.TempDir(), "new", "folder", "secretary.db")
	s := storetest.OpenAt(t, path, storetest.Options())
	newOwner(t, s, "李四", "德育处")
	if _, err := s.Backup(); err != nil {
		t.Fatal(err)
	}
	assertMode(t, path, 0o600)
	assertMode(t, filepath.Dir(path), 0o700|os.ModeDir)
	list, err := store.ListBackups(path)
	if err != nil || len(list) != 1 {
		t.Fatalf("backups %v %v", list, err)
	}
	assertMode(t, list[0].Path, 0o600)
	assertMode(t, filepath.Dir(list[0].Path), 0o700|os.ModeDir)
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if isWindows() {
		return
	}
	if got := info.Mode() & (os.ModePerm | os.ModeDir); got != want {
		t.Errorf("%s: mode %v, want %v", path, got, want)
	}
}

func TestValidationNamesEachField(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	_, err := s.Create(&model.Task{Title: " ", Progress: 120})
	var v *model.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("want validation error, got %v", err)
	}
	for _, f := range []string{"task.title", "task.owner", "task.due", "task.area", "task.status", "task.progress"} {
		if _, ok := v.Field(f); !ok {
			t.Errorf("no error for %s in %v", f, v)
		}
	}
}

func TestReferencesMustExist(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	_, err := s.Create(&model.Task{Title: "x", Area: model.AreaService, OwnerID: 99, Due: storetest.Today(), Status: model.TaskDone})
	var v *model.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("want validation error, got %v", err)
	}
	f, ok := v.Field("task.owner")
	if !ok || f.Msg.Key != model.MsgNotFound || f.Msg.Args[0] != "O-99" {
		t.Fatalf("got %v", v)
	}
}

func TestDeleteOwnerWithTasksIsRefusedWithCounts(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	owner := newOwner(t, s, "王五", "教务处")
	newTask(t, s, owner, "任务一")
	newTask(t, s, owner, "任务二")
	_, err := s.Delete(model.EntityOwner, owner)
	if !store.IsKind(err, store.KindInUse) {
		t.Fatalf("want in-use, got %v", err)
	}
	msg, _ := model.AsUserMsg(err)
	if msg.Key != store.MsgInUse || msg.Args[0] != "O-1" || msg.Args[1] != "王五" {
		t.Fatalf("message %v", msg)
	}
	uses := msg.Args[2].([]model.Msg)
	if len(uses) != 1 || uses[0].Key != "count.task" || uses[0].Args[0] != 2 {
		t.Fatalf("uses %v", uses)
	}
	l, _ := s.Load()
	if l.Owner(owner) == nil {
		t.Fatal("owner was deleted")
	}
}

func TestUndoRedoDelete(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	owner := newOwner(t, s, "赵六", "校医室")
	task := newTask(t, s, owner, "组织心理健康讲座")
	del, err := s.Delete(model.EntityTask, task.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := del.Describe(); d.Key != "journal.record" || d.Args[0].(model.Label).Code != "delete" || d.Args[2] != "T-1" || d.Args[3] != "组织心理健康讲座" {
		t.Fatalf("describe %v", d)
	}
	undo, err := s.Undo()
	if err != nil {
		t.Fatal(err)
	}
	if d := undo.Describe(); d.Key != "journal.undo" {
		t.Fatalf("undo describe %v", d)
	}
	l, _ := s.Load()
	if l.Task(task.ID) == nil || l.Task(task.ID).Title != "组织心理健康讲座" {
		t.Fatal("undo did not bring the task back")
	}
	if _, err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	l, _ = s.Load()
	if l.Task(task.ID) != nil {
		t.Fatal("redo did not delete again")
	}
	// Undo all the way back: delete, create task, create owner.
	for i := 0; i < 3; i++ {
		if _, err := s.Undo(); err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
	}
	if _, err := s.Undo(); !store.IsKind(err, store.KindNothing) {
		t.Fatalf("want nothing to undo, got %v", err)
	}
	l, _ = s.Load()
	if l.Counts().Total() != 0 {
		t.Fatalf("after undoing everything: %+v", l.Counts())
	}
}

func TestNewActionClearsRedo(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	newOwner(t, s, "甲", "")
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if !s.CanRedo() {
		t.Fatal("expected redo")
	}
	newOwner(t, s, "乙", "")
	if s.CanRedo() {
		t.Fatal("redo should be gone after a new action")
	}
}

func TestTaskDoneOnFollowsStatus(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	task := newTask(t, s, newOwner(t, s, "甲", ""), "t")
	task.ApplyStatus(model.TaskDone, storetest.Today(), false)
	if _, err := s.Update(task); err != nil {
		t.Fatal(err)
	}
	l, _ := s.Load()
	got := l.Task(task.ID)
	if got.DoneOn != storetest.Today() || got.Progress != 100 {
		t.Fatalf("done task %+v", got)
	}
	got.Status = model.TaskInProgress
	if _, err := s.Update(got); err != nil {
		t.Fatal(err)
	}
	l, _ = s.Load()
	if !l.Task(task.ID).DoneOn.IsZero() {
		t.Fatal("DoneOn should clear when reopened")
	}
}

func TestUnchangedUpdateWritesNothing(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	o := &model.Owner{Name: "甲"}
	s.Create(o)
	entry, err := s.Update(o)
	if err != nil || entry.Seq != 0 {
		t.Fatalf("unchanged update journaled %+v %v", entry, err)
	}
}

func TestHistoryListsChangesOfOneRecord(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	o := &model.Owner{Name: "张三"}
	s.Create(o)
	newOwner(t, s, "李四", "")
	o.Department = "心理中心"
	s.Update(o)
	hist, err := s.History(model.EntityOwner, o.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].Action != model.ActCreate || hist[1].Action != model.ActUpdate {
		t.Fatalf("history %+v", hist)
	}
	before, _ := store.DecodeRecord(model.EntityOwner, hist[1].Changes[0].Before)
	after, _ := store.DecodeRecord(model.EntityOwner, hist[1].Changes[0].After)
	if before.(*model.Owner).Department != "" || after.(*model.Owner).Department != "心理中心" {
		t.Fatalf("before %+v after %+v", before, after)
	}
}

func TestDemoLedgerChecksClean(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("problems: %+v", rep.Problems)
	}
	if rep.Counts != l.Counts() || rep.Counts.Of(model.EntityOwner) < 12 || rep.Counts.Of(model.EntityTask) < 20 {
		t.Fatalf("counts %+v vs %+v", rep.Counts, l.Counts())
	}
}

func TestSettingsAreJournaledAndUndoable(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	if _, err := s.SaveSettings(model.Settings{GroupName: " 心理健康教育工作领导小组 ", School: "阳光中学"}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Settings()
	if got.GroupName != "心理健康教育工作领导小组" {
		t.Fatalf("settings %+v", got)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Settings()
	if got.School != "" {
		t.Fatalf("undo settings: %+v", got)
	}
}
