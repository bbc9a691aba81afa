// Package tuitest drives the TUI's root model synchronously in tests: it
// feeds key presses to Update, runs the commands that come back (store
// reads and writes against a real ledger file) and feeds their messages
// in turn, so a test sees exactly what a user would after each key.
package tuitest

import (
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
	"secretary/tui"
)

// Driver holds a root model over a real store.
type Driver struct {
	T     testing.TB
	Model *tui.Model
	Store *store.Store
	Quit  bool
	// Patience is how long a command may run before it is taken for a
	// timer; zero means timerAfter. Raise it for slow work such as
	// deriving a key from a passphrase.
	Patience time.Duration

	// late holds commands that outran Patience: cursor blinks, or a save
	// slowed down by a busy disk. Ledger waits for them, so a slow save
	// is never mistaken for one that did not happen.
	late []chan tea.Msg
}

// AsciiRenderer is a renderer pinned to no colour, for stable goldens.
func AsciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// New opens the program on the store at the size, in the language, and
// loads the ledger.
func New(t testing.TB, s *store.Store, lang model.Lang, w, h int) *Driver {
	t.Helper()
	m := tui.New(tui.Deps{Store: s, Clock: storetest.Clock(), Lang: lang, Renderer: AsciiRenderer()})
	d := &Driver{T: t, Model: m, Store: s}
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(m.Init())
	return d
}

// Demo is New on a fresh demo ledger.
func Demo(t testing.TB, lang model.Lang, w, h int) *Driver {
	t.Helper()
	s, _ := storetest.Demo(t, 0)
	return New(t, s, lang, w, h)
}

// Send feeds one message and everything it leads to.
func (d *Driver) Send(msg tea.Msg) {
	d.T.Helper()
	_, cmd := d.Model.Update(msg)
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

// cmdTimeout is the longest settle waits for one late command.
const cmdTimeout = 30 * time.Second

// timerAfter is how long a command may run before it is taken for a
// timer and abandoned. Store work on a test ledger takes milliseconds;
// the only commands that sleep are bubbles' cursor blinks (530 ms), which
// a synchronous driver must not wait for on every key. A store command
// slower than this would show up as a failed assertion, not a pass.
const timerAfter = 150 * time.Millisecond

// run executes a command and feeds back its messages, depth first.
func (d *Driver) run(cmd tea.Cmd) {
	d.T.Helper()
	if cmd == nil {
		return
	}
	patience := d.Patience
	if patience == 0 {
		patience = timerAfter
	}
	msg, late := runWithTimeout(cmd, patience)
	if late != nil {
		d.late = append(d.late, late)
		return
	}
	if msg == nil {
		return
	}
	switch m := msg.(type) {
	case tea.BatchMsg:
		for _, c := range m {
			d.run(c)
		}
		return
	case tea.QuitMsg:
		d.Quit = true
		return
	}
	if isTimer(msg) {
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

// isTimer recognises the blink and other timer messages of bubbles'
// cursors, which would otherwise loop forever.
func isTimer(msg tea.Msg) bool {
	name := strings.ToLower(typeName(msg))
	return strings.Contains(name, "blink") || strings.Contains(name, "tick")
}

// runWithTimeout runs a command; after patience it returns the channel
// its message will arrive on instead.
func runWithTimeout(cmd tea.Cmd, patience time.Duration) (tea.Msg, chan tea.Msg) {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		return msg, nil
	case <-time.After(patience):
		return nil, ch
	}
}

// settle waits for the commands that outran their patience and feeds
// their messages in, dropping timers.
func (d *Driver) settle() {
	d.T.Helper()
	for len(d.late) > 0 {
		late := d.late
		d.late = nil
		for _, ch := range late {
			select {
			case msg := <-ch:
				if msg != nil && !isTimer(msg) {
					d.Send(msg)
				}
			case <-time.After(cmdTimeout):
			}
		}
	}
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

// Ledger reloads the ledger from the file, as the next session would.
func (d *Driver) Ledger() *model.Ledger {
	d.T.Helper()
	d.settle()
	l, err := d.Store.Load()
	if err != nil {
		d.T.Fatal(err)
	}
	return l
}
