package summary

import (
	"strings"

	"secretary/internal/i18n"
	"secretary/internal/width"
	"secretary/model"
)

// TodayRow is one item of the today panel as words: its mark (⚠ ⏳ ✎ ·),
// the record's code and title, who (or which period, or a document's
// issuer), and how it stands. The
// today panel draws these rows; `secretary today` prints them.
type TodayRow struct {
	Mark, Code, Title, Who, State string
	Late                          bool // overdue or missed, rather than coming up
}

// TodayHeading is a section's heading with its count: "逾期或 7 天内到期的
// 任务（5）".
func TodayHeading(key string, n int, lang model.Lang) string {
	return i18n.For(lang).Sprintf(i18n.Key("today.section."+key), n)
}

// TodayHeadingKeys are the sections' heading keys, for the catalogue's
// test.
func TodayHeadingKeys() []i18n.Key {
	var out []i18n.Key
	for _, k := range model.AttentionKeys() {
		out = append(out, i18n.Key("today.section."+k))
	}
	return out
}

// TodayRowOf is an item as words.
func TodayRowOf(it model.AttentionItem, lang model.Lang) TodayRow {
	tr := i18n.For(lang)
	r := TodayRow{Code: it.Code(), Title: it.Title, Who: it.Owner}
	switch it.Kind {
	case model.AttnTaskOverdue, model.AttnRectOverdue:
		r.Mark, r.State, r.Late = "⚠", tr.Sprintf("today.overdue", it.Days), true
	case model.AttnTaskDueSoon:
		r.Mark = "⏳"
		if it.Days == 0 {
			r.State = tr.Sprintf("today.due_today")
		} else {
			r.State = tr.Sprintf("today.due_in", it.Days)
		}
	case model.AttnUnrecorded:
		r.Mark, r.State, r.Late = "✎", tr.Sprintf("today.unrecorded", it.Date.String(), it.Days), true
	case model.AttnObligationMissed:
		r.Mark, r.Who, r.Late = "⚠", model.PeriodName(it.Freq, it.Period, lang), true
		r.State = tr.Sprintf("today.ob_missed", it.Got, it.Min)
	case model.AttnObligationDue:
		r.Mark, r.Who = "⏳", model.PeriodName(it.Freq, it.Period, lang)
		r.State = tr.Sprintf("today.ob_due", it.Days, it.Got, it.Min)
	case model.AttnDocReviewOverdue:
		r.Mark, r.State, r.Late = "⚠", tr.Sprintf("today.review_overdue", it.Days), true
	case model.AttnDocReviewDue:
		r.Mark = "⏳"
		if it.Days == 0 {
			r.State = tr.Sprintf("today.review_today")
		} else {
			r.State = tr.Sprintf("today.review_in", it.Days)
		}
	case model.AttnDecisionOverdue, model.AttnDecisionDueSoon, model.AttnDecisionOpen:
		r.Mark, r.State = "·", todayDecisionState(it, lang)
		switch it.Kind {
		case model.AttnDecisionOverdue:
			r.Mark, r.Late = "⚠", true
		case model.AttnDecisionDueSoon:
			r.Mark = "⏳"
		}
	}
	return r
}

// todayDecisionState is a decision's status (the words of the carry-out
// table: 未分解 stays 未分解 however late) and its time limit: how long
// past it, how soon, or the day.
func todayDecisionState(it model.AttentionItem, lang model.Lang) string {
	tr := i18n.For(lang)
	status := model.LabelOf(it.Status).In(lang)
	switch {
	case it.Date.IsZero():
		return status
	case it.Kind == model.AttnDecisionOverdue && it.Days > 0:
		return tr.Sprintf("today.decision_late", status, it.Days)
	case it.Kind == model.AttnDecisionDueSoon && it.Days == 0:
		return tr.Sprintf("today.decision_today", status)
	case it.Kind == model.AttnDecisionDueSoon:
		return tr.Sprintf("today.decision_in", status, it.Days)
	}
	return tr.Sprintf("today.decision_due", status, it.Date.String())
}

// TodayTitle is the panel's title: "今日提醒 · 2026-11-20".
func TodayTitle(a *model.Attention, lang model.Lang) string {
	return i18n.For(lang).Sprintf("today.title", a.Today.String())
}

// TodaySummary is the line under the title: how many items, or that
// nothing needs attention.
func TodaySummary(a *model.Attention, lang model.Lang) string {
	if a.Empty() {
		return i18n.For(lang).Sprintf("today.nothing")
	}
	return i18n.For(lang).Sprintf("today.count", a.Count())
}

// TodayText is what needs attention as plain text, width cells wide
// (DefaultWidth when 0), at most limit items a section (all when 0):
// what `secretary today` prints. Columns line up in Chinese.
func TodayText(a *model.Attention, lang model.Lang, w, limit int) string {
	if w <= 0 {
		w = DefaultWidth
	}
	w = max(w, MinWidth)
	var b strings.Builder
	b.WriteString(TodayTitle(a, lang) + "\n")
	b.WriteString(TodaySummary(a, lang) + "\n")
	// Every section's rows are laid out together, so the columns line up
	// down the whole page.
	var rows []TodayRow
	shown := make([]int, len(a.Sections))
	for i, sec := range a.Sections {
		items := sec.Items
		if limit > 0 && len(items) > limit {
			items = items[:limit]
		}
		shown[i] = len(items)
		for _, it := range items {
			rows = append(rows, TodayRowOf(it, lang))
		}
	}
	lines := TodayLines(rows, w)
	for i, sec := range a.Sections {
		b.WriteString("\n" + TodayHeading(sec.Key, sec.Total, lang) + "\n")
		for _, line := range lines[:shown[i]] {
			b.WriteString(line + "\n")
		}
		lines = lines[shown[i]:]
		if n := sec.Total - shown[i]; n > 0 {
			b.WriteString("  " + i18n.For(lang).Sprintf("today.more", n) + "\n")
		}
	}
	return b.String()
}

// TodayLines lays rows out in aligned columns within w cells: the mark,
// the code, the title (cut to fit), who or which period, and the state.
func TodayLines(rows []TodayRow, w int) []string {
	codeW, whoW, stateW := 0, 0, 0
	for _, r := range rows {
		codeW = max(codeW, width.Cells(r.Code))
		whoW = max(whoW, width.Cells(r.Who))
		stateW = max(stateW, width.Cells(r.State))
	}
	whoW = min(whoW, 14)
	const markW, indent, gaps = 2, 2, 3 * 2
	titleW := w - indent - markW - 1 - codeW - whoW - stateW - gaps
	if titleW < 8 { // narrow: the owner gives way to the title
		titleW += whoW + 2
		whoW = 0
	}
	titleW = max(titleW, 4)
	out := make([]string, len(rows))
	for i, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		b.WriteString(width.PadRight(r.Mark, markW))
		b.WriteByte(' ')
		b.WriteString(width.PadRight(r.Code, codeW))
		b.WriteString("  ")
		b.WriteString(width.PadRight(width.Fit(r.Title, titleW), titleW))
		if whoW > 0 {
			b.WriteString("  ")
			b.WriteString(width.PadRight(width.Fit(r.Who, whoW), whoW))
		}
		b.WriteString("  ")
		b.WriteString(r.State)
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out
}
