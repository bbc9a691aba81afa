package printout_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store/storetest"
)

// TestMinutesAndPackInChromium prints a meeting's minutes, an internal
// meeting's minutes with their notes, and the meeting pack with the real
// browser, and reads each PDF back: A4, the official layout's lines and
// tables, the internal banner on every page, the pack's three parts.
func TestMinutesAndPackInChromium(t *testing.T) {
	t.Parallel()
	e := chromiumEnv(t, t.TempDir())
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		testenv.RequireTool(t, "reading the PDF back", tool)
	}
	today := storetest.Today()
	l := demo.Build(today, demo.BaseSize)
	dir := t.TempDir()
	write := func(d summary.Document, name string) (text string, pages int) {
		t.Helper()
		pdf := filepath.Join(dir, name)
		if err := printout.WriteFile(context.Background(), e, pdf, d, summary.FormatPDF, summary.Options{Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		info := run(t, "pdfinfo", pdf)
		if !strings.Contains(info, "(A4)") {
			t.Errorf("%s is not A4:\n%s", name, info)
		}
		for _, line := range strings.Split(info, "\n") {
			if f := strings.Fields(line); len(f) == 2 && f[0] == "Pages:" {
				pages = int(f[1][0] - '0')
				for _, c := range f[1][1:] {
					pages = pages*10 + int(c-'0')
				}
			}
		}
		t.Logf("%s: %s", name, screenshot(t, pdf, dir))
		return run(t, "pdftotext", "-layout", pdf, "-"), pages
	}

	txt, _ := write(summary.BuildMinutes(l, l.Meeting(5), today, summary.MinutesOptions{}), "纪要.pdf")
	for _, want := range []string{"阳光实验中学心理健康教育工作领导小组", "第 2 次会议纪要", "会议基本情况", "主持", "李红梅",
		"缺席", "陈立（请假）", "议题1", "督查发现问题的整改", "转介协议、预警台账", "决定事项", "责任人", "完成时限", "考核指标",
		"组织心理危机干预应急演练", "2026-12-02", "形成演练总结"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the minutes' PDF lacks %q", want)
		}
	}

	internal := l.Meeting(6)
	secret := internal.Agenda[0].Notes
	txt, _ = write(summary.BuildMinutes(l, internal, today, summary.MinutesOptions{}), "研判会.pdf")
	if strings.Contains(txt, secret[:12]) || !strings.Contains(txt, "--include-internal") {
		t.Errorf("an internal meeting's minutes print its notes without being asked:\n%s", txt)
	}
	// With the notes, long enough to take two pages: the banner is on both.
	full := summary.BuildMinutes(l, internal, today, summary.MinutesOptions{IncludeInternal: true})
	full.Meeting.Agenda[0].Notes = strings.Repeat(secret, 120)
	txt, pages := write(full, "研判会_内部.pdf")
	if pages < 2 || strings.Count(txt, "内部资料") < pages {
		t.Errorf("%d pages, the internal banner printed %d times", pages, strings.Count(txt, "内部资料"))
	}

	txt, pages = write(summary.BuildPack(l, l.Meeting(7), today), "会议材料.pdf")
	for _, want := range []string{"会议材料", "第一部分", "上次会议决定事项落实情况", "M-6", "个案 C-2026-07",
		"第二部分", "工作汇报", "总体情况", "第三部分", "议题1", "主持人（签字）"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the pack's PDF lacks %q", want)
		}
	}
	if pages < 3 {
		t.Errorf("the pack has %d pages: each part starts a page", pages)
	}
	if strings.Contains(txt, secret[:12]) {
		t.Error("the pack prints an internal meeting's notes")
	}
}
