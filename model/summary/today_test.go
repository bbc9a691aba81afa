package summary_test

import (
	"strconv"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/summary"
)

// TestTodayRowsOfDecisionsAndDocuments: how a decision and a document
// read in the today panel: the mark, the status word the carry-out table
// uses (未分解 stays 未分解 when late, but is marked ⚠), and how far
// past or how near the day is.
func TestTodayRowsOfDecisionsAndDocuments(t *testing.T) {
	day := model.Date(20500)
	for _, tc := range []struct {
		it        model.AttentionItem
		mark, zh  string
		en        string
		late      bool
		code, who string
	}{
		{model.AttentionItem{Kind: model.AttnDecisionOverdue, Entity: model.EntityDecision, ID: 9, Status: model.DecisionUnassigned, Date: day, Days: 12, Owner: "郑凯"},
			"⚠", "未分解，时限已过 12 天", "No task yet, 12 days past due", true, "D-9", "郑凯"},
		{model.AttentionItem{Kind: model.AttnDecisionOverdue, Entity: model.EntityDecision, ID: 6, Status: model.DecisionOverdue, Date: day},
			"⚠", "逾期，时限 " + day.String(), "Overdue, due " + day.String(), true, "D-6", ""},
		{model.AttentionItem{Kind: model.AttnDecisionOverdue, Entity: model.EntityDecision, ID: 6, Status: model.DecisionOverdue},
			"⚠", "逾期", "Overdue", true, "D-6", ""},
		{model.AttentionItem{Kind: model.AttnDecisionDueSoon, Entity: model.EntityDecision, ID: 4, Status: model.DecisionInProgress, Date: day, Days: 3},
			"⏳", "落实中，还有 3 天", "Under way, due in 3 days", false, "D-4", ""},
		{model.AttentionItem{Kind: model.AttnDecisionDueSoon, Entity: model.EntityDecision, ID: 4, Status: model.DecisionUnassigned, Date: day},
			"⏳", "未分解，今天到期", "No task yet, due today", false, "D-4", ""},
		{model.AttentionItem{Kind: model.AttnDecisionOpen, Entity: model.EntityDecision, ID: 10, Status: model.DecisionInProgress, Date: day, Days: 20},
			"·", "落实中，时限 " + day.String(), "Under way, due " + day.String(), false, "D-10", ""},
		{model.AttentionItem{Kind: model.AttnDecisionOpen, Entity: model.EntityDecision, ID: 10, Status: model.DecisionUnassigned},
			"·", "未分解", "No task yet", false, "D-10", ""},
		{model.AttentionItem{Kind: model.AttnDocReviewOverdue, Entity: model.EntityDocument, ID: 2, Days: 10, Owner: "校长办公室"},
			"⚠", "复审逾期 10 天", "review 10 days overdue", true, "W-2", "校长办公室"},
		{model.AttentionItem{Kind: model.AttnDocReviewDue, Entity: model.EntityDocument, ID: 1, Days: 20},
			"⏳", "20 天后复审", "review in 20 days", false, "W-1", ""},
		{model.AttentionItem{Kind: model.AttnDocReviewDue, Entity: model.EntityDocument, ID: 1},
			"⏳", "今天复审", "review due today", false, "W-1", ""},
	} {
		zh, en := summary.TodayRowOf(tc.it, model.LangZh), summary.TodayRowOf(tc.it, model.LangEn)
		if zh.Mark != tc.mark || zh.State != tc.zh || en.State != tc.en || zh.Late != tc.late || zh.Code != tc.code || zh.Who != tc.who {
			t.Errorf("%+v reads %+v / %q, want %s %q / %q late %v", tc.it, zh, en.State, tc.mark, tc.zh, tc.en, tc.late)
		}
	}
	// The headings name the windows the model uses.
	if h := summary.TodayHeading("documents", 2, model.LangZh); !strings.Contains(h, strconv.Itoa(model.ReviewSoon)+" 天") {
		t.Errorf("documents heading %q does not say %d days", h, model.ReviewSoon)
	}
	if h := summary.TodayHeading("decisions", 4, model.LangZh); !strings.Contains(h, strconv.Itoa(model.DueSoonDays)+" 天") {
		t.Errorf("decisions heading %q does not say %d days", h, model.DueSoonDays)
	}
}
