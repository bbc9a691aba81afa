package summary_test

import (
	"bytes"
	"strings"
	"testing"

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
		"D-5 每月综合性教育实践活动", "⚠✔⏳·······", "1/10 个月", // monthly: September missed, October met, November due
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
