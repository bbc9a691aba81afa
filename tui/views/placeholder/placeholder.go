// Package placeholder stands in for a tab whose screen is not built yet:
// the tab bar is final, and the tab says plainly that it is coming.
package placeholder

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// View is an empty tab with a message.
type View struct {
	ctx           *common.Context
	msgKey        string
	width, height int
}

// New makes a placeholder showing the message key.
func New(ctx *common.Context, msgKey string) *View { return &View{ctx: ctx, msgKey: msgKey} }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// Update does nothing.
func (v *View) Update(tea.Msg) (tea.Model, tea.Cmd) { return v, nil }

// View centres the message.
func (v *View) View() string {
	msg := detail.Wrap(v.ctx.T(v.msgKey), max(10, v.width-4))
	return lipgloss.Place(v.width, v.height, lipgloss.Center, lipgloss.Center, v.ctx.Styles.Faint.Render(msg))
}

// SetSize sets the area.
func (v *View) SetSize(w, h int) { v.width, v.height = w, h }

// Reload does nothing.
func (v *View) Reload() {}

// Retranslate does nothing: the message is translated when drawn.
func (v *View) Retranslate() {}

// InputMode is always false.
func (v *View) InputMode() bool { return false }

// ShortHelp has no keys of its own.
func (v *View) ShortHelp() []key.Binding { return nil }

// FullHelp has no keys of its own.
func (v *View) FullHelp() [][]key.Binding { return nil }

// Showing is tasks: the summary is about them.
func (v *View) Showing() model.Entity { return model.EntityTask }

// Claims no keys.
func (v *View) Claims(tea.KeyMsg) bool { return false }
