package model

// Rubric is a set of inspection indicators (评估指标体系): a city's
// 达标校 standard, a 示范校 one, or the sample the program ships. A ledger
// may hold several; one is active, and the evidence view, the
// self-assessment and the pack work on it.
type Rubric struct {
	ID     ID     `cbor:"1,keyasint,omitempty"`
	Title  string `cbor:"2,keyasint,omitempty"`
	Source string `cbor:"3,keyasint,omitempty"` // the standard it follows, e.g. a document's 文号
	Active bool   `cbor:"4,keyasint,omitempty"`
	// Sample marks the generic sample rubric: printouts say it is a sample
	// to replace with the local standard.
	Sample bool   `cbor:"5,keyasint,omitempty"`
	Notes  string `cbor:"6,keyasint,omitempty"`
}

// Entity is EntityRubric.
func (r *Rubric) Entity() Entity { return EntityRubric }

// GetID is the rubric's number.
func (r *Rubric) GetID() ID { return r.ID }

// SetID is for the store.
func (r *Rubric) SetID(id ID) { r.ID = id }

// DisplayName is the rubric's title.
func (r *Rubric) DisplayName() string { return r.Title }

// References: none.
func (r *Rubric) References() []Ref { return referencesOf(r) }

// Validate checks every field.
func (r *Rubric) Validate() error {
	v := &ValidationError{Entity: EntityRubric}
	checkText(v, "rubric.title", r.Title, true, MaxShortText)
	checkText(v, "rubric.source", r.Source, false, MaxShortText)
	checkText(v, "rubric.notes", r.Notes, false, MaxLongText)
	return v.err()
}

// Normalize tidies a rubric.
func (r *Rubric) Normalize(_ Record, _ Date) {
	r.Title = CleanLine(r.Title)
	r.Source = CleanLine(r.Source)
	r.Notes = CleanText(r.Notes)
}

// ActiveRubric is the ledger's active rubric, or nil. Should several be
// marked (a hand-edited sheet), the first wins; with none marked and
// only one rubric, that one is taken.
func (l *Ledger) ActiveRubric() *Rubric {
	for i := range l.Rubrics {
		if l.Rubrics[i].Active {
			return &l.Rubrics[i]
		}
	}
	if len(l.Rubrics) == 1 {
		return &l.Rubrics[0]
	}
	return nil
}
