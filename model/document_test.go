package model_test

import (
	"testing"

	"secretary/model"
)

// TestDocumentReviews: what the today panel and the evidence view warn
// about — a review overdue or within 30 days, not a repealed document's
// nor one without a date — most urgent first.
func TestDocumentReviews(t *testing.T) {
	today := model.Date(20000)
	l := &model.Ledger{Documents: []model.Document{
		{ID: 1, Kind: model.DocRule, Title: "later", ReviewDue: today + 31, Status: model.DocInForce},
		{ID: 2, Kind: model.DocRule, Title: "soon", ReviewDue: today + 30, Status: model.DocInForce},
		{ID: 3, Kind: model.DocRule, Title: "overdue", ReviewDue: today - 1, Status: model.DocInForce},
		{ID: 4, Kind: model.DocRule, Title: "repealed", ReviewDue: today - 10, Status: model.DocRepealed},
		{ID: 5, Kind: model.DocNotice, Title: "no date"},
		{ID: 6, Kind: model.DocRule, Title: "today", ReviewDue: today, Status: model.DocInForce},
	}}
	want := map[model.ID]model.ReviewState{1: model.ReviewLater, 2: model.ReviewDueSoon, 3: model.ReviewOverdue,
		4: model.ReviewNone, 5: model.ReviewNone, 6: model.ReviewDueSoon}
	for i := range l.Documents {
		d := &l.Documents[i]
		if got := d.Review(today); got != want[d.ID] {
			t.Errorf("%s: %v, want %v", d.Title, got, want[d.ID])
		}
	}
	var got []model.ID
	for _, d := range model.DocumentsForReview(l, today) {
		got = append(got, d.ID)
	}
	if len(got) != 3 || got[0] != 3 || got[1] != 6 || got[2] != 2 {
		t.Errorf("for review: %v, want [3 6 2]", got)
	}
	bad := model.Document{Kind: model.DocRule, Title: "x", Adopted: today, ReviewDue: today - 1}
	if err := bad.Validate(); err == nil {
		t.Error("a review before adoption validated")
	}
}

// TestRecordDate: a record of any kind is dated by its first date field.
func TestRecordDate(t *testing.T) {
	a := &model.Activity{ID: 1, Title: "讲座", Date: 20100}
	e := &model.Assessment{ID: 1, Date: 20200}
	o := &model.Owner{ID: 1, Name: "张三"}
	if model.RecordDate(a) != 20100 || model.RecordDate(e) != 20200 || model.RecordDate(o) != 0 {
		t.Errorf("dates %v %v %v", model.RecordDate(a), model.RecordDate(e), model.RecordDate(o))
	}
}
