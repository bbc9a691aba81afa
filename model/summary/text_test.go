package summary_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/clipperhouse/displaywidth"

	"secretary/internal/width"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// cellsOf lays a line out in terminal cells, the way a terminal draws it
// with ambiguous characters narrow: a wide character fills two cells, the
// second of which is marked as its continuation.
func cellsOf(line string) []string {
	var out []string
	g := displaywidth.Options{}.StringGraphemes(line)
	for g.Next() {
		out = append(out, g.Value())
		for i := 1; i < g.Width(); i++ {
			out = append(out, "\x00")
		}
	}
	return out
}

// checkLayout checks every line fits the width and every table lines up:
// the rule under a table's header ("----  ------") gives its columns, and
// in every line of the table the cells between the columns are blank.
func checkLayout(t *testing.T, name, text string, maxW int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	for i, l := range lines {
		if w := width.Cells(l); w > maxW {
			t.Errorf("%s line %d is %d cells wide (max %d): %q", name, i+1, w, maxW, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("%s line %d has trailing spaces: %q", name, i+1, l)
		}
	}
	for i, l := range lines {
		trimmed := strings.TrimSpace(l)
		if !strings.HasPrefix(trimmed, "--") || strings.Trim(trimmed, "- ") != "" || !strings.Contains(trimmed, " ") {
			continue
		}
		rule := cellsOf(l)
		// The table runs from the header line above the rule to the
		// next blank line.
		for j := i - 1; j < len(lines) && lines[j] != ""; j++ {
			if j == i {
				continue
			}
			row := cellsOf(lines[j])
			for c := range rule {
				if rule[c] == " " && c < len(row) && row[c] != " " {
					t.Errorf("%s line %d: %q in cell %d, between two columns of the table at line %d:\n%s\n%s",
						name, j+1, row[c], c, i+1, lines[i], lines[j])
					break
				}
			}
		}
	}
}

func TestTextFitsAndAligns(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	for _, size := range []int{demo.BaseSize, 2000} {
		l := demo.Build(today, size)
		s := summary.Build(l, summary.SchoolYear(today), today)
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			for _, w := range []int{80, 60, 100, summary.MinWidth} {
				checkLayout(t, string(lang), summary.Text(s, lang, w), w)
			}
			for _, o := range l.Owners[:5] {
				sl, err := summary.BuildSlip(l, o.ID, today)
				if err != nil {
					t.Fatal(err)
				}
				checkLayout(t, "slip "+o.Name, summary.SlipText(sl, lang, 80), 80)
			}
		}
	}
	// Narrower than the minimum is widened to it rather than mangled.
	_, s := demoSummary(t)
	if got, want := summary.Text(s, model.LangZh, 10), summary.Text(s, model.LangZh, summary.MinWidth); got != want {
		t.Error("a width below the minimum is not widened to it")
	}
	if summary.Text(s, model.LangZh, 0) != summary.Text(s, model.LangZh, 80) {
		t.Error("width 0 is not the default 80")
	}
}

// TestTextHardContent feeds the layout what users type: long Chinese
// titles, Latin words, emoji, punctuation that must not start a line, a
// pasted newline, and pipes and brackets that mean something in Markdown.
func TestTextHardContent(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	long := "关于进一步加强和改进新时代学生心理健康工作的实施方案（2026—2028年）——落实“五育并举”要求，覆盖率≥95%。"
	l := &model.Ledger{
		Settings: model.Settings{GroupName: "阳光实验中学心理健康教育工作领导小组 Sunshine School Mental Health Leadership Group 🌞"},
		Owners: []model.Owner{
			{ID: 1, Name: "欧阳·娜扎尔巴耶娃 Nazarbayeva", Department: "心理健康教育与咨询中心（Counselling Centre）"},
			{ID: 2, Name: "👩‍🏫 李老师", Department: "德育处"},
		},
		Plans: []model.Plan{{ID: 1, Kind: model.PlanAnnual, Title: long, Start: today - 100, End: today + 100, Status: model.PlanActive, Budget: model.Yuan(1234567)}},
		Tasks: []model.Task{
			{ID: 1, PlanID: 1, OwnerID: 1, Title: long + "|*_`#", Due: today - 400, Status: model.TaskInProgress, Indicator: "第一行\n第二行：Supercalifragilisticexpialidocious-antidisestablishmentarianism"},
			{ID: 2, PlanID: 1, OwnerID: 2, Title: "emoji 🧠🫶🏽 and 中文混排 with a-very-long-hyphenated-english-compound-word", Due: today + 3, Status: model.TaskNotStarted},
		},
	}
	s := summary.Build(l, summary.Semester(today), today)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for _, w := range []int{80, 52} {
			out := summary.Text(s, lang, w)
			checkLayout(t, "hard", out, w)
			for _, piece := range []string{"覆盖率≥95%", "🧠", "Nazarbayeva"} {
				if !strings.Contains(out, piece) {
					t.Errorf("width %d: %q was broken or lost", w, piece)
				}
			}
		}
		sl, err := summary.BuildSlip(l, 1, today)
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, "hard slip", summary.SlipText(sl, lang, 80), 80)
		if out := summary.SlipText(sl, lang, 80); !strings.Contains(out, "第一行") || !strings.Contains(out, "第二行") {
			t.Error("a multi-line indicator lost a line")
		}
	}
}

func TestOverdueIsMarkedNotColoured(t *testing.T) {
	t.Parallel()
	_, s := demoSummary(t)
	out := summary.Text(s, model.LangZh, 80)
	if strings.Contains(out, "\x1b[") {
		t.Error("text output contains terminal escapes")
	}
	// Every overdue task is listed with the mark and its days.
	for _, it := range s.Problems.OverdueTasks {
		found := false
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, it.Code+" ") && strings.Contains(l, "! "+strconv.Itoa(it.DaysOverdue)) {
				found = true
			}
		}
		if !found {
			t.Errorf("overdue %s is not marked with ! and %d days", it.Code, it.DaysOverdue)
		}
	}
	if !strings.Contains(out, "! 表示已逾期") {
		t.Error("the mark is not explained")
	}
}
