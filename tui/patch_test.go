package tui_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/tuitest"
)

// TestPatchedScreenMatchesAFreshStart makes writes of every kind through
// the app and hands each result to the running program, which patches
// its ledger, figures and rows instead of reading the file again. After
// them, every screen must read exactly as a program started afresh on the
// file does, and the derived figures must equal a full recount.
func TestPatchedScreenMatchesAFreshStart(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 140, 40)
	// Every list built, so each is patched rather than rebuilt: o cycles
	// the Assessments tab's four lists and the Meetings tab's two back to
	// the first.
	for _, k := range []string{"1", "2", "o", "o", "3", "4", "o", "o", "o", "o", "5", "o", "o", "6", "2"} {
		d.Keys(k)
	}
	rng := rand.New(rand.NewPCG(3, 5))
	for step := 0; step < 60; step++ {
		l := d.Model.Context().Ledger
		var msg common.WroteMsg
		switch rng.IntN(6) {
		case 0:
			task := l.Tasks[rng.IntN(len(l.Tasks))]
			task.Status = model.TaskStatus(1 + rng.IntN(4))
			task.Progress = rng.IntN(100)
			if task.Status == model.TaskDone {
				task.Progress = 100
			}
			task.OwnerID = l.Owners[rng.IntN(len(l.Owners))].ID
			task.Due = d.Model.Context().Today().AddDays(rng.IntN(30) - 15)
			msg.Result, msg.Err = d.App.Save(model.ActUpdate, &task)
		case 1:
			task := model.Task{Title: fmt.Sprintf("新任务 %d 🌱", step), OwnerID: l.Owners[0].ID, PlanID: l.Plans[rng.IntN(len(l.Plans))].ID,
				Area: model.AreaService, Status: model.TaskNotStarted, Due: d.Model.Context().Today().AddDays(3)}
			msg.Result, msg.Err = d.App.Save(model.ActCreate, &task)
		case 2:
			r := l.Rectifications[rng.IntN(len(l.Rectifications))]
			r.OwnerID = l.Owners[rng.IntN(len(l.Owners))].ID
			r.Due = d.Model.Context().Today().AddDays(rng.IntN(20) - 10)
			msg.Result, msg.Err = d.App.Save(model.ActUpdate, &r)
		case 3:
			msg.Result, msg.Err = d.App.Undo()
		case 4:
			o := model.Owner{Name: fmt.Sprintf("新人%d", step), Department: "德育处"}
			msg.Result, msg.Err = d.App.Save(model.ActCreate, &o)
		default:
			msg.Result, msg.Err = d.App.Redo()
		}
		if msg.Err != nil {
			continue
		}
		d.Send(msg)
		// The task list on screen was patched row by row: it reads as a
		// fresh start's does.
		fresh := tuitest.New(t, d.App, model.LangZh, 140, 40)
		d.Keys("g")
		fresh.Keys("2", "g")
		if got, want := body(d.View()), body(fresh.View()); got != want {
			t.Fatalf("step %d: the patched task list differs from a fresh start:\n%s\n---- fresh:\n%s", step, got, want)
		}
	}
	ctx := d.Model.Context()
	fresh := tuitest.New(t, d.App, model.LangZh, 140, 40)
	if want := common.Derive(fresh.Model.Context().Ledger, ctx.Today()); !reflect.DeepEqual(ctx.Derived, want) {
		t.Fatalf("patched figures differ from a recount:\n got %+v\nwant %+v", ctx.Derived, want)
	}
	for _, k := range []string{"1", "2", "o", "3", "4", "o", "5"} {
		d.Keys(k, "g")
		fresh.Keys(k, "g")
		// The status lines differ by design: the patched one says what
		// was done last.
		if got, want := body(d.View()), body(fresh.View()); got != want {
			t.Fatalf("after %q the patched screen differs from a fresh start:\n%s\n---- fresh:\n%s", k, got, want)
		}
	}
}

// body is the screen without its status and help lines.
func body(v string) string {
	lines := strings.Split(v, "\n")
	return strings.Join(lines[:max(0, len(lines)-2)], "\n")
}
