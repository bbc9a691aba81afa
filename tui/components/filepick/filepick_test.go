package filepick_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/components/filepick"
	"secretary/tui/tuitest"
)

// folder is a folder holding a workbook and a folder of older ones.
func folder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "旧台账"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{filepath.Join(dir, "任务.xlsx"), filepath.Join(dir, "旧台账", "2025.xlsx")} {
		if err := os.WriteFile(f, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// picker is a picker in dir, sized and with its folder read.
func picker(t *testing.T, mode filepick.Mode, dir, name string) *filepick.Picker {
	t.Helper()
	ctx := tuitest.Context(t, tuitest.Open(t, tuitest.DemoFile(t)), model.LangZh, 100, 30)
	p := filepick.New(ctx, mode, dir, name, ".xlsx")
	p.SetSize(100, 24)
	p, _ = send(p, nil, p.Init())
	return p
}

// send gives the picker a message and then the results of its work, as
// its owner does, and returns what the message itself chose: the owner
// reads Chosen right after the Update that handled the key.
func send(p *filepick.Picker, msg tea.Msg, cmd ...tea.Cmd) (*filepick.Picker, string) {
	chosen := ""
	if msg != nil {
		var c tea.Cmd
		p, c = p.Update(msg)
		chosen, _ = p.Chosen()
		cmd = append(cmd, c)
	}
	for _, c := range cmd {
		for _, m := range tuitest.Messages(c) {
			p, _ = send(p, m)
		}
	}
	return p, chosen
}

func typed(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true} }

// TestOpenChoosesAFileFromTheListNotAFolder: enter on a folder in the
// list opens it; enter on a file chooses it, and the choice is reported
// by that Update only.
func TestOpenChoosesAFileFromTheListNotAFolder(t *testing.T) {
	t.Parallel()
	dir := folder(t)
	p := picker(t, filepick.Open, dir, "")
	if v := p.View(); !strings.Contains(v, "旧台账") || !strings.Contains(v, "任务.xlsx") {
		t.Fatalf("the folder's contents should be listed:\n%s", v)
	}
	p, chosen := send(p, tuitest.Key("enter")) // the folder comes first
	if chosen != "" {
		t.Fatalf("enter on a folder chose %q", chosen)
	}
	if v := p.View(); !strings.Contains(v, "2025.xlsx") {
		t.Fatalf("enter on a folder should open it:\n%s", v)
	}
	p, chosen = send(p, tuitest.Key("enter"))
	if want := filepath.Join(dir, "旧台账", "2025.xlsx"); chosen != want {
		t.Fatalf("enter on a file chose %q, want %q", chosen, want)
	}
	p, _ = send(p, tuitest.Key("down"))
	if path, ok := p.Chosen(); ok {
		t.Fatalf("a later key should not report the choice again: %q", path)
	}
}

// TestSaveTakesTheTypedPathAndOpensAFolderTyped: a save starts on the
// suggested name in the folder; enter on a typed folder shows it and
// keeps the name; enter on a file's path chooses it.
func TestSaveTakesTheTypedPathAndOpensAFolderTyped(t *testing.T) {
	t.Parallel()
	dir := folder(t)
	p := picker(t, filepick.Save, dir, "台账-2026-11-20.xlsx")
	if got, want := p.Path(), filepath.Join(dir, "台账-2026-11-20.xlsx"); got != want {
		t.Fatalf("path %q, want %q", got, want)
	}
	p, _ = send(p, tuitest.Key("ctrl+u"))
	p, chosen := send(p, typed(filepath.Join(dir, "旧台账")))
	if chosen != "" {
		t.Fatalf("typing chose %q", chosen)
	}
	p, chosen = send(p, tuitest.Key("enter"))
	if chosen != "" {
		t.Fatalf("enter on a folder chose %q", chosen)
	}
	if got, want := p.Path(), filepath.Join(dir, "旧台账", "台账-2026-11-20.xlsx"); got != want {
		t.Fatalf("a folder typed should keep the name: %q, want %q", got, want)
	}
	if v := p.View(); !strings.Contains(v, "2025.xlsx") {
		t.Fatalf("the folder typed should be listed:\n%s", v)
	}
	_, chosen = send(p, tuitest.Key("enter"))
	if want := filepath.Join(dir, "旧台账", "台账-2026-11-20.xlsx"); chosen != want {
		t.Fatalf("enter chose %q, want %q", chosen, want)
	}
}
