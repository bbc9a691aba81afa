package summary

import (
	"cmp"
	"io"
	"slices"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// A wall list (清单) is one of the ledger's lists as schools pin it on the
// wall and hand it round: the responsibility list (tasks grouped by work
// area, or by owner), the plans, the activities, the rectifications, the
// people and the assessments. Printed on A4 landscape, the group, school
// and date head every page, the table's header row repeats on every page,
// pages are numbered, and the group leader signs at the end.
//
// BuildList copies what the printout shows out of the ledger, so the list
// can be rendered later (in a tea.Cmd, a PDF takes seconds) while the
// screen goes on changing its ledger.

// ListKind is which list a printout holds.
type ListKind uint8

// The lists.
const (
	ListTasks ListKind = 1 + iota
	ListPlans
	ListActivities
	ListRectifications
	ListOwners
	ListAssessments
)

// listKinds is read-only: each list's command-line name, record kind and
// title.
var listKinds = [...]struct {
	code   string
	entity model.Entity
	title  i18n.Key
	file   i18n.Key
}{
	{},
	{"tasks", model.EntityTask, "print.list.tasks", "print.list.file.tasks"},
	{"plans", model.EntityPlan, "print.list.plans", "print.list.file.plans"},
	{"activities", model.EntityActivity, "print.list.activities", "print.list.file.activities"},
	{"rectifications", model.EntityRectification, "print.list.rects", "print.list.file.rects"},
	{"owners", model.EntityOwner, "print.list.owners", "print.list.file.owners"},
	{"assessments", model.EntityAssessment, "print.list.assessments", "print.list.file.assessments"},
}

// ListKinds are the lists in the order the command line names them.
func ListKinds() []ListKind {
	return []ListKind{ListTasks, ListPlans, ListActivities, ListRectifications, ListOwners, ListAssessments}
}

// String is the list's command-line name.
func (k ListKind) String() string {
	if k == 0 || int(k) >= len(listKinds) {
		return ""
	}
	return listKinds[k].code
}

// ParseListKind reads a list's name as typed on the command line: tasks,
// 任务, 责任清单, plans, 计划 … — the kind's name in either language, its
// code, or its plural.
func ParseListKind(s string) (ListKind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	if s == "责任清单" || s == "people" {
		if s == "people" {
			return ListOwners, true
		}
		return ListTasks, true
	}
	for _, k := range ListKinds() {
		e := listKinds[k].entity
		kind := model.KindOf(e)
		for _, name := range []string{k.String(), e.Code(), kind.Plural(), e.Label().In(model.LangZh), kind.PluralLabel().In(model.LangZh),
			strings.ToLower(e.Label().In(model.LangEn)), strings.ToLower(kind.PluralLabel().In(model.LangEn))} {
			if name != "" && s == name {
				return k, true
			}
		}
	}
	return 0, false
}

// ListOf is the list that shows records of the kind, if there is one.
func ListOf(e model.Entity) (ListKind, bool) {
	for _, k := range ListKinds() {
		if listKinds[k].entity == e {
			return k, true
		}
	}
	return 0, false
}

// Entity is the kind of record the list shows.
func (k ListKind) Entity() model.Entity {
	if k == 0 || int(k) >= len(listKinds) {
		return 0
	}
	return listKinds[k].entity
}

// ListOptions choose what a list holds.
type ListOptions struct {
	Owner   model.ID   // only this person's records (owner, organiser, leader)
	Plan    model.ID   // only this plan's records (its tasks, its activities; the plan itself)
	ByOwner bool       // tasks grouped by owner instead of work area
	IDs     []model.ID // only these records, in this order: a list as filtered on screen; nil for all
	Filter  string     // the screen's filter in words, printed under the title
}

// List is a wall list, ready to render in any language.
type List struct {
	Kind    ListKind
	Header  Header
	Today   model.Date
	ByOwner bool
	Filter  string
	Owner   string // the person --owner named, if any
	Plan    string // the plan --plan named ("P-1 title"), if any
	// screenOrder keeps the records in the order the screen gave
	// (ListOptions.IDs) instead of sorting them by date.
	screenOrder bool

	Tasks       []model.Task
	Plans       []model.Plan
	Activities  []model.Activity
	Rects       []model.Rectification
	Owners      []model.Owner
	Assessments []model.Assessment

	names    map[model.ID]string // owners' names
	depts    map[model.ID]string // owners' departments
	plans    map[model.ID]string // plans' codes and titles
	progress map[model.ID]model.Progress
	loads    map[model.ID]model.Load
	rects    map[model.ID]model.RectCounts
	findings map[model.ID]map[int]string // an assessment's findings by number
	targets  map[model.ID]Target
}

// BuildList gathers a list from the ledger: the records it holds, copied,
// and the names they point at.
func BuildList(l *model.Ledger, kind ListKind, o ListOptions, today model.Date) (*List, error) {
	if kind == 0 || int(kind) >= len(listKinds) {
		return nil, model.NewMsgError(MsgNoList)
	}
	li := &List{Kind: kind, Today: today, ByOwner: o.ByOwner, Filter: o.Filter, screenOrder: o.IDs != nil,
		Header: Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary},
		names:  make(map[model.ID]string, len(l.Owners)), depts: make(map[model.ID]string, len(l.Owners)),
		plans: make(map[model.ID]string, len(l.Plans))}
	for i := range l.Owners {
		li.names[l.Owners[i].ID], li.depts[l.Owners[i].ID] = l.Owners[i].Name, l.Owners[i].Department
	}
	for i := range l.Plans {
		li.plans[l.Plans[i].ID] = codeTitle(model.Code(model.EntityPlan, l.Plans[i].ID), l.Plans[i].Title)
	}
	if o.Owner != 0 {
		if l.Owner(o.Owner) == nil {
			return nil, model.NewMsgError(model.MsgNotFound, model.Code(model.EntityOwner, o.Owner))
		}
		li.Owner = li.names[o.Owner]
	}
	if o.Plan != 0 {
		if l.Plan(o.Plan) == nil {
			return nil, model.NewMsgError(model.MsgNotFound, model.Code(model.EntityPlan, o.Plan))
		}
		li.Plan = li.plans[o.Plan]
	}
	keep := idFilter(o.IDs)
	switch kind {
	case ListTasks:
		li.Tasks = pick(l.Tasks, o.IDs, keep, func(t *model.Task) bool {
			return (o.Owner == 0 || t.OwnerID == o.Owner) && (o.Plan == 0 || t.PlanID == o.Plan)
		})
	case ListPlans:
		li.Plans = pick(l.Plans, o.IDs, keep, func(p *model.Plan) bool {
			return (o.Owner == 0 || p.LeaderID == o.Owner) && (o.Plan == 0 || p.ID == o.Plan)
		})
		li.progress = model.PlanProgress(l, today)
	case ListActivities:
		li.Activities = pick(l.Activities, o.IDs, keep, func(a *model.Activity) bool {
			return (o.Owner == 0 || a.OrganiserID == o.Owner || slices.Contains(a.StageOwners[:], o.Owner)) &&
				(o.Plan == 0 || a.PlanID == o.Plan)
		})
	case ListRectifications:
		li.Rects = pick(l.Rectifications, o.IDs, keep, func(r *model.Rectification) bool {
			return o.Owner == 0 || r.OwnerID == o.Owner
		})
		li.findings = map[model.ID]map[int]string{}
		for _, r := range li.Rects {
			if _, ok := li.findings[r.AssessmentID]; ok {
				continue
			}
			m := map[int]string{}
			if e := l.Assessment(r.AssessmentID); e != nil {
				for _, f := range e.Findings {
					m[f.No] = f.Text
				}
			}
			li.findings[r.AssessmentID] = m
		}
	case ListOwners:
		li.Owners = pick(l.Owners, o.IDs, keep, func(x *model.Owner) bool { return o.Owner == 0 || x.ID == o.Owner })
		li.loads = model.OwnerLoads(l, today)
	case ListAssessments:
		li.Assessments = pick(l.Assessments, o.IDs, keep, func(*model.Assessment) bool { return true })
		li.rects = model.AssessmentRects(l, today)
		li.targets = map[model.ID]Target{}
		b := builder{l: l}
		for _, e := range li.Assessments {
			li.targets[e.ID] = b.target(e.Target)
		}
	}
	return li, nil
}

// MsgNoList is a list the program cannot print.
const MsgNoList = "print.list.none"

// idFilter is the set of IDs a list is limited to (nil: no limit).
func idFilter(ids []model.ID) map[model.ID]bool {
	if ids == nil {
		return nil
	}
	m := make(map[model.ID]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// pick copies the records that pass keep (and are in ids, when given),
// in the order of ids when given, else in ID order.
func pick[T any, P interface {
	*T
	model.Record
}](all []T, ids []model.ID, in map[model.ID]bool, keep func(P) bool) []T {
	var out []T
	if ids == nil {
		for i := range all {
			if keep(P(&all[i])) {
				out = append(out, all[i])
			}
		}
		return out
	}
	at := make(map[model.ID]int, len(ids))
	for i, id := range ids {
		if _, dup := at[id]; !dup {
			at[id] = i
		}
	}
	for i := range all {
		p := P(&all[i])
		if in[p.GetID()] && keep(p) {
			out = append(out, all[i])
		}
	}
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(at[P(&a).GetID()], at[P(&b).GetID()]) })
	return out
}

// Len is how many records the list holds.
func (li *List) Len() int {
	return len(li.Tasks) + len(li.Plans) + len(li.Activities) + len(li.Rects) + len(li.Owners) + len(li.Assessments)
}

// FileName is "责任清单_2026-12-01.pdf" or "tasks_2026-12-01.pdf".
func (li *List) FileName(f Format, lang model.Lang) string {
	return i18n.For(lang).Sprintf(listKinds[li.Kind].file) + "_" + li.Today.String() + f.Ext()
}

// Write renders the list in the format (PDF is the HTML printed by a
// browser: see package printout).
func (li *List) Write(w io.Writer, f Format, o Options) error {
	return render(w, listDoc(li, o.Lang), f, o)
}
