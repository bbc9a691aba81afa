package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/tui/tuitest"
)

// machine is a home with a desktop holding a workbook and a folder, and
// a USB stick (KINGSTON) plugged in.
func machine(t *testing.T) (env app.Env, desktop, stick string) {
	t.Helper()
	home, media := t.TempDir(), t.TempDir()
	desktop = filepath.Join(home, "Desktop")
	stick = filepath.Join(media, "KINGSTON")
	for _, dir := range []string{filepath.Join(desktop, "旧台账"), stick} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	env = tuitest.Env()
	env.Home, env.MountRoots, env.ConfigDir = home, []string{media}, t.TempDir()
	return env, desktop, stick
}

// TestImportPicksAFileFromTheList: i opens a file picker in the desktop
// folder; the arrows and enter choose the workbook, which is previewed.
func TestImportPicksAFileFromTheList(t *testing.T) {
	t.Parallel()
	env, desktop, _ := machine(t)
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	if _, err := d.App.ExportSheet(app.SheetExportRequest{Path: filepath.Join(desktop, "任务.xlsx"), Format: sheet.FormatXLSX, Lang: model.LangZh}); err != nil {
		t.Fatal(err)
	}
	d.Keys("i", "2")
	if !d.Contains("导入哪个文件？", desktop, "旧台账", "任务.xlsx", "U 盘 KINGSTON") {
		t.Fatalf("file picker:\n%s", d.View())
	}
	d.Keys("down", "enter") // past the folder, onto the workbook
	if !d.Contains("没有需要导入的内容") && !d.Contains("预览") {
		t.Fatalf("the workbook should be previewed:\n%s", d.View())
	}
}

// TestExportToAUSBStickAndRememberTheFolder: the stick is a digit away;
// the next export starts there.
func TestExportToAUSBStickAndRememberTheFolder(t *testing.T) {
	t.Parallel()
	env, _, stick := machine(t)
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	d.Keys("x", "3")
	if !d.Contains("保存到哪里？", "台账-2026-11-20.xlsx", "1 桌面", "3 U 盘 KINGSTON") {
		t.Fatalf("save picker:\n%s", d.View())
	}
	d.Keys("down", "3") // to the list, then the stick
	if !d.Contains(filepath.Join(stick, "台账-2026-11-20.xlsx")) {
		t.Fatalf("the stick was not chosen:\n%s", d.View())
	}
	d.Keys("tab", "enter")
	if _, err := os.Stat(filepath.Join(stick, "台账-2026-11-20.xlsx")); err != nil {
		t.Fatalf("not written to the stick: %v\n%s", err, d.View())
	}
	if got := env.LoadPrefs().ExportFolder; got != stick {
		t.Errorf("remembered export folder %q, want %q", got, stick)
	}
	d.Keys("enter", "x", "4")
	if !d.Contains(filepath.Join(stick, "")) {
		t.Fatalf("the next export should start on the stick:\n%s", d.View())
	}
}

// TestTypedPathCompletesWithTab: a typed path still works, and tab
// completes it.
func TestTypedPathCompletesWithTab(t *testing.T) {
	t.Parallel()
	env, desktop, _ := machine(t)
	d := tuitest.Demo(t, model.LangZh, 100, 30, tuitest.Options{Env: env})
	d.Keys("i", "1", "ctrl+u")
	d.Paste(filepath.Join(desktop, "旧"))
	d.Keys("tab")
	if !d.Contains(filepath.Join(desktop, "旧台账") + string(filepath.Separator)) {
		t.Fatalf("tab did not complete the folder:\n%s", d.View())
	}
	d.Keys("ctrl+u")
	d.Paste(filepath.Join(desktop, "没有这个文件.snapshot"))
	d.Keys("enter")
	if !strings.Contains(d.View(), "没有这个文件.snapshot") {
		t.Fatalf("a typed path should be read (and refused):\n%s", d.View())
	}
}
