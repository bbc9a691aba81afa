package model

import "strconv"

// Decision is one decision a meeting took (决定事项): what is to be done,
// by whom, by when and what counts as done. It is carried out through
// tasks that point at it (Task.DecisionID); its status comes from them.
type Decision struct {
	ID        ID       `cbor:"1,keyasint,omitempty"`
	MeetingID ID       `cbor:"2,keyasint,omitempty"`
	No        int      `cbor:"3,keyasint,omitempty"` // 决定事项 N within its meeting
	Text      string   `cbor:"4,keyasint,omitempty"`
	OwnerID   ID       `cbor:"5,keyasint,omitempty"`
	Due       Date     `cbor:"6,keyasint,omitempty"`
	Indicator string   `cbor:"7,keyasint,omitempty"` // 考核指标
	Area      WorkArea `cbor:"8,keyasint,omitempty"` // the work area its tasks will fall under; may be unset
	Notes     string   `cbor:"9,keyasint,omitempty"`
}

// Entity is EntityDecision.
func (d *Decision) Entity() Entity { return EntityDecision }

// GetID is the decision's number.
func (d *Decision) GetID() ID { return d.ID }

// SetID is for the store.
func (d *Decision) SetID(id ID) { d.ID = id }

// DisplayName is the decision's text.
func (d *Decision) DisplayName() string { return d.Text }

// References: its meeting (required) and owner.
func (d *Decision) References() []Ref { return referencesOf(d) }

// Validate checks every field. An owner and a due date are not required
// of a decision (a meeting may decide first and assign later), only of
// the task it becomes (TaskDraft).
func (d *Decision) Validate() error {
	v := &ValidationError{Entity: EntityDecision}
	if d.MeetingID == 0 {
		v.add("decision.meeting", MsgRequired)
	}
	if d.No < 1 || d.No > 999 {
		v.add("decision.no", MsgRange, 1, 999)
	}
	checkText(v, "decision.text", d.Text, true, MaxLongText)
	checkDateRange(v, "decision.due", d.Due)
	checkText(v, "decision.indicator", d.Indicator, false, MaxLongText)
	checkEnum(v, "decision.area", d.Area, false)
	checkText(v, "decision.notes", d.Notes, false, MaxLongText)
	return v.err()
}

// Normalize tidies a decision.
func (d *Decision) Normalize(_ Record, _ Date) {
	d.Text = CleanText(d.Text)
	d.Indicator = CleanText(d.Indicator)
	d.Notes = CleanText(d.Notes)
}

// Source is how a task names the decision it came from: "来自 M-3 决定事项 2".
func (d *Decision) Source() Msg {
	return M("decision.source", Code(EntityMeeting, d.MeetingID), d.No)
}

// TaskDraft is the task that carries the decision out, to be completed
// (its work area) and saved: the decision's text as the title, its owner,
// due date and indicator, and the link back. A decision without an owner
// or a due date cannot become a task; the error names those fields.
func (d *Decision) TaskDraft() (*Task, error) {
	v := &ValidationError{Entity: EntityDecision}
	if d.OwnerID == 0 {
		v.add("decision.owner", MsgNeededForTask)
	}
	if d.Due.IsZero() {
		v.add("decision.due", MsgNeededForTask)
	}
	if err := v.err(); err != nil {
		return nil, err
	}
	return &Task{
		Title:      CleanLine(cutRunes(d.Text, MaxShortText)),
		Area:       d.Area,
		OwnerID:    d.OwnerID,
		Due:        d.Due,
		Indicator:  d.Indicator,
		Status:     TaskNotStarted,
		DecisionID: d.ID,
	}, nil
}

// NextDecisionNo is the number the meeting's next decision gets: one
// past the highest it has, so numbers stay fixed when one is deleted.
func NextDecisionNo(l *Ledger, meeting ID) int {
	n := 0
	for i := range l.Decisions {
		if d := &l.Decisions[i]; d.MeetingID == meeting && d.No > n {
			n = d.No
		}
	}
	return n + 1
}

func cutRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// decisionNoText shows a decision's number.
func decisionNoText(v any, _ *Ledger, _ Lang) string {
	if n := v.(int); n > 0 {
		return strconv.Itoa(n)
	}
	return ""
}
