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

// TestAttentionDecisions: every open decision of a held meeting that is
// overdue (its own time limit passed, or a task of it overdue), due in
// the next DueSoonDays days or not broken down into tasks, whichever
// meeting took it, and the last held meeting's open ones; overdue first,
// then due soon, then the rest by time limit. A decision no task carries
// out stays 未分解 but is overdue all the same once its day has passed.
func TestAttentionDecisions(t *testing.T) {
	today := NewDate(2026, time.December, 1)
	l := &Ledger{
		Owners: []Owner{{ID: 1, Name: "张三"}},
		Meetings: []Meeting{
			{ID: 1, Kind: MeetingRoutine, Date: today - 60, ChairID: 1, Status: MeetingHeld},    // an older meeting
			{ID: 2, Kind: MeetingRoutine, Date: today - 5, ChairID: 1, Status: MeetingHeld},     // the last held
			{ID: 3, Kind: MeetingRoutine, Date: today + 10, ChairID: 1, Status: MeetingPlanned}, // still to come
		},
		Decisions: []Decision{
			{ID: 1, MeetingID: 1, No: 1, Text: "no task, 30 days late", OwnerID: 1, Due: today - 30},
			{ID: 2, MeetingID: 1, No: 2, Text: "a task overdue, its own day later", Due: today + 20},
			{ID: 3, MeetingID: 1, No: 3, Text: "tasks on time, its own day passed", Due: today - 2},
			{ID: 4, MeetingID: 1, No: 4, Text: "under way, due in 3 days", Due: today + 3},
			{ID: 5, MeetingID: 1, No: 5, Text: "under way, due in 20 days", Due: today + 20},
			{ID: 6, MeetingID: 1, No: 6, Text: "carried out, late", Due: today - 10},
			{ID: 7, MeetingID: 1, No: 7, Text: "no task, due in 20 days", Due: today + 20},
			{ID: 8, MeetingID: 2, No: 1, Text: "last meeting, under way", Due: today + 20},
			{ID: 9, MeetingID: 2, No: 2, Text: "last meeting, no task, no day"},
			{ID: 10, MeetingID: 3, No: 1, Text: "a meeting not held", Due: today - 1},
			{ID: 11, MeetingID: 1, No: 8, Text: "no task, due today", Due: today},
			{ID: 12, MeetingID: 2, No: 3, Text: "last meeting, carried out", Due: today + 20},
			{ID: 13, MeetingID: 1, No: 9, Text: "due in 8 days: past the window", Due: today + DueSoonDays + 1},
		},
		Tasks: []Task{
			{ID: 1, Title: "t", DecisionID: 2, Due: today - 1, Status: TaskInProgress},
			{ID: 2, Title: "t", DecisionID: 3, Due: today + 5, Status: TaskInProgress},
			{ID: 3, Title: "t", DecisionID: 4, Due: today + 3, Status: TaskNotStarted},
			{ID: 4, Title: "t", DecisionID: 5, Due: today + 20, Status: TaskInProgress},
			{ID: 5, Title: "t", DecisionID: 6, Due: today - 12, Status: TaskDone},
			{ID: 6, Title: "t", DecisionID: 8, Due: today + 20, Status: TaskInProgress},
			{ID: 7, Title: "t", DecisionID: 12, Due: today - 1, Status: TaskDone},
			{ID: 8, Title: "t", DecisionID: 13, Due: today + 9, Status: TaskInProgress},
		},
	}
	l.Reindex()
	sec := sectionOf(AttentionOf(l, today), "decisions")
	if sec == nil {
		t.Fatal("no decisions section")
	}
	want := []struct {
		id     ID
		kind   AttentionKind
		status DecisionStatus
		days   int
	}{
		{1, AttnDecisionOverdue, DecisionUnassigned, 30},
		{3, AttnDecisionOverdue, DecisionInProgress, 2},
		{2, AttnDecisionOverdue, DecisionOverdue, 0},
		{11, AttnDecisionDueSoon, DecisionUnassigned, 0},
		{4, AttnDecisionDueSoon, DecisionInProgress, 3},
		{7, AttnDecisionOpen, DecisionUnassigned, 20},
		{8, AttnDecisionOpen, DecisionInProgress, 20},
		{9, AttnDecisionOpen, DecisionUnassigned, 0},
	}
	if sec.Total != len(want) || len(sec.Items) != len(want) {
		t.Errorf("%d decisions, want %d: %+v", sec.Total, len(want), sec.Items)
	}
	for i, w := range want {
		if i >= len(sec.Items) {
			break
		}
		it := sec.Items[i]
		if it.ID != w.id || it.Kind != w.kind || it.Status != w.status || it.Days != w.days || it.Entity != EntityDecision {
			t.Errorf("item %d: D-%d kind %d status %d days %d; want D-%d kind %d status %d days %d",
				i, it.ID, it.Kind, it.Status, it.Days, w.id, w.kind, w.status, w.days)
		}
	}
	if it := sec.Items[0]; it.Owner != "张三" || it.Title != "no task, 30 days late" || it.Date != today-30 {
		t.Errorf("D-1 reads %+v", it)
	}
	// No meeting held: nothing to follow up.
	l.Meetings[0].Status, l.Meetings[1].Status = MeetingPlanned, MeetingPlanned
	if sec := sectionOf(AttentionOf(l, today), "decisions"); sec != nil {
		t.Errorf("decisions of meetings not held: %+v", sec.Items)
	}
}

// TestPeriodsBeforeTheLedgerBegan: a ledger begun on 1 December 2026
// with the monthly practice activity and 10·10: September to November
// and 10·10 ended before it began, so they are not tracked (·, 建账前) —
// not missed, not in the today panel, not in the total — unless a record
// met them (an activity entered afterwards still counts). December is due
// as for any ledger. Began zero is unknown: everything counts, as before.
func TestPeriodsBeforeTheLedgerBegan(t *testing.T) {
	began := NewDate(2026, time.December, 1)
	l := &Ledger{
		Began: began,
		Obligations: []Obligation{
			{ID: 1, Title: "月度实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}},
			{ID: 2, Title: "10·10", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.October, 10)}, Min: 1, Meets: activityRules(ActWorldMHDay)},
		},
		// October's activity, entered after the ledger began.
		Activities: []Activity{{ID: 1, Title: "十月实践", Kind: ActLecture, Date: NewDate(2026, time.October, 15), Status: ActHeld}},
	}
	sy := SchoolYearSpan(2026)
	marksOf := func(r ObligationCoverage) (s string) {
		for _, p := range r.Periods {
			s += p.Mark.Symbol()
		}
		return s
	}
	for _, tc := range []struct {
		today        Date
		monthly, ten string
		missed       int
	}{
		// The day it began: Sep and Nov before it, Oct met, Dec due.
		{began, "·✔·⏳······", "·", 0},
		// A day later, the same.
		{began + 1, "·✔·⏳······", "·", 0},
		// In January December has been missed: the ledger was kept then.
		{NewDate(2027, time.January, 5), "·✔·⚠⏳·····", "·", 1},
	} {
		c := CoverageOf(l, sy.From, sy.To, tc.today)
		if c.Began != began {
			t.Errorf("coverage began %s", c.Began)
		}
		monthly, ten := c.Rows[0], c.Rows[1]
		if got := marksOf(monthly); got != tc.monthly {
			t.Errorf("%s: monthly %s, want %s", tc.today, got, tc.monthly)
		}
		if got := marksOf(ten); got != tc.ten {
			t.Errorf("%s: 10·10 %s, want %s", tc.today, got, tc.ten)
		}
		if monthly.Before != 2 || monthly.Missed != tc.missed || monthly.Met != 1 || monthly.Total() != 8 || ten.Before != 1 || ten.Total() != 0 {
			t.Errorf("%s: monthly %+v, 10·10 %+v", tc.today, monthly, ten)
		}
		if monthly.Periods[0].Mark != MarkBefore || LabelOf(MarkBefore).Key != "enum.mark.before" {
			t.Errorf("September is %v", monthly.Periods[0].Mark)
		}
	}
	// The today panel lists December as due, nothing as missed.
	a := AttentionOf(l, began)
	sec := sectionOf(a, "obligations")
	if sec == nil || sec.Total != 1 || sec.Items[0].Kind != AttnObligationDue || sec.Items[0].Period.From != began {
		t.Fatalf("obligations on the day the ledger began: %+v", a.Sections)
	}
	// Unknown: as before, every unmet past period is missed.
	l.Began = NoDate
	c := CoverageOf(l, sy.From, sy.To, began)
	if got := marksOf(c.Rows[0]); got != "⚠✔⚠⏳······" || c.Rows[0].Total() != 10 || marksOf(c.Rows[1]) != "⚠" {
		t.Errorf("without a day the ledger began: %s %s", got, marksOf(c.Rows[1]))
	}
	if sec := sectionOf(AttentionOf(l, began), "obligations"); sec == nil || sec.Total != 4 { // Sep, 10·10 and Nov missed; Dec due
		t.Errorf("without a day the ledger began the panel lists %+v", sec)
	}
}

// TestDecisionStatusesAgreeWithDecisionStatusOf: the panel's one-pass
// statuses are the carry-out table's, whether decision IDs run 1…n (a
// slice) or are sparse (a map).
func TestDecisionStatusesAgreeWithDecisionStatusOf(t *testing.T) {
	today := NewDate(2026, time.November, 20)
	l := &Ledger{
		Decisions: []Decision{{ID: 1}, {ID: 2}, {ID: 3}, {ID: 4}},
		Tasks: []Task{
			{ID: 1, DecisionID: 1, Due: today - 1, Status: TaskInProgress}, // overdue
			{ID: 2, DecisionID: 1, Status: TaskDone},
			{ID: 3, DecisionID: 2, Status: TaskDone}, // all done
			{ID: 4, DecisionID: 3, Due: today + 3, Status: TaskNotStarted},
			{ID: 5, DecisionID: 99, Status: TaskNotStarted}, // a decision not in the ledger
		},
	}
	want := map[ID]DecisionStatus{1: DecisionOverdue, 2: DecisionDone, 3: DecisionInProgress, 4: DecisionUnassigned}
	for _, sparse := range []bool{false, true} {
		if sparse {
			l.Decisions = append(l.Decisions, Decision{ID: 100_000})
			want[100_000] = DecisionUnassigned
		}
		idx := TasksByDecision(l)
		statusOf := decisionStatuses(l, today)
		for _, d := range l.Decisions {
			if got, of := statusOf(d.ID), DecisionStatusOf(l, idx[d.ID], today); got != want[d.ID] || of != want[d.ID] {
				t.Errorf("sparse %v: D-%d is %v (DecisionStatusOf %v), want %v", sparse, d.ID, got, of, want[d.ID])
			}
		}
	}
}
