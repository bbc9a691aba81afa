package main

import (
	"path/filepath"
	"strings"
	"testing"

	"secretary/model/demo"
	"secretary/store/storetest"
)

// The demo's meetings, on the tests' day (2026-11-20): M-2 is the 5·25
// planning meeting, M-6 the internal case review twelve days ago, M-7
// the routine meeting planned two weeks ahead (the latest).
const demoInternalNote = "初三 L 同学近期情绪低落"

// minutesCLI runs `secretary minutes …` in a language on the ledger.
func minutesCLI(t *testing.T, db, lang string, args ...string) cliResult {
	t.Helper()
	return runCLI(t, "", append([]string{"--db", db, "--lang", lang, "minutes"}, args...)...)
}

func mustContain(t *testing.T, what, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%.1500s", what, w, got)
		}
	}
}

// Without a code the minutes are the latest meeting's; with one, that
// meeting's; both as text on the terminal, and nothing in the ledger
// changes.
func TestMinutesOfTheLatestOrTheNamedMeeting(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	before := journalLen(t, db)

	r := minutesCLI(t, db, "zh")
	if r.code != 0 {
		t.Fatalf("minutes: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the latest meeting's minutes", r.stdout, "阳光实验中学心理健康教育工作领导小组", "第 4 次会议纪要",
		"会议类型：工作例会", "时间：2026-12-04 第八节", "地点：会议室B", "议题1：上次会议决定事项落实情况", "本次会议没有形成决定事项。")

	r = minutesCLI(t, db, "zh", "M-2")
	if r.code != 0 {
		t.Fatalf("minutes M-2: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "M-2's minutes", r.stdout, "第 2 次会议纪要", "会议主题：5·25心理健康月筹备专题会议", "缺席：",
		"外出参加教研活动", "确定启动仪式、专题讲座、主题班会三项活动。", "心理健康月结束后十日内完成总结上报")
	if strings.Contains(r.stdout, "第 4 次会议纪要") {
		t.Error("M-2's minutes show the latest meeting")
	}

	r = minutesCLI(t, db, "en", "M-2")
	if r.code != 0 {
		t.Fatalf("minutes M-2 (en): exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "M-2's minutes in English", r.stdout, "Minutes of meeting no. 2", "Subject: 5·25心理健康月筹备专题会议", "Decisions")
	if n := journalLen(t, db); n != before {
		t.Errorf("printing minutes wrote %d journal entries", n-before)
	}
}

// --pack is the next meeting's pack (the last meeting's decisions, then
// the work report); --carry-out the decisions table alone; asking for
// both is a usage error.
func TestMinutesPackAndCarryOut(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	r := minutesCLI(t, db, "zh", "--pack")
	if r.code != 0 {
		t.Fatalf("--pack: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the pack", r.stdout, "会议材料", "第一部分　上次会议决定事项落实情况", "M-6（2026-11-08）重点关注学生研判会",
		"个案 C-2026-07 每周", "第二部分　工作汇报", "一、总体情况")
	if strings.Contains(r.stdout, demoInternalNote) {
		t.Error("the pack prints the internal meeting's notes")
	}

	r = minutesCLI(t, db, "zh", "--carry-out")
	if r.code != 0 {
		t.Fatalf("--carry-out: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the carry-out table", r.stdout, "上次会议决定事项落实情况", "M-6（2026-11-08）", "落实中", "T-21")
	if strings.Contains(r.stdout, "第二部分") || strings.Contains(r.stdout, "总体情况") {
		t.Error("the carry-out table holds the work report")
	}

	r = minutesCLI(t, db, "zh", "M-5", "--carry-out")
	if r.code != 0 {
		t.Fatalf("M-5 --carry-out: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "M-5's carry-out table", r.stdout, "M-4（2026-09-06）新学年领导小组工作会议", "班主任心理健康教育全", "! 逾期")

	r = minutesCLI(t, db, "en", "--pack", "--carry-out")
	if r.code != 2 || oneErrorLine(t, result(r)) != "Usage error: --pack already holds the carry-out table: use one of the two (see --help)" {
		t.Errorf("--pack --carry-out: exit %d %q", r.code, r.stderr)
	}
}

// --format md -o FILE writes the minutes as Markdown; the file is not
// replaced without --force, and is with it.
func TestMinutesToAFile(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	out := filepath.Join(t.TempDir(), "纪要 M-2.md")
	r := minutesCLI(t, db, "zh", "M-2", "--format", "md", "-o", out)
	if r.code != 0 || !strings.Contains(r.stdout, "已写入 "+out) {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	page := read(t, out)
	mustContain(t, "the Markdown minutes", page, "# 阳光实验中学心理健康教育工作领导小组", "**第 2 次会议纪要**",
		"| 心理健康月结束后十日内完成总结上报 |", "5·25心理健康月筹备专题会议")

	r = minutesCLI(t, db, "zh", "M-3", "--format", "md", "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "已存在") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("onto an existing file: exit %d %q", r.code, r.stderr)
	}
	if read(t, out) != page {
		t.Error("the existing file was changed")
	}
	r = minutesCLI(t, db, "en", "M-3", "--format", "md", "-o", out, "--force")
	if r.code != 0 {
		t.Fatalf("--force: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the replaced file", read(t, out), "Minutes of meeting no. 3", "区级心理健康教育课题按期结题")
}

// An internal meeting's notes are printed only with --include-internal,
// and then under a banner saying so, on the terminal and in a file.
func TestMinutesOfAnInternalMeeting(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	r := minutesCLI(t, db, "zh", "M-6")
	if r.code != 0 {
		t.Fatalf("exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the internal meeting's minutes", r.stdout, "会议主题：重点关注学生研判会", "议题1：个案 C-2026-07 研判",
		"本次会议为内部会议，讨论记录未打印（如需打印请加 --include-internal）", "个案 C-2026-07 每周跟踪访谈")
	if strings.Contains(r.stdout, demoInternalNote) || strings.Contains(r.stdout, "内部资料") {
		t.Errorf("the notes are printed without --include-internal:\n%s", r.stdout)
	}

	r = minutesCLI(t, db, "zh", "M-6", "--include-internal")
	if r.code != 0 {
		t.Fatalf("--include-internal: exit %d %s", r.code, r.stderr)
	}
	mustContain(t, "the internal meeting's minutes with its notes", r.stdout, "【内部资料 · 含内部会议记录 · 注意保密】", demoInternalNote)
	if strings.Contains(r.stdout, "讨论记录未打印") {
		t.Error("the notes are said to be left out while printed")
	}

	out := filepath.Join(t.TempDir(), "研判会.md")
	if r := minutesCLI(t, db, "en", "M-6", "--include-internal", "-o", out); r.code != 0 {
		t.Fatalf("to a file: exit %d %s", r.code, r.stderr)
	}
	page := read(t, out)
	if !strings.Contains(page, demoInternalNote) || strings.Count(page, "INTERNAL · contains internal meeting notes") != 2 {
		t.Errorf("the file lacks the notes or the banners:\n%.800s", page)
	}
	if r := minutesCLI(t, db, "zh", "M-2", "--include-internal"); r.code != 0 || strings.Contains(r.stdout, "内部资料") {
		t.Errorf("--include-internal marks a meeting that is not internal: exit %d", r.code)
	}
}

// A code that names no meeting is a usage error, one line, in the
// user's language.
func TestMinutesOfAMeetingThatIsNotThere(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	for _, c := range []struct {
		lang string
		args []string
		want string
	}{
		{"zh", []string{"M-99"}, "用法错误：没有会议“M-99”：请写会议编号，如 M-3（用 --help 查看用法）"},
		{"en", []string{"X-1"}, "Usage error: no meeting “X-1”: give a meeting's code, such as M-3 (see --help)"},
		{"en", []string{"T-1", "--pack"}, "Usage error: no meeting “T-1”: give a meeting's code, such as M-3 (see --help)"},
		{"zh", []string{"M-1", "M-2"}, "用法错误"},
	} {
		r := minutesCLI(t, db, c.lang, c.args...)
		if r.code != 2 || !strings.HasPrefix(oneErrorLine(t, result(r)), c.want) || r.stdout != "" {
			t.Errorf("minutes %v: exit %d, stderr %q, stdout %q", c.args, r.code, r.stderr, r.stdout)
		}
	}
}
