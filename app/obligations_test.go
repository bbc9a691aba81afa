package app_test

import (
	"errors"
	"testing"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store/storetest"
)

// TestANewLedgerStartsWithTheDefaultObligations: a ledger Open creates
// gets the default set in the language asked for, as one step; an
// existing ledger is left as it is, and without a language none is added.
func TestANewLedgerStartsWithTheDefaultObligations(t *testing.T) {
	t.Parallel()
	opts := app.Options{Clock: storetest.Clock(), Version: "test", NoBackup: true, DefaultsLang: model.LangEn}
	path := storetest.Path(t)
	s, err := app.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := model.DefaultObligations(model.LangEn)
	if len(l.Obligations) != len(want) || l.Obligations[0].Title != want[0].Title || l.Obligations[0].ID != 1 {
		t.Fatalf("a new ledger has %d obligations", len(l.Obligations))
	}
	if n := l.Counts().Total(); n != len(want) {
		t.Errorf("a new ledger holds %d records", n)
	}
	if _, err := s.Undo(); err != nil {
		t.Errorf("loading the defaults is not one undoable step: %v", err)
	}
	if l, _ := s.Load(); len(l.Obligations) != 0 {
		t.Errorf("after undo: %d obligations", len(l.Obligations))
	}
	s.Close()

	// Opening it again adds nothing: it is no longer new.
	s, err = app.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := s.Load(); len(l.Obligations) != 0 {
		t.Errorf("an existing ledger got %d obligations", len(l.Obligations))
	}
	s.Close()

	bare, err := app.Open(storetest.Path(t), app.Options{Clock: storetest.Clock(), NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bare.Close()
	if l, _ := bare.Load(); len(l.Obligations) != 0 {
		t.Error("a ledger made without a language got obligations")
	}
}

func TestLoadDefaultsTwiceAddsNothingTheSecondTime(t *testing.T) {
	t.Parallel()
	s, err := app.Open(storetest.Path(t), app.Options{Clock: storetest.Clock(), NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, n, err := s.LoadDefaults(model.LangZh)
	if err != nil || n != len(model.DefaultObligations(model.LangZh)) || len(res.Changes) != n || res.Entry.Action != model.ActDefaults {
		t.Fatalf("first load: %d, %+v, %v", n, res.Entry, err)
	}
	if got := i18n.For(model.LangZh).Msg(res.Entry.Describe()); got != "载入默认规定动作 10 条记录" {
		t.Errorf("status %q", got)
	}
	// In the other language too: the set is told by title in either.
	res, n, err = s.LoadDefaults(model.LangEn)
	if err != nil || n != 0 || !res.Empty() {
		t.Fatalf("second load: %d, %+v, %v", n, res, err)
	}
}

// TestStartNewYearIsOneUndoableStep on the demo ledger: a preview, then
// the plan, tasks and activities in one step; a second run is refused;
// undo takes it all back.
func TestStartNewYearIsOneUndoableStep(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	before, _ := s.Load()
	ny, err := s.PlanNewYear(model.LangZh)
	if err != nil {
		t.Fatal(err)
	}
	if ny.Year != 2027 || len(ny.Tasks) == 0 || len(ny.Activities) == 0 {
		t.Fatalf("preview: year %d, %d tasks, %d activities", ny.Year, len(ny.Tasks), len(ny.Activities))
	}
	if _, _, err := s.StartNewYear(model.LangZh, 2028); !errorKey(err, app.MsgNewYearMoved) {
		t.Errorf("a year other than the preview's: %v", err)
	}
	res, done, err := s.StartNewYear(model.LangZh, ny.Year)
	if err != nil {
		t.Fatal(err)
	}
	n := 1 + len(ny.Tasks) + len(ny.Activities)
	if len(res.Changes) != n || res.Entry.Action != model.ActNewYear || res.Entry.Entity != model.EntityPlan {
		t.Fatalf("%d changes, want %d: %+v", len(res.Changes), n, res.Entry)
	}
	after, _ := s.Load()
	p := after.Plan(done.Plan.ID)
	if p == nil || p.Start.Year() != 2027 || p.Kind != model.PlanAnnual {
		t.Fatalf("new plan %+v", p)
	}
	for _, nt := range done.Tasks {
		tk := after.Task(nt.Task.ID)
		if tk == nil || (nt.UnderNewPlan && tk.PlanID != p.ID) || tk.Status != model.TaskNotStarted {
			t.Errorf("task %+v", tk)
		}
	}
	for _, a := range done.Activities {
		if got := after.Activity(a.Activity.ID); got == nil || got.PlanID != p.ID || got.Status != model.ActPlanned {
			t.Errorf("activity %+v", got)
		}
	}
	if _, err := s.PlanNewYear(model.LangZh); !errorKey(err, model.MsgNewYearExists) {
		t.Errorf("a second new year: %v", err)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if back, _ := s.Load(); back.Counts() != before.Counts() {
		t.Errorf("after undo %v, before %v", back.Counts(), before.Counts())
	}
}

func TestNewYearWithoutAPlanSaysWhatToCreate(t *testing.T) {
	t.Parallel()
	s, err := app.Open(storetest.Path(t), app.Options{Clock: storetest.Clock(), NoBackup: true, DefaultsLang: model.LangZh})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.PlanNewYear(model.LangZh)
	if !errorKey(err, model.MsgNewYearNoPlan) {
		t.Fatalf("%v", err)
	}
	if got := i18n.For(model.LangZh).Err(err); got != "2026—2027学年还没有年度计划，无法开新学年：请先在计划页新建一个年度计划（按 n，类型选“年度计划”），再开新学年" {
		t.Errorf("%q", got)
	}
}

func TestTodayPanelSetting(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	if v, _ := app.SettingValue(model.Settings{}, "today_panel"); v != "on" {
		t.Errorf("default %q", v)
	}
	for _, tc := range []struct {
		name, value string
		off         bool
	}{{"today_panel", "off", true}, {"今日提醒", "开", false}, {"TODAY_PANEL", "no", true}, {"today_panel", "1", false}} {
		if _, err := s.SetSetting(tc.name, tc.value); err != nil {
			t.Fatalf("%s %s: %v", tc.name, tc.value, err)
		}
		if set, _ := s.Settings(); set.NoTodayPanel != tc.off {
			t.Errorf("%s %s: off %v", tc.name, tc.value, set.NoTodayPanel)
		}
	}
	if _, err := s.SetSetting("today_panel", "maybe"); !errorKey(err, app.MsgBadSwitch) {
		t.Errorf("maybe: %v", err)
	}
	a, err := s.Attention()
	if err != nil || a.Empty() {
		t.Errorf("the demo needs no attention: %v", err)
	}
}

// errorKey reports an error carrying the message key.
func errorKey(err error, key i18n.Key) bool {
	var me *model.MsgError
	return errors.As(err, &me) && me.Msg.Key == key
}
