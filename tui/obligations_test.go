package tui_test

import (
	"path/filepath"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/today"
	"secretary/tui/tuitest"
	"secretary/tui/views/assessments"
	"secretary/tui/views/meetings"
	"secretary/tui/views/owners"
	"secretary/tui/views/plans"
)

// TestTheTodayPanelOpensAtStartAndJumpsToAnItem: the program opens with
// the today panel over the first screen; enter closes it and shows the
// item's record on its tab, with the cursor on it; esc just closes.
func TestTheTodayPanelOpensAtStartAndJumpsToAnItem(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{TodayPanel: true})
	p, ok := d.Model.Overlay().(*today.Panel)
	if !ok {
		t.Fatalf("no today panel at start:\n%s", d.View())
	}
	if !d.Contains("今日提醒 · 2026-11-20", "需要处理 17 项", "T-12", "✎", "R-1", "G-5", "W-2") {
		t.Fatalf("panel:\n%s", d.View())
	}
	if it := p.Selected(); it == nil || it.Entity != model.EntityTask || it.ID != 12 {
		t.Fatalf("the first item is %+v", it)
	}
	d.Keys("j", "enter")
	if d.Model.Overlay() != nil || d.Model.Active() != common.TabOwners {
		t.Fatalf("enter did not jump to the task:\n%s", d.View())
	}
	if got := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Selected(); got != 6 {
		t.Fatalf("the cursor is on T-%d, want T-6", got)
	}
	// T opens it again; G goes to the last item, a document due for
	// review; enter shows it in the 制度文件 list of the assessments tab.
	d.Keys("T", "G")
	p = d.Model.Overlay().(*today.Panel)
	if it := p.Selected(); it == nil || it.Entity != model.EntityDocument || it.ID != 1 {
		t.Fatalf("the last item is %+v", it)
	}
	if !d.Contains("逾期或 30 天内需复审的制度文件（2）", "复审逾期 10 天", "20 天后复审") {
		t.Fatalf("no documents due for review:\n%s", d.View())
	}
	d.Keys("enter")
	ev := d.Model.Tab(common.TabAssessments).(*assessments.View)
	if d.Model.Overlay() != nil || d.Model.Active() != common.TabAssessments || ev.Showing() != model.EntityDocument || ev.Documents().Selected() != 1 {
		t.Fatalf("enter on W-1 shows %v on tab %d:\n%s", ev.Showing(), d.Model.Active(), d.View())
	}
	// Above the documents, the required work's last period.
	d.Keys("T", "G", "k", "k")
	p = d.Model.Overlay().(*today.Panel)
	if it := p.Selected(); it == nil || it.Entity != model.EntityObligation || it.ID != 5 {
		t.Fatalf("the last obligation item is %+v", it)
	}
	d.Keys("enter")
	v := d.Model.Tab(common.TabPlans).(*plans.View)
	if d.Model.Active() != common.TabPlans || v.Showing() != model.EntityObligation || v.Obligations().Selected() != 5 {
		t.Fatalf("enter on G-5 shows %v on tab %d:\n%s", v.Showing(), d.Model.Active(), d.View())
	}
	// The decision of the last meeting, above the two G-5 periods, opens on the meetings tab.
	d.Keys("T", "G", "k", "k", "k", "k", "enter")
	m := d.Model.Tab(common.TabMeetings).(*meetings.View)
	if d.Model.Active() != common.TabMeetings || m.Showing() != model.EntityDecision || m.Decisions().Selected() != 10 {
		t.Fatalf("enter on D-10 shows %v on tab %d:\n%s", m.Showing(), d.Model.Active(), d.View())
	}
	// Above it, D-9 of an older meeting: no task carries it out yet.
	d.Keys("T", "G", "k", "k", "k", "k", "k")
	if !d.Contains("逾期、7 天内到期、未分解或上次会议未落实的决定事项（4）", "未分解，时限", "逾期，时限已过 20 天") {
		t.Fatalf("decisions:\n%s", d.View())
	}
	d.Keys("enter")
	if d.Model.Active() != common.TabMeetings || m.Showing() != model.EntityDecision || m.Decisions().Selected() != 9 {
		t.Fatalf("enter on D-9 shows %v on tab %d:\n%s", m.Showing(), d.Model.Active(), d.View())
	}
	d.Keys("T", "esc")
	if d.Model.Overlay() != nil || d.Model.Active() != common.TabMeetings {
		t.Fatal("esc should only close the panel")
	}
}

// TestTheTodayPanelSetting: off in the settings, the panel does not open
// at start; the settings form turns it back on.
func TestTheTodayPanelSetting(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	if _, err := a.SetSetting("today_panel", "off"); err != nil {
		t.Fatal(err)
	}
	d := tuitest.New(t, a, model.LangEn, 100, 30, tuitest.Options{TodayPanel: true})
	if d.Model.Overlay() != nil {
		t.Fatalf("the panel opened although it is turned off:\n%s", d.View())
	}
	d.Keys(",")
	if !d.Contains("Today panel") {
		t.Fatalf("settings:\n%s", d.View())
	}
	d.Keys("enter", "enter", "enter", "left", "ctrl+s")
	if d.Ledger().Settings.NoTodayPanel {
		t.Fatalf("the form did not turn it on:\n%s", d.View())
	}
	d = tuitest.New(t, tuitest.Open(t, tuitest.DemoFile(t)), model.LangEn, 100, 30)
	if d.Model.Overlay() != nil {
		t.Fatal("without the program's TodayPanel option nothing opens")
	}
}

// TestCoverageView: c shows the school year's coverage, the cursor picks
// an obligation and shows its periods, [ goes back a school year, enter
// shows the obligation in its list, esc goes back to the plans.
func TestCoverageView(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("c")
	v := d.Model.Tab(common.TabPlans).(*plans.View)
	if on, year := v.ShowingCoverage(); !on || year != 2026 {
		t.Fatalf("c: coverage %v of %d", on, year)
	}
	if !d.Contains("Required work, 2026–2027 school year", "G-5", "⚠✔⏳·······", "1/10 months") {
		t.Fatalf("coverage:\n%s", d.View())
	}
	d.Keys("j", "j", "j", "j")
	if !d.Contains("Sep  ⚠ missed", "Oct  ✔ met", "A-5 10·10", "Nov  ⏳ 10 days left") {
		t.Fatalf("G-5's periods:\n%s", d.View())
	}
	d.Keys("[")
	if _, year := v.ShowingCoverage(); year != 2025 || !d.Contains("2025–2026 school year") {
		t.Fatalf("[ shows %d:\n%s", year, d.View())
	}
	d.Keys("]", "enter")
	if v.Showing() != model.EntityObligation || v.Obligations().Selected() != 5 {
		t.Fatalf("enter: %v %d", v.Showing(), v.Obligations().Selected())
	}
	d.Keys("c", "esc")
	if on, _ := v.ShowingCoverage(); on || v.Showing() != model.EntityObligation {
		t.Fatal("esc should go back to the list the coverage was opened from")
	}
	// A record held now shows at once: the coverage follows the ledger.
	act := &model.Activity{Title: "十一月团体辅导", Kind: model.ActGroupCounselling, Date: storetestToday() - 1, Status: model.ActHeld}
	res, err := d.App.Save(model.ActCreate, act)
	if err != nil {
		t.Fatal(err)
	}
	d.Send(common.WroteMsg{Result: res, Record: act})
	d.Keys("c")
	if !d.Contains("⚠✔✔·······", "2/10 months") {
		t.Fatalf("after an activity held in November:\n%s", d.View())
	}
}

// TestNewYearFromThePlansTab: N previews the next school year, n leaves
// everything, y writes it as one step, u takes it all back, and a second
// N is refused with the reason.
func TestNewYearFromThePlansTab(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	before := d.Ledger().Counts()
	d.Keys("N")
	if !d.Contains("开新学年：2027—2028学年", "冯涛 ⚠ 已离任，请改派", "按 y 开始") {
		t.Fatalf("preview:\n%s", d.View())
	}
	d.Keys("n")
	if d.Model.Overlay() != nil || d.Ledger().Counts() != before {
		t.Fatal("n changed something")
	}
	d.Keys("N", "y")
	after := d.Ledger().Counts()
	if after.Of(model.EntityPlan) != before.Of(model.EntityPlan)+1 || after.Total() != before.Total()+17 {
		t.Fatalf("after y: %v", after)
	}
	if !strings.Contains(d.Model.Status(), "已开始2027—2028学年，写入 17 条记录") || !d.Contains("P-5") {
		t.Fatalf("status %q:\n%s", d.Model.Status(), d.View())
	}
	d.Keys("N")
	if d.Model.Overlay() != nil || !strings.Contains(d.Model.Status(), "已经有年度计划 P-5") {
		t.Fatalf("a second N: %q", d.Model.Status())
	}
	d.Keys("u")
	if got := d.Ledger().Counts(); got != before {
		t.Fatalf("undo left %v, want %v", got, before)
	}
	if d.Contains("P-5") {
		t.Fatalf("the new plan is still on screen after undo:\n%s", d.View())
	}
}

// TestObligationForm: bad input is refused under its field, naming it;
// a good obligation is saved, then deactivated through the form.
func TestObligationForm(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	before := len(d.Ledger().Obligations)
	d.Keys("o", "n")
	if !d.Contains("新建规定动作", "频次 *", "最低要求 *") {
		t.Fatalf("form:\n%s", d.View())
	}
	d.Paste("心理委员季度培训")
	d.Keys("enter", "ctrl+u")
	d.Paste("每月两次吧")
	d.Keys("enter")
	if !d.Contains("无法识别频次“每月两次吧”") {
		t.Fatalf("a frequency that does not parse:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste("05-31..05-01")
	d.Keys("enter")
	if !d.Contains("结束日 05-01 早于开始日 05-31") {
		t.Fatalf("a backwards range:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste("每学期")
	d.Keys("enter", "ctrl+u")
	d.Paste("0")
	d.Keys("enter")
	if !d.Contains("不能小于 1") {
		t.Fatalf("a minimum of 0:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste("2")
	d.Keys("enter", "enter") // minimum; sum: none
	d.Keys("space")          // the activity kinds: any
	d.Keys("ctrl+s")
	l := d.Ledger()
	if len(l.Obligations) != before+1 {
		t.Fatalf("not saved:\n%s", d.View())
	}
	o := l.Obligations[len(l.Obligations)-1]
	if o.Title != "心理委员季度培训" || o.Freq.Kind != model.FreqSemester || o.Min != 2 || !o.Active() ||
		len(o.Meets) != 1 || o.Meets[0] != (model.MeetRule{Entity: model.EntityActivity}) {
		t.Fatalf("saved %+v", o)
	}
	v := d.Model.Tab(common.TabPlans).(*plans.View)
	if v.Obligations().Selected() != o.ID {
		t.Fatalf("the cursor is not on the new obligation")
	}
	d.Keys("e", "ctrl+s") // unchanged: nothing written
	// Deactivate it: the active switch is the field after the source
	// (past the activity kinds and the meeting kinds).
	d.Keys("e")
	for i := 0; i < 7; i++ {
		d.Keys("tab")
	}
	d.Keys("right", "ctrl+s")
	if got := d.Ledger().Obligation(o.ID); got.Active() {
		t.Fatalf("not deactivated:\n%s", d.View())
	}
	d.Keys("c")
	lines := strings.Split(d.View(), "\n")
	if body := strings.Join(lines[:len(lines)-2], "\n"); strings.Contains(body, "心理委员季度培训") { // the status line names it
		t.Fatalf("an inactive obligation is in the coverage:\n%s", body)
	}
}

// TestATaskTaggedWithAnObligationMeetsIt: the task form names the
// obligation a task does; done, the task meets it in the coverage.
func TestATaskTaggedWithAnObligationMeetsIt(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("2", "e")
	id := d.Model.Tab(common.TabOwners).(*owners.View).Tasks().Selected()
	// title, owner, due, indicator, plan, area, supervisor, start, status,
	// progress, date done -> the obligation
	d.Keys("enter", "enter", "enter", "tab", "enter", "enter", "enter", "enter", "enter", "enter", "enter")
	d.Keys("/")
	d.Type("G-10")
	d.Keys("enter", "ctrl+s")
	task := d.Ledger().Task(id)
	if task.ObligationID != 10 {
		t.Fatalf("tagged with G-%d:\n%s", task.ObligationID, d.View())
	}
	if task.Status != model.TaskDone || task.DoneOn.IsZero() {
		t.Fatalf("the demo's first task is done: %+v", task)
	}
	d.Keys("1", "c", "G")
	var row string
	for _, l := range strings.Split(d.View(), "\n") {
		if strings.Contains(l, "G-10 ") {
			row = l
			break
		}
	}
	if !strings.Contains(row, "✔") || !strings.Contains(row, "1/1 school years") ||
		!d.Contains(model.Code(model.EntityTask, id)+" "+task.Title) {
		t.Fatalf("G-10 is not met by the task (%q):\n%s", row, d.View())
	}
}

// TestANewLedgerDoesNotMissWhatCameBeforeIt: a ledger made on the pinned
// day (20 November) with the default required work, as the first run
// makes it: September and October ended before it began, so the today
// panel lists only November's practice activity, due, and the coverage
// shows the earlier months as · before the ledger, not ⚠.
func TestANewLedgerDoesNotMissWhatCameBeforeIt(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "secretary.db")
	a, err := app.Open(path, app.Options{Clock: tuitest.Clock(), Version: "test", NoBackup: true, Env: tuitest.Env(), DefaultsLang: model.LangZh})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	if _, err := a.SetSetting("school", "阳光中学"); err != nil { // past the welcome page
		t.Fatal(err)
	}
	d := tuitest.New(t, a, model.LangZh, 100, 30, tuitest.Options{TodayPanel: true})
	p, ok := d.Model.Overlay().(*today.Panel)
	if !ok {
		t.Fatalf("no today panel:\n%s", d.View())
	}
	if !d.Contains("需要处理 1 项", "11月", "还剩 10 天") || d.Contains("⚠", "未完成") {
		t.Fatalf("a new ledger's panel:\n%s", d.View())
	}
	if it := p.Selected(); it == nil || it.Kind != model.AttnObligationDue {
		t.Fatalf("the one item is %+v", it)
	}
	d.Keys("esc", "c")
	if !d.Contains("· 未到期或建账前（2026-11-20 建账）", "··⏳·······", "0/8 个月", "⚠ 0  · 16", "建账前") {
		t.Fatalf("coverage of a new ledger:\n%s", d.View())
	}
	for range 4 { // down to G-5, the monthly practice activity
		d.Keys("j")
	}
	if !d.Contains("9月  · 建账前", "10月  · 建账前", "11月  ⏳ 还剩 10 天") {
		t.Fatalf("G-5's periods:\n%s", d.View())
	}
	// enter shows G-5 in its list; enter again, its detail, which tallies the year.
	d.Keys("enter", "enter")
	if !d.Contains("本学年已完成 0/8 个月", "2 期在 2026-11-20 建账之前，不算未完成") {
		t.Fatalf("G-5's detail:\n%s", d.View())
	}
}
