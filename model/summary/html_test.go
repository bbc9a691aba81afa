package summary_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// page is an HTML summary parsed back.
type page struct {
	root *html.Node
	k    map[string]string // data-k → text, the overdue mark left out
}

func parsePage(t *testing.T, doc string) *page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{root: root, k: map[string]string{}}
	for _, n := range p.all(func(n *html.Node) bool { return attr(n, "data-k") != "" }) {
		p.k[attr(n, "data-k")] = text(n)
	}
	return p
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the node's text, without the overdue mark's "!".
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && attr(n, "class") == "mark" {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func (p *page) all(keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
	return out
}

func (p *page) tag(name string) []*html.Node {
	return p.all(func(n *html.Node) bool { return n.Data == name })
}

// rows counts the body rows of the table with the data-table key.
func (p *page) rows(key string) int {
	for _, t := range p.all(func(n *html.Node) bool { return n.Data == "table" && attr(n, "data-table") == key }) {
		n := 0
		for _, tr := range (&page{root: t}).tag("tr") {
			if tr.Parent != nil && tr.Parent.Data == "tbody" {
				n++
			}
		}
		return n
	}
	return -1
}

func num(s string) string { return strings.ReplaceAll(s, ",", "") }

func TestHTMLHasEverySectionAndBuildsFigures(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	l := demo.Build(today, 1500)
	s := summary.Build(l, summary.Semester(today), today)
	titles := map[model.Lang][]string{
		model.LangZh: {"一、总体情况", "二、领导小组组成", "三、计划进展", "四、责任落实", "五、活动开展", "六、规定动作完成情况", "七、会议与决定事项落实", "八、监督评估与整改", "九、存在问题", "十、下一步安排"},
		model.LangEn: {"1. Overview", "2. The group", "3. Plan progress", "4. Responsibilities", "5. Activities", "6. Required work", "7. Meetings and their decisions", "8. Assessments and rectification", "9. Problems", "10. Next steps"},
	}
	for lang, want := range titles {
		p := parsePage(t, summary.HTML(s, lang))
		secs := p.all(func(n *html.Node) bool { return n.Data == "section" })
		if len(secs) != len(want) {
			t.Fatalf("%s: %d sections, want %d", lang, len(secs), len(want))
		}
		for i, sec := range secs {
			h2 := (&page{root: sec}).tag("h2")
			if len(h2) != 1 || text(h2[0]) != want[i] {
				t.Errorf("%s: section %d is titled %v, want %q", lang, i+1, h2, want[i])
			}
		}
		checkFigures(t, p, s)
		if got := p.k["group"]; got != "" {
			t.Errorf("group is a data field: %q", got)
		}
		if h1 := p.tag("h1"); len(h1) != 1 || text(h1[0]) != l.Settings.GroupName {
			t.Errorf("%s: h1 is not the group's name", lang)
		}
		for _, key := range []string{"school", "secretary", "period", "prepared"} {
			if p.k[key] == "" {
				t.Errorf("%s: the header lacks %s", lang, key)
			}
		}
		if !strings.Contains(p.k["period"], "2026-09-01") || !strings.Contains(p.k["period"], "2027-01-31") {
			t.Errorf("%s: period reads %q", lang, p.k["period"])
		}
	}
}

func checkFigures(t *testing.T, p *page, s *summary.Summary) {
	t.Helper()
	o := s.Overview
	want := map[string]string{
		"ov.active_plans": strconv.Itoa(o.ActivePlans), "ov.tasks_open": strconv.Itoa(o.TasksOpen),
		"ov.tasks_overdue": strconv.Itoa(o.TasksOverdue), "ov.tasks_done": strconv.Itoa(o.TasksDone),
		"ov.tasks_due_soon": strconv.Itoa(o.TasksDueSoon), "ov.acts_held": strconv.Itoa(o.ActivitiesHeld),
		"ov.participants": strconv.Itoa(o.Participants), "ov.spend": num(o.Spend.String()), "ov.budget": num(o.Budget.String()),
		"ov.acts_upcoming": strconv.Itoa(o.Upcoming), "ov.assessments": strconv.Itoa(o.Assessments),
		"ov.avg_score": fmt.Sprintf("%.1f", o.AvgScore.Mean()), "ov.rects_opened": strconv.Itoa(o.RectsOpened),
		"ov.rects_closed": strconv.Itoa(o.RectsClosed), "ov.rects_open": strconv.Itoa(o.RectsOpen),
		"ov.rects_overdue": strconv.Itoa(o.RectsOverdue),
		"act.held":         strconv.Itoa(s.Activities.Held), "act.participants": strconv.Itoa(s.Activities.Participants),
		"as.held": strconv.Itoa(s.Assessments.Held), "as.rects_open": strconv.Itoa(len(s.Assessments.OpenRects)),
	}
	for _, pl := range s.Plans {
		k := fmt.Sprintf("plan.%d.", pl.ID)
		want[k+"done"] = fmt.Sprintf("%d/%d", pl.Done, pl.Total)
		want[k+"percent"] = fmt.Sprintf("%d%%", pl.Percent)
		want[k+"overdue"] = strconv.Itoa(pl.Overdue)
	}
	for _, ow := range s.Owners {
		k := fmt.Sprintf("owner.%d.", ow.ID)
		want[k+"open"], want[k+"done"], want[k+"overdue"] = strconv.Itoa(ow.Open), strconv.Itoa(ow.Done), strconv.Itoa(ow.Overdue)
	}
	for _, kr := range s.Activities.ByKind {
		k := "act.kind." + model.LabelOf(kr.Kind).Code + "."
		want[k+"held"], want[k+"participants"] = strconv.Itoa(kr.Held), strconv.Itoa(kr.Participants)
		want[k+"spend"] = num(kr.Spend.String())
	}
	for _, a := range s.Assessments.List {
		want[fmt.Sprintf("assessment.%d.findings", a.ID)] = strconv.Itoa(a.Findings)
	}
	for k, w := range want {
		got, ok := p.k[k]
		if !ok {
			t.Errorf("no figure %s in the HTML", k)
			continue
		}
		if num(got) != w {
			t.Errorf("%s = %q in the HTML, Build says %s", k, got, w)
		}
	}
	for key, n := range map[string]int{
		"plans": len(s.Plans), "owners": len(s.Owners), "depts": len(s.Departments), "act_held": len(s.Activities.HeldList),
		"act_upcoming": len(s.Activities.Upcoming), "assessments": len(s.Assessments.List), "open_rects": len(s.Assessments.OpenRects),
		"prob_tasks": len(s.Problems.OverdueTasks), "prob_rects": len(s.Problems.OverdueRects), "next": len(s.Next),
	} {
		if got := p.rows(key); got != n && !(n == 0 && got == -1) {
			t.Errorf("table %s has %d rows, Build has %d", key, got, n)
		}
	}
}

func TestHTMLIsSelfContainedAndPrintable(t *testing.T) {
	t.Parallel()
	_, s := demoSummary(t)
	doc := summary.HTML(s, model.LangZh)
	p := parsePage(t, doc)
	for _, tag := range []string{"link", "img", "iframe", "object", "embed", "script"} {
		if n := p.tag(tag); len(n) > 0 {
			t.Errorf("the page has a <%s>", tag)
		}
	}
	for _, n := range p.all(func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			if (a.Key == "src" || a.Key == "href") || (strings.Contains(a.Val, "://") && a.Key != "xmlns") {
				t.Errorf("<%s %s=%q> points outside the file", n.Data, a.Key, a.Val)
			}
		}
	}
	for rest := doc; ; {
		i := strings.Index(rest, "url(")
		if i < 0 {
			break
		}
		if !strings.HasPrefix(rest[i+4:], "#") {
			t.Errorf("url( not to a fragment: %q", rest[i:min(len(rest), i+40)])
		}
		rest = rest[i+4:]
	}
	for _, want := range []string{
		"@page", "size: A4", "margin:", `"Microsoft YaHei"`, "SimSun", `"PingFang SC"`, `"Noto Sans CJK SC"`, "sans-serif",
		"tr, td, th { break-inside: avoid", "thead { display: table-header-group", `<meta charset="utf-8">`, `<html lang="zh-CN">`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// Charts: plan progress and each owner's tasks, drawn with patterns
	// and labelled with their figures so they read without colour.
	for _, key := range []string{"plans", "owners"} {
		figs := p.all(func(n *html.Node) bool { return n.Data == "figure" && attr(n, "data-chart") == key })
		if len(figs) != 1 {
			t.Fatalf("no %s chart", key)
		}
		f := &page{root: figs[0]}
		if len(f.tag("svg")) == 0 || len(f.tag("pattern")) == 0 || len(f.tag("rect")) == 0 {
			t.Errorf("the %s chart has no patterned bars", key)
		}
		labels := text(figs[0])
		switch key {
		case "plans":
			for _, pl := range s.Plans {
				if !strings.Contains(labels, fmt.Sprintf("%d/%d", pl.Done, pl.Total)) || !strings.Contains(labels, pl.Code) {
					t.Errorf("plan chart lacks %s %d/%d", pl.Code, pl.Done, pl.Total)
				}
			}
		case "owners":
			for _, o := range s.Owners {
				note := fmt.Sprintf("%d / %d / %d", o.Overdue, o.Open-o.Overdue, o.Done)
				if !strings.Contains(labels, o.Name) || !strings.Contains(labels, note) {
					t.Errorf("owner chart lacks %s %s", o.Name, note)
				}
			}
		}
	}
	// The overdue mark is a shape (a boxed "!"), and there is one per
	// overdue task in the problems table.
	marks := 0
	for _, tb := range p.all(func(n *html.Node) bool { return attr(n, "data-table") == "prob_tasks" }) {
		for _, m := range (&page{root: tb}).all(func(n *html.Node) bool { return attr(n, "class") == "mark" }) {
			if m.FirstChild != nil && m.FirstChild.Data == "!" {
				marks++
			}
		}
	}
	if marks != len(s.Problems.OverdueTasks) {
		t.Errorf("%d marks for %d overdue tasks", marks, len(s.Problems.OverdueTasks))
	}
}

func TestHTMLEscapesUserText(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	evil := `<script>alert("x")</script> & <b>粗体</b>`
	l := &model.Ledger{
		Settings: model.Settings{GroupName: evil, School: `"引号" 'single'`},
		Owners:   []model.Owner{{ID: 1, Name: evil, Department: "</td></tr></table>"}},
		Tasks:    []model.Task{{ID: 1, OwnerID: 1, Title: evil, Due: today - 1, Status: model.TaskNotStarted}},
	}
	s := summary.Build(l, summary.Semester(today), today)
	doc := summary.HTML(s, model.LangZh)
	p := parsePage(t, doc)
	if n := p.tag("script"); len(n) > 0 {
		t.Fatal("user text became a script")
	}
	if n := p.tag("b"); len(n) > 0 {
		t.Error("user text became markup")
	}
	if h1 := p.tag("h1"); text(h1[0]) != evil {
		t.Errorf("h1 = %q", text(h1[0]))
	}
	if p.k["school"] != `"引号" 'single'` {
		t.Errorf("school = %q", p.k["school"])
	}
	// Asking for the print dialog adds exactly one inline script, with no
	// source file.
	var b strings.Builder
	if err := summary.Render(&b, s, summary.FormatHTML, summary.Options{AutoPrint: true}); err != nil {
		t.Fatal(err)
	}
	scripts := parsePage(t, b.String()).tag("script")
	if len(scripts) != 1 || attr(scripts[0], "src") != "" || !strings.Contains(text(scripts[0]), "window.print()") {
		t.Errorf("auto-print scripts: %d", len(scripts))
	}
}

func TestMarkdownKeepsTablesWhole(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	l := &model.Ledger{
		Owners: []model.Owner{{ID: 1, Name: "A|B"}},
		Tasks:  []model.Task{{ID: 1, OwnerID: 1, Title: "x | y *z* _w_ [link](http://e) `c` #h\n第二行", Due: today - 2, Status: model.TaskNotStarted}},
	}
	s := summary.Build(l, summary.Semester(today), today)
	md := summary.Markdown(s, model.LangZh)
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		// Unescaped pipes are the cell borders: every row of a table has
		// as many as its header.
		if strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") < 3 {
			t.Errorf("short table row: %q", line)
		}
	}
	if !strings.Contains(md, `x \| y \*z\* \_w\_ \[link\](http://e) \`+"`c\\` \\#h 第二行") {
		t.Errorf("markdown did not escape the title:\n%s", md)
	}
}
