package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/views/activities"
	"secretary/tui/views/assessments"
)

func TestAddActivityThenMarkHeldWithEvaluation(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	before := len(d.Ledger().Activities)
	d.Keys("3", "n")
	d.Paste("心理健康讲座：情绪管理 😊")
	d.Keys("enter", "enter") // kind: lecture
	d.Paste("今天")            // held today: a day still to come cannot be recorded as held
	d.Keys("ctrl+s")
	l := d.Ledger()
	if len(l.Activities) != before+1 {
		t.Fatalf("activity not added:\n%s", d.View())
	}
	a := l.Activities[len(l.Activities)-1]
	if a.Title != "心理健康讲座：情绪管理 😊" || a.Date != storetestToday() || a.Status != model.ActPlanned || a.Kind != model.ActLecture {
		t.Fatalf("saved %+v", a)
	}
	br := d.Model.Tab(common.TabActivities).(*activities.View).Browser()
	if br.Selected() != a.ID {
		t.Fatalf("cursor on A-%d, want the new A-%d", br.Selected(), a.ID)
	}
	d.Keys("h")
	if !d.Contains("登记举办情况", a.Title) {
		t.Fatalf("held form:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste("118")
	d.Keys("enter")
	d.Paste("1500")
	d.Keys("enter", "enter") // score: 4 of 5, offered first
	d.Paste("满意度 92%，学生反馈积极")
	d.Keys("ctrl+s")
	a = *d.Ledger().Activity(a.ID)
	if a.Status != model.ActHeld || a.Actual != 118 || a.Spend != model.Yuan(1500) || a.Score != 4 || a.Evaluation != "满意度 92%，学生反馈积极" {
		t.Fatalf("after h: %+v\n%s", a, d.View())
	}
	if !strings.Contains(d.Model.Status(), "登记举办") {
		t.Fatalf("status %q", d.Model.Status())
	}
	d.Keys("u")
	if d.Ledger().Activity(a.ID).Status != model.ActPlanned {
		t.Fatal("undo should return it to planned")
	}
}

func TestCancelNeedsAReasonAndKeepsTheRecord(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	br := d.Model.Tab(common.TabActivities).(*activities.View).Browser()
	d.Keys("3", "j", "j", "j", "j", "j", "j") // A-7, planned
	id := br.Selected()
	d.Keys("c", "ctrl+s")
	if !d.Contains("Not saved", "a cancelled activity needs a reason") {
		t.Fatalf("an empty reason must be refused:\n%s", d.View())
	}
	d.Paste("与期末考试冲突")
	d.Keys("ctrl+s")
	a := d.Ledger().Activity(id)
	if a == nil || a.Status != model.ActCancelled || a.CancelReason != "与期末考试冲突" {
		t.Fatalf("after cancel: %+v", a)
	}
	d.Keys("h")
	if !strings.Contains(d.Model.Status(), "cancelled") {
		t.Fatalf("h on a cancelled activity: %q", d.Model.Status())
	}
}

func TestPastPlannedActivityIsFlagged(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 120, 40)
	d.Keys("3")
	// A-6 was dated six days ago and is still planned.
	if !hasLine(d.View(), "✎", "A-6") {
		t.Fatalf("A-6 should carry ✎:\n%s", d.View())
	}
	d.Keys("f", "f", "f", "f", "f") // needs its record
	if !strings.Contains(d.Model.Status(), "Needs its record (1/") {
		t.Fatalf("quick filter: %q", d.Model.Status())
	}
}

func TestAddAssessmentWithIndicatorsAndFindings(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	n := len(d.Ledger().Assessments)
	d.Keys("4", "n")
	d.Keys("enter", "enter", "enter", "enter") // kind, date (today), target kind (area), target
	d.Paste("德育处")
	d.Keys("enter")
	d.Paste("宣传栏 | 每月更新 | 已更新 | 105")
	d.Keys("tab")
	if !d.Contains("得分“105”应是 0 到 100 的数") {
		t.Fatalf("a bad score should be shown under the field:\n%s", d.View())
	}
	for range "105" {
		d.Keys("backspace")
	}
	d.Paste("95\n心理课 | 两周1课时 | 达标 | 88")
	d.Keys("tab", "tab")
	d.Paste("宣传栏照片未存档\n心理课教案不全")
	d.Keys("ctrl+s")
	l := d.Ledger()
	if len(l.Assessments) != n+1 {
		t.Fatalf("not added:\n%s", d.View())
	}
	e := l.Assessments[n]
	avg, _ := e.AverageScore()
	if e.Assessor != "德育处" || len(e.Indicators) != 2 || avg != 91.5 || len(e.Findings) != 2 || e.Findings[1].No != 2 || e.Findings[1].Text != "心理课教案不全" {
		t.Fatalf("saved %+v", e)
	}
}

func TestRectificationLoop(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	view := d.Model.Tab(common.TabAssessments).(*assessments.View)
	// r on E-1 adds a rectification under its first finding.
	d.Keys("4", "r")
	if !d.Contains("New rectification for E-1") {
		t.Fatalf("rect form:\n%s", d.View())
	}
	d.Keys("enter")
	d.Paste("补选心理委员")
	d.Keys("tab", "/")
	d.Type("zs")
	d.Keys("enter")
	d.Paste("+10")
	d.Keys("ctrl+s")
	l := d.Ledger()
	r := l.Rectifications[len(l.Rectifications)-1]
	if r.AssessmentID != 1 || r.FindingNo != 1 || r.Measure != "补选心理委员" || l.OwnerName(r.OwnerID) != "张三" ||
		r.Due != storetestToday()+10 || r.Status != model.RectOpen || r.OpenedOn != l.Assessment(1).Date {
		t.Fatalf("saved %+v", r)
	}

	// Close it from the rectifications list: without a verifier, refused.
	d.Keys("o")
	view.Rects().Select(r.ID)
	d.Keys("x")
	if !d.Contains("Close R-", "Closing date") {
		t.Fatalf("close form:\n%s", d.View())
	}
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "Verifier: is required") {
		t.Fatalf("closing without a verifier must be refused:\n%s", d.View())
	}
	if d.Ledger().Rectification(r.ID).Status != model.RectOpen {
		t.Fatal("closed without a verifier")
	}
	// A verifier but no evidence: still refused.
	d.Keys("enter", "down", "enter")
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "closing needs an evidence note") {
		t.Fatalf("closing without evidence must be refused:\n%s", d.View())
	}
	d.Paste("名单已公示，培训签到表存档")
	d.Keys("ctrl+s")
	got := d.Ledger().Rectification(r.ID)
	if got.Status != model.RectClosed || got.ClosedOn != storetestToday() || got.VerifierID == 0 || got.Evidence != "名单已公示，培训签到表存档" {
		t.Fatalf("after close: %+v\n%s", got, d.View())
	}
	if !strings.Contains(d.Model.Status(), "Close rectification") {
		t.Fatalf("status %q", d.Model.Status())
	}

	// Reopen: a reason is required.
	view.Rects().Select(r.ID)
	d.Keys("x")
	if !d.Contains("Reopen R-") {
		t.Fatalf("reopen form:\n%s", d.View())
	}
	d.Keys("ctrl+s")
	if !d.Contains("Not saved", "Reason for reopening: is required") {
		t.Fatalf("reopening without a reason must be refused:\n%s", d.View())
	}
	d.Paste("复查发现仍有两个班未落实")
	d.Keys("ctrl+s")
	got = d.Ledger().Rectification(r.ID)
	if got.Status != model.RectOpen || got.ReopenReason != "复查发现仍有两个班未落实" || got.VerifierID != 0 || got.Evidence != "" {
		t.Fatalf("after reopen: %+v", got)
	}
	// Undo the reopen, then the close.
	d.Keys("u")
	if d.Ledger().Rectification(r.ID).Status != model.RectClosed {
		t.Fatal("undo of reopen")
	}
	d.Keys("u")
	if d.Ledger().Rectification(r.ID).Status != model.RectOpen {
		t.Fatal("undo of close")
	}
	d.Keys("ctrl+r")
	if d.Ledger().Rectification(r.ID).Status != model.RectClosed {
		t.Fatal("redo of close")
	}
}

func TestAddRectWithoutFindingsSaysWhy(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("4", "G", "r") // E-4 has no findings
	if !strings.Contains(d.Model.Status(), "has no findings yet") {
		t.Fatalf("status %q", d.Model.Status())
	}
}

func hasLine(out string, parts ...string) bool {
	for _, l := range strings.Split(out, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(l, p)
		}
		if all {
			return true
		}
	}
	return false
}

func TestHistoryShowsEachChangeFieldByField(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("2", "e") // T-1
	d.Keys("ctrl+u")
	d.Paste("心理辅导中心标准化建设（复查）")
	d.Keys("ctrl+s")
	d.Keys("H")
	if !d.Contains("T-1 的修改历史", "修改任务 T-1", "任务名称：心理辅导中心标准化建设 → 心理辅导中心标准化建设（复查）") {
		t.Fatalf("history:\n%s", d.View())
	}
	d.Keys("esc")
	if d.Contains("修改历史") {
		t.Fatal("esc should close the history")
	}
	// A record created in the program lists what it was created with;
	// undo and redo show as steps of their own.
	d.Keys("o", "n")
	d.Paste("赵六")
	d.Keys("ctrl+s", "u", "ctrl+r", "G", "H")
	if !d.Contains("新建责任人", "姓名：— → 赵六", "已撤销：新建责任人", "已重做：新建责任人") {
		t.Fatalf("history of a new person:\n%s", d.View())
	}
}

// An activity whose day is still to come cannot be recorded as held: h
// says to change the date first, and opens no form.
func TestHeldIsRefusedForAFutureActivity(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	var future model.ID
	for _, a := range d.Ledger().Activities {
		if a.Upcoming(storetestToday()) && a.Date > storetestToday() {
			future = a.ID
			break
		}
	}
	d.Keys("3")
	d.Model.Tab(common.TabActivities).(*activities.View).Browser().Select(future)
	d.Keys("h")
	if d.Contains("登记举办情况") || !strings.Contains(d.Model.Status(), "请先把活动日期改为实际举办的日期") {
		t.Fatalf("status %q:\n%s", d.Model.Status(), d.View())
	}
}
