package summary_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"secretary/internal/i18n"
	"secretary/internal/width"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// TestGoldenCoverage pins the required work's printout of the demo's
// school year in text and Markdown, both languages.
func TestGoldenCoverage(t *testing.T) {
	today := storetest.Today()
	l := demo.Build(today, demo.BaseSize)
	c := summary.BuildCoverage(l, summary.SchoolYear(today), today)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown} {
			var b bytes.Buffer
			if err := c.Write(&b, f, summary.Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			golden(t, "coverage_"+string(lang)+f.Ext()+".golden", b.Bytes())
		}
	}
}

// TestCoverageSaysWhatIsMetDueAndMissed: the school year's printout has a
// row per active obligation with its marks and total, and each period
// with the records that met it.
func TestCoverageSaysWhatIsMetDueAndMissed(t *testing.T) {
	today := storetest.Today()
	l := demo.Build(today, demo.BaseSize)
	c := summary.BuildCoverage(l, summary.SchoolYear(today), today)
	if len(c.Rows) != len(l.Obligations) {
		t.Fatalf("%d rows for %d obligations", len(c.Rows), len(l.Obligations))
	}
	text := summary.CoverageText(c, model.LangZh, 100)
	for _, want := range []string{
		"G-5 每月综合性教育实践活动", "⚠✔⏳·······", "1/10 个月", // monthly: September missed, October met, November due
		"✔ 已完成", "⏳ 还剩 10 天", "⚠ 未完成", "· 未到期",
		"A-5 10·10世界精神卫生日主题班会", // the 10·10 obligation is met by it
		"T-5 全体学生心理健康筛查",       // the yearly check by a tagged task
		"已安排 A-6",              // November's planned activity
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the printout lacks %q", want)
		}
	}
	if strings.Contains(summary.CoverageText(c, model.LangEn, 100), "个月") {
		t.Error("English printout has Chinese words of its own")
	}
	if name := c.FileName(summary.FormatPDF, model.LangZh); name != "规定动作_2026-09-01_2027-08-31.pdf" {
		t.Errorf("file name %q", name)
	}
	// Without obligations it says how to get the default set.
	empty := summary.BuildCoverage(&model.Ledger{}, summary.SchoolYear(today), today)
	if got := summary.CoverageText(empty, model.LangZh, 80); !strings.Contains(got, "secretary obligations --load-defaults") {
		t.Errorf("empty coverage:\n%s", got)
	}
}

// TestTodayText: what needs attention in the demo on the pinned day, each
// section under its heading, columns lined up, and the headings in the
// catalogue in both languages.
func TestTodayText(t *testing.T) {
	today := storetest.Today()
	l := demo.Build(today, demo.BaseSize)
	a := model.AttentionOf(l, today)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		text := summary.TodayText(a, lang, 80, 0)
		golden(t, "today_"+string(lang)+".txt.golden", []byte(text))
		for _, line := range strings.Split(text, "\n") {
			if w := width.Cells(line); w > 80 {
				t.Errorf("%s: line %d cells wide: %q", lang, w, line)
			}
		}
	}
	zh := summary.TodayText(a, model.LangZh, 80, 0)
	for _, want := range []string{"今日提醒 · 2026-11-20", "逾期或 7 天内到期的任务", "✎", "A-6", "逾期未销号的整改", "R-1", "G-5", "9月", "11月"} {
		if !strings.Contains(zh, want) {
			t.Errorf("today lacks %q:\n%s", want, zh)
		}
	}
	if got := summary.TodayText(a, model.LangZh, 80, 1); !strings.Contains(got, "…… 另有") {
		t.Errorf("a limit of 1 a section does not say how many more:\n%s", got)
	}
	cat := i18n.Catalog()
	for _, k := range summary.TodayHeadingKeys() {
		if _, ok := cat[k]; !ok {
			t.Errorf("%s is not in the catalogue", k)
		}
	}
	if got := summary.TodayText(model.AttentionOf(&model.Ledger{}, today), model.LangEn, 80, 0); !strings.Contains(got, "Nothing needs attention today") {
		t.Errorf("empty: %q", got)
	}
}

// TestCoverageOfALedgerBegunInDecember: the printout of a ledger begun on
// 1 December shows September to November as · 建账前, not 未完成; the
// legend says when the ledger began, the headline counts them apart, and
// the total counts only the months kept.
func TestCoverageOfALedgerBegunInDecember(t *testing.T) {
	began := model.NewDate(2026, time.December, 1)
	l := &model.Ledger{Began: began, Obligations: []model.Obligation{
		{ID: 1, Title: "每月实践活动", Freq: model.Frequency{Kind: model.FreqMonthly}, Min: 1, Meets: []model.MeetRule{{Entity: model.EntityActivity}}},
	}}
	c := summary.BuildCoverage(l, summary.SchoolYear(began), began)
	zh := summary.CoverageText(c, model.LangZh, 100)
	for _, want := range []string{"· 未到期或建账前（2026-12-01 建账", "建账前（期）", "···⏳······", "0/7 个月", "9月", "· 建账前"} {
		if !strings.Contains(zh, want) {
			t.Errorf("zh lacks %q:\n%s", want, zh)
		}
	}
	if strings.Count(zh, "⚠") != 1 || !strings.Contains(zh, "未完成（期）  0") { // the one ⚠ is the legend's
		t.Errorf("a month before the ledger reads as missed:\n%s", zh)
	}
	en := summary.CoverageText(c, model.LangEn, 100)
	for _, want := range []string{"before the ledger began on 2026-12-01", "Periods before the ledger", "0/7 months", "· before the ledger"} {
		if !strings.Contains(en, want) {
			t.Errorf("en lacks %q:\n%s", want, en)
		}
	}
	// A ledger kept from the start (zero: unknown) prints as before.
	l.Began = model.NoDate
	if zh := summary.CoverageText(summary.BuildCoverage(l, summary.SchoolYear(began), began), model.LangZh, 100); strings.Contains(zh, "建账") || !strings.Contains(zh, "⚠⚠⚠⏳") {
		t.Errorf("without the day the ledger began:\n%s", zh)
	}
}
