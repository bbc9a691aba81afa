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

// The lists. Stored nowhere: the numbers may change.
const (
	ListTasks ListKind = 1 + iota
	ListPlans
	ListActivities
	ListRectifications
	ListOwners
	ListAssessments
	ListMeetings
	ListDecisions
	ListObligations
	ListDocuments
)

// listSpec is one printable list: its command-line name, its kind of
// record and title, which filters it takes, how its records are copied
// out of the ledger (gather) and how they are laid out (sections). A new
// printable list is one more entry here; nothing else switches on the
// kind.
type listSpec struct {
	code   string
	entity model.Entity
	title  i18n.Key
	file   i18n.Key
	legend i18n.Key // what the marks mean on this list
	// byOwner and byPlan say whether --owner and --plan mean anything to
	// the list; a filter it cannot apply is refused, not ignored.
	byOwner, byPlan bool
	gather          func(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool)
	sections        func(w listWriter) []section
}

// listKinds is read-only.
var listKinds = [...]listSpec{
	{},
	{code: "tasks", entity: model.EntityTask, title: "print.list.tasks", file: "print.list.file.tasks", legend: "print.list.legend",
		byOwner: true, byPlan: true, gather: gatherTasks, sections: listWriter.tasks},
	{code: "plans", entity: model.EntityPlan, title: "print.list.plans", file: "print.list.file.plans", legend: "print.list.legend",
		byOwner: true, byPlan: true, gather: gatherPlans, sections: listWriter.plans},
	{code: "activities", entity: model.EntityActivity, title: "print.list.activities", file: "print.list.file.activities", legend: "print.list.legend",
		byOwner: true, byPlan: true, gather: gatherActivities, sections: listWriter.activities},
	{code: "rectifications", entity: model.EntityRectification, title: "print.list.rects", file: "print.list.file.rects", legend: "print.list.legend",
		byOwner: true, gather: gatherRects, sections: listWriter.rectifications},
	{code: "owners", entity: model.EntityOwner, title: "print.list.owners", file: "print.list.file.owners", legend: "print.list.legend",
		byOwner: true, gather: gatherOwners, sections: listWriter.owners},
	{code: "assessments", entity: model.EntityAssessment, title: "print.list.assessments", file: "print.list.file.assessments", legend: "print.list.legend",
		gather: gatherAssessments, sections: listWriter.assessments},
	{code: "meetings", entity: model.EntityMeeting, title: "print.list.meetings", file: "print.list.file.meetings", legend: "print.list.legend.meetings",
		byOwner: true, gather: gatherMeetings, sections: listWriter.meetings},
	{code: "decisions", entity: model.EntityDecision, title: "print.list.decisions", file: "print.list.file.decisions", legend: "print.list.legend.decisions",
		byOwner: true, gather: gatherDecisions, sections: listWriter.decisions},
	{code: "obligations", entity: model.EntityObligation, title: "print.list.obligations", file: "print.list.file.obligations", legend: "print.list.legend.obligations",
		gather: gatherObligations, sections: listWriter.obligations},
	{code: "documents", entity: model.EntityDocument, title: "print.list.documents", file: "print.list.file.documents", legend: "print.list.legend.documents",
		gather: gatherDocuments, sections: listWriter.documents},
}

// ListKinds are the lists in the order the command line names them.
func ListKinds() []ListKind {
	out := make([]ListKind, 0, len(listKinds)-1)
	for k := ListKind(1); int(k) < len(listKinds); k++ {
		out = append(out, k)
	}
	return out
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

// FiltersByOwner reports whether --owner narrows the list.
func (k ListKind) FiltersByOwner() bool {
	return k != 0 && int(k) < len(listKinds) && listKinds[k].byOwner
}

// FiltersByPlan reports whether --plan narrows the list.
func (k ListKind) FiltersByPlan() bool {
	return k != 0 && int(k) < len(listKinds) && listKinds[k].byPlan
}

// FilterRefusal is the message refusing --owner (or --plan) on a list
// it does not narrow.
func (k ListKind) FilterRefusal(plan bool) *model.MsgError {
	key := i18n.Key(MsgNoOwnerFilter)
	if plan {
		key = MsgNoPlanFilter
	}
	return model.NewMsgError(key, model.M(listKinds[k].title))
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
	Owner   model.ID   // only this person's records (owner, organiser, leader, chair or attendee)
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
	// (ListOptions.IDs) instead of the list's own order.
	screenOrder bool

	Tasks       []model.Task
	Plans       []model.Plan
	Activities  []model.Activity
	Rects       []model.Rectification
	Owners      []model.Owner
	Assessments []model.Assessment
	Meetings    []model.Meeting
	Decisions   []model.Decision
	Obligations []model.Obligation
	Documents   []model.Document

	names    map[model.ID]string // owners' names
	depts    map[model.ID]string // owners' departments
	plans    map[model.ID]string // plans' codes and titles
	progress map[model.ID]model.Progress
	loads    map[model.ID]model.Load
	rects    map[model.ID]model.RectCounts
	findings map[model.ID]map[int]string // an assessment's findings by number
	targets  map[model.ID]Target

	meetingProgress map[model.ID]model.DecisionProgress // a meeting's decisions by status
	decisionState   map[model.ID]decisionState
	meetingDates    map[model.ID]model.Date // the date of each meeting a decision was taken at
	coverage        map[model.ID]periodCounts
	schoolYear      int // the school year coverage counts: today's
}

// BuildList gathers a list from the ledger: the records it holds, copied,
// and the names they point at.
func BuildList(l *model.Ledger, kind ListKind, o ListOptions, today model.Date) (*List, error) {
	if kind == 0 || int(kind) >= len(listKinds) {
		return nil, model.NewMsgError(MsgNoList)
	}
	spec := &listKinds[kind]
	if o.Owner != 0 && !spec.byOwner {
		return nil, kind.FilterRefusal(false)
	}
	if o.Plan != 0 && !spec.byPlan {
		return nil, kind.FilterRefusal(true)
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
	spec.gather(li, l, o, idFilter(o.IDs))
	return li, nil
}

// Messages of BuildList.
const (
	MsgNoList        = "print.list.none"     // a list the program cannot print
	MsgNoOwnerFilter = "print.list.no_owner" // args: the list's title; --owner on a list that has no people to filter by
	MsgNoPlanFilter  = "print.list.no_plan"  // args: the list's title; --plan on a list whose records have no plan
)

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
	return len(li.Tasks) + len(li.Plans) + len(li.Activities) + len(li.Rects) + len(li.Owners) + len(li.Assessments) +
		len(li.Meetings) + len(li.Decisions) + len(li.Obligations) + len(li.Documents)
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
