package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
	"secretary/store/storetest"
)

// cli runs the command line in-process, as a user would from a shell
// whose environment is env, with the clock pinned to the tests' today.
// Home and the folder of the executable are temporary, so no test can
// touch a real ledger.
type cli struct {
	t    *testing.T
	env  map[string]string
	home string
	exe  string
	goos string
	// config is the user's config folder (remembered language); "" for
	// none.
	config string
	// clock is the machine's clock; nil is the tests' pinned one.
	clock model.Clock
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	home := t.TempDir()
	return &cli{t: t, env: map[string]string{"LANG": "en_US.UTF-8"}, home: home,
		exe: filepath.Join(t.TempDir(), "bin", "secretary"), goos: "linux"}
}

type result struct {
	code           int
	stdout, stderr string
}

func (c *cli) run(args ...string) result {
	c.t.Helper()
	var out, errb strings.Builder
	code := run(args, system{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return c.env[k] },
		exe:    c.exe, home: c.home, goos: c.goos, clock: c.clockOrPinned(), configDir: c.config,
	})
	return result{code, out.String(), errb.String()}
}

// clockOrPinned is the cli's clock, or the tests' pinned one.
func (c *cli) clockOrPinned() model.Clock {
	if c.clock != nil {
		return c.clock
	}
	return storetest.Clock()
}

// must runs and fails the test unless the exit code is want.
func (c *cli) must(want int, args ...string) result {
	c.t.Helper()
	r := c.run(args...)
	if r.code != want {
		c.t.Fatalf("secretary %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, want, r.stdout, r.stderr)
	}
	return r
}

// oneErrorLine checks stderr is exactly one line, and no Go internals.
func oneErrorLine(t *testing.T, r result) string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 || lines[0] == "" {
		t.Errorf("stderr should be one line, got %d: %q", len(lines), r.stderr)
	}
	for _, bad := range []string{"goroutine", "panic", ".go:", "%!", "store.", "cli.", "damage.", "Error: Error"} {
		if strings.Contains(r.stderr, bad) {
			t.Errorf("stderr shows %q: %q", bad, r.stderr)
		}
	}
	return lines[0]
}

func TestDemoThenCheckReportsAHealthyLedgerWithItsCounts(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "school", "secretary.db")
	r := c.must(0, "--db", db, "demo")
	want := demo.Build(storetest.Today(), 0).Counts()
	counts := "Plans 4 · Owners 13 · Tasks 21 · Activities 11 · Assessments 4 · Rectifications 6 · Meetings 7 · Decisions 10"
	if want != model.NewCounts(4, 12, 20, 11, 4, 6) {
		counts = "" // the sample changed; the check below still compares with it
	}
	if !strings.Contains(r.stdout, "Sample ledger written: "+db) {
		t.Errorf("demo said %q", r.stdout)
	}
	r = c.must(0, "check", db)
	if !strings.Contains(r.stdout, "✓ Healthy: "+db) || r.stderr != "" {
		t.Errorf("check said %q / %q", r.stdout, r.stderr)
	}
	if counts != "" && !strings.Contains(r.stdout, counts) {
		t.Errorf("check counts %q, want %q", r.stdout, counts)
	}
	for _, e := range model.Entities() {
		if !strings.Contains(r.stdout, " "+strconv.Itoa(want.Of(e))) {
			t.Errorf("count of %s missing from %q", e.Code(), r.stdout)
		}
	}
	// The same through SECRETARY_DB and in Chinese.
	c.env["SECRETARY_DB"] = db
	r = c.must(0, "--lang", "zh", "check")
	if !strings.Contains(r.stdout, "✓ 完好："+db) || !strings.Contains(r.stdout, "计划 4 · 责任人 13") {
		t.Errorf("zh check said %q", r.stdout)
	}
	// With no subcommand (until the full-screen program lands) the status.
	r = c.must(0)
	if !strings.Contains(r.stdout, db) || !strings.Contains(r.stdout, "Owners 13") {
		t.Errorf("status said %q", r.stdout)
	}
}

func TestDemoRefusesToOverwriteWithoutForceAndBacksUpWithIt(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "settings", "school", "真实的学校 Real School") // a real ledger with real data
	before := sum(t, db)

	r := c.must(1, "--db", db, "demo")
	line := oneErrorLine(t, r)
	if !strings.Contains(line, db) || !strings.Contains(line, "--force") {
		t.Errorf("refusal %q should name the file and --force", line)
	}
	if sum(t, db) != before {
		t.Fatal("demo without --force changed the ledger")
	}
	if list, _ := store.ListBackups(db); len(list) != 0 {
		t.Fatalf("refused demo made backups %v", list)
	}

	r = c.must(0, "--db", db, "demo", "--force")
	list, err := store.ListBackups(db)
	if err != nil || len(list) != 1 {
		t.Fatalf("backups after --force: %v %v", list, err)
	}
	if !strings.Contains(r.stdout, list[0].Path) {
		t.Errorf("demo --force did not say where the backup went: %q", r.stdout)
	}
	// The backup holds the old ledger; the ledger is now the sample.
	r = c.must(0, "--db", list[0].Path, "settings", "school")
	if strings.TrimSpace(r.stdout) != "真实的学校 Real School" {
		t.Errorf("backup's school %q", r.stdout)
	}
	r = c.must(0, "--db", db, "settings", "school")
	if strings.TrimSpace(r.stdout) != "阳光实验中学" {
		t.Errorf("new ledger's school %q", r.stdout)
	}
	r = c.must(0, "--db", db, "backups")
	if !strings.Contains(r.stdout, list[0].Path) || !strings.Contains(r.stdout, "1 backup(s)") {
		t.Errorf("backups listed %q", r.stdout)
	}
	// No temporary files left beside the ledger.
	entries, _ := os.ReadDir(filepath.Dir(db))
	for _, e := range entries {
		if e.Name() != "secretary.db" && e.Name() != "backups" && e.Name() != "evidence" { // the sample's evidence files
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestDemoSizeScales(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "big.db")
	c.must(0, "--db", db, "demo", "--size", "2000")
	s, err := store.Open(db, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := l.Counts().Total(); n < 1900 || n > 2100 {
		t.Errorf("--size 2000 wrote %d records", n)
	}
	for _, bad := range []string{"-1", "1000001", "many"} {
		r := c.must(2, "--db", filepath.Join(t.TempDir(), "x.db"), "demo", "--size", bad)
		oneErrorLine(t, r)
	}
}

func TestCheckOfBadFilesIsOneLineAndExitOne(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	dir := t.TempDir()
	good := storetest.DemoFile(t, 0)
	data, _ := os.ReadFile(good)

	notLedger := filepath.Join(dir, "notes.db")
	os.WriteFile(notLedger, []byte("心理健康教育会议记录\nnot a ledger\n"), 0o600)
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	truncated := filepath.Join(dir, "truncated.db")
	os.WriteFile(truncated, data[:len(data)/3], 0o600)
	missing := filepath.Join(dir, "missing.db")

	for name, path := range map[string]string{"not a ledger": notLedger, "empty": empty, "truncated": truncated, "missing": missing} {
		for _, lang := range []string{"en", "zh"} {
			r := c.must(1, "--lang", lang, "check", path)
			line := oneErrorLine(t, r)
			if !strings.Contains(line, path) || r.stdout != "" {
				t.Errorf("%s (%s): %q / stdout %q", name, lang, line, r.stdout)
			}
			if lang == "zh" && !strings.HasPrefix(line, "错误：") || lang == "en" && !strings.HasPrefix(line, "Error: ") {
				t.Errorf("%s (%s): %q", name, lang, line)
			}
		}
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("check created the missing file")
	}

	// A damaged record: the report lists it on stdout, and stderr says
	// in one line that the check failed and what to do.
	damaged := filepath.Join(dir, "damaged.db")
	b := append([]byte(nil), data...)
	i := strings.Index(string(b), "欧阳晓雪")
	b[i+1] ^= 1
	os.WriteFile(damaged, b, 0o600)
	before := sum(t, damaged)
	r := c.must(1, "check", damaged)
	line := oneErrorLine(t, r)
	if !strings.Contains(line, "restore a backup") {
		t.Errorf("failed check says %q", line)
	}
	if !strings.Contains(r.stdout, "has 1 problem(s)") || !strings.Contains(r.stdout, "record O-4") || !strings.Contains(r.stdout, "checksum") {
		t.Errorf("report %q", r.stdout)
	}
	if sum(t, damaged) != before {
		t.Error("check changed the damaged file")
	}
	// Opening it for work says the same, in one line.
	r = c.must(1, "--db", damaged)
	if line := oneErrorLine(t, r); !strings.Contains(line, "record O-4") {
		t.Errorf("opening a damaged ledger: %q", line)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	for _, args := range [][]string{
		{"frobnicate"},
		{"--db", db, "frobnicate"},
		{"--nonsense"},
		{"check", "--nonsense"},
		{"check", "a.db", "b.db"},
		{"version", "extra"},
		{"backups", "extra"},
		{"demo", "extra"},
		{"settings", "a", "b", "c"},
		{"--db"},
		{"--lang", "fr", "version"},
		{"--lang=klingon"},
		{"settings", "colour", "blue"},
	} {
		for _, lang := range []string{"zh", "en"} {
			c.env["LANG"] = map[string]string{"zh": "zh_CN.UTF-8", "en": "en_US.UTF-8"}[lang]
			r := c.run(args...)
			if r.code != 2 {
				t.Errorf("secretary %s: exit %d, want 2 (%q)", strings.Join(args, " "), r.code, r.stderr)
				continue
			}
			line := oneErrorLine(t, r)
			if lang == "zh" && !strings.Contains(line, "用法") && !strings.Contains(line, "不支持的语言") {
				t.Errorf("zh usage error %q", line)
			}
			if lang == "en" && containsHan(line) {
				t.Errorf("en usage error %q", line)
			}
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("a usage error created the ledger")
	}
}

func TestLanguageFromFlagAndEnvironment(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	for _, tc := range []struct {
		env  map[string]string
		args []string
		zh   bool
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, true},
		// C, C.UTF-8 and POSIX name no language: Chinese (issue 16).
		{map[string]string{"LANG": "C.UTF-8"}, nil, true},
		{map[string]string{"LANG": "POSIX"}, nil, true},
		{map[string]string{"LANG": "en_US.UTF-8"}, nil, false},
		{map[string]string{"LANG": "en_GB.UTF-8"}, nil, false},
		{map[string]string{"LANG": "zh_TW.UTF-8"}, nil, true},
		{map[string]string{}, nil, true}, // nothing set: Chinese, who the program is for
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, nil, true},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, nil, false},
		{map[string]string{"LANG": "C", "LC_MESSAGES": "zh_CN.UTF-8"}, nil, true},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"--lang", "en"}, false},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"--lang=zh"}, true},
	} {
		c.env = tc.env
		r := c.must(0, append(tc.args, "--db", db, "version")...)
		if got := strings.Contains(r.stdout, "台账"); got != tc.zh {
			t.Errorf("env %v args %v: %q", tc.env, tc.args, r.stdout)
		}
		r = c.must(0, append(tc.args, "--help")...)
		if got := strings.Contains(r.stdout, "用法"); got != tc.zh {
			t.Errorf("help, env %v args %v: %q", tc.env, tc.args, r.stdout)
		}
	}
}

func TestLedgerPathResolutionOrder(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	flag := filepath.Join(t.TempDir(), "flag.db")
	env := filepath.Join(t.TempDir(), "env.db")
	portable := filepath.Join(filepath.Dir(c.exe), "secretary.db")

	ledgerLine := func(args ...string) string {
		r := c.must(0, append(args, "version")...)
		for _, l := range strings.Split(r.stdout, "\n") {
			if strings.HasPrefix(l, "Ledger: ") {
				return l
			}
		}
		t.Fatalf("no ledger line in %q", r.stdout)
		return ""
	}
	// Nothing set: the data folder.
	if got := ledgerLine(); got != "Ledger: "+filepath.Join(c.home, ".local", "share", "secretary", "secretary.db")+" (the default data folder)" {
		t.Errorf("default: %q", got)
	}
	c.env["XDG_DATA_HOME"] = filepath.Join(c.home, "xdg")
	if got := ledgerLine(); got != "Ledger: "+filepath.Join(c.home, "xdg", "secretary", "secretary.db")+" (the default data folder)" {
		t.Errorf("XDG: %q", got)
	}
	// A secretary.db beside the program wins over the data folder.
	os.MkdirAll(filepath.Dir(portable), 0o700)
	os.WriteFile(portable, nil, 0o600)
	if got := ledgerLine(); got != "Ledger: "+portable+" (portable: the file beside the program)" {
		t.Errorf("portable: %q", got)
	}
	// SECRETARY_DB wins over that.
	c.env["SECRETARY_DB"] = env
	if got := ledgerLine(); got != "Ledger: "+env+" (from $SECRETARY_DB)" {
		t.Errorf("env: %q", got)
	}
	// --db wins over everything.
	if got := ledgerLine("--db", flag); got != "Ledger: "+flag+" (from --db)" {
		t.Errorf("flag: %q", got)
	}
	// And the commands use the path they announce.
	c.must(0, "--db", flag, "demo")
	if _, err := os.Stat(flag); err != nil {
		t.Errorf("demo did not write the --db file: %v", err)
	}
	c.must(0, "demo")
	if _, err := os.Stat(env); err != nil {
		t.Errorf("demo did not write the SECRETARY_DB file: %v", err)
	}
	if info, _ := os.Stat(portable); info.Size() != 0 {
		t.Error("demo wrote the portable file although SECRETARY_DB was set")
	}

	// Per OS, without XDG or portable files.
	for goos, want := range map[string]string{
		"windows": filepath.Join(c.home, "AppData", "Local", "secretary", "secretary.db"),
		"darwin":  filepath.Join(c.home, "Library", "Application Support", "secretary", "secretary.db"),
		"linux":   filepath.Join(c.home, ".local", "share", "secretary", "secretary.db"),
	} {
		c2 := newCLI(t)
		c2.home, c2.goos = c.home, goos
		r := c2.must(0, "version")
		if !strings.Contains(r.stdout, "Ledger: "+want+" ") {
			t.Errorf("%s: %q, want %s", goos, r.stdout, want)
		}
	}
}

func TestSettingsReadAndWriteChinese(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "settings", "group", "阳光中学 心理健康教育工作领导小组 🌱")
	c.must(0, "--db", db, "settings", "last_summary", "2026年11月1日")
	r := c.must(0, "--db", db, "settings")
	if !strings.Contains(r.stdout, "阳光中学 心理健康教育工作领导小组 🌱") || !strings.Contains(r.stdout, "2026-11-01") {
		t.Errorf("settings %q", r.stdout)
	}
	r = c.must(1, "--db", db, "--lang", "zh", "settings", "last_summary", "2026-02-30")
	if line := oneErrorLine(t, r); !strings.Contains(line, "2026-02-30") || !strings.Contains(line, "28") {
		t.Errorf("bad date: %q", line)
	}
	r = c.must(1, "--db", db, "settings", "school", strings.Repeat("长", model.MaxShortText+1))
	oneErrorLine(t, r)
	// Undo is in the journal: two steps, each with a description.
	s, err := store.Open(db, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := 0
	s.Journal(func(e model.JournalEntry) bool { n++; return true })
	if n != 2 {
		t.Errorf("%d journal entries for two settings", n)
	}
}

func TestBackupsWithNone(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	r := c.must(0, "--lang", "zh", "--db", db, "backups")
	if !strings.Contains(r.stdout, "还没有备份") {
		t.Errorf("%q", r.stdout)
	}
}

func containsHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}
