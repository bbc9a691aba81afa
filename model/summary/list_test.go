package summary_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
)

func TestWallListOfTasksGroupsByArea(t *testing.T) {
	t.Parallel()
	today := model.NewDate(2026, 11, 20)
	l := demo.Build(today, demo.BaseSize)
	li, err := summary.BuildList(l, summary.ListTasks, summary.ListOptions{}, today)
	if err != nil {
		t.Fatal(err)
	}
	if li.Len() != len(l.Tasks) {
		t.Fatalf("%d of %d tasks", li.Len(), len(l.Tasks))
	}
	var b strings.Builder
	if err := li.Write(&b, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"size: A4 landscape", "@top-left", "阳光实验中学心理健康教育工作领导小组  阳光实验中学", "制表日期：2026-11-20",
		`"第 " counter(page) " 页，共 " counter(pages) " 页"`, "<thead><tr><th class=\"nw\">编号</th><th>任务</th><th>责任人</th><th>监督人</th><th class=\"nw\">开始</th><th class=\"nw\">截止</th><th>考核指标</th><th class=\"num\">进度</th><th class=\"nw\">状态</th></tr></thead>",
		"服务体系建设（", "组长（签字）", "⚠ ", `aria-label="⏳"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// BenchmarkTaskListHTML10k is the wall list of a 10,000-record ledger's
// tasks: copied out of the ledger and laid out as the HTML page.
func BenchmarkTaskListHTML10k(b *testing.B) {
	today := model.NewDate(2026, 11, 20)
	l := demo.Build(today, 10_000)
	for b.Loop() {
		li, err := summary.BuildList(l, summary.ListTasks, summary.ListOptions{}, today)
		if err != nil {
			b.Fatal(err)
		}
		var w strings.Builder
		if err := li.Write(&w, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
			b.Fatal(err)
		}
	}
}
