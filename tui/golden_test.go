package tui_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/tuitest"
)

// screen is one golden: how to reach it from the start.
type screen struct {
	name string
	keys []string
	text string // pasted after the keys (Chinese that a user types)
}

func screens() []screen {
	return []screen{
		{name: "plans"},
		{name: "plan_detail", keys: []string{"j", "enter"}},
		{name: "plan_form_new", keys: []string{"n"}},
		{name: "plan_form_edit", keys: []string{"e"}},
		{name: "plan_add_task", keys: []string{"j", "t"}},
		{name: "tasks", keys: []string{"2"}},
		{name: "tasks_filter_pinyin", keys: []string{"2", "/", "z", "s"}},
		{name: "tasks_quick_overdue", keys: []string{"2", "f", "f"}},
		{name: "task_detail", keys: []string{"2", "j", "j", "j", "j", "j", "enter"}},
		{name: "task_form_edit", keys: []string{"2", "e"}},
		{name: "people", keys: []string{"2", "o"}},
		{name: "person_tasks", keys: []string{"2", "o", "j", "j", "enter"}},
		{name: "owner_form_new", keys: []string{"2", "o", "n"}, text: "王小明"},
		{name: "delete_confirm", keys: []string{"2", "d"}},
		{name: "help_full", keys: []string{"?"}},
		{name: "activities", keys: []string{"3"}},
		{name: "activity_detail", keys: []string{"3", "j", "j", "enter"}},
		{name: "activity_form_new", keys: []string{"3", "n"}},
		{name: "activity_held_form", keys: []string{"3", "j", "j", "j", "j", "j", "h"}},
		{name: "activity_cancel_form", keys: []string{"3", "j", "j", "j", "j", "j", "j", "c"}},
		{name: "assessments", keys: []string{"4"}},
		{name: "assessment_detail", keys: []string{"4", "j", "enter"}},
		{name: "assessment_form_edit", keys: []string{"4", "e"}},
		{name: "rects", keys: []string{"4", "o"}},
		{name: "rect_form_new", keys: []string{"4", "j", "r"}},
		{name: "rect_close_form", keys: []string{"4", "o", "x"}},
		{name: "rect_reopen_form", keys: []string{"4", "o", "j", "x"}},
		{name: "meetings", keys: []string{"5"}},
		{name: "meeting_detail", keys: []string{"5", "j", "j", "j", "j", "enter"}},
		{name: "meeting_form_new", keys: []string{"5", "n"}},
		{name: "meeting_form_edit", keys: []string{"5", "j", "j", "j", "j", "e"}},
		{name: "decisions", keys: []string{"5", "o"}},
		{name: "decision_detail", keys: []string{"5", "o", "j", "j", "j", "j", "j", "j", "j", "j", "enter"}},
		{name: "minutes", keys: []string{"5", "j", "j", "j", "j", "P"}},
		{name: "meeting_pack", keys: []string{"5", "K"}},
		{name: "reassign_form", keys: []string{"2", "o", "G", "k", "R"}},
		{name: "summary", keys: []string{"6"}},
		{name: "summary_month", keys: []string{"6", "f", "["}},
		{name: "summary_write_prompt", keys: []string{"6", "w"}},
		{name: "task_slip", keys: []string{"2", "o", "j", "j", "p"}},
		{name: "settings_form", keys: []string{","}},
		{name: "history", keys: []string{"2", "H"}},
		{name: "export_menu", keys: []string{"x"}},
		{name: "import_menu", keys: []string{"i"}},
		{name: "obligations", keys: []string{"o"}},
		{name: "obligation_detail", keys: []string{"o", "j", "j", "j", "j", "enter"}},
		{name: "obligation_form_new", keys: []string{"o", "n"}},
		{name: "coverage", keys: []string{"c"}},
		{name: "coverage_monthly", keys: []string{"c", "j", "j", "j", "j"}},
		{name: "coverage_last_year", keys: []string{"c", "["}},
		{name: "new_year_preview", keys: []string{"N"}},
		{name: "today_panel", keys: []string{"T"}},
		{name: "today_panel_obligations", keys: []string{"T", "G"}},
		{name: "person_picker", keys: []string{"2", "f", "f", "f", "f"}, text: "zs"},
		{name: "export_path", keys: []string{"x", "3"}},
		{name: "import_path", keys: []string{"i", "1"}},
		// Inspection readiness (issue 15).
		{name: "evidence", keys: []string{"4", "o", "o"}},
		{name: "evidence_detail", keys: []string{"4", "o", "o", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "enter"}},
		{name: "evidence_missing", keys: []string{"4", "o", "o", "f"}},
		{name: "evidence_items", keys: []string{"4", "o", "o", "j", "m"}},
		{name: "evidence_score_form", keys: []string{"4", "o", "o", "j", "j", "v"}},
		{name: "evidence_attach_indicator", keys: []string{"4", "o", "o", "j", "j", "a"}},
		{name: "evidence_attach_record", keys: []string{"3", "a"}},
		{name: "evidence_link_record", keys: []string{"3", "l"}},
		{name: "evidence_link_item", keys: []string{"4", "o", "o", "j", "m", "l"}},
		{name: "evidence_delete_confirm", keys: []string{"3", "d"}},
		{name: "evidence_selfcheck", keys: []string{"4", "o", "o", "p"}},
		{name: "evidence_catalogue", keys: []string{"4", "o", "o", "p", "tab"}},
		{name: "evidence_rubrics", keys: []string{"4", "o", "o", "R"}},
		{name: "documents", keys: []string{"4", "o", "o", "o"}},
		{name: "document_form_new", keys: []string{"4", "o", "o", "o", "n"}},
	}
}

// TestGoldens pins every screen and form at 80x24 and 120x40, in Chinese
// and English, with the demo ledger and no colour. Update with
// go test ./tui -run TestGoldens -update.
func TestGoldens(t *testing.T) {
	t.Parallel()
	// Suggested file names start in the home folder tuitest pins, so the
	// goldens do not depend on who runs them.
	for _, sc := range screens() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
				name := fmt.Sprintf("%s_%dx%d_%s", sc.name, size[0], size[1], lang)
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					d := tuitest.Demo(t, lang, size[0], size[1])
					d.Keys(sc.keys...)
					if sc.text != "" {
						d.Paste(sc.text)
					}
					view := d.View()
					checkFits(t, view, size[0], size[1])
					golden.RequireEqual(t, []byte(view))
				})
			}
		}
	}
}

func TestGoldenTooSmall(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		t.Run(string(lang), func(t *testing.T) {
			d := tuitest.Demo(t, lang, 59, 15)
			golden.RequireEqual(t, []byte(d.View()))
		})
	}
}

// checkFits asserts the screen is exactly the terminal's height and no
// line is wider than it: nothing wraps, no border breaks.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := width.Cells(l); lw > w {
			t.Errorf("line %d is %d cells wide (max %d): %q", i+1, lw, w, l)
		}
	}
}

// TestGoldensUnderChineseLocale runs the goldens again in a child process
// with LANG=zh_CN.UTF-8, where go-runewidth would count ·, … and box
// drawing as two cells: the screens must not change by a single cell.
func TestGoldensUnderChineseLocale(t *testing.T) {
	t.Parallel()
	if os.Getenv("SECRETARY_GOLDEN_CHILD") != "" {
		t.Skip("already the child")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestGoldens$/^(plans|tasks|people|plan_detail)_120x40_zh$", "-test.count=1")
	cmd.Env = append(os.Environ(), "LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "SECRETARY_GOLDEN_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("goldens differ under LANG=zh_CN.UTF-8:\n%s", out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("child ran nothing:\n%s", out)
	}
}

// TestEveryScreenFitsEverySize draws every screen at sizes from the
// smallest allowed up, in both languages: no line may be wider than the
// terminal and the screen must be exactly its height.
func TestEveryScreenFitsEverySize(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{60, 16}, {79, 23}, {109, 35}, {110, 35}, {160, 50}}
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		// One driver per language, side by side: a core each.
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			everyScreenFits(t, lang, sizes)
		})
	}
}

// everyScreenFits opens every screen at every size in one language.
func everyScreenFits(t *testing.T, lang model.Lang, sizes [][2]int) {
	d := tuitest.Demo(t, lang, 60, 16)
	for _, sc := range screens() {
		for _, size := range sizes {
			d.Send(resize(size[0], size[1]))
			d.Keys("esc", "esc", "1")
			d.Send(resize(size[0], size[1]))
			d.Keys(sc.keys...)
			view := d.View()
			t.Run(fmt.Sprintf("%s_%dx%d_%s", sc.name, size[0], size[1], lang), func(t *testing.T) {
				checkFits(t, view, size[0], size[1])
			})
			// Leave forms, questions and pages without saving anything.
			d.Keys("esc", "y", "esc", "n", "esc")
		}
	}
}
