package summary

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"secretary/model"
)

// The group's own lists: its meetings (会议清单) and the decisions they
// took (决定事项清单), each with how far it was carried out. An internal
// meeting (研判会) is listed by its name and marked 内部; its notes are
// never on a list (they are only in its minutes, and only when asked).

// decisionState is how a decision stands today, derived from its tasks.
type decisionState struct {
	status model.DecisionStatus
	tasks  []model.ID
}

func gatherMeetings(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Meetings = pick(l.Meetings, o.IDs, keep, func(m *model.Meeting) bool {
		return o.Owner == 0 || m.ChairID == o.Owner || m.RecorderID == o.Owner ||
			slices.Contains(m.Attendees, o.Owner) || slices.Contains(m.AbsentIDs(), o.Owner)
	})
	if !li.screenOrder {
		slices.SortFunc(li.Meetings, func(a, b model.Meeting) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	}
	li.meetingProgress = model.MeetingProgress(l, model.TasksByDecision(l), li.Today)
}

func gatherDecisions(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Decisions = pick(l.Decisions, o.IDs, keep, func(d *model.Decision) bool { return o.Owner == 0 || d.OwnerID == o.Owner })
	li.meetingDates = make(map[model.ID]model.Date, len(l.Meetings))
	for i := range l.Meetings {
		li.meetingDates[l.Meetings[i].ID] = l.Meetings[i].Date
	}
	if !li.screenOrder {
		// As the meetings took them: by the meeting's date, then the
		// decision's number.
		slices.SortFunc(li.Decisions, func(a, b model.Decision) int {
			return cmp.Or(cmp.Compare(li.meetingDates[a.MeetingID], li.meetingDates[b.MeetingID]),
				cmp.Compare(a.MeetingID, b.MeetingID), cmp.Compare(a.No, b.No), cmp.Compare(a.ID, b.ID))
		})
	}
	idx := model.TasksByDecision(l)
	li.decisionState = make(map[model.ID]decisionState, len(li.Decisions))
	for _, d := range li.Decisions {
		li.decisionState[d.ID] = decisionState{status: model.DecisionStatusOf(l, idx[d.ID], li.Today), tasks: idx[d.ID]}
	}
}

// meetings is the list of meetings: when, what kind, who chaired, how
// many came of those expected, and how many of its decisions are done.
func (w listWriter) meetings() []section {
	t := &table{Key: "meetings", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: say(w.lang, wColDate), NoWrap: true}, {Head: say(w.lang, wColKind), NoWrap: true},
		{Head: w.t("print.list.col.meeting")}, {Head: w.t("print.list.col.chair")}, {Head: w.t("print.list.col.attendance"), Num: true},
		{Head: w.t("print.list.col.decisions_done"), Num: true}, {Head: w.t("print.list.col.status"), NoWrap: true},
	}}
	today := w.li.Today
	for _, m := range w.li.Meetings {
		k := "meeting." + strconv.Itoa(int(m.ID))
		name := m.ShortName(w.lang)
		if m.Internal {
			name = w.t("print.list.internal") + " " + name
		}
		when := iso(m.Date)
		if m.Time != "" {
			when += "\n" + m.Time
		}
		attendance := ""
		if n := len(m.Attendees) + len(m.Absentees); n > 0 {
			attendance = itoa(len(m.Attendees)) + "/" + itoa(n)
		}
		p := w.li.meetingProgress[m.ID]
		done := ""
		if p.Total > 0 {
			done = mark(itoa(p.Done)+"/"+itoa(p.Total), p.Overdue > 0, false)
		}
		status := w.label(model.LabelOf(m.Status))
		if !m.Held() {
			status = mark(status, !m.Date.IsZero() && m.Date < today, m.Date >= today && m.Date <= today+7)
		}
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityMeeting, m.ID)), txt(when), txt(w.label(model.LabelOf(m.Kind))), txt(name),
			txt(w.name(m.ChairID)), num(attendance, k+".attendance"), {Text: done, Key: k + ".decisions", Bar: -1},
			{Text: status, Key: k + ".status", Bar: -1},
		})
	}
	return w.one("meetings", t)
}

// decisions is the list of decisions (决定事项落实情况): what was decided at
// which meeting, who carries it out by when, how it stands and the tasks
// that carry it out.
func (w listWriter) decisions() []section {
	t := &table{Key: "decisions", Cols: []column{
		{Head: w.t("print.list.col.code"), NoWrap: true}, {Head: w.t("print.list.col.from_meeting"), NoWrap: true},
		{Head: w.t("print.list.col.decision")}, {Head: say(w.lang, wColOwner)}, {Head: w.t("print.list.col.due"), NoWrap: true},
		{Head: w.t("print.list.col.carried_out"), NoWrap: true}, {Head: w.t("print.list.col.tasks")},
	}}
	today := w.li.Today
	for _, d := range w.li.Decisions {
		k := "decision." + strconv.Itoa(int(d.ID))
		st := w.li.decisionState[d.ID]
		status := w.label(model.LabelOf(st.status))
		switch st.status {
		case model.DecisionDone:
			status = "✓ " + status
		default:
			status = mark(status, st.status == model.DecisionOverdue, !d.Due.IsZero() && d.Due >= today && d.Due <= today+7)
		}
		codes := make([]string, len(st.tasks))
		for i, id := range st.tasks {
			codes[i] = model.Code(model.EntityTask, id)
		}
		meeting := model.Code(model.EntityMeeting, d.MeetingID) + " #" + strconv.Itoa(d.No)
		if day := w.li.meetingDates[d.MeetingID]; !day.IsZero() {
			meeting += "\n" + iso(day)
		}
		t.Rows = append(t.Rows, []cell{
			txt(model.Code(model.EntityDecision, d.ID)), txt(meeting), txt(d.Text), txt(w.name(d.OwnerID)), txt(iso(d.Due)),
			{Text: status, Key: k + ".status", Bar: -1}, txt(strings.Join(codes, " ")),
		})
	}
	return w.one("decisions", t)
}
