// Package cell formats values for table cells and details the same way on
// every tab: dates, amounts, progress, sortable keys.
package cell

import (
	"fmt"
	"strconv"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// Date is a date cell ("" for none).
func Date(d model.Date) string { return d.String() }

// Period is a plan's period in a narrow form: 2026-09~2027-08.
func Period(start, end model.Date) string {
	f := func(d model.Date) string {
		if d.IsZero() {
			return "?"
		}
		return fmt.Sprintf("%04d-%02d", d.Year(), int(d.Month()))
	}
	return f(start) + "~" + f(end)
}

// Money is an amount cell ("" for zero, so empty budgets stay quiet).
func Money(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.String()
}

// MoneyKey is a sortable key for an amount.
func MoneyKey(m model.Money) string { return fmt.Sprintf("%016d", int64(m)) }

// NumKey is a sortable key for a count or percent.
func NumKey(n int) string { return fmt.Sprintf("%010d", n) }

// DateKey sorts empty dates last.
func DateKey(d model.Date) string {
	if d.IsZero() {
		return "9999"
	}
	return d.String()
}

// Progress is a bar with done/total: "███░░ 3/5".
func Progress(p model.Progress, barWidth int) string {
	if p.Total == 0 {
		return strings.Repeat("░", barWidth) + " 0/0"
	}
	return detail.Bar(p.Percent(), barWidth) + fmt.Sprintf(" %d/%d", p.Done, p.Total)
}

// Percent is "60%".
func Percent(n int) string { return fmt.Sprintf("%d%%", n) }

// Count is a count cell, empty for zero.
func Count(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// OneLine squeezes multi-line text into one line for a cell.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Dash shows an empty value as "—", so a missing one is visible.
func Dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// Yuan is an amount with its unit in the UI language ("12,000 元",
// "¥12,000"), or "" for zero.
func Yuan(ctx *common.Context, m model.Money) string {
	if m == 0 {
		return ""
	}
	return ctx.T("money.yuan", m.String())
}

// Counts is how many records of each kind, in tab order: "计划 4 · 责任人
// 12 · …", for a snapshot or an import to read out.
func Counts(tr *i18n.Translator, c model.Counts) string {
	parts := make([]string, 0, len(model.Entities()))
	for _, e := range model.Entities() {
		parts = append(parts, tr.T(i18n.Key("tab.entity."+e.Code()))+" "+strconv.Itoa(c.Of(e)))
	}
	return strings.Join(parts, " · ")
}
