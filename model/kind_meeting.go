package model

// meetingKind declares the group's meetings (会议): who came, what was
// discussed. Decisions are their own kind and point at their meeting.
var meetingKind = declare(kindSpec[Meeting, *Meeting]{
	entity: EntityMeeting,
	prefix: "M",
	code:   "meeting",
	plural: "meetings",
	slice:  func(l *Ledger) *[]Meeting { return &l.Meetings },
	fields: []fieldSpec{
		enum("meeting.kind", func(m *Meeting) MeetingKind { return m.Kind }),
		custom("meeting.no", func(m *Meeting) any { return m.No }, decisionNoText),
		plain("meeting.title", func(m *Meeting) any { return m.Title }),
		plain("meeting.date", func(m *Meeting) any { return m.Date }),
		plain("meeting.time", func(m *Meeting) any { return m.Time }),
		plain("meeting.venue", func(m *Meeting) any { return m.Venue }),
		requiredRef("meeting.chair", EntityOwner, func(m *Meeting) ID { return m.ChairID }),
		ref("meeting.recorder", EntityOwner, func(m *Meeting) ID { return m.RecorderID }),
		refList("meeting.attendees", EntityOwner, func(m *Meeting) []ID { return m.Attendees }),
		refList("meeting.absentees", EntityOwner, (*Meeting).AbsentIDs),
		custom("meeting.absence_reasons", func(m *Meeting) any { return m.Absentees }, absencesText),
		plain("meeting.guests", func(m *Meeting) any { return m.Guests }),
		custom("meeting.agenda", func(m *Meeting) any { return m.Agenda }, agendaText),
		enum("meeting.status", func(m *Meeting) MeetingStatus { return m.Status }),
		custom("meeting.internal", func(m *Meeting) any { return m.Internal }, yesNoText),
		plain("meeting.notes", func(m *Meeting) any { return m.Notes }),
	},
})

// decisionKind declares a meeting's decisions (决定事项), each carried
// out through tasks that point at it.
var decisionKind = declare(kindSpec[Decision, *Decision]{
	entity: EntityDecision,
	prefix: "D",
	code:   "decision",
	plural: "decisions",
	slice:  func(l *Ledger) *[]Decision { return &l.Decisions },
	fields: []fieldSpec{
		requiredRef("decision.meeting", EntityMeeting, func(d *Decision) ID { return d.MeetingID }),
		custom("decision.no", func(d *Decision) any { return d.No }, decisionNoText),
		plain("decision.text", func(d *Decision) any { return d.Text }),
		ref("decision.owner", EntityOwner, func(d *Decision) ID { return d.OwnerID }),
		plain("decision.due", func(d *Decision) any { return d.Due }),
		plain("decision.indicator", func(d *Decision) any { return d.Indicator }),
		enum("decision.area", func(d *Decision) WorkArea { return d.Area }),
		plain("decision.notes", func(d *Decision) any { return d.Notes }),
	},
})
