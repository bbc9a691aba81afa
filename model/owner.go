package model

// Owner is a person who is responsible for tasks (责任人): a teacher, a
// head of department, the school doctor. Contact details stay in the
// ledger and are left out of printouts.
type Owner struct {
	ID         ID     `cbor:"1,keyasint,omitempty"`
	Name       string `cbor:"2,keyasint,omitempty"`
	Title      string `cbor:"3,keyasint,omitempty"` // role, e.g. 德育主任
	Department string `cbor:"4,keyasint,omitempty"` // e.g. 德育处, 心理中心
	Contact    string `cbor:"5,keyasint,omitempty"`
	Notes      string `cbor:"6,keyasint,omitempty"`
	// Role is the person's place in the leadership group; 0 = not in it
	// (a teacher who only owns tasks).
	Role GroupRole `cbor:"7,keyasint,omitempty"`
	// Joined and Left are when the person joined and left (离任) the group.
	// A person who has left keeps their records and history but drops out
	// of pickers.
	Joined Date `cbor:"8,keyasint,omitempty"`
	Left   Date `cbor:"9,keyasint,omitempty"`
}

// HasLeft reports whether the person had left the group by the day.
func (o *Owner) HasLeft(day Date) bool { return !o.Left.IsZero() && o.Left <= day }

// Entity is EntityOwner.
func (o *Owner) Entity() Entity { return EntityOwner }

// GetID is the owner's number.
func (o *Owner) GetID() ID { return o.ID }

// SetID is for the store.
func (o *Owner) SetID(id ID) { o.ID = id }

// DisplayName is the person's name.
func (o *Owner) DisplayName() string { return o.Name }

// References: none.
func (o *Owner) References() []Ref { return referencesOf(o) }

// Validate checks every field.
func (o *Owner) Validate() error {
	v := &ValidationError{Entity: EntityOwner}
	checkText(v, "owner.name", o.Name, true, MaxShortText)
	checkText(v, "owner.title", o.Title, false, MaxShortText)
	checkText(v, "owner.department", o.Department, false, MaxShortText)
	checkText(v, "owner.contact", o.Contact, false, MaxShortText)
	checkText(v, "owner.notes", o.Notes, false, MaxLongText)
	checkEnum(v, "owner.role", o.Role, false)
	checkDateRange(v, "owner.joined", o.Joined)
	checkDateRange(v, "owner.left", o.Left)
	checkDates(v, "owner.joined", o.Joined, "owner.left", o.Left)
	return v.err()
}
