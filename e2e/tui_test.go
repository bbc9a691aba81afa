package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/store"
)

// TestAddOwnerAndTaskInChineseThenReopen is a new user's first minutes:
// open an empty ledger, add a person and a task in Chinese through the
// real keyboard path, quit, open again and find them.
func TestAddOwnerAndTaskInChineseThenReopen(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	db := filepath.Join(t.TempDir(), "台账", "secretary.db")
	env := []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color", "SECRETARY_DB=" + shellQuote(db)}

	tm := newTerm(t, 120, 40, env, shellQuote(binary))
	// An empty ledger opens on the welcome page; esc goes to the tabs.
	tm.waitFor("心理健康教育工作台账", "欢迎使用心理健康教育工作台账")
	tm.keys("Escape")
	tm.waitFor("1 计划", "2 责任清单", "这里还没有记录")

	// A new person.
	tm.keys("2", "o", "n")
	tm.waitFor("新建责任人", "┃ 姓名 *")
	tm.typeText("王小明")
	tm.keys("Enter")
	tm.waitFor("┃ 职务")
	tm.typeText("专职心理教师")
	tm.keys("Enter")
	tm.waitFor("┃ 部门")
	tm.typeText("心理中心")
	tm.keys("C-s")
	tm.waitFor("新建责任人 O-1「王小明」", "O-1", "心理中心")

	// A task for them, picked by pinyin.
	tm.keys("o", "n")
	tm.waitFor("新建任务", "┃ 任务名称 *")
	tm.typeText("组织“悦纳自我”心理健康讲座 🎤")
	tm.keys("Enter")
	tm.waitFor("┃ 责任人 *")
	tm.keys("/")
	tm.typeText("wxm")
	tm.waitFor("┃ 责任人 *  /wxm", "王小明 · 心理中心  wxm wangxiaoming")
	tm.keys("Enter")
	tm.waitFor("┃ 截止日期 *")
	tm.typeText("+14")
	tm.keys("Enter")
	tm.waitFor("┃ 考核指标")
	tm.typeText("每学期至少2次讲座，覆盖率≥90%")
	tm.keys("C-s")
	tm.waitFor("新建任务 T-1", "组织“悦纳自我”心理健康讲座 🎤", "王小明")

	tm.keys("q")
	tm.waitFor("EXIT=0")

	// Open again, in English this time: the data is all there.
	tm2 := newTerm(t, 100, 30, []string{"LANG=C.UTF-8", "TERM=xterm-256color", "SECRETARY_DB=" + shellQuote(db)}, shellQuote(binary)+" --lang en")
	tm2.waitFor("Mental health education work ledger", "Plans")
	tm2.keys("2")
	tm2.waitFor("T-1", "王小明", "心理中心", "Not started")
	tm2.keys("Enter")
	tm2.waitFor("组织“悦纳自我”心理健康讲座 🎤", "每学期至少2次讲座，覆盖率≥90%", "王小明 · 心理中心")
	tm2.keys("Escape", "/")
	tm2.typeText("yuena")
	tm2.waitFor("T-1", "1/1")
	tm2.keys("Escape", "q")
	tm2.waitFor("EXIT=0")

	// And the file is whole.
	out, err := exec.Command(binary, "--db", db, "check").CombinedOutput()
	if err != nil {
		t.Fatalf("check after the session: %v\n%s", err, out)
	}
	s2, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	l, err := s2.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Owners) != 1 || len(l.Tasks) != 1 || l.Tasks[0].Indicator != "每学期至少2次讲座，覆盖率≥90%" || l.Tasks[0].OwnerID != l.Owners[0].ID {
		t.Fatalf("ledger after the session: %+v %+v", l.Owners, l.Tasks)
	}
}

// TestBordersAlignUnderChineseLocale draws the demo ledger under
// LANG=zh_CN.UTF-8 and checks every line is exactly as wide as the
// terminal: no border pushed out by a character counted twice.
func TestBordersAlignUnderChineseLocale(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	tm := newTerm(t, 120, 40, []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color"}, shellQuote(binary)+" --db "+shellQuote(db))
	s := tm.waitFor("P-1", "╭", "╰")
	right := -1
	for i, line := range strings.Split(s, "\n") {
		if !strings.Contains(line, "│") {
			continue
		}
		col := strings.LastIndex(line, "│")
		w := displayWidth(line[:col])
		if right < 0 {
			right = w
		} else if w != right {
			t.Fatalf("line %d: the border is at cell %d, not %d:\n%s", i+1, w, right, s)
		}
	}
	if right < 0 {
		t.Fatalf("no detail pane border on screen:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
