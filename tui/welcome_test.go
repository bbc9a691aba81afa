package tui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"secretary/app"
	"secretary/model"
	"secretary/store"
	"secretary/tui"
	"secretary/tui/tuitest"
	"secretary/tui/welcome"
)

// emptyLedger is a new ledger file in a folder of the test.
func emptyLedger(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data", "secretary.db")
}

// open starts the program on the file as the command line does, with
// where the file was found: a new ledger gets the default required work,
// which leaves it as new as an empty one.
func openAt(t *testing.T, path string, lang model.Lang, loc app.Location) *tuitest.Driver {
	t.Helper()
	a, err := app.Open(path, app.Options{Clock: tuitest.Clock(), Version: "test", NoBackup: true, Env: tuitest.Env(), DefaultsLang: lang})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return tuitest.NewWith(t, a, tui.Deps{Lang: lang, Location: loc}, 100, 30)
}

// TestWelcomeOnAnEmptyLedger: a new ledger opens on the welcome page,
// which says where the file is and why, asks for the settings and offers
// the three ways to start; it comes back until the ledger holds settings.
func TestWelcomeOnAnEmptyLedger(t *testing.T) {
	t.Parallel()
	path := emptyLedger(t)
	d := openAt(t, path, model.LangZh, app.Location{Path: path, Source: app.SourceDefault})
	if _, ok := d.Model.Overlay().(*welcome.Page); !ok {
		t.Fatalf("no welcome page on an empty ledger:\n%s", d.View())
	}
	if !d.Contains("欢迎使用", "台账文件：", "secretary.db", "本机的数据文件夹", "填写领导小组名称", "示例学年", "交接快照", "导入已有的表格") {
		t.Fatalf("welcome page:\n%s", d.View())
	}
	// esc: later. The tabs are there, empty.
	d.Keys("esc")
	if d.Model.Overlay() != nil || !d.Contains("1 计划") {
		t.Fatalf("esc should show the tabs:\n%s", d.View())
	}
	d.App.Close()

	// The next start: still empty, so the welcome again. 1 fills in the
	// settings.
	d = openAt(t, path, model.LangZh, app.Location{Path: path, Source: app.SourcePortable})
	if !d.Contains("便携模式") {
		t.Fatalf("portable reason:\n%s", d.View())
	}
	d.Keys("1")
	if !d.Contains("领导小组名称") {
		t.Fatalf("settings form:\n%s", d.View())
	}
	d.Paste("阳光中学心理健康教育工作领导小组")
	d.Keys("enter")
	d.Paste("阳光中学")
	d.Keys("enter")
	d.Paste("王老师")
	d.Keys("ctrl+s") // the founding document and the today panel can wait
	if _, ok := d.Model.Overlay().(*welcome.Page); !ok || !d.Contains("✓ 阳光中学心理健康教育工作领导小组 · 阳光中学 · 秘书 王老师") {
		t.Fatalf("back on the welcome page with the settings ticked:\n%s", d.View())
	}
	d.App.Close()

	// With settings, the next start opens on the tabs.
	d = openAt(t, path, model.LangZh, app.Location{Path: path, Source: app.SourceDefault})
	if d.Model.Overlay() != nil {
		t.Fatalf("the welcome page came back on a ledger with settings:\n%s", d.View())
	}
}

// TestWelcomeOpensTheSampleYearInAFileOfItsOwn: 2 writes the sample year
// beside the ledger and carries on with it; the ledger keeps every byte.
func TestWelcomeOpensTheSampleYearInAFileOfItsOwn(t *testing.T) {
	t.Parallel()
	path := emptyLedger(t)
	d := openAt(t, path, model.LangZh, app.Location{Path: path, Source: app.SourceDefault})
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d.Keys("2")
	if d.Model.Overlay() != nil {
		t.Fatalf("the welcome page should close on the sample:\n%s", d.View())
	}
	if !d.Contains(app.DemoFileName, "P-1") || !strings.Contains(d.Model.Status(), "没有改动") {
		t.Fatalf("sample year on screen, status %q:\n%s", d.Model.Status(), d.View())
	}
	if d.Model.Context().App.Path() != app.DemoPath(path) {
		t.Errorf("now on %s", d.Model.Context().App.Path())
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the user's ledger changed")
	}
	d.Model.Context().App.Close()
}

// TestWelcomeImportsStartOnTheirFile: 3 and 4 open the import of a
// snapshot and of a spreadsheet, past the menu; on a ledger with records
// there is no welcome page.
func TestWelcomeImportsStartOnTheirFile(t *testing.T) {
	t.Parallel()
	path := emptyLedger(t)
	for _, c := range []string{"3", "4"} {
		d := openAt(t, path, model.LangZh, app.Location{})
		d.Keys(c)
		if !d.Contains("导入哪个文件？") {
			t.Fatalf("%s: import:\n%s", c, d.View())
		}
		// The import took the page's place: its result is not closed
		// under it, and esc leaves the tabs.
		d.Keys("esc")
		if d.Model.Overlay() != nil {
			t.Fatalf("%s: after esc:\n%s", c, d.View())
		}
		d.App.Close()
	}

	demo := tuitest.Demo(t, model.LangZh, 100, 30)
	if demo.Model.Overlay() != nil {
		t.Fatalf("the demo ledger opened with an overlay:\n%s", demo.View())
	}
}

// TestWelcomeGoldens pins the welcome page at 80×24 and 120×40 in both
// languages (update with go test ./tui -run TestWelcomeGoldens -update).
func TestWelcomeGoldens(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			t.Run(fmt.Sprintf("welcome_%dx%d_%s", size[0], size[1], lang), func(t *testing.T) {
				t.Parallel()
				a := tuitest.Open(t, emptyLedger(t))
				d := tuitest.NewWith(t, a, tui.Deps{Lang: lang, Location: app.Location{
					Path: "/home/秘书/.local/share/secretary/secretary.db", Source: app.SourceDefault}}, size[0], size[1])
				view := d.View()
				checkFits(t, view, size[0], size[1])
				golden.RequireEqual(t, []byte(view))
			})
		}
	}
}

// TestWelcomeSnapshotImportShowsItsResult: the previous secretary's
// snapshot, imported from the welcome page, ends on the import's result
// (not closed with the page), then the ledger's tabs.
func TestWelcomeSnapshotImportShowsItsResult(t *testing.T) {
	t.Parallel()
	snap := snapshotOf(t, func(*store.Store) {}, store.ExportOptions{})
	path := emptyLedger(t)
	d := openAt(t, path, model.LangZh, app.Location{})
	d.Keys("3")
	typePath(d, snap)
	d.Keys("y")
	if !d.Contains("已导入交接快照") {
		t.Fatalf("the import's result should show:\n%s", d.View())
	}
	d.Keys("enter")
	if d.Model.Overlay() != nil || !d.Contains("P-1") {
		t.Fatalf("the imported ledger's tabs:\n%s", d.View())
	}
}
