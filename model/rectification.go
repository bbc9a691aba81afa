package model

// Rectification is an action that fixes a finding (整改措施). It is opened
// with an owner and a due date (挂号) and closed only when someone has
// verified it, on a date, with evidence (销号) — the loop the group must
// be able to show is closed (整改闭环).
type Rectification struct {
	ID           ID         `cbor:"1,keyasint,omitempty"`
	AssessmentID ID         `cbor:"2,keyasint,omitempty"`
	FindingNo    int        `cbor:"3,keyasint,omitempty"`
	Measure      string     `cbor:"4,keyasint,omitempty"`
	OwnerID      ID         `cbor:"5,keyasint,omitempty"`
	Due          Date       `cbor:"6,keyasint,omitempty"`
	Status       RectStatus `cbor:"7,keyasint,omitempty"`
	OpenedOn     Date       `cbor:"8,keyasint,omitempty"`
	ClosedOn     Date       `cbor:"9,keyasint,omitempty"`
	VerifierID   ID         `cbor:"10,keyasint,omitempty"`
	Evidence     string     `cbor:"11,keyasint,omitempty"`
	// ReopenReason says why a closed rectification was opened again; kept
	// with it so the next inspection sees the history at a glance.
	ReopenReason string `cbor:"12,keyasint,omitempty"`
}

// Entity is EntityRectification.
func (r *Rectification) Entity() Entity { return EntityRectification }

// GetID is the rectification's number.
func (r *Rectification) GetID() ID { return r.ID }

// SetID is for the store.
func (r *Rectification) SetID(id ID) { r.ID = id }

// DisplayName is the measure.
func (r *Rectification) DisplayName() string { return r.Measure }

// References: its assessment, owner and verifier.
func (r *Rectification) References() []Ref { return referencesOf(r) }

// Validate checks every field, including the closing rule: a closed
// rectification has a closing date, a verifier and evidence.
func (r *Rectification) Validate() error {
	v := &ValidationError{Entity: EntityRectification}
	if r.AssessmentID == 0 {
		v.add("rect.assessment", MsgRequired)
	}
	if r.FindingNo <= 0 {
		v.add("rect.finding", MsgRequired)
	}
	checkText(v, "rect.measure", r.Measure, true, MaxLongText)
	if r.OwnerID == 0 {
		v.add("rect.owner", MsgRequired)
	}
	if r.Due.IsZero() {
		v.add("rect.due", MsgRequired)
	}
	checkDateRange(v, "rect.due", r.Due)
	checkEnum(v, "rect.status", r.Status, true)
	if r.Status == RectClosed {
		if r.ClosedOn.IsZero() {
			v.add("rect.closed_on", MsgRequired)
		}
		if r.VerifierID == 0 {
			v.add("rect.verifier", MsgRequired)
		}
		if r.Evidence == "" {
			v.add("rect.evidence", MsgNoEvidence)
		}
		if !r.OpenedOn.IsZero() && !r.ClosedOn.IsZero() && r.ClosedOn < r.OpenedOn {
			v.add("rect.closed_on", MsgClosedEarly, r.OpenedOn.String())
		}
	}
	checkDateRange(v, "rect.closed_on", r.ClosedOn)
	checkText(v, "rect.evidence", r.Evidence, false, MaxLongText)
	checkText(v, "rect.reopen_reason", r.ReopenReason, false, MaxLongText)
	return v.err()
}

// Open reports whether the rectification is still being worked on.
func (r *Rectification) Open() bool { return r.Status != RectClosed }

// Overdue reports an open rectification past its due date.
func (r *Rectification) Overdue(today Date) bool {
	return r.Open() && !r.Due.IsZero() && r.Due < today
}

// Close returns a copy closed on the day, by the verifier, with evidence.
// The copy still has to pass Validate; an empty verifier or evidence is
// refused there, with the field named.
func (r Rectification) Close(on Date, verifier ID, evidence string) Rectification {
	r.Status = RectClosed
	r.ClosedOn = on
	r.VerifierID = verifier
	r.Evidence = CleanText(evidence)
	return r
}

// Reopen returns a copy opened again with the reason. An empty reason is
// refused with MsgRequired on rect.reopen_reason.
func (r Rectification) Reopen(reason string) (Rectification, error) {
	reason = CleanText(reason)
	if reason == "" {
		v := &ValidationError{Entity: EntityRectification}
		v.add("rect.reopen_reason", MsgRequired)
		return r, v
	}
	r.Status = RectOpen
	r.ReopenReason = reason
	// The next close must bring its own verification; the old one stays in
	// the audit journal.
	r.ClosedOn, r.VerifierID, r.Evidence = NoDate, 0, ""
	return r, nil
}
