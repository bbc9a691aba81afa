package model

import (
	"testing"
	"time"
)

// sectionOf is the today panel's section with the key, or nil.
func sectionOf(a *Attention, key string) *AttentionSection {
	for i := range a.Sections {
		if a.Sections[i].Key == key {
			return &a.Sections[i]
		}
	}
	return nil
}

// TestAttentionDocuments: documents in force whose review date has passed
// or falls within ReviewSoon days are listed, the most overdue first,
// with the days past or left; a later review, a repealed document and
// one without a review date are not.
func TestAttentionDocuments(t *testing.T) {
	today := NewDate(2026, time.December, 1)
	l := &Ledger{Documents: []Document{
		{ID: 1, Kind: DocRule, Title: "later", Issuer: "校长办公室", ReviewDue: today + ReviewSoon + 1, Status: DocInForce},
		{ID: 2, Kind: DocRule, Title: "last day of the window", Issuer: "德育处", ReviewDue: today + ReviewSoon, Status: DocInForce},
		{ID: 3, Kind: DocContingency, Title: "ten days overdue", Issuer: "校长办公室", ReviewDue: today - 10, Status: DocInForce},
		{ID: 4, Kind: DocRule, Title: "repealed", ReviewDue: today - 40, Status: DocRepealed},
		{ID: 5, Kind: DocNotice, Title: "no review date", Status: DocInForce},
		{ID: 6, Kind: DocRule, Title: "today", ReviewDue: today, Status: DocInForce},
		{ID: 7, Kind: DocRule, Title: "yesterday", ReviewDue: today - 1, Status: DocInForce},
	}}
	a := AttentionOf(l, today)
	sec := sectionOf(a, "documents")
	if sec == nil || sec.Total != 4 || len(sec.Items) != 4 {
		t.Fatalf("documents: %+v", a.Sections)
	}
	want := []struct {
		id   ID
		kind AttentionKind
		days int
	}{{3, AttnDocReviewOverdue, 10}, {7, AttnDocReviewOverdue, 1}, {6, AttnDocReviewDue, 0}, {2, AttnDocReviewDue, ReviewSoon}}
	for i, w := range want {
		it := sec.Items[i]
		if it.ID != w.id || it.Kind != w.kind || it.Days != w.days || it.Entity != EntityDocument {
			t.Errorf("item %d: %+v, want W-%d kind %d days %d", i, it, w.id, w.kind, w.days)
		}
	}
	if it := sec.Items[0]; it.Title != "ten days overdue" || it.Owner != "校长办公室" || it.Date != today-10 || it.Code() != "W-3" {
		t.Errorf("W-3 reads %+v (%s)", it, it.Code())
	}
	// The documents are the last section and count towards the total.
	if a.Sections[len(a.Sections)-1].Key != "documents" || a.Count() != 4 {
		t.Errorf("sections %+v, count %d", a.Sections, a.Count())
	}
	// The same ones the evidence view counts.
	if n := len(DocumentsForReview(l, today)); n != sec.Total {
		t.Errorf("the evidence view counts %d, the panel %d", n, sec.Total)
	}
	// Nothing due: no section.
	if sectionOf(AttentionOf(l, today-ReviewSoon-20), "documents") != nil {
		t.Error("a section with nothing due for review")
	}
}
