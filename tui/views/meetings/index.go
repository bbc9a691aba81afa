package meetings

import (
	"slices"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
)

// index is the ledger's tasks by the decision they carry out, shared by
// the tab's two lists and their details. Building it reads every task
// (a few milliseconds at 100,000 records), too slow for each cursor move
// or each save, so it is built once per ledger and patched by each write.
type index struct {
	ledger *model.Ledger
	tasks  model.DecisionTasks
}

// of is the index of the context's ledger, built when missing.
func (x *index) of(ctx *common.Context) model.DecisionTasks {
	if x.tasks == nil || x.ledger != ctx.Ledger {
		x.ledger, x.tasks = ctx.Ledger, model.TasksByDecision(ctx.Ledger)
	}
	return x.tasks
}

// changed patches the index with a write's tasks; a whole new ledger
// drops it.
func (x *index) changed(res *app.Result) {
	if res == nil {
		x.tasks = nil
		return
	}
	if x.tasks == nil {
		return
	}
	for _, c := range res.Changes {
		if c.Entity != model.EntityTask {
			continue
		}
		if t, ok := c.Before.(*model.Task); ok && t.DecisionID != 0 {
			list := x.tasks[t.DecisionID]
			if i := slices.Index(list, c.ID); i >= 0 {
				x.tasks[t.DecisionID] = slices.Delete(slices.Clone(list), i, i+1)
			}
		}
		if t, ok := c.After.(*model.Task); ok && t.DecisionID != 0 {
			list := x.tasks[t.DecisionID]
			if !slices.Contains(list, c.ID) {
				list = append(slices.Clone(list), c.ID)
				slices.Sort(list)
				x.tasks[t.DecisionID] = list
			}
		}
	}
}

// forList rewrites a write's result for one of the tab's lists: a change
// to a task becomes a change to the decision it carries out (on the
// decisions list) or to that decision's meeting (on the meetings list),
// so the list patches those rows instead of rebuilding every row. Other
// changes pass as they are.
func forList(res *app.Result, l *model.Ledger, own model.Entity) *app.Result {
	if res == nil {
		return nil
	}
	out := &app.Result{Entry: res.Entry}
	seen := map[model.ID]bool{}
	add := func(id model.ID) {
		if id == 0 || seen[id] {
			return
		}
		seen[id] = true
		rec := l.Record(own, id)
		out.Changes = append(out.Changes, app.Change{Entity: own, ID: id, Before: rec, After: rec})
	}
	decisionOwner := func(id model.ID) {
		switch own {
		case model.EntityDecision:
			add(id)
		case model.EntityMeeting:
			if d := l.Decision(id); d != nil {
				add(d.MeetingID)
			}
		}
	}
	for _, c := range res.Changes {
		switch {
		case c.Entity == model.EntityTask:
			if t, ok := c.Before.(*model.Task); ok {
				decisionOwner(t.DecisionID)
			}
			if t, ok := c.After.(*model.Task); ok {
				decisionOwner(t.DecisionID)
			}
		case c.Entity == model.EntityDecision && own == model.EntityMeeting:
			if d, ok := c.Before.(*model.Decision); ok {
				add(d.MeetingID)
			}
			if d, ok := c.After.(*model.Decision); ok {
				add(d.MeetingID)
			}
		default:
			out.Changes = append(out.Changes, c)
		}
	}
	return out
}
