package model

import "strconv"

// Validation messages of meetings and decisions.
const (
	MsgBothPresentAndAbsent = "v.present_and_absent" // args: the person's code
	MsgHeldInFuture         = "v.held_in_future"     // args: meeting date, today
	MsgNeededForTask        = "v.needed_for_task"    // a decision turned into a task needs this field
)

// Absence is a person who was expected at a meeting and did not come,
// with the reason the minutes give (请假、外出学习).
type Absence struct {
	OwnerID ID     `cbor:"1,keyasint,omitempty"`
	Reason  string `cbor:"2,keyasint,omitempty"`
}

// AgendaItem is one topic of a meeting (议题) with the notes of its
// discussion.
type AgendaItem struct {
	Title string `cbor:"1,keyasint,omitempty"`
	Notes string `cbor:"2,keyasint,omitempty"`
}

// Meeting is a meeting of the group (会议): when and where, who chaired
// and who took the minutes, who came and who did not, what was discussed.
// Its decisions are records of their own (Decision) that point at it, so
// each can become tasks and be followed up.
type Meeting struct {
	ID         ID            `cbor:"1,keyasint,omitempty"`
	Kind       MeetingKind   `cbor:"2,keyasint,omitempty"`
	No         int           `cbor:"3,keyasint,omitempty"` // 第 N 次 in the school year; 0 = not numbered
	Title      string        `cbor:"4,keyasint,omitempty"` // the meeting's subject; may be empty
	Date       Date          `cbor:"5,keyasint,omitempty"`
	Time       string        `cbor:"6,keyasint,omitempty"` // free text: 15:30, 下午第三节
	Venue      string        `cbor:"7,keyasint,omitempty"`
	ChairID    ID            `cbor:"8,keyasint,omitempty"`
	RecorderID ID            `cbor:"9,keyasint,omitempty"`
	Attendees  []ID          `cbor:"10,keyasint,omitempty"`
	Absentees  []Absence     `cbor:"11,keyasint,omitempty"`
	Guests     string        `cbor:"12,keyasint,omitempty"` // 列席 from outside the ledger, free text
	Agenda     []AgendaItem  `cbor:"13,keyasint,omitempty"`
	Status     MeetingStatus `cbor:"14,keyasint,omitempty"`
	// Internal (内部) marks a meeting whose notes discuss students (研判会):
	// they stay out of summaries, printouts and exports unless asked.
	Internal bool   `cbor:"15,keyasint,omitempty"`
	Notes    string `cbor:"16,keyasint,omitempty"`
}

// Entity is EntityMeeting.
func (m *Meeting) Entity() Entity { return EntityMeeting }

// GetID is the meeting's number.
func (m *Meeting) GetID() ID { return m.ID }

// SetID is for the store.
func (m *Meeting) SetID(id ID) { m.ID = id }

// DisplayName is the meeting's name in Chinese.
func (m *Meeting) DisplayName() string { return m.NameIn(LangZh) }

// NameIn names the meeting by its subject, or by its date, number and
// kind when it has none: "2026-09-05 第 1 次工作例会".
func (m *Meeting) NameIn(lang Lang) string {
	if m.Title != "" {
		return m.Title
	}
	return m.Date.String() + " " + m.ShortName(lang)
}

// ShortName names the meeting without its date, for a list whose date
// stands in its own column: its subject, or "第 2 次工作例会".
func (m *Meeting) ShortName(lang Lang) string {
	if m.Title != "" {
		return m.Title
	}
	kind := LabelOf(m.Kind).In(lang)
	if m.No > 0 {
		if lang == LangEn {
			kind += " #" + strconv.Itoa(m.No)
		} else {
			kind = "第 " + strconv.Itoa(m.No) + " 次" + kind
		}
	}
	return kind
}

// References: chair, recorder, attendees and absentees.
func (m *Meeting) References() []Ref { return referencesOf(m) }

// Held reports whether the meeting took place.
func (m *Meeting) Held() bool { return m.Status == MeetingHeld }

// AbsentIDs lists the people marked absent, in the minutes' order.
func (m *Meeting) AbsentIDs() []ID {
	out := make([]ID, len(m.Absentees))
	for i, a := range m.Absentees {
		out[i] = a.OwnerID
	}
	return out
}

// Validate checks every field; CheckOn adds the one rule that needs
// today's date.
func (m *Meeting) Validate() error {
	v := &ValidationError{Entity: EntityMeeting}
	checkEnum(v, "meeting.kind", m.Kind, true)
	if m.No < 0 || m.No > 999 {
		v.add("meeting.no", MsgRange, 0, 999)
	}
	checkText(v, "meeting.title", m.Title, false, MaxShortText)
	if m.Date.IsZero() {
		v.add("meeting.date", MsgRequired)
	}
	checkDateRange(v, "meeting.date", m.Date)
	checkText(v, "meeting.time", m.Time, false, MaxShortText)
	checkText(v, "meeting.venue", m.Venue, false, MaxShortText)
	if m.ChairID == 0 {
		v.add("meeting.chair", MsgRequired)
	}
	checkEnum(v, "meeting.status", m.Status, true)
	if len(m.Attendees) > MaxListItems {
		v.add("meeting.attendees", MsgRange, 0, MaxListItems)
	}
	seen := map[ID]bool{}
	for _, id := range m.Attendees {
		if seen[id] {
			v.add("meeting.attendees", MsgDuplicate, Code(EntityOwner, id))
			break
		}
		seen[id] = true
	}
	if len(m.Absentees) > MaxListItems {
		v.add("meeting.absentees", MsgRange, 0, MaxListItems)
	}
	for i, a := range m.Absentees {
		if a.OwnerID == 0 {
			v.add("meeting.absentees", MsgEmptyItem, i+1)
			break
		}
		if seen[a.OwnerID] {
			v.add("meeting.absentees", MsgBothPresentAndAbsent, Code(EntityOwner, a.OwnerID))
			break
		}
		seen[a.OwnerID] = true
		if len([]rune(a.Reason)) > MaxShortText {
			v.add("meeting.absentees", MsgTooLong, MaxShortText)
			break
		}
	}
	checkText(v, "meeting.guests", m.Guests, false, MaxLongText)
	if len(m.Agenda) > MaxListItems {
		v.add("meeting.agenda", MsgRange, 0, MaxListItems)
	}
	for i, a := range m.Agenda {
		if a.Title == "" {
			v.add("meeting.agenda", MsgEmptyItem, i+1)
			break
		}
		if len([]rune(a.Title)) > MaxShortText || len([]rune(a.Notes)) > MaxLongText {
			v.add("meeting.agenda", MsgTooLong, MaxLongText)
			break
		}
	}
	checkText(v, "meeting.notes", m.Notes, false, MaxLongText)
	return v.err()
}

// CheckOn is the rule that needs today: a meeting cannot have been held
// on a day still to come.
func (m *Meeting) CheckOn(today Date) []FieldError {
	if m.Held() && !m.Date.IsZero() && m.Date > today {
		return []FieldError{{Field: "meeting.status", Msg: M(MsgHeldInFuture, m.Date.String(), today.String())}}
	}
	return nil
}

// Normalize tidies a meeting.
func (m *Meeting) Normalize(_ Record, _ Date) {
	m.Title = CleanLine(m.Title)
	m.Time = CleanLine(m.Time)
	m.Venue = CleanLine(m.Venue)
	m.Guests = CleanText(m.Guests)
	m.Notes = CleanText(m.Notes)
	if len(m.Attendees) == 0 {
		m.Attendees = nil
	}
	if len(m.Absentees) == 0 {
		m.Absentees = nil
	} else {
		list := make([]Absence, len(m.Absentees))
		for i, a := range m.Absentees {
			list[i] = Absence{OwnerID: a.OwnerID, Reason: CleanLine(a.Reason)}
		}
		m.Absentees = list
	}
	if len(m.Agenda) == 0 {
		m.Agenda = nil
	} else {
		list := make([]AgendaItem, len(m.Agenda))
		for i, a := range m.Agenda {
			list[i] = AgendaItem{Title: CleanLine(a.Title), Notes: CleanText(a.Notes)}
		}
		m.Agenda = list
	}
}

// TodayChecker is a record with a rule that needs today's date; the
// store runs it on every save and import with the transaction's today.
type TodayChecker interface {
	CheckOn(today Date) []FieldError
}
