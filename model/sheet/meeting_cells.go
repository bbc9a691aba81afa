package sheet

import (
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// Messages of the meetings' cells.
const (
	MsgWithheld = "sheet.meeting.withheld" // an internal meeting's notes, not exported
	MsgBadFlag  = "sheet.bad_flag"         // args: value
)

// owners writes a list of people by name, as the owner column does.
func (x *exporter) ownerList(ids []model.ID) Cell {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = x.owner(id).Text
	}
	return textCell(strings.Join(parts, model.ListSep(x.lang)))
}

// absences writes absentees with their reasons: "陈立（请假）".
func (x *exporter) absences(list []model.Absence) Cell {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = x.owner(a.OwnerID).Text
		if a.Reason != "" {
			parts[i] += "（" + a.Reason + "）"
		}
	}
	return textCell(strings.Join(parts, model.ListSep(x.lang)))
}

// flag writes a yes/no column.
func (x *exporter) flag(v bool) Cell {
	if v {
		return textCell(i18n.For(x.lang).T("common.yes"))
	}
	return textCell(i18n.For(x.lang).T("common.no"))
}

// decisionTasks indexes tasks by decision, once per export.
func (x *exporter) decisionTasks() model.DecisionTasks {
	if x.byDecision == nil {
		x.byDecision = model.TasksByDecision(x.l)
	}
	return x.byDecision
}

// decisionStatus derives a decision's status as of the export's day.
func (x *exporter) decisionStatus(d *model.Decision) model.DecisionStatus {
	return model.DecisionStatusOf(x.l, x.decisionTasks()[d.ID], x.today)
}

// meetingProgress counts each meeting's decisions by status, once per
// export.
func (x *exporter) meetingProgress() map[model.ID]model.DecisionProgress {
	if x.meetings == nil {
		x.meetings = model.MeetingProgress(x.l, x.decisionTasks(), x.today)
	}
	return x.meetings
}

// listSplit splits a list cell at the separators people type.
func listSplit(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、,，;；\n", r) }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// ownerList reads a list of people: 王建国、李红梅 or O-1, O-2.
func (c *cellIn) ownerList() []model.ID {
	var out []model.ID
	whole := c.v
	defer func() { c.v = whole }()
	for _, name := range listSplit(whole) {
		c.v = name
		if id := c.owner(); id != 0 {
			out = append(out, id)
		}
	}
	return out
}

// absences reads absentees with reasons: 陈立（请假）、刘芳(外出).
func (c *cellIn) absences() []model.Absence {
	var out []model.Absence
	whole := c.v
	defer func() { c.v = whole }()
	for _, part := range listSplit(whole) {
		name, reason := part, ""
		if i := strings.IndexAny(part, "（("); i > 0 {
			name = strings.TrimSpace(part[:i])
			reason = strings.TrimSpace(strings.TrimRight(part[i:], "）)"))
			reason = strings.TrimLeft(reason, "（(")
		}
		c.v = name
		if id := c.owner(); id != 0 {
			out = append(out, model.Absence{OwnerID: id, Reason: reason})
		}
	}
	return out
}

// withheld reports a cell holding the mark an export writes in place of
// an internal meeting's notes: the import keeps what the ledger has.
func (c *cellIn) withheld() bool {
	s := c.trimmed()
	return s != "" && (s == withheldText(model.LangZh) || s == withheldText(model.LangEn))
}
