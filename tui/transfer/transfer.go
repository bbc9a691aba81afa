// Package transfer is how files go in and out of the program from the
// TUI: x exports (a handover snapshot, an Excel workbook, a CSV of one
// tab) and i imports (a snapshot from the previous secretary, a
// spreadsheet). Each is an overlay — choose, name the file, wait, read
// the result — with the file work in tea.Cmds whose results come back to
// the flow that started them.
package transfer

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/i18n"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
	"secretary/tui/components/detail"
)

// choice is one entry of a flow's menu.
type choice struct {
	label string
	start func() tea.Cmd
}

// menu is the first step: pick what to export or import with a digit or
// the arrows and enter.
type menu struct {
	title   string
	choices []choice
	cursor  int
}

func (m *menu) update(ctx *common.Context, msg tea.KeyMsg) tea.Cmd {
	nav, fl := ctx.Keys.Nav, ctx.Keys.Flow
	switch {
	case key.Matches(msg, nav.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, nav.Down):
		m.cursor = min(len(m.choices)-1, m.cursor+1)
	case key.Matches(msg, fl.Accept):
		return m.choices[m.cursor].start()
	default:
		if d := fl.Digit(msg); d >= 0 && d < len(m.choices) {
			m.cursor = d
			return m.choices[m.cursor].start()
		}
	}
	return nil
}

func (m *menu) view(ctx *common.Context, width int) string {
	var b strings.Builder
	b.WriteString(ctx.Styles.DetailTitle.Render(m.title) + "\n\n")
	for i, c := range m.choices {
		line := string(rune('1'+i)) + "  " + c.label
		if i == m.cursor {
			line = "› " + line
		} else {
			line = "  " + line
		}
		line = detail.Wrap(line, max(10, width))
		if i == m.cursor {
			line = ctx.Styles.TableSelected.Render(line)
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	return b.String()
}

// help is the menu's keys.
func (m *menu) help(ctx *common.Context) []key.Binding {
	fl := ctx.Keys.Flow
	return []key.Binding{fl.Choose(len(m.choices)), fl.Accept, fl.Cancel}
}

// newInput is a one-line input with a steady cursor.
func newInput(value string, secret bool) textinput.Model {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = 1024
	in.Cursor.SetMode(cursor.CursorStatic)
	in.SetValue(value)
	in.CursorEnd()
	if secret {
		in.EchoMode = textinput.EchoPassword
		in.EchoCharacter = '•'
	}
	in.Focus()
	return in
}

// datedName is a suggested file name: 台账-2026-11-20.xlsx.
func datedName(ctx *common.Context, stem i18n.Key, ext string) string {
	return ctx.T(stem) + "-" + ctx.Today().String() + ext
}

// doneMsg ends a flow's long step with a result to show; path is the
// file it wrote or was refused, to ask about replacing it.
type doneMsg struct {
	common.To
	text string
	err  error
	path string
}

// runningMsg says the flow's long step started again (replacing a file
// after the user said yes).
type runningMsg struct{ common.To }

// to addresses a flow's result.
func to(id common.ID) common.To { return common.To{ID: id} }

// wrap wraps text to the flow's width.
func wrap(s string, w int) string { return detail.Wrap(s, max(10, w)) }

// replaceAsk asks whether to replace a file that exists.
func replaceAsk(ctx *common.Context, path string) confirm.Ask {
	return confirm.Ask{
		Title:    ctx.T("confirm.replace_title"),
		Question: ctx.T("confirm.replace", path),
		Hint:     ctx.T("confirm.replace_hint"),
		Keys:     ctx.T("confirm.replace_keys"),
	}
}
