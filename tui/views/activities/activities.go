// Package activities is the Activities tab (活动): lectures, trainings,
// theme months and the rest — planned, held with their evaluation, or
// cancelled with a reason.
package activities

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// View is the Activities tab.
type View struct {
	ctx    *common.Context
	browse *browse.Browser
	held   key.Binding
	cancel key.Binding
}

// New makes the tab.
func New(ctx *common.Context) *View {
	v := &View{ctx: ctx, browse: browse.New(ctx, common.TabActivities, source{})}
	v.bindKeys()
	return v
}

func (v *View) bindKeys() {
	v.held = key.NewBinding(key.WithKeys("h"), key.WithHelp("h", v.ctx.T("help.mark_held")))
	v.cancel = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", v.ctx.T("help.cancel_activity")))
}

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// Reload rebuilds the rows.
func (v *View) Reload() { v.browse.Reload() }

// Retranslate redraws in the new language.
func (v *View) Retranslate() { v.bindKeys(); v.browse.Retranslate() }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.browse.InputMode() }

// SetSize sets the tab's area.
func (v *View) SetSize(w, h int) { v.browse.SetSize(w, h) }

// Browser is the tab's browser, for tests.
func (v *View) Browser() *browse.Browser { return v.browse }

// Update handles h (mark held) and c (cancel); the rest goes to the
// browser.
func (v *View) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && !v.browse.Busy() {
		a := v.ctx.Ledger.Activity(v.browse.Selected())
		switch {
		case a != nil && key.Matches(km, v.held):
			if a.Status == model.ActCancelled {
				return v, status(v.ctx.T("status.cancelled_activity"))
			}
			return v, v.browse.OpenForm(forms.NewHeldDraft(*a), model.ActMarkHeld)
		case a != nil && key.Matches(km, v.cancel):
			if a.Status == model.ActHeld {
				return v, status(v.ctx.T("status.held_activity"))
			}
			return v, v.browse.OpenForm(forms.NewCancelDraft(*a), model.ActCancel)
		}
	}
	return v, v.browse.Update(msg)
}

func status(text string) tea.Cmd {
	return func() tea.Msg { return common.StatusMsg{Text: text, Error: true} }
}

// View draws the tab.
func (v *View) View() string { return v.browse.View() }

// ShortHelp is the browser's keys plus h and c.
func (v *View) ShortHelp() []key.Binding {
	h := v.browse.ShortHelp()
	if !v.browse.Busy() {
		h = append(h, v.held, v.cancel)
	}
	return h
}

// FullHelp is the browser's keys plus h and c.
func (v *View) FullHelp() [][]key.Binding {
	h := v.browse.FullHelp()
	if !v.browse.Busy() {
		h = append(h, []key.Binding{v.held, v.cancel})
	}
	return h
}

// Showing is what the tab lists.
func (v *View) Showing() model.Entity { return model.EntityActivity }

// Claims no keys of the program's.
func (v *View) Claims(tea.KeyMsg) bool { return false }
