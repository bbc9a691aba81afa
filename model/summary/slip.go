package summary

import (
	"slices"
	"strings"

	"secretary/model"
)

// Slip is one person's task slip (任务单): a page handed to them with
// their open tasks — deadline and indicator — their open rectifications
// and the activities they run in the next 30 days.
type Slip struct {
	Header  Header
	Today   model.Date
	Horizon model.Date

	Owner      SlipOwner
	Tasks      []TaskItem     // open tasks, earliest due first
	Rects      []RectItem     // open rectifications, earliest due first
	Activities []ActivityItem // planned, next 30 days, where they organise or run a stage
	Overdue    int            // overdue tasks and rectifications
	DueSoon    int            // tasks and rectifications due in the next 30 days
}

// SlipOwner is who the slip is for. No contact details: the slip is
// printed.
type SlipOwner struct {
	ID         model.ID
	Code       string
	Name       string
	Title      string
	Department string
	Role       model.GroupRole // the person's place in the group; 0 = not a member
}

// Message keys of owner lookup.
const (
	MsgOwnerNone = "summary.owner_none" // args: query
	MsgOwnerMany = "summary.owner_many" // args: query, "张三 (O-3)、张三丰 (O-9)"
)

// FindOwner finds the person a --owner value names: a display code
// ("O-3"), an exact name, or a part of one name. A query that fits
// several people or nobody is an error that lists who it could be.
func FindOwner(l *model.Ledger, query string) (model.ID, error) {
	q := strings.TrimSpace(query)
	if ent, id, ok := model.ParseCode(q); ok && ent == model.EntityOwner && l.Owner(id) != nil {
		return id, nil
	}
	var exact, partial []*model.Owner
	lower := strings.ToLower(q)
	for i := range l.Owners {
		o := &l.Owners[i]
		switch {
		case q == "":
		case o.Name == q:
			exact = append(exact, o)
		case strings.Contains(strings.ToLower(o.Name), lower):
			partial = append(partial, o)
		}
	}
	found := exact
	if len(found) == 0 {
		found = partial
	}
	switch len(found) {
	case 0:
		return 0, model.NewMsgError(MsgOwnerNone, q)
	case 1:
		return found[0].ID, nil
	}
	names := make([]string, 0, min(len(found), 10))
	for _, o := range found[:min(len(found), 10)] {
		names = append(names, o.Name+" ("+model.Code(model.EntityOwner, o.ID)+")")
	}
	if len(found) > 10 {
		names = append(names, "…")
	}
	return 0, model.NewMsgError(MsgOwnerMany, q, strings.Join(names, ", "))
}

// BuildSlip gathers one person's task slip as of today.
func BuildSlip(l *model.Ledger, ownerID model.ID, today model.Date) (*Slip, error) {
	o := l.Owner(ownerID)
	if o == nil {
		return nil, model.NewMsgError(MsgOwnerNone, model.Code(model.EntityOwner, ownerID))
	}
	sl := &Slip{
		Header:  Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary},
		Today:   today,
		Horizon: today + Horizon,
		Owner:   SlipOwner{ID: o.ID, Code: model.Code(model.EntityOwner, o.ID), Name: o.Name, Title: o.Title, Department: o.Department, Role: o.Role},
	}
	b := &builder{l: l, s: &Summary{Today: today, Horizon: sl.Horizon}}
	for i := range l.Tasks {
		t := &l.Tasks[i]
		if t.OwnerID != ownerID || !t.Open() {
			continue
		}
		it := b.taskItem(t)
		sl.count(it.Overdue(), t.Due, today)
		sl.Tasks = append(sl.Tasks, it)
	}
	for i := range l.Rectifications {
		r := &l.Rectifications[i]
		if r.OwnerID != ownerID || !r.Open() {
			continue
		}
		it := rectItem(l, r, today)
		sl.count(it.Overdue(), r.Due, today)
		sl.Rects = append(sl.Rects, it)
	}
	for i := range l.Activities {
		a := &l.Activities[i]
		if !a.Upcoming(today) || a.Date > sl.Horizon {
			continue
		}
		if role := roleIn(a, ownerID); role != 0 {
			it := b.activityItem(a)
			it.Role = role
			sl.Activities = append(sl.Activities, it)
		}
	}
	slices.SortFunc(sl.Tasks, func(x, y TaskItem) int { return byDateID(x.Due, y.Due, x.ID, y.ID) })
	slices.SortFunc(sl.Rects, func(x, y RectItem) int { return byDateID(x.Due, y.Due, x.ID, y.ID) })
	slices.SortFunc(sl.Activities, func(x, y ActivityItem) int { return byDateID(x.Date, y.Date, x.ID, y.ID) })
	return sl, nil
}

func (sl *Slip) count(overdue bool, due, today model.Date) {
	switch {
	case overdue:
		sl.Overdue++
	case !due.IsZero() && due <= today+Horizon:
		sl.DueSoon++
	}
}

// roleIn is the first stage the person runs in the activity; organising
// the whole activity counts as the organising stage.
func roleIn(a *model.Activity, id model.ID) model.Stage {
	for _, st := range model.Values[model.Stage]() {
		if a.StageOwner(st) == id {
			return st
		}
	}
	if a.OrganiserID == id {
		return model.StageOrganising
	}
	return 0
}
