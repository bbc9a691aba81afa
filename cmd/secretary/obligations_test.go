package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// demoDB writes the demo ledger for a CLI test.
func demoDB(t *testing.T, c *cli) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "demo")
	return db
}

func TestObligationsCoverage(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := demoDB(t, c)
	r := c.must(0, "--db", db, "--lang", "zh", "obligations")
	for _, want := range []string{"规定动作完成情况", "2026—2027学年（2026-09-01 至 2027-08-31）", "G-5 每月综合性", "⚠✔⏳·······", "1/10 个月", "⏳ 还剩 10 天"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("school year lacks %q", want)
		}
	}
	for _, args := range [][]string{
		{"--semester", "2026-2027-1"}, {"--semester", "1"}, {"--semester", "秋"}, {"--semester", "2026-11-20"},
		{"--year", "2026-2027", "--semester", "autumn"}, {"--semester", "2026-1"},
	} {
		r := c.must(0, append([]string{"--db", db, "--lang", "zh", "obligations"}, args...)...)
		if !strings.Contains(r.stdout, "2026—2027学年第一学期") || !strings.Contains(r.stdout, "⚠✔⏳··") || strings.Contains(r.stdout, "⚠✔⏳···") {
			t.Errorf("%v: not the autumn semester:\n%s", args, r.stdout)
		}
	}
	r = c.must(0, "--db", db, "--lang", "en", "obligations", "--year", "2025", "--format", "md")
	if !strings.Contains(r.stdout, "2025–26") || !strings.Contains(r.stdout, "| G-") {
		t.Errorf("last year in Markdown:\n%s", r.stdout)
	}
	out := filepath.Join(t.TempDir(), "cov.html")
	c.must(0, "--db", db, "obligations", "-o", out)
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "<html") {
		t.Errorf("html: %v", err)
	}
	r = c.must(1, "--db", db, "obligations", "-o", out)
	if !strings.Contains(oneErrorLine(t, r), "--force") {
		t.Errorf("an existing file: %q", r.stderr)
	}
	for _, args := range [][]string{
		{"--year", "2026-2028"}, {"--semester", "3"}, {"--year", "2026", "--semester", "2026-2027-1"}, {"--format", "doc"},
	} {
		r := c.must(2, append([]string{"--db", db, "obligations"}, args...)...)
		oneErrorLine(t, r)
	}
}

func TestObligationsLoadDefaults(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "settings", "school", "阳光实验中学") // an existing, empty ledger
	r := c.must(0, "--db", db, "--lang", "zh", "obligations", "--load-defaults")
	if !strings.Contains(r.stdout, "已加入 10 项默认规定动作") || !strings.Contains(r.stdout, "G-10") {
		t.Errorf("load: %s", r.stdout)
	}
	r = c.must(0, "--db", db, "--lang", "zh", "obligations", "--load-defaults")
	if !strings.Contains(r.stdout, "已加入 0 项默认规定动作") {
		t.Errorf("load again: %s", r.stdout)
	}
}

func TestNewYear(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := demoDB(t, c)
	r := c.must(0, "--db", db, "--lang", "zh", "newyear", "--dry-run")
	for _, want := range []string{"将开始2027—2028学年", "T-8 危机干预预案演练", "冯涛 ⚠ 已离任，请改派", "2027-10-08  10·10世界精神卫生日活动", "（预览，没有写入任何内容"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("preview lacks %q:\n%s", want, r.stdout)
		}
	}
	before := countsOf(t, db)
	// No answer on stdin is no.
	r = c.must(1, "--db", db, "--lang", "zh", "newyear")
	if !strings.Contains(oneErrorLine(t, r), "已取消") || countsOf(t, db) != before {
		t.Errorf("declined: %q", r.stderr)
	}
	r = c.must(0, "--db", db, "--lang", "zh", "newyear", "--yes")
	if !strings.Contains(r.stdout, "已开始2027—2028学年：新年度计划 P-5，共写入 17 条记录") {
		t.Errorf("done: %s", r.stdout)
	}
	if after := countsOf(t, db); after.Of(model.EntityPlan) != before.Of(model.EntityPlan)+1 || after.Total() != before.Total()+17 {
		t.Errorf("counts %v, before %v", after, before)
	}
	r = c.must(1, "--db", db, "--lang", "zh", "newyear")
	if !strings.Contains(oneErrorLine(t, r), "2027—2028学年已经有年度计划 P-5") {
		t.Errorf("again: %q", r.stderr)
	}
	c.must(2, "--db", db, "newyear", "--dry-run", "--yes")

	empty := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", empty, "settings", "school", "x")
	r = c.must(1, "--db", empty, "--lang", "zh", "newyear", "--dry-run")
	if !strings.Contains(oneErrorLine(t, r), "请先在计划页新建一个年度计划") {
		t.Errorf("no plan: %q", r.stderr)
	}
}

// TestTodayOnABrandNewLedger: a ledger made with the default required
// work does not count the periods that ended before it began as missed.
// Made on a quiet day (15 July: no school month, nothing ending in July)
// it needs nothing, exit 0 — before, Feb–Jun, the May month and 5·25 of
// the semester read as missed. Made on 20 November it lists November's
// practice activity, due in 10 days (exit 1), and nothing missed; by
// January the December it was kept through and missed counts.
func TestTodayOnABrandNewLedger(t *testing.T) {
	t.Parallel()
	at := func(y int, m time.Month, d int) *cli {
		c := newCLI(t)
		c.clock = model.FixedClock{T: time.Date(y, m, d, 9, 0, 0, 0, time.UTC)}
		return c
	}
	july := at(2027, time.July, 15)
	quiet := filepath.Join(t.TempDir(), "secretary.db")
	july.must(0, "--db", quiet, "--lang", "zh", "obligations", "--load-defaults")
	r := july.must(0, "--db", quiet, "--lang", "zh", "today")
	if !strings.Contains(r.stdout, "今天没有需要处理的事项") || r.stderr != "" {
		t.Errorf("a new ledger in July: %q %q", r.stdout, r.stderr)
	}
	r = july.must(0, "--db", quiet, "--lang", "en", "obligations", "--semester", "2")
	if strings.Count(r.stdout, "⚠") != 1 || !strings.Contains(r.stdout, "before the ledger began on") || !strings.Contains(r.stdout, "Periods before the ledger  7") {
		t.Errorf("the spring semester of a ledger begun in July:\n%s", r.stdout)
	}

	nov := filepath.Join(t.TempDir(), "secretary.db")
	c := newCLI(t) // the pinned day, 2026-11-20
	c.must(0, "--db", nov, "--lang", "zh", "obligations", "--load-defaults")
	r = c.must(1, "--db", nov, "--lang", "zh", "today")
	if !strings.Contains(r.stdout, "需要处理 1 项") || !strings.Contains(r.stdout, "11月") || strings.Contains(r.stdout, "⚠") {
		t.Errorf("a new ledger on 20 November:\n%s", r.stdout)
	}
	r = at(2027, time.January, 5).must(1, "--db", nov, "--lang", "zh", "today")
	if !strings.Contains(r.stdout, "⚠  G-5") || !strings.Contains(r.stdout, "12月") || strings.Contains(r.stdout, "9月") || strings.Contains(r.stdout, "10月") {
		t.Errorf("the same ledger in January:\n%s", r.stdout)
	}
}

func TestTodayExitCodes(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := demoDB(t, c)
	r := c.must(1, "--db", db, "--lang", "zh", "today")
	if r.stderr != "" || !strings.Contains(r.stdout, "今日提醒 · 2026-11-20") || !strings.Contains(r.stdout, "需要处理 17 项") || !strings.Contains(r.stdout, "W-2") || !strings.Contains(r.stdout, "D-9") {
		t.Errorf("today: %q %q", r.stdout, r.stderr)
	}
	quiet := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", quiet, "settings", "school", "x")
	r = c.must(0, "--db", quiet, "--lang", "en", "today")
	if !strings.Contains(r.stdout, "Nothing needs attention today") {
		t.Errorf("nothing: %q", r.stdout)
	}
	r = c.must(1, "--db", filepath.Join(t.TempDir(), "none.db"), "today")
	oneErrorLine(t, r)
	r = c.must(0, "--db", db, "settings", "today_panel")
	if strings.TrimSpace(r.stdout) != "on" {
		t.Errorf("today_panel %q", r.stdout)
	}
	c.must(0, "--db", db, "settings", "今日提醒", "关")
	if r := c.must(0, "--db", db, "settings", "today_panel"); strings.TrimSpace(r.stdout) != "off" {
		t.Errorf("today_panel after 关: %q", r.stdout)
	}
	r = c.must(1, "--db", db, "settings", "today_panel", "sometimes")
	oneErrorLine(t, r)
}

func countsOf(t *testing.T, db string) model.Counts {
	t.Helper()
	s, err := store.Open(db, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	return l.Counts()
}
