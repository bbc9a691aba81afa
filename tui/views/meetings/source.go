package meetings

import (
	"fmt"
	"slices"
	"strings"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// meetingSource lists the group's meetings with how their decisions
// were carried out.
type meetingSource struct{ idx *index }

func (s meetingSource) Entity() model.Entity { return model.EntityMeeting }

// Depends: a meeting's row names its chair and counts its decisions by
// the state of their tasks.
func (s meetingSource) Depends() []model.Entity {
	return []model.Entity{model.EntityOwner, model.EntityDecision, model.EntityTask}
}

func (s meetingSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.date"), Min: 10, Sortable: true},
		{Title: ctx.T("col.kind"), Min: 4, Max: 12, Drop: 3, Sortable: true},
		{Title: ctx.T("col.meeting"), Min: 14, Flex: 3, Sortable: true},
		{Title: ctx.T("col.chair"), Min: 6, Max: 10, Drop: 4, Sortable: true, Name: true},
		{Title: ctx.T("col.attendance"), Min: 5, Drop: 5, Sortable: true},
		{Title: ctx.T("col.decisions"), Min: 6, Drop: 1, Sortable: true},
		{Title: ctx.T("col.status"), Min: 6, Max: 8, Drop: 2, Sortable: true},
	}
}

func (s meetingSource) Rows(ctx *common.Context) []table.Row {
	progress := model.MeetingProgress(ctx.Ledger, s.idx.of(ctx), ctx.Derived.Today)
	return browse.RowsOf(ctx.Ledger.Meetings, func(m *model.Meeting) table.Row { return meetingRow(ctx, m, progress[m.ID]) })
}

func (s meetingSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Meeting, id, func(m *model.Meeting) table.Row {
		return meetingRow(ctx, m, progressOf(ctx, s.idx.of(ctx), m.ID))
	})
}

// progressOf counts one meeting's decisions by status.
func progressOf(ctx *common.Context, idx model.DecisionTasks, meeting model.ID) model.DecisionProgress {
	l := ctx.Ledger
	var p model.DecisionProgress
	decisions := model.MeetingDecisions(l, meeting)
	for _, d := range decisions {
		p.Add(model.DecisionStatusOf(l, idx[d.ID], ctx.Derived.Today))
	}
	return p
}

func meetingRow(ctx *common.Context, m *model.Meeting, p model.DecisionProgress) table.Row {
	l := ctx.Ledger
	name := m.ShortName(ctx.Lang())
	if m.Internal {
		name = ctx.T("meeting.internal_tag") + " " + name
	}
	decisions := ""
	if p.Total > 0 {
		decisions = fmt.Sprintf("%d/%d", p.Done, p.Total)
		if p.Overdue > 0 {
			decisions += " " + theme.MarkOverdue
		}
	}
	attendance := ""
	if len(m.Attendees) > 0 || len(m.Absentees) > 0 {
		attendance = fmt.Sprintf("%d/%d", len(m.Attendees), len(m.Attendees)+len(m.Absentees))
	}
	r := table.Row{
		ID: m.ID,
		Cells: []string{
			model.CodeOf(m), cell.Date(m.Date), ctx.L(model.LabelOf(m.Kind)), name, l.OwnerName(m.ChairID),
			attendance, decisions, ctx.L(model.LabelOf(m.Status)),
		},
		Sort:   []string{cell.NumKey(int(m.ID)), cell.DateKey(m.Date), "", "", "", cell.NumKey(len(m.Attendees)), cell.NumKey(p.Total*1000 + p.Done), ""},
		People: meetingPeople(l, m),
	}
	if m.Guests != "" {
		r.Text = []string{m.Guests}
	}
	switch {
	case p.Overdue > 0:
		r.Mark = table.MarkOverdue
	case !m.Held() && m.Date >= ctx.Derived.Today && m.Date <= ctx.Derived.Today.AddDays(7):
		r.Mark = table.MarkSoon
	}
	return r
}

// meetingPeople are the people a meeting's row is found by beyond its
// chair, whose name is a cell: the recorder, who came and who did not
// (/chenli finds the meetings 陈立 sat in or sent apologies to), each
// once.
func meetingPeople(l *model.Ledger, m *model.Meeting) []string {
	ids := make([]model.ID, 0, 1+len(m.Attendees)+len(m.Absentees))
	add := func(id model.ID) {
		// A meeting names a score of people at most: a scan, no map
		// for each of thousands of rows.
		if id != 0 && id != m.ChairID && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	add(m.RecorderID)
	for _, id := range m.Attendees {
		add(id)
	}
	for _, a := range m.Absentees {
		add(a.OwnerID)
	}
	return browse.Names(l, ids...)
}

// Quick: all, held, planned, with overdue decisions, internal, and the
// selected meeting's kind.
func (s meetingSource) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l := ctx.Ledger
	meeting := func(keep func(*model.Meeting) bool) func(*table.Row) bool { return browse.Keep(l.Meeting, keep) }
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.L(model.LabelOf(model.MeetingHeld)), Keep: meeting((*model.Meeting).Held)},
		{Name: ctx.L(model.LabelOf(model.MeetingPlanned)), Keep: meeting(func(m *model.Meeting) bool { return !m.Held() })},
		{Name: ctx.T("quick.decisions_overdue"), Keep: func(r *table.Row) bool { return r.Mark == table.MarkOverdue }},
		{Name: ctx.T("field.meeting.internal"), Keep: meeting(func(m *model.Meeting) bool { return m.Internal })},
	}
	if m := l.Meeting(selected); m != nil {
		kind := m.Kind
		q = append(q, browse.Quick{Name: ctx.L(model.LabelOf(kind)), Keep: meeting(func(x *model.Meeting) bool { return x.Kind == kind })})
	}
	return q
}

func (s meetingSource) NewDraft(ctx *common.Context) forms.Draft { return forms.NewMeetingDraft(ctx) }

func (s meetingSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if m := ctx.Ledger.Meeting(id); m != nil {
		return forms.EditMeetingDraft(ctx.Ledger, *m)
	}
	return nil
}

// Delete removes the meeting with its decisions; refused, with counts,
// while a decision has tasks (app.DeleteMeeting).
func (s meetingSource) Delete(a *app.Service, id model.ID) (app.Result, error) {
	return a.DeleteMeeting(id)
}

// Describe names the meeting and what goes with it for the question.
func (s meetingSource) Describe(ctx *common.Context, id model.ID) string {
	m := ctx.Ledger.Meeting(id)
	if m == nil {
		return model.Code(model.EntityMeeting, id)
	}
	name := model.CodeOf(m) + "「" + m.NameIn(ctx.Lang()) + "」"
	if n := len(model.MeetingDecisions(ctx.Ledger, id)); n > 0 {
		name += ctx.T("confirm.with_decisions", n)
	}
	return name
}

// Detail shows the meeting: when and where, who came, the agenda with
// its notes, and each decision with its status and tasks.
func (s meetingSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	m := l.Meeting(id)
	if m == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.CodeOf(m) + "  " + m.NameIn(ctx.Lang()))
	when := m.Date.String()
	if m.Time != "" {
		when += " " + m.Time
	}
	kind := ctx.L(model.LabelOf(m.Kind))
	if m.No > 0 {
		kind += " · " + ctx.T("meeting.no", m.No)
	}
	b.Field(ctx.T("field.meeting.kind"), kind).
		Field(ctx.T("field.meeting.date"), when).
		Field(ctx.T("field.meeting.venue"), m.Venue).
		Field(ctx.T("field.meeting.status"), ctx.L(model.LabelOf(m.Status))).
		Field(ctx.T("field.meeting.chair"), l.OwnerName(m.ChairID)).
		Field(ctx.T("field.meeting.recorder"), l.OwnerName(m.RecorderID))
	if m.Internal {
		b.StyledField(ctx.T("field.meeting.internal"), ctx.T("meeting.internal_note"), st.Soon)
	}
	b.Section(ctx.T("detail.attendance"))
	names := make([]string, len(m.Attendees))
	for i, a := range m.Attendees {
		names[i] = l.OwnerName(a)
	}
	b.Field(ctx.T("field.meeting.attendees"), strings.Join(names, ctx.T("list.sep")))
	var absent []string
	for _, a := range m.Absentees {
		s := l.OwnerName(a.OwnerID)
		if a.Reason != "" {
			s += ctx.T("meeting.absence_reason", a.Reason)
		}
		absent = append(absent, s)
	}
	b.Field(ctx.T("field.meeting.absentees"), strings.Join(absent, ctx.T("list.sep"))).
		Field(ctx.T("field.meeting.guests"), m.Guests)
	b.Section(ctx.T("field.meeting.agenda"))
	if len(m.Agenda) == 0 {
		b.Faint(ctx.T("detail.none_yet"))
	}
	for i, a := range m.Agenda {
		b.Bullet(fmt.Sprintf("%d. %s", i+1, a.Title), st.Value)
		if a.Notes != "" {
			b.Line("   " + a.Notes)
		}
	}
	decisions := model.MeetingDecisions(l, id)
	b.Section(ctx.T("detail.decisions", len(decisions)))
	if len(decisions) == 0 {
		b.Faint(ctx.T("detail.no_decisions"))
	}
	idx := s.idx.of(ctx)
	for _, d := range decisions {
		status := model.DecisionStatusOf(l, idx[d.ID], today)
		line := fmt.Sprintf("%d. %s · %s · %s %s [%s]", d.No, cell.OneLine(d.Text), l.OwnerName(d.OwnerID), ctx.T("detail.due"), d.Due, ctx.L(model.LabelOf(status)))
		b.Bullet(statusMark(status)+" "+line, statusStyle(ctx, status))
		for _, tid := range idx[d.ID] {
			if t := l.Task(tid); t != nil {
				b.Line(fmt.Sprintf("   %s %s · %s %d%%", model.CodeOf(t), t.Title, ctx.L(model.LabelOf(t.Status)), t.Progress))
			}
		}
	}
	if m.Notes != "" {
		b.Section(ctx.T("field.meeting.notes")).Line(m.Notes)
	}
	return b.String()
}
