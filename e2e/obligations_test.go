package e2e

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/store"
)

// TestTodayPanelAndNewYear is the school year's required work in a real
// terminal: the program opens with the today panel, enter jumps to an
// item; the new school year is previewed on the command line (--dry-run),
// started for real in the program, and undone, after which the command
// line previews the same year again.
func TestTodayPanelAndNewYear(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	env := []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color"}

	// The dry run writes nothing and names the year to come.
	before := plansIn(t, db)
	dry, err := exec.Command(binary, "--db", db, "--lang", "zh", "newyear", "--dry-run").CombinedOutput()
	if err != nil || !strings.Contains(string(dry), "将开始") || !strings.Contains(string(dry), "预览，没有写入任何内容") {
		t.Fatalf("newyear --dry-run: %v\n%s", err, dry)
	}
	if plansIn(t, db) != before {
		t.Fatal("the dry run wrote a plan")
	}
	year := strings.SplitN(strings.TrimPrefix(strings.SplitN(string(dry), "\n", 2)[0], "将开始"), "（", 2)[0] // "2027—2028学年"

	tm := newTermWithToday(t, 120, 40, env, shellQuote(binary)+" --db "+shellQuote(db))
	tm.waitFor("今日提醒 · ", "需要处理", "逾期或 7 天内到期的任务", "esc 关闭")
	// The first item is a task: enter shows it on the responsibility list.
	tm.keys("Enter")
	s := tm.waitFor("2 责任清单", "╭")
	if strings.Contains(s, "今日提醒 · ") {
		t.Fatalf("the panel stayed after enter:\n%s", s)
	}

	// The new school year, for real, then undone.
	tm.keys("1", "N")
	tm.waitFor("开新学年："+year, "按 y 开始")
	tm.keys("y")
	newPlan := "P-" + strconv.Itoa(before+1)
	s = tm.waitFor("已开始"+year, newPlan)
	tm.keys("u")
	s = tm.waitFor("撤销")
	if strings.Contains(s, newPlan+" ") {
		t.Fatalf("%s is still listed after undo:\n%s", newPlan, s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
	if got := plansIn(t, db); got != before {
		t.Fatalf("%d plans after undo, want %d", got, before)
	}

	again, err := exec.Command(binary, "--db", db, "--lang", "zh", "newyear", "--dry-run").CombinedOutput()
	if err != nil || !strings.Contains(string(again), "将开始"+year) {
		t.Fatalf("after undo the same year should be next: %v\n%s", err, again)
	}
}

// plansIn counts the ledger's plans, reading the file as the next session
// would.
func plansIn(t *testing.T, db string) int {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	return len(l.Plans)
}
