package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/summary/summarytest"
	"secretary/store"
	"secretary/store/storetest"
)

// listsFile is the wall lists' ledger (Chinese, mixed and emoji records
// in every state the lists mark) written to a real ledger file; more,
// if given, adds to it first.
func listsFile(t *testing.T, more ...func(*model.Ledger)) string {
	t.Helper()
	path := storetest.Path(t)
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	l := summarytest.Ledger(storetest.Today())
	for _, f := range more {
		f(l)
	}
	if err := s.Fill(l); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// `secretary print meetings|decisions|obligations|documents` writes each
// list as the other wall lists are written: A4 landscape, the group on
// every page, the columns the list needs, every record with its state,
// and the leader's signature; in Chinese and in English.
func TestPrintGroupListsWriteTheirPages(t *testing.T) {
	t.Parallel()
	db := listsFile(t)
	dir := t.TempDir()
	for _, c := range []struct {
		list, lang string
		want       []string
	}{
		{"meetings", "zh", []string{"会议清单", ">编号<", ">日期<", ">类型<", ">会议<", ">主持人<", ">出席（实到/应到）<", ">决定事项（已落实/总数）<", ">状态<",
			">M-1<", ">M-4<", "领导小组会议 🧠 Q1 review", "〔内部〕 重点关注学生研判会", "第 3 次工作例会", "Anna 李", ">3/4<", "⚠ 1/3"}},
		{"decisions", "zh", []string{"决定事项落实清单", ">会议<", ">决定事项<", ">责任人<", ">截止<", ">落实情况<", ">分解任务<",
			"班主任全员培训 all-staff training 📚", "✓ 已落实", "⚠ 逾期", "落实中", "未分解", "M-1 #2", ">T-2<"}},
		{"obligations", "zh", []string{"规定动作清单", ">规定动作<", ">频次<", ">要求<", ">计入的记录<", "2026—2027学年完成情况", ">启用<",
			"每月综合性教育实践活动 🎯", "✔ 1　", "（共 10 个月）", "未启用，不统计", "只计标记了它的任务", "≥ 6 课时"}},
		{"documents", "zh", []string{"制度文件清单", ">类型<", ">文号<", ">名称<", ">印发日期<", ">复审日期<",
			"阳光中学〔2024〕8号", "安全管理制度 Safety 🛡", "Notice on 心理健康 week 📢", "⚠ <span class=\"nw\">2026-11-10", "已废止"}},
		{"meetings", "en", []string{"Meetings", ">Chair<", ">Present (came/expected)<", "[internal] 重点关注学生研判会", "Routine meeting #3"}},
		{"decisions", "en", []string{"Decisions and how they are carried out", ">Status<", "✓ Done", "⚠ Overdue", "Under way", "No task yet"}},
		{"obligations", "en", []string{"Required work", "2026–2027 school year", "(of 10 months)", "inactive, not counted", "tasks tagged with it"}},
		{"documents", "en", []string{"Rules and documents", ">Number<", ">Review due<", "Repealed", "Contingency plan"}},
	} {
		out := filepath.Join(dir, c.list+"_"+c.lang+".html")
		r := runCLI(t, "", "--db", db, "--lang", c.lang, "print", c.list, "-o", out)
		if r.code != 0 || !strings.Contains(r.stdout, out) {
			t.Fatalf("print %s (%s): exit %d\n%s%s", c.list, c.lang, r.code, r.stdout, r.stderr)
		}
		page := read(t, out)
		for _, want := range append(c.want, "size: A4 landscape", "thead", "阳光实验中学心理健康教育工作领导小组  阳光实验中学 Sunshine School 🌞", "counter(page)") {
			if !strings.Contains(page, want) {
				t.Errorf("print %s (%s): the page lacks %q", c.list, c.lang, want)
			}
		}
		for _, never := range []string{summarytest.InternalNote, summarytest.InternalAgenda, "13800000001"} {
			if strings.Contains(page, never) {
				t.Errorf("print %s (%s) prints %q", c.list, c.lang, never)
			}
		}
		if sign := map[string]string{"zh": "组长（签字）", "en": "Group leader (signature)"}[c.lang]; !strings.Contains(page, sign) {
			t.Errorf("print %s (%s): no signature line", c.list, c.lang)
		}
	}
}

// A file named with -o that exists is left alone without --force, and
// replaced with it, for each of the new lists.
func TestPrintGroupListsRefuseAnExistingFile(t *testing.T) {
	t.Parallel()
	db := listsFile(t)
	dir := t.TempDir()
	for _, list := range []string{"meetings", "decisions", "obligations", "documents"} {
		out := writeFile(t, dir, list+".html", []byte("the secretary's own file"))
		r := runCLI(t, "", "--db", db, "--lang", "zh", "print", list, "-o", out)
		if r.code != 1 || !strings.Contains(r.stderr, "--force") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("print %s onto an existing file: exit %d %q", list, r.code, r.stderr)
		}
		if got := read(t, out); got != "the secretary's own file" {
			t.Errorf("print %s changed the existing file", list)
		}
		if r := runCLI(t, "", "--db", db, "--lang", "zh", "print", list, "-o", out, "--force"); r.code != 0 {
			t.Fatalf("print %s --force: exit %d %s", list, r.code, r.stderr)
		}
		if page := read(t, out); !strings.Contains(page, "size: A4 landscape") {
			t.Errorf("print %s --force did not write the list", list)
		}
	}
}

// --owner narrows the meetings (chaired, recorded or attended) and the
// decisions (owned) lists; the lists with no people or no plans refuse
// the filter as a usage error, in either language.
func TestPrintGroupListFilters(t *testing.T) {
	t.Parallel()
	db := listsFile(t)
	dir := t.TempDir()
	page := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, strings.Join(args, "_")+".html")
		r := runCLI(t, "", append([]string{"--db", db, "--lang", "zh", "print", "-o", out}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d %s", args, r.code, r.stderr)
		}
		return read(t, out)
	}
	anna := page("meetings", "--owner", "Anna")
	for code, want := range map[string]bool{">M-1<": true, ">M-2<": false, ">M-3<": false, ">M-4<": true} {
		if strings.Contains(anna, code) != want {
			t.Errorf("meetings --owner Anna and %s", code)
		}
	}
	if !strings.Contains(anna, `<dd data-k="owner">Anna 李`) {
		t.Error("the owner is not named in the head")
	}
	ouyang := page("decisions", "--owner", "欧阳晓雪")
	for code, want := range map[string]bool{">D-1<": false, ">D-2<": false, ">D-3<": true, ">D-4<": false} {
		if strings.Contains(ouyang, code) != want {
			t.Errorf("decisions --owner 欧阳晓雪 and %s", code)
		}
	}
	for _, c := range []struct {
		lang string
		args []string
		want string
	}{
		{"zh", []string{"print", "obligations", "--owner", "王建国"}, "规定动作清单不能按人筛选：请去掉 --owner"},
		{"zh", []string{"print", "documents", "--owner", "王建国"}, "制度文件清单不能按人筛选：请去掉 --owner"},
		{"zh", []string{"print", "meetings", "--plan", "P-1"}, "会议清单不能按计划筛选：请去掉 --plan"},
		{"en", []string{"print", "decisions", "--plan", "P-1"}, "Decisions and how they are carried out cannot be filtered by plan: leave out --plan"},
		{"en", []string{"print", "decisions", "--by", "owner"}, "--by is for the responsibility list (tasks) only"},
		{"en", []string{"print", "minutes"}, "there is no list “minutes”; these print: tasks, plans, activities, rectifications, owners, assessments, meetings, decisions, obligations, documents"},
	} {
		r := runCLI(t, "", append([]string{"--db", db, "--lang", c.lang}, c.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("refused commands wrote files: %d in the folder", len(entries))
	}
}
