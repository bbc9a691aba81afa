package model

import (
	"path/filepath"
	"slices"
	"strings"

	"secretary/internal/i18n"
)

// Evidence is one item of evidence (佐证材料) for a rubric's indicators: a
// file kept in the evidence folder beside the ledger (a scan, a photo, a
// Word or PDF document, a spreadsheet), or a record of the ledger (the
// plan, the meeting, the activity that shows the work was done), or a
// file about a record (the photos of an activity). It supports any number
// of indicators, and an indicator any number of items.
type Evidence struct {
	ID    ID     `cbor:"1,keyasint,omitempty"`
	Title string `cbor:"2,keyasint,omitempty"` // what it is (说明): "启动仪式照片"
	// Record is the ledger record the item is, or is about.
	Record RecordRef `cbor:"3,keyasint"`
	// The file, when there is one: its name as it was attached, its size
	// and SHA-256 (the name it is kept under in the evidence folder).
	FileName string `cbor:"4,keyasint,omitempty"`
	Size     int64  `cbor:"5,keyasint,omitempty"`
	SHA256   string `cbor:"6,keyasint,omitempty"` // lower-case hex
	// Date is the item's own date (the day of the photo or the meeting).
	Date       Date   `cbor:"7,keyasint,omitempty"`
	AddedOn    Date   `cbor:"8,keyasint,omitempty"`
	AddedBy    string `cbor:"9,keyasint,omitempty"`
	Indicators []ID   `cbor:"10,keyasint,omitempty"` // the indicators it supports, in the order linked
	Notes      string `cbor:"11,keyasint,omitempty"`
}

// RecordRef names a record of any kind.
type RecordRef struct {
	Entity Entity `cbor:"1,keyasint,omitempty"`
	ID     ID     `cbor:"2,keyasint,omitempty"`
}

// IsZero reports a reference to nothing.
func (r RecordRef) IsZero() bool { return r.Entity == 0 || r.ID == 0 }

// Code is the record's display code ("A-3"), or "".
func (r RecordRef) Code() string {
	if r.IsZero() {
		return ""
	}
	return Code(r.Entity, r.ID)
}

// Entity is EntityEvidence.
func (e *Evidence) Entity() Entity { return EntityEvidence }

// GetID is the item's number.
func (e *Evidence) GetID() ID { return e.ID }

// SetID is for the store.
func (e *Evidence) SetID(id ID) { e.ID = id }

// DisplayName is the item's title.
func (e *Evidence) DisplayName() string { return e.Title }

// References: the record, and each indicator.
func (e *Evidence) References() []Ref { return referencesOf(e) }

// HasFile reports an item with a file in the evidence folder.
func (e *Evidence) HasFile() bool { return e.SHA256 != "" }

// StoredName is the name the file is kept under in the evidence folder:
// its SHA-256, and the original extension so the system opens it with the
// right program.
func (e *Evidence) StoredName() string {
	if !e.HasFile() {
		return ""
	}
	return e.SHA256 + FileExt(e.FileName)
}

// FileExt is a file name's extension as evidence keeps it: lower case,
// letters and digits only, at most 8 of them; "" when it has none.
func FileExt(name string) string {
	ext := strings.ToLower(filepath.Ext(strings.ReplaceAll(name, `\`, "/")))
	if len(ext) < 2 || len(ext) > 9 {
		return ""
	}
	for _, r := range ext[1:] {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return ""
		}
	}
	return ext
}

// Supports reports whether the item is linked to the indicator.
func (e *Evidence) Supports(id ID) bool { return slices.Contains(e.Indicators, id) }

// Linkable reports whether records of the kind can be evidence: every
// kind but the rubric's own (rubrics, indicators, evidence).
func Linkable(k Entity) bool {
	return KindOf(k) != nil && !slices.Contains(notEvidence, k)
}

// notEvidence are the kinds that cannot be evidence themselves: the
// rubric's own, and obligations, which say what is required rather than
// show what was done.
var notEvidence = []Entity{EntityRubric, EntityIndicator, EntityEvidence, EntityObligation}

// MaxLinks bounds how many indicators one item supports.
const MaxLinks = 500

// Validate checks every field: an item is a file, a record or both; a
// file has its name, size and SHA-256.
func (e *Evidence) Validate() error {
	v := &ValidationError{Entity: EntityEvidence}
	checkText(v, "evidence.title", e.Title, true, MaxShortText)
	if !e.HasFile() && e.Record.IsZero() {
		v.add("evidence.record", MsgEvidenceEmpty)
	}
	if !e.Record.IsZero() && !Linkable(e.Record.Entity) {
		v.add("evidence.record", MsgNotLinkable, e.Record.Code())
	}
	if e.HasFile() || e.FileName != "" {
		checkText(v, "evidence.file", e.FileName, true, MaxShortText)
		if !IsSHA256(e.SHA256) {
			v.add("evidence.sha256", MsgBadHash)
		}
		switch {
		case e.Size < 0:
			v.add("evidence.size", MsgNegative)
		case e.Size > MaxEvidenceFile:
			v.add("evidence.size", MsgFileTooLarge, SizeText(e.Size), SizeText(MaxEvidenceFile))
		}
	}
	checkDateRange(v, "evidence.date", e.Date)
	checkDateRange(v, "evidence.added_on", e.AddedOn)
	checkText(v, "evidence.added_by", e.AddedBy, false, MaxShortText)
	if len(e.Indicators) > MaxLinks {
		v.add("evidence.indicators", MsgRange, 0, MaxLinks)
	}
	seen := map[ID]bool{}
	for _, id := range e.Indicators {
		if seen[id] {
			v.add("evidence.indicators", MsgDuplicate, Code(EntityIndicator, id))
			break
		}
		seen[id] = true
	}
	checkText(v, "evidence.notes", e.Notes, false, MaxLongText)
	return v.err()
}

// Normalize tidies an item: its hash in lower case, its links without
// blanks.
func (e *Evidence) Normalize(_ Record, today Date) {
	e.Title = CleanLine(e.Title)
	e.FileName = CleanLine(e.FileName)
	e.SHA256 = strings.ToLower(strings.TrimSpace(e.SHA256))
	e.AddedBy = CleanLine(e.AddedBy)
	e.Notes = CleanText(e.Notes)
	if e.AddedOn.IsZero() {
		e.AddedOn = today
	}
	if len(e.Indicators) == 0 {
		e.Indicators = nil
	} else {
		e.Indicators = slices.DeleteFunc(slices.Clone(e.Indicators), func(id ID) bool { return id == 0 })
	}
	if e.Record.IsZero() {
		e.Record = RecordRef{}
	}
}

// IsSHA256 reports a SHA-256 written in lower-case hex.
func IsSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

// SizeText is a file size as people read it (i18n.Size): 4.2 MB.
func SizeText(n int64) string { return i18n.Size(n) }
