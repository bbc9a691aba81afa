package sheet

import (
	"strconv"

	"secretary/internal/i18n"
	"secretary/model"
)

// meetingTab is the group's meetings: who came and who did not, the
// agenda with its notes, and how many of the decisions were carried out.
// An internal meeting's agenda and notes are withheld unless the export
// asks for them (ExportOptions.IncludeInternal); the import keeps what
// the ledger holds where it reads the withheld mark back.
var meetingTab = recordTab(model.EntityMeeting, meetingColumns, nil)

func meetingColumns() []column[model.Meeting] {
	return []column[model.Meeting]{
		codeColumn(model.EntityMeeting, func(m *model.Meeting) model.ID { return m.ID }),
		{key: "meeting.kind", head: "kind", list: listMeetingKind, required: true,
			get: func(x *exporter, m *model.Meeting) Cell { return enumCell(x, m.Kind) },
			set: func(c *cellIn, m *model.Meeting) { m.Kind = parseEnum[model.MeetingKind](c) }},
		{key: "meeting.no", head: "no", alias: []string{"次数", "第几次"}, kind: KindInt,
			get: func(_ *exporter, m *model.Meeting) Cell { return optIntCell(m.No) },
			set: func(c *cellIn, m *model.Meeting) { m.No = c.int() }},
		{key: "meeting.title", head: "title", alias: []string{"会议名称", "主题"},
			get: func(_ *exporter, m *model.Meeting) Cell { return textCell(m.Title) },
			set: func(c *cellIn, m *model.Meeting) { m.Title = c.text() }},
		{key: "meeting.date", head: "date", alias: []string{"会议日期"}, kind: KindDate, required: true,
			get: func(_ *exporter, m *model.Meeting) Cell { return dateCell(m.Date) },
			set: func(c *cellIn, m *model.Meeting) { m.Date = c.date() }},
		{key: "meeting.time", head: "time", alias: []string{"会议时间"},
			get: func(_ *exporter, m *model.Meeting) Cell { return textCell(m.Time) },
			set: func(c *cellIn, m *model.Meeting) { m.Time = c.timeOfDay() }},
		{key: "meeting.venue", head: "venue", alias: []string{"会议地点"},
			get: func(_ *exporter, m *model.Meeting) Cell { return textCell(m.Venue) },
			set: func(c *cellIn, m *model.Meeting) { m.Venue = c.text() }},
		{key: "meeting.chair", head: "chair", alias: []string{"主持"}, list: listOwner, required: true,
			get: func(x *exporter, m *model.Meeting) Cell { return x.owner(m.ChairID) },
			set: func(c *cellIn, m *model.Meeting) { m.ChairID = c.owner() }},
		{key: "meeting.recorder", head: "recorder", alias: []string{"记录"}, list: listOwner,
			get: func(x *exporter, m *model.Meeting) Cell { return x.owner(m.RecorderID) },
			set: func(c *cellIn, m *model.Meeting) { m.RecorderID = c.owner() }},
		{key: "meeting.attendees", head: "attendees", alias: []string{"出席人员", "参会人员"}, wrap: true,
			get: func(x *exporter, m *model.Meeting) Cell { return x.ownerList(m.Attendees) },
			set: func(c *cellIn, m *model.Meeting) { m.Attendees = c.ownerList() }},
		{key: "meeting.absentees", head: "absent", alias: []string{"缺席人员"}, wrap: true,
			get: func(x *exporter, m *model.Meeting) Cell { return x.absences(m.Absentees) },
			set: func(c *cellIn, m *model.Meeting) { m.Absentees = c.absences() }},
		{key: "meeting.guests", head: "guests", alias: []string{"列席人员"}, wrap: true,
			get: func(_ *exporter, m *model.Meeting) Cell { return textCell(m.Guests) },
			set: func(c *cellIn, m *model.Meeting) { m.Guests = c.text() }},
		{key: "meeting.agenda", head: "agenda", alias: []string{"会议议题", "议题及讨论"}, wrap: true,
			get: func(x *exporter, m *model.Meeting) Cell {
				if m.Internal && !x.includeInternal {
					return textCell(withheldText(x.lang))
				}
				return textCell(model.FormatAgenda(m.Agenda))
			},
			set: func(c *cellIn, m *model.Meeting) {
				if !c.withheld() {
					m.Agenda = model.ParseAgenda(c.v)
				}
			}},
		{key: "meeting.status", head: "status", list: listMeetingStatus, required: true,
			get: func(x *exporter, m *model.Meeting) Cell { return enumCell(x, m.Status) },
			set: func(c *cellIn, m *model.Meeting) { m.Status = parseEnum[model.MeetingStatus](c) }},
		{key: "meeting.internal", head: "internal", alias: []string{"内部会议"},
			get: func(x *exporter, m *model.Meeting) Cell { return x.flag(m.Internal) },
			set: func(c *cellIn, m *model.Meeting) { m.Internal = c.flag(false) }},
		{key: "meeting.decisions", head: "decisions", derived: true,
			get: func(x *exporter, m *model.Meeting) Cell {
				p := x.meetingProgress()[m.ID]
				if p.Total == 0 {
					return textCell("")
				}
				return textCell(strconv.Itoa(p.Done) + "/" + strconv.Itoa(p.Total))
			}},
		{key: "meeting.notes", head: "notes", wrap: true,
			get: func(x *exporter, m *model.Meeting) Cell {
				if m.Internal && !x.includeInternal && m.Notes != "" {
					return textCell(withheldText(x.lang))
				}
				return textCell(m.Notes)
			},
			set: func(c *cellIn, m *model.Meeting) {
				if !c.withheld() {
					m.Notes = c.text()
				}
			}},
	}
}

// withheldText stands in a cell for an internal meeting's notes.
func withheldText(lang model.Lang) string { return i18n.For(lang).T(MsgWithheld) }
