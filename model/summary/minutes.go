package summary

import (
	"slices"
	"strings"

	"secretary/model"
)

// Minutes is one meeting's minutes (会议纪要): who met when and where,
// the agenda with its notes, and the decisions with who carries each out
// by when. Blank minutes (Blank) are the same form left empty, to fill
// in by hand at a meeting.
type Minutes struct {
	Header  Header
	Today   model.Date
	Meeting MeetingInfo
	// Decisions in the order of their numbers, with their status as of
	// Today.
	Decisions []DecisionItem
	Blank     bool
	// Internal: the meeting is internal (内部) and its notes are printed
	// (MinutesOptions.IncludeInternal), so every page says so. Withheld:
	// it is internal and its notes were left out.
	Internal, Withheld bool
}

// MeetingInfo is a meeting as printouts name it.
type MeetingInfo struct {
	ID        model.ID
	Code      string
	Kind      model.MeetingKind
	No        int
	Title     string
	Date      model.Date
	Time      string
	Venue     string
	Chair     string
	Recorder  string
	Attendees []string
	Absent    []AbsentItem
	Guests    string
	Agenda    []model.AgendaItem
	Held      bool
	Internal  bool
}

// AbsentItem is one person absent, with the reason.
type AbsentItem struct {
	Name   string
	Reason string
}

// DecisionItem is one decision as printouts list it.
type DecisionItem struct {
	ID        model.ID
	Code      string
	No        int
	Text      string
	Owner     string
	Due       model.Date
	Indicator string
	Status    model.DecisionStatus
	Tasks     []DecisionTask
}

// DecisionTask is a task that carries a decision out.
type DecisionTask struct {
	Code     string
	Title    string
	Owner    string
	Status   model.TaskStatus
	Progress int
	Due      model.Date
	Overdue  bool
}

// MinutesOptions tune BuildMinutes.
type MinutesOptions struct {
	// IncludeInternal prints an internal meeting's notes; the printout
	// then says on every page that it holds internal material.
	IncludeInternal bool
}

// Message keys of the minutes.
const (
	MsgNoMeetings = "minutes.no_meetings" // the ledger has no meeting yet
	MsgNoMeeting  = "minutes.no_meeting"  // args: the code asked for
)

// FindMeeting finds the meeting a command line names ("M-3"), or the
// latest one when the query is empty.
func FindMeeting(l *model.Ledger, query string) (*model.Meeting, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		if m := model.LatestMeeting(l); m != nil {
			return m, nil
		}
		return nil, model.NewMsgError(MsgNoMeetings)
	}
	if e, id, ok := model.ParseCode(q); ok && e == model.EntityMeeting {
		if m := l.Meeting(id); m != nil {
			return m, nil
		}
	}
	return nil, model.NewMsgError(MsgNoMeeting, q)
}

// BuildMinutes gathers a meeting's minutes as of today.
func BuildMinutes(l *model.Ledger, m *model.Meeting, today model.Date, o MinutesOptions) *Minutes {
	mi := &Minutes{Header: headerOf(l), Today: today, Meeting: meetingInfo(l, m)}
	if m.Internal {
		if o.IncludeInternal {
			mi.Internal = true
		} else {
			mi.Withheld = true
			for i := range mi.Meeting.Agenda {
				mi.Meeting.Agenda[i].Notes = ""
			}
		}
	}
	mi.Decisions = decisionItems(l, m.ID, today, model.TasksByDecision(l))
	return mi
}

// BlankMinutes is the minutes form to fill in by hand: for a planned
// meeting, with what is known already (kind, date, venue, chair, agenda
// titles); for nil, wholly empty.
func BlankMinutes(l *model.Ledger, m *model.Meeting, today model.Date) *Minutes {
	mi := &Minutes{Header: headerOf(l), Today: today, Blank: true}
	if m != nil {
		mi.Meeting = meetingInfo(l, m)
		mi.Meeting.Attendees, mi.Meeting.Absent = nil, nil
		for i := range mi.Meeting.Agenda {
			mi.Meeting.Agenda[i].Notes = ""
		}
	}
	return mi
}

func headerOf(l *model.Ledger) Header {
	return Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary}
}

func meetingInfo(l *model.Ledger, m *model.Meeting) MeetingInfo {
	info := MeetingInfo{ID: m.ID, Code: model.CodeOf(m), Kind: m.Kind, No: m.No, Title: m.Title, Date: m.Date,
		Time: m.Time, Venue: m.Venue, Chair: l.OwnerName(m.ChairID), Recorder: l.OwnerName(m.RecorderID),
		Guests: m.Guests, Agenda: slices.Clone(m.Agenda), Held: m.Held(), Internal: m.Internal}
	for _, id := range m.Attendees {
		info.Attendees = append(info.Attendees, l.OwnerName(id))
	}
	for _, a := range m.Absentees {
		info.Absent = append(info.Absent, AbsentItem{Name: l.OwnerName(a.OwnerID), Reason: a.Reason})
	}
	return info
}

// decisionItems lists a meeting's decisions with their status and tasks.
func decisionItems(l *model.Ledger, meeting model.ID, today model.Date, idx model.DecisionTasks) []DecisionItem {
	var out []DecisionItem
	for _, d := range model.MeetingDecisions(l, meeting) {
		it := DecisionItem{ID: d.ID, Code: model.CodeOf(d), No: d.No, Text: d.Text, Owner: l.OwnerName(d.OwnerID),
			Due: d.Due, Indicator: d.Indicator, Status: model.DecisionStatusOf(l, idx[d.ID], today)}
		for _, id := range idx[d.ID] {
			if t := l.Task(id); t != nil {
				it.Tasks = append(it.Tasks, DecisionTask{Code: model.CodeOf(t), Title: t.Title, Owner: l.OwnerName(t.OwnerID),
					Status: t.Status, Progress: t.Progress, Due: t.Due, Overdue: t.Overdue(today)})
			}
		}
		out = append(out, it)
	}
	return out
}

// CarryOut is the table a meeting opens with: how the previous meeting's
// decisions were carried out (上次会议决定事项落实情况), each with its
// status and the tasks behind it.
type CarryOut struct {
	Header Header
	Today  model.Date
	// For is the meeting the table is prepared for; Previous the one
	// whose decisions it follows up (nil: there is none).
	For       *MeetingInfo
	Previous  *MeetingInfo
	Decisions []DecisionItem
	Progress  model.DecisionProgress
}

// BuildCarryOut follows up the decisions of the last held meeting before
// m (m nil: before today, for a meeting not yet in the ledger).
func BuildCarryOut(l *model.Ledger, m *model.Meeting, today model.Date) *CarryOut {
	c := &CarryOut{Header: headerOf(l), Today: today}
	at := m
	if at == nil {
		at = &model.Meeting{Date: today + 1}
	} else {
		info := meetingInfo(l, m)
		c.For = &info
	}
	prev := model.PreviousMeeting(l, at)
	if prev == nil {
		return c
	}
	info := meetingInfo(l, prev)
	c.Previous = &info
	c.Decisions = decisionItems(l, prev.ID, today, model.TasksByDecision(l))
	for _, d := range c.Decisions {
		c.Progress.Add(d.Status)
	}
	return c
}

// Pack is what a secretary brings to a meeting (secretary minutes
// --pack): the carry-out table, the summary since the last meeting, and
// blank minutes to fill in by hand.
type Pack struct {
	CarryOut *CarryOut
	Summary  *Summary
	Blank    *Minutes
}

// BuildPack gathers the pack for meeting m (nil: a meeting today not yet
// in the ledger). The summary covers the days since the previous held
// meeting, or the semester when there is none.
func BuildPack(l *model.Ledger, m *model.Meeting, today model.Date) *Pack {
	p := &Pack{CarryOut: BuildCarryOut(l, m, today), Blank: BlankMinutes(l, m, today)}
	period := Semester(today)
	if prev := p.CarryOut.Previous; prev != nil && prev.Date < today {
		if between, err := Between(prev.Date+1, today); err == nil {
			period = between
		}
	}
	p.Summary = Build(l, period, today)
	return p
}
