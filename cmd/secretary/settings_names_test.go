package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSettingsByChineseNames: `secretary settings 秘书 王老师` and the
// other settings by the names a Chinese user types; the list speaks the
// same names.
func TestSettingsByChineseNames(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	db := filepath.Join(t.TempDir(), "secretary.db")
	for _, kv := range [][2]string{
		{"秘书", "王老师"}, {"学校", "某某中学"}, {"组名", "心理健康教育工作领导小组"}, {"上次汇报", "2026-11-01"},
	} {
		r := c.must(0, "--db", db, "settings", kv[0], kv[1])
		if !strings.Contains(r.stdout, "已保存："+kv[0]) {
			t.Errorf("settings %s %s: %q", kv[0], kv[1], r.stdout)
		}
		if got := strings.TrimSpace(c.must(0, "--db", db, "settings", kv[0]).stdout); got != kv[1] {
			t.Errorf("settings %s reads %q, want %q", kv[0], got, kv[1])
		}
	}
	for _, alias := range []string{"领导小组", "group", "GROUP"} {
		if got := strings.TrimSpace(c.must(0, "--db", db, "settings", alias).stdout); got != "心理健康教育工作领导小组" {
			t.Errorf("settings %s reads %q", alias, got)
		}
	}
	list := c.must(0, "--db", db, "settings").stdout
	for _, want := range []string{"组名", "学校", "秘书", "王老师", "上次汇报"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %s:\n%s", want, list)
		}
	}
}

// TestAFoundingDocumentFromTheFutureIsRefused: the group's founding
// document is printed in every summary; a date after today is a slip,
// refused with what to do, and nothing is saved.
func TestAFoundingDocumentFromTheFutureIsRefused(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "settings", "发文日期", "2025-09-01")
	r := c.run("--db", db, "settings", "发文日期", "2062-01-01")
	if r.code == 0 || !strings.Contains(r.stderr, "发文日期 2062-01-01 晚于今天") || !strings.Contains(r.stderr, "实际印发的日期") {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
	if got := strings.TrimSpace(c.must(0, "--db", db, "settings", "发文日期").stdout); got != "2025-09-01" {
		t.Errorf("the date became %q", got)
	}
}

// `secretary backups` with a file where the backups folder should be
// says so and what to do, never "something went wrong".
func TestBackupsListSaysWhatIsWrongWithTheFolder(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	dir := t.TempDir()
	db := filepath.Join(dir, "secretary.db")
	c.must(0, "--db", db, "settings", "学校", "某校")
	os.RemoveAll(filepath.Join(dir, "backups"))
	if err := os.WriteFile(filepath.Join(dir, "backups"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := c.run("--db", db, "backups")
	if r.code == 0 || !strings.Contains(r.stderr, "读不了备份文件夹") || !strings.Contains(r.stderr, "把它移走或改名") || strings.Contains(r.stderr, "出错了") {
		t.Errorf("exit %d: %q", r.code, r.stderr)
	}
}
