package forms

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/internal/pinyin"
	"secretary/model"
	"secretary/tui/common"
)

// MeetingDraft is a meeting as the form edits it.
type MeetingDraft struct {
	ID         model.ID
	Kind       model.MeetingKind
	No         string
	Title      string
	Date       string
	Time       string
	Venue      string
	ChairID    model.ID
	RecorderID model.ID
	Attendees  []model.ID
	Absent     []model.ID
	Reasons    string // one line per absentee: 陈立：请假
	Guests     string
	Agenda     string // model.FormatAgenda's layout
	Status     model.MeetingStatus
	Internal   bool
	Notes      string
}

// NewMeetingDraft is a draft for a meeting today, numbered after the
// school year's last one, with its chair and recorder from the roster.
func NewMeetingDraft(ctx *common.Context) *MeetingDraft {
	l, today := ctx.Ledger, model.Today(ctx.Clock)
	d := &MeetingDraft{Kind: model.MeetingRoutine, Date: dateText(today), Status: model.MeetingHeld}
	d.No = strconv.Itoa(nextMeetingNo(l, today))
	for i := range l.Owners {
		o := &l.Owners[i]
		if o.HasLeft(today) {
			continue
		}
		switch {
		case o.Role == model.RoleLeader && d.ChairID == 0:
			d.ChairID = o.ID
		case o.Role == model.RoleSecretary && d.RecorderID == 0:
			d.RecorderID = o.ID
		}
	}
	return d
}

// nextMeetingNo suggests 第 N 次: one past the highest number of the
// school year that holds today (from 1 September).
func nextMeetingNo(l *model.Ledger, today model.Date) int {
	y := today.Year()
	if today.Month() < 9 {
		y--
	}
	start := model.NewDate(y, 9, 1)
	n := 0
	for i := range l.Meetings {
		if m := &l.Meetings[i]; m.Date >= start && m.No > n {
			n = m.No
		}
	}
	return n + 1
}

// EditMeetingDraft is a draft of an existing meeting.
func EditMeetingDraft(l *model.Ledger, m model.Meeting) *MeetingDraft {
	d := &MeetingDraft{ID: m.ID, Kind: m.Kind, Title: m.Title, Date: dateText(m.Date), Time: m.Time, Venue: m.Venue,
		ChairID: m.ChairID, RecorderID: m.RecorderID, Attendees: append([]model.ID(nil), m.Attendees...),
		Guests: m.Guests, Agenda: model.FormatAgenda(m.Agenda), Status: m.Status, Internal: m.Internal, Notes: m.Notes}
	if m.No > 0 {
		d.No = strconv.Itoa(m.No)
	}
	var reasons []string
	for _, a := range m.Absentees {
		d.Absent = append(d.Absent, a.OwnerID)
		if a.Reason != "" {
			reasons = append(reasons, l.OwnerName(a.OwnerID)+"："+a.Reason)
		}
	}
	d.Reasons = strings.Join(reasons, "\n")
	return d
}

// Heading is the form's title.
func (d *MeetingDraft) Heading(ctx *common.Context) string {
	if d.ID == 0 {
		return ctx.T("form.new.meeting")
	}
	return ctx.T("form.edit", model.Code(model.EntityMeeting, d.ID))
}

// Snapshot is the draft's content.
func (d *MeetingDraft) Snapshot() string { return fmt.Sprintf("%+v", *d) }

// Groups builds the fields: what and when, who (chair, recorder, who came
// and who did not), then the agenda. The reminder about students' names
// stands at the top of the form and again at the internal switch.
func (d *MeetingDraft) Groups(ctx *common.Context) []*huh.Group {
	return []*huh.Group{group(
		enumSelect(ctx, "meeting.kind", &d.Kind),
		intInput(ctx, "meeting.no", &d.No, 0, 999).Description(ctx.T("form.meeting_no_hint")),
		textInput(ctx, "meeting.title", &d.Title, false),
		dateInput(ctx, "meeting.date", &d.Date, true),
		textInput(ctx, "meeting.time", &d.Time, false),
		textInput(ctx, "meeting.venue", &d.Venue, false),
		enumSelect(ctx, "meeting.status", &d.Status).Inline(true),
		ownerSelect(ctx, "meeting.chair", &d.ChairID, false),
		ownerSelect(ctx, "meeting.recorder", &d.RecorderID, true),
		peopleSelect(ctx, "meeting.attendees", &d.Attendees),
		peopleSelect(ctx, "meeting.absentees", &d.Absent),
		longText(ctx, "meeting.absence_reasons", &d.Reasons, ctx.T("form.reasons_hint")),
		textInput(ctx, "meeting.guests", &d.Guests, false),
		longText(ctx, "meeting.agenda", &d.Agenda, ctx.T("form.agenda_hint")),
		huh.NewConfirm().Title(title(ctx, "meeting.internal", false)).Description(ctx.T("form.internal_hint")).
			Affirmative(ctx.T("common.yes")).Negative(ctx.T("common.no")).Value(&d.Internal),
		longText(ctx, "meeting.notes", &d.Notes, ""),
	).Description(ctx.T("form.no_student_names"))}
}

// peopleSelect picks several people, the group's roster first, by role
// as the roster is printed (组长, 副组长, 成员, 秘书, 列席: those expected
// at a group meeting), then everyone else; within each, by pinyin with
// surnames read as surnames (曾晓云 under Z), as every person picker
// is. Someone who has left is offered only when the record already
// names them.
func peopleSelect(ctx *common.Context, field string, v *[]model.ID) *huh.MultiSelect[model.ID] {
	today := model.Today(ctx.Clock)
	chosen := map[model.ID]bool{}
	for _, id := range *v {
		chosen[id] = true
	}
	owners := append([]model.Owner(nil), ctx.Ledger.Owners...)
	slices.SortStableFunc(owners, func(a, b model.Owner) int {
		if (a.Role == 0) != (b.Role == 0) {
			return cmp.Compare(b.Role, a.Role) // a role before none
		}
		if a.Role != b.Role {
			return cmp.Compare(a.Role, b.Role)
		}
		return pinyin.CompareNames(a.Name, b.Name)
	})
	var opts []huh.Option[model.ID]
	for _, o := range owners {
		if o.HasLeft(today) && !chosen[o.ID] {
			continue
		}
		label := o.Name
		if o.Role != 0 {
			label += " · " + ctx.L(model.LabelOf(o.Role))
		}
		if hint := ctx.Keyer.Hint(o.Name); hint != "" {
			label += "  " + ctx.Styles.Faint.Render(hint)
		}
		opts = append(opts, huh.NewOption(label, o.ID).Selected(chosen[o.ID]))
	}
	return newMultiSelect[model.ID]().Title(title(ctx, field, false)).Description(ctx.T("form.people_hint")).
		Options(opts...).Value(v).Height(8).Filterable(true)
}

// Record builds the meeting. Reasons are matched to the absentees by
// name; a reason for someone not marked absent is reported.
func (d *MeetingDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	m := &model.Meeting{ID: d.ID, Kind: d.Kind, Title: d.Title, Time: d.Time, Venue: d.Venue, ChairID: d.ChairID,
		RecorderID: d.RecorderID, Attendees: append([]model.ID(nil), d.Attendees...), Guests: d.Guests,
		Agenda: model.ParseAgenda(d.Agenda), Status: d.Status, Internal: d.Internal, Notes: d.Notes}
	m.No = c.integer("meeting.no", d.No, 0, 999)
	m.Date = c.date(ctx, "meeting.date", d.Date, true)
	reasons := map[model.ID]string{}
	for _, line := range splitLines(d.Reasons) {
		name, reason, ok := cutReason(line)
		id := ownerNamed(ctx.Ledger, d.Absent, name)
		if !ok || id == 0 {
			c.add("meeting.absence_reasons", model.NewMsgError("form.reason_unknown", line))
			continue
		}
		reasons[id] = reason
	}
	for _, id := range d.Absent {
		m.Absentees = append(m.Absentees, model.Absence{OwnerID: id, Reason: reasons[id]})
	}
	if err := c.err(model.EntityMeeting); err != nil {
		return nil, err
	}
	return m, nil
}

// cutReason splits "陈立：请假" (or "陈立: 请假", "陈立 请假").
func cutReason(line string) (name, reason string, ok bool) {
	for _, sep := range []string{"：", ":", " ", "（"} {
		if n, r, found := strings.Cut(line, sep); found {
			return strings.TrimSpace(n), strings.TrimSpace(strings.TrimSuffix(r, "）")), true
		}
	}
	return "", "", false
}

// ownerNamed is the one of ids whose name is name.
func ownerNamed(l *model.Ledger, ids []model.ID, name string) model.ID {
	for _, id := range ids {
		if l.OwnerName(id) == name {
			return id
		}
	}
	return 0
}
