package app_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// openDemo opens the demo ledger in a fresh folder through the app.
func openDemo(t *testing.T) *app.Service {
	t.Helper()
	path := storetest.DemoFile(t, 0)
	s, err := app.Open(path, app.Options{Clock: storetest.Clock(), Version: "test", NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func load(t *testing.T, s *app.Service) *model.Ledger {
	t.Helper()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// sameLedger compares two ledgers kind by kind, an empty kind equal to a
// missing one.
func sameLedger(t *testing.T, what string, got, want *model.Ledger) {
	t.Helper()
	norm := func(v any) any {
		rv := reflect.ValueOf(v)
		if rv.Len() == 0 {
			return nil
		}
		return v
	}
	pairs := []struct {
		name      string
		got, want any
	}{
		{"settings", got.Settings, want.Settings},
		{"plans", norm(got.Plans), norm(want.Plans)},
		{"owners", norm(got.Owners), norm(want.Owners)},
		{"tasks", norm(got.Tasks), norm(want.Tasks)},
		{"activities", norm(got.Activities), norm(want.Activities)},
		{"assessments", norm(got.Assessments), norm(want.Assessments)},
		{"rectifications", norm(got.Rectifications), norm(want.Rectifications)},
		{"meetings", norm(got.Meetings), norm(want.Meetings)},
		{"decisions", norm(got.Decisions), norm(want.Decisions)},
	}
	for _, p := range pairs {
		if !reflect.DeepEqual(p.got, p.want) {
			t.Fatalf("%s: the patched ledger's %s differ from the file's", what, p.name)
		}
	}
}

// TestPatchedLedgerMatchesTheFile drives random saves, deletes, undos and
// redos through the app and, after each, patches a ledger held in memory
// with the result — as the TUI does instead of reloading — and checks it
// reads exactly as the file does.
func TestPatchedLedgerMatchesTheFile(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	mem := load(t, s)
	rng := rand.New(rand.NewPCG(7, 11))
	applied := 0
	for step := 0; step < 120; step++ {
		var res app.Result
		var err error
		switch op := rng.IntN(6); {
		case op == 0:
			res, err = s.Save(model.ActCreate, &model.Owner{Name: "新同事" + string(rune('甲'+step%10)), Department: "德育处"})
		case op == 1 && len(mem.Tasks) > 0:
			task := mem.Tasks[rng.IntN(len(mem.Tasks))]
			task.Notes = "第" + string(rune('0'+step%10)) + "次检查"
			task.Progress = rng.IntN(100)
			if task.Status == model.TaskDone {
				task.Progress = 100
			}
			res, err = s.Save(model.ActUpdate, &task)
		case op == 2 && len(mem.Owners) > 0:
			o := mem.Owners[rng.IntN(len(mem.Owners))]
			res, err = s.Delete(model.EntityOwner, o.ID) // refused while the owner has tasks
		case op == 3:
			res, err = s.Undo()
		case op == 4:
			res, err = s.Redo()
		default:
			set := mem.Settings
			set.School = "第" + string(rune('一'+step%5)) + "中学"
			res, err = s.SaveSettings(set)
		}
		if err != nil {
			var se *store.Error
			if !errors.As(err, &se) {
				t.Fatalf("step %d: %v", step, err)
			}
			continue // refused (in use, nothing to undo): nothing changed
		}
		res.Apply(mem)
		sameLedger(t, "step", mem, load(t, s))
		applied++
	}
	if applied < 60 {
		t.Fatalf("only %d of 120 steps changed the ledger: the mix is not exercising writes", applied)
	}
}

func TestSaveReportsTheRecordItMade(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	o := &model.Owner{Name: "曾晓云 👩‍🏫", Title: "心理教师", Department: "心理中心"}
	res, err := s.Save(model.ActCreate, o)
	if err != nil {
		t.Fatal(err)
	}
	if o.ID == 0 || len(res.Changes) != 1 {
		t.Fatalf("create: id %d, %d changes", o.ID, len(res.Changes))
	}
	c := res.Changes[0]
	if c.Before != nil || c.After == nil || c.After.(*model.Owner).Name != "曾晓云 👩‍🏫" || c.ID != o.ID {
		t.Fatalf("create change %+v", c)
	}
	o.Title = "专职心理教师"
	res, err = s.Save(model.ActUpdate, o)
	if err != nil {
		t.Fatal(err)
	}
	if b, a := res.Changes[0].Before.(*model.Owner), res.Changes[0].After.(*model.Owner); b.Title != "心理教师" || a.Title != "专职心理教师" {
		t.Fatalf("update change %+v → %+v", b, a)
	}
	res, err = s.Save(model.ActUpdate, o) // unchanged: nothing written
	if err != nil || !res.Empty() {
		t.Fatalf("an unchanged save wrote %d changes (%v)", len(res.Changes), err)
	}
}

func TestHistoryIsDecodedForPeople(t *testing.T) {
	t.Parallel()
	s := openDemo(t)
	l := load(t, s)
	task := l.Tasks[0]
	task.ID, task.Notes = 0, ""
	task.Title = "组织“5·25”心理健康月活动 🌱"
	if _, err := s.Save(model.ActCreate, &task); err != nil {
		t.Fatal(err)
	}
	owner := l.Owner(l.Tasks[1].OwnerID)
	if owner.ID == task.OwnerID {
		owner = l.Owner(l.Tasks[2].OwnerID)
	}
	task.OwnerID = owner.ID
	task.Notes = "改由" + owner.Name + "负责"
	if _, err := s.Save(model.ActUpdate, &task); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	hist, err := s.History(model.EntityTask, task.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 3 || !hist[0].Created() || len(hist[0].Fields(model.LangZh, l)) == 0 {
		t.Fatalf("history of a new task: %+v", hist)
	}
	edit := hist[len(hist)-2]
	fields := map[string]model.FieldChange{}
	for _, f := range edit.Fields(model.LangZh, l) {
		fields[f.Field] = f
	}
	if f, ok := fields["task.owner"]; !ok || f.After != owner.Name {
		t.Fatalf("the owner change reads %+v, want the new owner by name %q", edit.Fields(model.LangZh, l), owner.Name)
	}
	if f := fields["task.notes"]; f.After != task.Notes {
		t.Fatalf("notes change %+v", f)
	}
	undo := hist[len(hist)-1]
	if undo.What.Key != "journal.undo" {
		t.Fatalf("the last step is %v, want the undo", undo.What)
	}
}

func TestReadOnlyLedgerRefusesEveryWriteAndStaysTheSame(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := app.Open(path, app.Options{Clock: storetest.Clock(), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.CanWrite() == nil {
		t.Fatal("a read-only ledger says it can be written")
	}
	l := load(t, s)
	task := l.Tasks[0]
	task.Notes = "x"
	for name, write := range map[string]func() error{
		"save":     func() error { _, err := s.Save(model.ActUpdate, &task); return err },
		"delete":   func() error { _, err := s.Delete(model.EntityTask, task.ID); return err },
		"undo":     func() error { _, err := s.Undo(); return err },
		"redo":     func() error { _, err := s.Redo(); return err },
		"settings": func() error { _, err := s.SaveSettings(model.Settings{School: "x"}); return err },
	} {
		err := write()
		m, ok := model.AsUserMsg(err)
		if !ok || m.Key != store.MsgReadOnly {
			t.Errorf("%s on a read-only ledger: %v, want the read-only message", name, err)
		}
	}
	s.Close()
	after, _ := os.ReadFile(path)
	if !reflect.DeepEqual(before, after) {
		t.Fatal("the read-only ledger's bytes changed")
	}
}
