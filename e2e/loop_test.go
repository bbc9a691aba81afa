package e2e

import (
	"os/exec"
	"path/filepath"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/store"
)

// TestActivityAssessmentAndRectificationLoop is the Activities and
// Assessments tabs end to end in a real terminal: add an activity, mark
// it held with participants and an evaluation, add an assessment with a
// finding and a rectification, close the rectification, quit, reopen,
// and find all of it.
func TestActivityAssessmentAndRectificationLoop(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	db := filepath.Join(t.TempDir(), "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	env := []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color"}
	tm := newTerm(t, 120, 40, env, shellQuote(binary)+" --db "+shellQuote(db))
	tm.waitFor("心理健康教育工作台账", "P-1")

	// An activity, then how it went.
	tm.keys("3")
	tm.waitFor("A-11")
	tm.keys("n")
	tm.waitFor("新建活动", "┃ 活动名称 *")
	tm.typeText("心理健康讲座：压力管理 🧘")
	tm.keys("Enter")
	tm.waitFor("┃ 活动类型 *")
	tm.keys("Enter")
	tm.waitFor("┃ 日期 *")
	tm.typeText("今天")
	tm.keys("C-s")
	tm.waitFor("新建活动 A-12「心理健康讲座：压力管理 🧘」")
	tm.keys("h")
	tm.waitFor("登记举办情况：A-12", "┃ 实到人数")
	tm.typeText("120")
	tm.keys("Enter")
	tm.waitFor("┃ 实际支出")
	tm.typeText("800")
	tm.keys("Enter")
	tm.waitFor("┃ 满意度评分 *")
	tm.keys("Enter")
	tm.waitFor("┃ 效果评价")
	tm.typeText("学生反馈积极，满意度95%")
	tm.keys("C-s")
	tm.waitFor("登记举办活动 A-12")

	// An assessment of the activity with one finding.
	tm.keys("4")
	tm.waitFor("E-4")
	tm.keys("n")
	tm.waitFor("新建评估", "┃ 评估类型 *")
	tm.keys("Enter")
	tm.waitFor("┃ 日期 *")
	tm.keys("Enter")
	tm.waitFor("┃ 评估对象 *")
	tm.keys("Left") // work area -> activity
	tm.waitFor("← 活动 →")
	tm.keys("Enter")
	tm.keys("G", "Enter") // the newest activity, A-12
	tm.waitFor("┃ 评估人 *")
	tm.typeText("德育处督查组")
	tm.keys("Enter")
	tm.waitFor("┃ 考核指标")
	tm.typeText("讲座组织 | 按计划举办 | 已举办 | 92")
	tm.keys("Tab")
	tm.waitFor("┃ 总体评定")
	tm.keys("Enter")
	tm.waitFor("┃ 发现的问题")
	tm.typeText("签到表未及时存档")
	tm.keys("C-s")
	tm.waitFor("新建评估 E-5")

	// A rectification under that finding, then closing it.
	tm.keys("G", "r")
	tm.waitFor("为 E-5 添加整改措施", "┃ 针对问题 *")
	tm.keys("Enter")
	tm.waitFor("┃ 整改措施")
	tm.typeText("补齐签到表并归档")
	tm.keys("Tab")
	tm.waitFor("┃ 整改责任人 *")
	tm.keys("/")
	tm.typeText("zs")
	tm.waitFor("张三 · 心理中心")
	tm.keys("Enter")
	tm.waitFor("┃ 整改期限 *")
	tm.typeText("+7")
	tm.keys("C-s")
	tm.waitFor("新建整改 R-7")
	tm.keys("o", "G", "x")
	tm.waitFor("销号：R-7", "┃ 销号日期 *")
	tm.keys("Enter")
	tm.waitFor("┃ 验收人 *")
	tm.keys("/")
	tm.typeText("lhm")
	tm.waitFor("李红梅 · 德育处")
	tm.keys("Enter")
	tm.waitFor("┃ 整改佐证")
	tm.typeText("签到表已归档，抽查无误")
	tm.keys("C-s")
	tm.waitFor("销号整改 R-7")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	// Reopened: everything is there, on screen and in the file.
	tm2 := newTerm(t, 120, 40, env, shellQuote(binary)+" --db "+shellQuote(db))
	tm2.waitFor("P-1")
	tm2.keys("4", "o", "G")
	tm2.waitFor("R-7", "补齐签到表并归档", "已销号")
	tm2.keys("q")
	tm2.waitFor("EXIT=0")

	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	a := l.Activity(12)
	if a == nil || a.Status != model.ActHeld || a.Actual != 120 || a.Spend != model.Yuan(800) || a.Score != 4 || a.Evaluation != "学生反馈积极，满意度95%" {
		t.Fatalf("activity: %+v", a)
	}
	e := l.Assessment(5)
	if e == nil || e.Target != (model.Target{Kind: model.TargetActivity, ID: 12}) || len(e.Findings) != 1 || len(e.Indicators) != 1 || e.Indicators[0].Score != 92 {
		t.Fatalf("assessment: %+v", e)
	}
	r := l.Rectification(7)
	if r == nil || r.AssessmentID != 5 || r.FindingNo != 1 || r.Status != model.RectClosed ||
		l.OwnerName(r.OwnerID) != "张三" || l.OwnerName(r.VerifierID) != "李红梅" || r.Evidence != "签到表已归档，抽查无误" {
		t.Fatalf("rectification: %+v", r)
	}
	if out, err := exec.Command(binary, "--db", db, "check").CombinedOutput(); err != nil {
		t.Fatalf("check: %v\n%s", err, out)
	}
}
