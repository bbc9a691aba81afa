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
	// LeftOn is the day the person left the school or the group; their
	// records stay, and the new school year flags tasks still theirs.
	LeftOn Date `cbor:"7,keyasint,omitempty"`
}

// Left reports whether the person has left by the day.
func (o *Owner) Left(day Date) bool { return !o.LeftOn.IsZero() && o.LeftOn <= day }

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
	checkDateRange(v, "owner.left_on", o.LeftOn)
	return v.err()
}
