package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
)

// TestFirstRun is a new secretary's first start, in a real terminal: the
// ledger is created in the data folder, the welcome page says so, asks
// for the group, school and secretary, and opens the sample year in a
// file of its own; the next start opens the real ledger, with its
// settings and without the welcome page.
func TestFirstRun(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	data := t.TempDir()
	db := filepath.Join(data, "secretary", "secretary.db")
	env := []string{"LANG=C.UTF-8", "TERM=xterm-256color", "XDG_DATA_HOME=" + shellQuote(data), "SECRETARY_DB="}

	// C.UTF-8 names no language: Chinese.
	tm := newTerm(t, 100, 30, env, shellQuote(binary))
	tm.waitFor("欢迎使用心理健康教育工作台账", "台账文件："+db, "本机的数据文件夹", "1  填写领导小组名称")

	// 1: the settings form.
	tm.keys("1")
	tm.waitFor("┃ 领导小组名称")
	tm.typeText("阳光中学心理健康教育工作领导小组")
	tm.keys("Enter")
	tm.waitFor("┃ 学校")
	tm.typeText("阳光中学")
	tm.keys("Enter")
	tm.waitFor("┃ 秘书")
	tm.typeText("王老师")
	tm.keys("C-s") // the founding document and the today panel can wait
	tm.waitFor("✓ 阳光中学心理健康教育工作领导小组 · 阳光中学 · 秘书 王老师", "› 2  先看看示例学年")

	// 2: the sample year, in a file of its own.
	tm.keys("2")
	tm.waitFor("secretary-demo.db", "P-1", "已打开示例台账")
	tm.keys("2")
	tm.waitFor("张三", "T-1")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	demo := filepath.Join(filepath.Dir(db), "secretary-demo", "secretary-demo.db")
	if _, err := os.Stat(demo); err != nil {
		t.Fatalf("no sample ledger beside the ledger: %v", err)
	}
	out, err := exec.Command(binary, "--db", db, "--lang", "zh", "settings").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "王老师") || !strings.Contains(string(out), "阳光中学") {
		t.Fatalf("the settings were not kept: %v\n%s", err, out)
	}

	// The next start: the ledger has its settings, so the tabs, no
	// welcome page; it is still the user's ledger, not the sample.
	tm2 := newTerm(t, 100, 30, env, shellQuote(binary))
	scr := tm2.waitFor("心理健康教育工作台账 · secretary.db", "1 计划", "这里还没有记录")
	if strings.Contains(scr, "欢迎使用") {
		t.Fatalf("the welcome page came back:\n%s", scr)
	}
	tm2.keys("q")
	tm2.waitFor("EXIT=0")
}
