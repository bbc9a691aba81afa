package model

import "slices"

// Document is one of the group's rules and official documents: a 制度, a
// 预案, a 方案 or a 通知, with its number (文号), the day it was adopted
// and the day it is due for review. Inspections ask for them by name, so
// they are evidence too; the today panel and the evidence view warn when
// a review falls due.
type Document struct {
	ID        ID        `cbor:"1,keyasint,omitempty"`
	Kind      DocKind   `cbor:"2,keyasint,omitempty"`
	Number    string    `cbor:"3,keyasint,omitempty"` // 文号, e.g. 阳光中学〔2025〕12号
	Title     string    `cbor:"4,keyasint,omitempty"`
	Issuer    string    `cbor:"5,keyasint,omitempty"` // who issued it: 校长办公室, 区教育局
	Adopted   Date      `cbor:"6,keyasint,omitempty"`
	ReviewDue Date      `cbor:"7,keyasint,omitempty"` // when it is to be reviewed; none: not set
	Status    DocStatus `cbor:"8,keyasint,omitempty"`
	Notes     string    `cbor:"9,keyasint,omitempty"`
}

// DocKind is what kind of document it is.
type DocKind uint8

// Document kinds.
const (
	DocRule        DocKind = 1 + iota // 制度
	DocContingency                    // 预案
	DocScheme                         // 方案
	DocNotice                         // 通知
	DocOther                          // 其他
)

// docKindLabels is read-only.
var docKindLabels = []Label{{},
	{"rule", "enum.doc_kind.rule"},
	{"contingency", "enum.doc_kind.contingency"},
	{"scheme", "enum.doc_kind.scheme"},
	{"notice", "enum.doc_kind.notice"},
	{"other", "enum.doc_kind.other"},
}

func (DocKind) labels() []Label { return docKindLabels }

// DocStatus says whether a document is still in force.
type DocStatus uint8

// Document statuses.
const (
	DocInForce DocStatus = 1 + iota
	DocRepealed
)

// docStatusLabels is read-only.
var docStatusLabels = []Label{{},
	{"in_force", "enum.doc_status.in_force"},
	{"repealed", "enum.doc_status.repealed"},
}

func (DocStatus) labels() []Label { return docStatusLabels }

// Entity is EntityDocument.
func (d *Document) Entity() Entity { return EntityDocument }

// GetID is the document's number.
func (d *Document) GetID() ID { return d.ID }

// SetID is for the store.
func (d *Document) SetID(id ID) { d.ID = id }

// DisplayName is the title, after the 文号 when there is one.
func (d *Document) DisplayName() string {
	if d.Number == "" {
		return d.Title
	}
	return d.Number + " " + d.Title
}

// References: none.
func (d *Document) References() []Ref { return referencesOf(d) }

// Validate checks every field.
func (d *Document) Validate() error {
	v := &ValidationError{Entity: EntityDocument}
	checkEnum(v, "document.kind", d.Kind, true)
	checkText(v, "document.number", d.Number, false, MaxShortText)
	checkText(v, "document.title", d.Title, true, MaxShortText)
	checkText(v, "document.issuer", d.Issuer, false, MaxShortText)
	checkDateRange(v, "document.adopted", d.Adopted)
	checkDateRange(v, "document.review_due", d.ReviewDue)
	checkDates(v, "document.adopted", d.Adopted, "document.review_due", d.ReviewDue)
	checkEnum(v, "document.status", d.Status, false)
	checkText(v, "document.notes", d.Notes, false, MaxLongText)
	return v.err()
}

// Normalize tidies a document; a new one is in force.
func (d *Document) Normalize(_ Record, _ Date) {
	d.Number = CleanLine(d.Number)
	d.Title = CleanLine(d.Title)
	d.Issuer = CleanLine(d.Issuer)
	d.Notes = CleanText(d.Notes)
	if d.Status == 0 {
		d.Status = DocInForce
	}
}

// ReviewSoon is how many days ahead a review counts as due.
const ReviewSoon = 30

// ReviewState is where a document's review stands.
type ReviewState uint8

// Review states.
const (
	ReviewNone    ReviewState = iota // no review date, or the document is repealed
	ReviewLater                      // more than ReviewSoon days ahead
	ReviewDueSoon                    // within ReviewSoon days
	ReviewOverdue                    // the day has passed
)

// Review is where the document's review stands today.
func (d *Document) Review(today Date) ReviewState {
	switch {
	case d.ReviewDue.IsZero() || d.Status == DocRepealed:
		return ReviewNone
	case d.ReviewDue < today:
		return ReviewOverdue
	case d.ReviewDue <= today.AddDays(ReviewSoon):
		return ReviewDueSoon
	}
	return ReviewLater
}

// ReviewIsDue reports a document whose review is overdue or due within
// ReviewSoon days.
func (d *Document) ReviewIsDue(today Date) bool {
	s := d.Review(today)
	return s == ReviewDueSoon || s == ReviewOverdue
}

// DocumentsForReview lists the documents in force whose review is overdue
// or due within ReviewSoon days, the most urgent first: what the today
// panel and the evidence view warn about. It reads the ledger only.
func DocumentsForReview(l *Ledger, today Date) []*Document {
	var out []*Document
	for i := range l.Documents {
		if d := &l.Documents[i]; d.ReviewIsDue(today) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b *Document) int {
		if a.ReviewDue != b.ReviewDue {
			return int(a.ReviewDue) - int(b.ReviewDue)
		}
		return int(a.ID) - int(b.ID)
	})
	return out
}
