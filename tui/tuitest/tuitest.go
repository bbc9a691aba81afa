// Package tuitest drives the TUI's root model synchronously in tests: it
// feeds key presses to Update, runs the commands that come back (reads
// and writes of a real ledger file through the app) to completion, and
// feeds their messages in turn, so a test sees exactly what a user would
// after each key. Nothing waits on the wall clock: a command either runs
// to its end, or it is a timer (a cursor's blink, a tick) and is
// dropped, recognised by what function it is, never by how long it takes.
package tuitest

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"secretary/app"
	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/tui"
	"secretary/tui/common"
)

// Home is the home folder every test's program believes in, so the file
// names it suggests are the same on every machine.
const Home = "/home/秘书"

// Now is the instant every test's clock is pinned to: a Friday morning in
// the autumn semester (the same instant store/storetest pins).
func Now() time.Time { return time.Date(2026, time.November, 20, 9, 30, 0, 0, time.UTC) }

// Today is the pinned clock's date.
func Today() model.Date { return model.Today(Clock()) }

// Clock is a clock pinned to Now.
func Clock() model.FixedClock { return model.FixedClock{T: Now()} }

// Driver holds a root model over a real ledger.
type Driver struct {
	T     testing.TB
	Model *tui.Model
	App   *app.Service
	Quit  bool
}

// AsciiRenderer is a renderer pinned to no colour, for stable goldens.
func AsciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// Env is the pinned machine: Home, no environment, Linux, no drive
// plugged in (never the test machine's own /media or /mnt).
func Env() app.Env {
	return app.Env{Home: Home, Getenv: func(string) string { return "" }, GOOS: "linux", MountRoots: []string{}}
}

// Options configure Demo.
type Options struct {
	Env app.Env // default Env()
	// TodayPanel opens the today panel at start, as the program does;
	// off by default so a test starts on the Plans tab.
	TodayPanel bool
}

// New opens the program on the ledger at the size, in the language, and
// loads it.
func New(t testing.TB, a *app.Service, lang model.Lang, w, h int, opts ...Options) *Driver {
	t.Helper()
	today := len(opts) > 0 && opts[0].TodayPanel
	return NewWith(t, a, tui.Deps{Lang: lang, TodayPanel: today}, w, h)
}

// NewWith is New with more of the program's dependencies given (where the
// ledger was found, what was remembered); the app and the pinned clock
// are the driver's, and the renderer is colourless unless given.
func NewWith(t testing.TB, a *app.Service, deps tui.Deps, w, h int) *Driver {
	t.Helper()
	deps.App, deps.Clock = a, Clock()
	if deps.Renderer == nil {
		deps.Renderer = AsciiRenderer()
	}
	m := tui.New(deps)
	d := &Driver{T: t, Model: m, App: a}
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(m.Init())
	return d
}

// Context is the context the program's components share, over the
// ledger the app holds (loaded), at the size, for testing one component
// on its own.
func Context(t testing.TB, a *app.Service, lang model.Lang, w, h int) *common.Context {
	t.Helper()
	ctx := tui.NewContext(tui.Deps{App: a, Clock: Clock(), Lang: lang, Renderer: AsciiRenderer()})
	l, err := a.Load()
	if err != nil {
		t.Fatal(err)
	}
	ctx.Ledger, ctx.Derived = l, common.Derive(l, ctx.Today())
	ctx.Width, ctx.Height = w, h
	return ctx
}

// Messages runs a command to completion, as the driver does, and returns the
// messages it produced (batches flattened, timers dropped), for tests of
// one component without the root.
func Messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || timer(cmd) {
		return nil
	}
	msg := cmd()
	switch m := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, Messages(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// Open opens the ledger file through the app for a test, on the pinned
// machine (or the one given), and closes it when the test ends.
func Open(t testing.TB, path string, env ...app.Env) *app.Service {
	t.Helper()
	e := Env()
	if len(env) > 0 {
		e = env[0]
	}
	a, err := app.Open(path, app.Options{Clock: Clock(), Version: "test", NoBackup: true, Env: e, SnapshotWorkFactor: testenv.SnapshotWorkFactor})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// Demo is New on a fresh demo ledger.
func Demo(t testing.TB, lang model.Lang, w, h int, opts ...Options) *Driver {
	t.Helper()
	env := Env()
	if len(opts) > 0 && opts[0].Env.Getenv != nil {
		env = opts[0].Env
	}
	return New(t, Open(t, DemoFile(t), env), lang, w, h, opts...)
}

// demoBytes is the sample ledger's file, written once per test binary:
// hundreds of tests each start from it, and copying its bytes costs a
// fraction of writing it (each write ends in fsyncs). The clock is
// pinned, so every copy is the same file a fresh write would give.
var demoBytes = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "secretary-demo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "secretary.db")
	if _, err := app.WriteDemo(app.DemoRequest{Path: path}, app.Options{Clock: Clock(), Version: "test", Env: Env()}); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
})

// DemoFile is a copy of the sample ledger in a fresh folder of the test.
func DemoFile(t testing.TB) string {
	t.Helper()
	b, err := demoBytes()
	if err != nil {
		t.Fatalf("demo ledger: %v", err)
	}
	path := filepath.Join(t.TempDir(), "ledger", "secretary.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	// The sample's evidence files, as `secretary demo` writes them beside
	// the ledger (without its fsyncs: a test's folder needs none).
	ev := filepath.Join(filepath.Dir(path), "evidence")
	if err := os.Mkdir(ev, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, f := range demo.EvidenceFiles() {
		if err := os.WriteFile(filepath.Join(ev, f.SHA256()+model.FileExt(f.Name)), f.Data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// Send feeds one message and everything it leads to.
func (d *Driver) Send(msg tea.Msg) {
	d.T.Helper()
	_, cmd := d.Model.Update(msg)
	d.run(cmd)
}

// Hold sends a key but keeps the work it starts instead of running it:
// the test can do other things first and then Run it, as a slow write
// finishing after the user moved on.
func (d *Driver) Hold(k string) tea.Cmd {
	d.T.Helper()
	_, cmd := d.Model.Update(Key(k))
	return cmd
}

// Run runs held work and feeds its results in.
func (d *Driver) Run(cmd tea.Cmd) {
	d.T.Helper()
	d.run(cmd)
}

// Keys types each key in turn. Names are bubbletea's ("enter", "esc",
// "ctrl+r", "tab", "up"); anything else is typed as runes.
func (d *Driver) Keys(keys ...string) {
	d.T.Helper()
	for _, k := range keys {
		d.Send(Key(k))
	}
}

// Type types text rune by rune, as a keyboard (or an input method
// committing Chinese) would.
func (d *Driver) Type(text string) {
	d.T.Helper()
	for _, r := range text {
		d.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// Paste enters text in one go, as a paste or an input method's commit
// does: one message, so a form field gets it with one cursor update.
func (d *Driver) Paste(text string) {
	d.T.Helper()
	d.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text), Paste: true})
}

// Key is the key message for a name.
func Key(name string) tea.KeyMsg {
	switch name {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+r":
		return tea.KeyMsg{Type: tea.KeyCtrlR}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// timers are the commands that only wait: a cursor's blink and
// bubbletea's ticks. They are dropped unrun; the program never needs
// them to finish what a key started. Matched by function name, so a
// slow store command can never be taken for one.
func timer(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	for _, t := range []string{
		"github.com/charmbracelet/bubbles/cursor.(*Model).BlinkCmd.",
		"github.com/charmbracelet/bubbletea.Tick.",
		"github.com/charmbracelet/bubbletea.Every.",
	} {
		if strings.HasPrefix(name, t) {
			return true
		}
	}
	return false
}

// run executes a command to completion and feeds back its messages,
// depth first, in the order bubbletea would deliver them.
func (d *Driver) run(cmd tea.Cmd) {
	d.T.Helper()
	if cmd == nil || timer(cmd) {
		return
	}
	msg := cmd()
	switch m := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range m {
			d.run(c)
		}
		return
	case tea.QuitMsg:
		d.Quit = true
		return
	}
	// tea.Sequence's message is an unexported slice of commands: run
	// them in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := 0; i < v.Len(); i++ {
			d.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	d.Send(msg)
}

// View is the screen as a user sees it.
func (d *Driver) View() string { return d.Model.View() }

// Contains reports whether the screen shows every part.
func (d *Driver) Contains(parts ...string) bool {
	v := d.View()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			return false
		}
	}
	return true
}

// Ledger reads the ledger from the file, as the next session would.
func (d *Driver) Ledger() *model.Ledger {
	d.T.Helper()
	l, err := d.App.Load()
	if err != nil {
		d.T.Fatal(err)
	}
	return l
}
