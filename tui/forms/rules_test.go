package forms_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/tuitest"
)

func savedIn(out []any) model.Record {
	for _, m := range out {
		if s, ok := m.(forms.SavedMsg); ok {
			return s.Record
		}
	}
	return nil
}

// flat is a view without line breaks and spaces, so a message wrapped
// across lines is found whole.
func flat(v string) string { return strings.Join(strings.Fields(v), "") }

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// The trial's slip — 28 and 450 typed after 30 and 500 were appended to
// them, saving 3028 participants and 500,450 yuan without a word — is now
// asked about before it is saved: n goes back to the form, y saves.
func TestImplausibleFiguresAreConfirmedBeforeSaving(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	l, _ := a.Load()
	act := heldReady(t, a, l)
	ctx := tuitest.Context(t, a, model.LangZh, 100, 40)
	d := forms.NewHeldDraft(act)
	d.Actual, d.Spend = "3028", "500450"
	h := forms.NewHost(ctx, 7, d, model.ActMarkHeld)
	h.SetSize(100, 36)
	var ov common.Overlay = h
	ov, _ = drive(ov, tuitest.Messages(ov.Init())...)
	ov, out := drive(ov, tuitest.Key("ctrl+s"))
	if savedIn(anys(out)) != nil || len(h.Warnings()) != 2 {
		t.Fatalf("saved without asking (warnings %+v):\n%s", h.Warnings(), ov.View())
	}
	v := ov.View()
	for _, want := range []string{"保存前请核对这些数字", "实到 3028 人，是预计 30 人的 3 倍以上", "实际支出 500,450 元，超过预算 500 元的 2 倍", "y 保存"} {
		if !strings.Contains(v, want) {
			t.Fatalf("the question should show %q:\n%s", want, v)
		}
	}
	if got := ov.ShortHelp(); !key.Matches(tuitest.Key("y"), got[0]) {
		t.Fatalf("help while asking: %+v", got)
	}
	// n: back to the form, nothing saved, the figures still there to fix.
	ov, out = drive(ov, tuitest.Key("n"))
	if savedIn(anys(out)) != nil || h.Warnings() != nil || !strings.Contains(ov.View(), "3028") {
		t.Fatalf("n should go back to the form:\n%s", ov.View())
	}
	if l2, _ := a.Load(); l2.Activity(act.ID).Status == model.ActHeld {
		t.Fatal("saved after n")
	}
	// y: saved as typed, because the user said so.
	ov, _ = drive(ov, tuitest.Key("ctrl+s"))
	_, out = drive(ov, tuitest.Key("y"))
	if savedIn(anys(out)) == nil {
		t.Fatalf("y should save: %v", out)
	}
	l2, _ := a.Load()
	if got := l2.Activity(act.ID); got.Actual != 3028 || got.Spend != model.Yuan(500450) || got.Status != model.ActHeld {
		t.Fatalf("saved %+v", got)
	}
}

// A refused save lists every missing or invalid field at once.
func TestARefusedSaveListsEveryProblemAtOnce(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangZh, 100, 40)
	d := forms.NewTaskDraft(0)
	d.Start, d.Due, d.Progress = "2026-13-40", "", "130"
	h := forms.NewHost(ctx, 7, d, model.ActCreate)
	h.SetSize(100, 36)
	var ov common.Overlay = h
	ov, _ = drive(ov, tuitest.Messages(ov.Init())...)
	ov, _ = drive(ov, tuitest.Key("ctrl+s"))
	v := ov.View()
	for _, want := range []string{"没有保存", "任务名称：必须填写", "责任人：必须填写", "截止日期：必须填写", "开始日期：", "进度：应在0到100之间"} {
		if !strings.Contains(flat(v), want) {
			t.Fatalf("the banner should list %q among every problem:\n%s", want, v)
		}
	}
}

// 销号 by someone else: the owner cannot be the verifier; the closing
// date is on or after the registration date; 整改佐证 is marked required.
func TestClosingARectificationNeedsSomeoneElse(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangZh, 100, 40)
	today := model.Today(tuitest.Clock())
	r := *find(t, ctx.Ledger.Rectifications, func(r *model.Rectification) bool { return r.Open() })
	d := forms.NewCloseDraft(r, today)
	d.VerifierID, d.Evidence, d.ClosedOn = r.OwnerID, "记录表", r.OpenedOn.AddDays(-1).String()
	h := forms.NewHost(ctx, 7, d, model.ActCloseRect)
	h.SetSize(100, 36)
	var ov common.Overlay = h
	ov, _ = drive(ov, tuitest.Messages(ov.Init())...)
	if v := ov.View(); !strings.Contains(v, "整改佐证 *") || !strings.Contains(v, "验收人 *") || !strings.Contains(v, "销号日期 *") {
		t.Fatalf("every required field is marked *:\n%s", v)
	}
	ov, out := drive(ov, tuitest.Key("ctrl+s"))
	v := flat(ov.View())
	if savedIn(anys(out)) != nil || !strings.Contains(v, "销号须由他人验收") || !strings.Contains(v, "销号日期不能早于挂号日期") {
		t.Fatalf("owner as verifier and closing before registration, both refused at once:\n%s", ov.View())
	}
}

// The form's help line says how to clear a field, and ctrl+u does.
func TestTheHelpLineSaysHowToClearAField(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		ctx := tuitest.Context(t, a, lang, 100, 40)
		l := ctx.Ledger
		h := forms.NewHost(ctx, 7, forms.EditPlanDraft(l.Plans[0]), model.ActUpdate)
		h.SetSize(100, 36)
		var ov common.Overlay = h
		ov, _ = drive(ov, tuitest.Messages(ov.Init())...)
		found := false
		for _, b := range ov.ShortHelp() {
			if b.Help().Key == "ctrl+u" && (b.Help().Desc == "清空" || b.Help().Desc == "clear") {
				found = true
			}
		}
		if !found {
			t.Fatalf("%s: no clear key in the help: %+v", lang, ov.ShortHelp())
		}
		// The title is focused and prefilled: ctrl+u empties it.
		ov, _ = drive(ov, tuitest.Key("ctrl+u"))
		if d := h.Draft().(*forms.PlanDraft); d.Title != "" {
			t.Fatalf("ctrl+u left %q", d.Title)
		}
		// On a list of people ctrl+u is no paging key: the choice stays
		// (huh pages with it, which moved the choice without a word).
		ov, _ = drive(ov, typeText("三年发展规划"))
		for i := 0; h.FocusedField() != "plan.leader"; i++ {
			if i > 20 {
				t.Fatalf("never reached the leader; at %q:\n%s", h.FocusedField(), h.View())
			}
			ov, _ = drive(ov, tuitest.Key("tab"))
		}
		ov, _ = drive(ov, tuitest.Key("down"), tuitest.Key("down"), tuitest.Key("down"))
		leader := h.Draft().(*forms.PlanDraft).LeaderID
		ov, _ = drive(ov, tuitest.Key("ctrl+u"))
		if got := h.Draft().(*forms.PlanDraft).LeaderID; got != leader {
			t.Fatalf("ctrl+u on a list moved the choice from %v to %v", leader, got)
		}
	}
}
