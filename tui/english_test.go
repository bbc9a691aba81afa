package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"secretary/app"
	"secretary/internal/testenv"
	"secretary/model"
	"secretary/tui"
	"secretary/tui/tuitest"
)

// tuiAllowed are the words a Chinese screen may hold: key names as they
// are pressed, names of formats and programs, and the demo ledger's own
// data (a parent's English name).
var tuiAllowed = testenv.Allow(
	"enter", "esc", "tab", "shift", "ctrl", "alt", "pgup", "pgdn", "pgdown", "home", "end", "backspace",
	"PDF", "HTML", "CSV", "xlsx", "Markdown", "Excel", "WPS", "Word", "SHA", "UTF", "secretary",
	// the evidence folder by its name on disk; a command shown to type
	"evidence", "sheet", "template", "rubric",
	"English", // L's help names the other language in its own words
	// The demo ledger's data: a parent's English name, an activity's
	// English subtitle; and what a test types into a filter.
	// "support" is "supporters" cut to fit the today panel's title column.
	"Amy", "Peer", "supporter", "supporters", "support", "qqq",
	"zhang", // the picker's hint: zs 或 zhang 找张三
)

// withHints allows the pinyin of the demo's people, which pickers show
// beside each name (zs zhangsan): Chinese written in letters.
func withHints(t *testing.T, d *tuitest.Driver) map[string]bool {
	t.Helper()
	allowed := testenv.Allow()
	for w := range tuiAllowed {
		allowed[w] = true
	}
	for _, o := range d.Ledger().Owners {
		for _, part := range strings.Fields(d.Model.Context().Keyer.Hint(o.Name)) {
			allowed[part] = true
		}
	}
	return allowed
}

// englishScreens are the screens beyond the goldens' that the no-English
// test walks: every tab's help page, the pickers and the file choosers.
func englishScreens() []screen {
	out := screens()
	for _, tab := range []string{"2", "3", "4", "5"} {
		out = append(out, screen{name: "help_" + tab, keys: []string{tab, "?"}})
	}
	return append(out,
		screen{name: "help_people", keys: []string{"2", "o", "?"}},
		screen{name: "help_rects", keys: []string{"4", "o", "?"}},
		screen{name: "person_picker", keys: []string{"2", "f", "f", "f", "f"}},
		screen{name: "person_picker_none", keys: []string{"2", "f", "f", "f", "f", "q", "q", "q"}},
		screen{name: "rect_person_picker", keys: []string{"4", "o", "f", "f", "f", "f"}},
		screen{name: "export_snapshot_path", keys: []string{"x", "1"}},
		screen{name: "export_encrypted", keys: []string{"x", "2"}},
		screen{name: "export_xlsx_list", keys: []string{"x", "3", "down"}},
		screen{name: "import_snapshot_path", keys: []string{"i", "1"}},
		screen{name: "import_sheet_path", keys: []string{"i", "2"}},
		screen{name: "import_not_found", keys: []string{"i", "2", "ctrl+u"}, text: "没有这个文件.xlsx"},
		screen{name: "task_form_filter", keys: []string{"2", "e", "enter", "/", "q", "q", "q"}},
		screen{name: "task_form_status_filter", keys: []string{"2", "e", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "/", "q", "q"}},
		screen{name: "assessment_form_new", keys: []string{"4", "n"}},
		screen{name: "plan_form_help", keys: []string{"n", "?"}},
		screen{name: "delete_refused", keys: []string{"2", "o", "j", "j", "d", "y"}},
		screen{name: "undo", keys: []string{"2", "d", "y", "u"}},
		screen{name: "sort", keys: []string{"2", "s", "s"}},
		screen{name: "quick", keys: []string{"3", "f", "f"}},
		screen{name: "language_back", keys: []string{"L", "L"}},
	)
}

// TestChineseScreensHaveNoEnglish draws every screen, form and help page
// in Chinese, at 80×24 and 120×40, and finds no English word outside the
// allow-list: no "← left • → right", "No matches", "Loading…".
func TestChineseScreensHaveNoEnglish(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, sc := range englishScreens() {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				d := tuitest.Demo(t, model.LangZh, size[0], size[1])
				d.Keys(sc.keys...)
				if sc.text != "" {
					d.Paste(sc.text)
					d.Keys("enter")
				}
				view := strings.ReplaceAll(d.View(), tuitest.Home, "~") // the pinned home folder is a path
				if bad := testenv.English(view, withHints(t, d)); len(bad) > 0 {
					t.Errorf("English %q on:\n%s", bad, view)
				}
			})
		}
	}
}

// TestWelcomeHasNoEnglish: the first run's page in Chinese.
func TestWelcomeHasNoEnglish(t *testing.T) {
	t.Parallel()
	for _, src := range []string{app.SourceDefault, app.SourcePortable, app.SourceFlag, app.SourceEnv} {
		a := tuitest.Open(t, emptyLedger(t))
		d := tuitest.NewWith(t, a, tui.Deps{Lang: model.LangZh, Location: app.Location{Path: "/home/秘书/台账/secretary.db", Source: src}}, 80, 24)
		for _, keys := range [][]string{nil, {"1"}, {"esc", "3"}} {
			d.Keys(keys...)
			if bad := testenv.English(d.View(), tuiAllowed); len(bad) > 0 {
				t.Errorf("%s: English %q on:\n%s", src, bad, d.View())
			}
		}
	}
}
