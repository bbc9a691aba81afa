package summary

import (
	"slices"
	"strconv"

	"secretary/model"
)

// Group is what a summary says of the group itself: its members by role,
// the document that founded or last adjusted it, and its meetings in the
// period with how their decisions were carried out.
type Group struct {
	Founding Founding
	Roster   []RosterRow // people in the group as of today, by role
	Meetings MeetingSection
}

// Founding is the group's founding or adjustment document.
type Founding struct {
	No    string
	Date  model.Date
	Title string
}

// RosterRow is one member.
type RosterRow struct {
	Role       model.GroupRole
	Name       string
	Title      string
	Department string
}

// MeetingSection is section 会议与决定事项落实: the meetings held in the
// period, the decisions they took, and how every decision still followed
// up stands today.
type MeetingSection struct {
	Held      int
	ByKind    map[model.MeetingKind]int
	Decisions int                    // decisions taken at meetings held in the period
	Progress  model.DecisionProgress // of those decisions, as of today
	List      []MeetingRow           // meetings held in the period, in date order
	Overdue   []DecisionItem         // every overdue decision, whenever taken
}

// MeetingRow is one meeting held in the period.
type MeetingRow struct {
	Code     string
	Date     model.Date
	Kind     model.MeetingKind
	Name     string
	Internal bool
	Progress model.DecisionProgress
}

// buildGroup fills the group's part of a summary.
func buildGroup(l *model.Ledger, p Period, today model.Date) Group {
	g := Group{Founding: Founding{No: l.Settings.FoundingNo, Date: l.Settings.FoundingDate, Title: l.Settings.FoundingTitle}}
	for i := range l.Owners {
		o := &l.Owners[i]
		if o.Role == 0 || o.HasLeft(today) {
			continue
		}
		g.Roster = append(g.Roster, RosterRow{Role: o.Role, Name: o.Name, Title: o.Title, Department: o.Department})
	}
	slices.SortStableFunc(g.Roster, func(a, b RosterRow) int { return int(a.Role) - int(b.Role) })

	idx := model.TasksByDecision(l)
	progress := model.MeetingProgress(l, idx, today)
	ms := &g.Meetings
	ms.ByKind = map[model.MeetingKind]int{}
	for i := range l.Meetings {
		m := &l.Meetings[i]
		if !m.Held() || !p.Contains(m.Date) {
			continue
		}
		ms.Held++
		ms.ByKind[m.Kind]++
		pr := progress[m.ID]
		ms.Decisions += pr.Total
		ms.Progress.Total += pr.Total
		ms.Progress.Done += pr.Done
		ms.Progress.InProgress += pr.InProgress
		ms.Progress.Overdue += pr.Overdue
		ms.Progress.Unassigned += pr.Unassigned
		ms.List = append(ms.List, MeetingRow{Code: model.CodeOf(m), Date: m.Date, Kind: m.Kind, Name: m.Title, Internal: m.Internal, Progress: pr})
	}
	slices.SortFunc(ms.List, func(a, b MeetingRow) int { return int(a.Date - b.Date) })
	for i := range l.Decisions {
		d := &l.Decisions[i]
		if model.DecisionStatusOf(l, idx[d.ID], today) != model.DecisionOverdue {
			continue
		}
		it := DecisionItem{ID: d.ID, Code: model.Code(model.EntityMeeting, d.MeetingID) + " #" + strconv.Itoa(d.No), No: d.No, Text: d.Text,
			Owner: l.OwnerName(d.OwnerID), Due: d.Due, Status: model.DecisionOverdue}
		ms.Overdue = append(ms.Overdue, it)
	}
	return g
}

// roster is the section 领导小组组成: the founding document and the members
// by role. No contact details: printouts leave the room.
func (b summaryBuilder) roster() section {
	g, lang := b.s.Group, b.lang
	s := section{Key: "roster", Title: mw(lang, "print.group.sec_roster")}
	if f := g.Founding; f.No != "" || f.Title != "" {
		text := f.Title
		if f.No != "" {
			text = aside(lang, text, f.No)
		}
		if !f.Date.IsZero() {
			text += " " + f.Date.String()
		}
		s.Blocks = append(s.Blocks, labelled{{Label: mw(lang, "print.group.founding"), Value: text, Key: "founding"}})
	}
	if len(g.Roster) == 0 {
		s.Blocks = append(s.Blocks, note(mw(lang, "print.group.no_roster")))
		return s
	}
	t := &table{Key: "roster", Cols: []column{{Head: mw(lang, "print.group.col_role")}, {Head: mw(lang, "print.group.col_name")},
		{Head: mw(lang, "print.group.col_title")}, {Head: mw(lang, "print.group.col_dept")}}}
	for _, r := range g.Roster {
		t.Rows = append(t.Rows, []cell{txt(model.LabelOf(r.Role).In(lang)), txt(r.Name), txt(r.Title), txt(r.Department)})
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

// meetings is the section 会议与决定事项落实.
func (b summaryBuilder) meetings() section {
	ms, lang := b.s.Group.Meetings, b.lang
	s := section{Key: "meetings", Title: mw(lang, "print.group.sec_meetings")}
	p := ms.Progress
	s.Blocks = append(s.Blocks, facts{
		{Label: mw(lang, "print.group.held"), Value: itoa(ms.Held), Key: "meetings.held"},
		{Label: mw(lang, "print.group.decisions"), Value: itoa(ms.Decisions), Key: "meetings.decisions"},
		{Label: model.LabelOf(model.DecisionDone).In(lang), Value: itoa(p.Done), Key: "meetings.done"},
		{Label: model.LabelOf(model.DecisionOverdue).In(lang), Value: itoa(p.Overdue), Key: "meetings.overdue", Mark: p.Overdue > 0},
	})
	if len(ms.List) == 0 {
		s.Blocks = append(s.Blocks, note(mw(lang, "print.group.no_meetings")))
	} else {
		t := &table{Key: "meetings", Cols: []column{{Head: say(lang, wColDate)}, {Head: mw(lang, "print.group.col_meeting")},
			{Head: mw(lang, "print.group.col_kind")}, {Head: mw(lang, "print.group.col_done"), Num: true}, {Head: model.LabelOf(model.DecisionOverdue).In(lang), Num: true}}}
		for _, m := range ms.List {
			name := m.Name
			if name == "" {
				name = model.LabelOf(m.Kind).In(lang)
			}
			done := ""
			if m.Progress.Total > 0 {
				done = strconv.Itoa(m.Progress.Done) + "/" + strconv.Itoa(m.Progress.Total)
			}
			t.Rows = append(t.Rows, []cell{txt(iso(m.Date)), txt(codeTitle(m.Code, name)), txt(model.LabelOf(m.Kind).In(lang)),
				num(done, "meeting.done"), {Text: strconv.Itoa(m.Progress.Overdue), Key: "meeting.overdue", Mark: m.Progress.Overdue > 0, Bar: -1}})
		}
		s.Blocks = append(s.Blocks, t)
	}
	if len(ms.Overdue) > 0 {
		t := &table{Key: "overdue_decisions", Cols: []column{{Head: mw(lang, "print.minutes.col_decision")}, {Head: mw(lang, "print.minutes.col_owner")},
			{Head: mw(lang, "print.minutes.col_due")}, {Head: say(lang, wColState)}}}
		for _, d := range ms.Overdue {
			t.Rows = append(t.Rows, []cell{txt(codeTitle(d.Code, d.Text)), txt(d.Owner), txt(iso(d.Due)), dueState(lang, d.Due, b.s.Today)})
		}
		s.Blocks = append(s.Blocks, heading(mw(lang, "print.group.overdue")), t)
	}
	return s
}
