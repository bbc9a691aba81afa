package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
	"secretary/store/storetest"
)

// `secretary print tasks` writes the responsibility list: grouped by work
// area with the columns a wall list needs, the group, school and date at
// the head of every page, and the leader's signature at the end.
func TestPrintTasksWritesTheWallList(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	l := loadFile(t, db)
	dir := t.TempDir()
	out := filepath.Join(dir, "责任清单.html")
	r := runCLI(t, "", "--db", db, "--lang", "zh", "print", "tasks", "-o", out)
	if r.code != 0 || !strings.Contains(r.stdout, "已写入 "+out) {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	page := read(t, out)
	for _, want := range []string{
		"size: A4 landscape", "thead", `@top-left { content: "阳光实验中学心理健康教育工作领导小组  阳光实验中学"`,
		`@top-right { content: "制表日期：2026-11-20"`, `counter(page)`, "责任清单（按工作范围）",
		">编号<", ">任务<", ">责任人<", ">监督人<", ">开始<", ">截止<", ">考核指标<", ">进度<", ">状态<",
		"宣传推广（", "服务体系建设（", "组长（签字）", "⚠ ",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, tk := range l.Tasks {
		if !strings.Contains(page, ">"+model.CodeOf(&tk)+"<") {
			t.Errorf("%s missing", model.CodeOf(&tk))
		}
	}
	for _, o := range l.Owners {
		if o.Contact != "" && strings.Contains(page, o.Contact) {
			t.Errorf("%s's contact is printed", o.Name)
		}
	}
	// Again: the file exists, and is replaced only with --force.
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "print", "tasks", "-o", out); r.code != 1 || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("existing file: exit %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "print", "tasks", "-o", out, "--force"); r.code != 0 {
		t.Fatalf("--force: exit %d %s", r.code, r.stderr)
	}
}

// --owner, --plan and --by owner choose and group what is printed.
func TestPrintFilters(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	l := loadFile(t, db)
	dir := t.TempDir()
	page := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, strings.Join(args, "_")+".html")
		r := runCLI(t, "", append([]string{"--db", db, "--lang", "zh", "print", "--format", "html", "-o", out}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d %s", args, r.code, r.stderr)
		}
		return read(t, out)
	}
	zhang := page("tasks", "--owner", "张三")
	p2 := page("tasks", "--plan", "P-2")
	byOwner := page("tasks", "--by", "owner")
	for _, tk := range l.Tasks {
		code := ">" + model.CodeOf(&tk) + "<"
		if (l.OwnerName(tk.OwnerID) == "张三") != strings.Contains(zhang, code) {
			t.Errorf("--owner 张三 and %s (owner %s)", code, l.OwnerName(tk.OwnerID))
		}
		if (tk.PlanID == 2) != strings.Contains(p2, code) {
			t.Errorf("--plan P-2 and %s (plan %d)", code, tk.PlanID)
		}
	}
	if !strings.Contains(zhang, "<dt>责任人</dt><dd data-k=\"owner\">张三") || !strings.Contains(p2, "P-2 本学年心理健康教育工作计划") {
		t.Error("the filters are not named in the head")
	}
	if !strings.Contains(byOwner, "责任清单（按责任人）") || !strings.Contains(byOwner, "张三（心理中心）（") {
		t.Error("--by owner does not group by owner")
	}
	for _, list := range []string{"plans", "activities", "rectifications", "owners", "assessments", "整改"} {
		if p := page(list); !strings.Contains(p, "size: A4 landscape") || !strings.Contains(p, "组长（签字）") {
			t.Errorf("print %s", list)
		}
	}
}

func TestPrintUsageErrors(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	for _, c := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"print", "bogus"}, "there is no list “bogus”; these print: tasks, plans, activities, rectifications, owners, assessments, meetings, decisions, obligations, documents", 2},
		{[]string{"print", "assessments", "--owner", "张三"}, "Assessments cannot be filtered by person: leave out --owner", 2},
		{[]string{"print", "tasks", "--format", "md"}, "a list is written as pdf or html, not “md”", 2},
		{[]string{"print", "tasks", "--by", "dept"}, "--by is area or owner, not “dept”", 2},
		{[]string{"print", "plans", "--by", "owner"}, "--by is for the responsibility list (tasks) only", 2},
		{[]string{"print", "tasks", "--plan", "P-99", "--format", "html"}, "the ledger has no plan “P-99”", 1},
	} {
		r := runCLI(t, "", append([]string{"--db", db, "--lang", "en"}, c.args...)...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
	}
}

// --open shows the written file with the machine's program for it.
func TestPrintOpensTheFile(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	db := storetest.DemoFile(t, demo.BaseSize)
	bin := t.TempDir()
	rec := filepath.Join(t.TempDir(), "opened")
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\nprintf '%s' \"$1\" > '"+rec+"'\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	c.env["PATH"] = bin + string(os.PathListSeparator) + "/usr/bin:/bin"
	out := filepath.Join(t.TempDir(), "tasks.html")
	c.must(0, "--db", db, "print", "tasks", "-o", out, "--open")
	for i := 0; i < 200; i++ { // the viewer is started, not waited for
		if b, _ := os.ReadFile(rec); string(b) == out {
			return
		}
		sleepBriefly()
	}
	b, _ := os.ReadFile(rec)
	t.Fatalf("xdg-open got %q, want %q", b, out)
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sleepBriefly() { time.Sleep(10 * time.Millisecond) }
