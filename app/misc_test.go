package app_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/store/storetest"
)

func TestSettingsByName(t *testing.T) {
	t.Parallel()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	for _, c := range []struct{ name, value, key string }{
		{"school", "新学校", "school"},
		{"学校", "另一所学校", "school"},
		{"Group", "领导小组 A", "group"},
		{"秘书", "李老师", "secretary"},
		{"last_summary", "2026-11-01", "last_summary"},
	} {
		if _, err := s.SetSetting(c.name, c.value); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		set, _ := s.Settings()
		got, err := app.SettingValue(set, c.key)
		if err != nil || got != c.value {
			t.Errorf("%s = %q %v, want %q", c.key, got, err, c.value)
		}
	}
	if _, err := s.SetSetting("phone", "x"); !errors.Is(err, app.ErrUnknownSetting) {
		t.Errorf("an unknown setting: %v", err)
	}
	if _, err := s.SetSetting("school", strings.Repeat("长", model.MaxShortText+1)); err == nil {
		t.Error("an over-long value was saved")
	}
	if _, err := s.SetSetting("last_summary", "明年"); err == nil {
		t.Error("a date that is not one was saved")
	}
	// Each change is one undoable step.
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	set, _ := s.Settings()
	if set.LastSummary != 0 {
		t.Errorf("undo left last_summary %s", set.LastSummary)
	}
}

func TestWriteDemo(t *testing.T) {
	t.Parallel()
	opts := app.Options{Clock: storetest.Clock(), Env: testEnv(t, t.TempDir())}
	path := filepath.Join(t.TempDir(), "d", "secretary.db")
	first, err := app.WriteDemo(app.DemoRequest{Path: path}, opts)
	if err != nil || first.Backup != "" || first.Counts.Total() == 0 {
		t.Fatalf("%+v %v", first, err)
	}
	before := read(t, path)
	_, err = app.WriteDemo(app.DemoRequest{Path: path}, opts)
	if !errors.Is(err, app.ErrExists) || read(t, path) != before {
		t.Fatalf("over an existing ledger without force: %v", err)
	}
	if m, _ := model.AsUserMsg(err); m.Key != app.MsgDemoExists {
		t.Errorf("the refusal says %v", m)
	}
	res, err := app.WriteDemo(app.DemoRequest{Path: path, Size: 200, Force: true}, opts)
	if err != nil || res.Backup == "" {
		t.Fatalf("forced: %+v %v", res, err)
	}
	if l, _, err := app.LoadFile(res.Backup, nil, opts); err != nil || l.Counts() != first.Counts {
		t.Errorf("the backup is not the ledger it replaced: %v", err)
	}

	// A ledger reached through a link: the file behind it is replaced,
	// the link stays.
	real := filepath.Join(t.TempDir(), "real.db")
	if _, err := app.WriteDemo(app.DemoRequest{Path: real}, opts); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "secretary.db")
	symlink(t, real, link)
	if _, err := app.WriteDemo(app.DemoRequest{Path: link, Size: 200, Force: true}, opts); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link became a file")
	}
	info, err := app.CheckLedger(link, opts)
	if err != nil || info.Report.Counts.Total() < 150 {
		t.Errorf("the file behind the link: %v", err)
	}
}

func TestErrorKinds(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	notLedger := filepath.Join(dir, "x.db")
	write(t, notLedger, "not a ledger at all, just text that is long enough to be read")
	if _, err := app.Open(notLedger, app.Options{}); !errors.Is(err, app.ErrNotLedger) {
		t.Errorf("not a ledger: %v", err)
	}
	s, err := app.Open(storetest.DemoFile(t, 0), app.Options{Clock: storetest.Clock(), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CanWrite(); !errors.Is(err, app.ErrReadOnly) {
		t.Errorf("read-only: %v", err)
	}
	s.Close()
	if _, err := s.Load(); err == nil {
		t.Error("a closed Service loads")
	} else if m, ok := model.AsUserMsg(err); !ok || m.Key != app.MsgClosed {
		t.Errorf("a closed Service: %v", err)
	}
	w := openDemoEnv(t, testEnv(t, t.TempDir()))
	if _, err := w.Redo(); !errors.Is(err, app.ErrNothing) {
		t.Errorf("nothing to redo: %v", err)
	}
	if _, err := w.Delete(model.EntityTask, 99999); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("no such record: %v", err)
	}
	owner := load(t, w).Tasks[0].OwnerID
	if _, err := w.Delete(model.EntityOwner, owner); !errors.Is(err, app.ErrInUse) {
		t.Errorf("an owner with tasks: %v", err)
	}
}

func TestLocateAndTheDefaultFolder(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	env := app.Env{GOOS: "linux", Home: home, Getenv: func(k string) string {
		return map[string]string{"XDG_DATA_HOME": filepath.Join(home, "data")}[k]
	}}
	if loc := app.Locate("", env); loc.Path != filepath.Join(home, "data", "secretary", "secretary.db") || loc.Source != app.SourceDefault {
		t.Errorf("default: %+v", loc)
	}
	if loc := app.Locate("x.db", env); loc.Path != "x.db" || loc.Source != app.SourceFlag {
		t.Errorf("--db: %+v", loc)
	}
	if got := env.DefaultFolder(); got != home {
		t.Errorf("no desktop: %s", got)
	}
	if err := os.Mkdir(filepath.Join(home, "桌面"), 0o700); err != nil {
		t.Fatal(err)
	}
	if got := env.DefaultFolder(); got != filepath.Join(home, "桌面") {
		t.Errorf("a Chinese desktop: %s", got)
	}
	if got := env.ExpandPath("~/a.pdf", "/elsewhere"); got != filepath.Join(home, "a.pdf") {
		t.Errorf("~: %s", got)
	}
	if got := env.ExpandPath("a.pdf", filepath.Join(home, "桌面")); got != filepath.Join(home, "桌面", "a.pdf") {
		t.Errorf("a bare name: %s", got)
	}
	if got := (app.Env{}).DefaultFolder(); got != "." {
		t.Errorf("no home: %s", got)
	}
}
