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
}

var _ common.Tab = (*View)(nil)

// New makes the tab.
func New(ctx *common.Context) *View {
	return &View{ctx: ctx, browse: browse.New(ctx, source{})}
}

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.browse.InputMode() }

// SetSize sets the tab's area.
func (v *View) SetSize(w, h int) { v.browse.SetSize(w, h) }

// Browser is the tab's browser, for tests.
func (v *View) Browser() *browse.Browser { return v.browse }

// Update handles h (mark held) and c (cancel); the rest goes to the
// browser.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && !v.browse.Busy() {
		k := v.ctx.Keys.Activities
		a := v.ctx.Ledger.Activity(v.browse.Selected())
		switch {
		case a != nil && key.Matches(km, k.Held):
			if a.Status == model.ActCancelled {
				return v, common.Status(v.ctx.T("status.cancelled_activity"), true)
			}
			if a.Date > v.ctx.Today() {
				// Said now, not after the form is filled in: change the date first.
				return v, common.Status(v.ctx.T(model.MsgHeldFuture, a.Date.String()), true)
			}
			return v, v.browse.OpenForm(forms.NewHeldDraft(*a), model.ActMarkHeld)
		case a != nil && key.Matches(km, k.Cancel):
			if a.Status == model.ActHeld {
				return v, common.Status(v.ctx.T("status.held_activity"), true)
			}
			return v, v.browse.OpenForm(forms.NewCancelDraft(*a), model.ActCancel)
		}
	}
	var cmd tea.Cmd
	v.browse, cmd = v.browse.Update(msg)
	return v, cmd
}

// View draws the tab.
func (v *View) View() string { return v.browse.View() }

// ShortHelp is the browser's keys plus h and c.
func (v *View) ShortHelp() []key.Binding {
	h := v.browse.ShortHelp()
	if !v.browse.Busy() {
		h = append(h, v.ctx.Keys.Activities.Held, v.ctx.Keys.Activities.Cancel)
	}
	return h
}

// FullHelp is the browser's keys plus h and c.
func (v *View) FullHelp() [][]key.Binding {
	h := v.browse.FullHelp()
	if !v.browse.Busy() {
		h = append(h, []key.Binding{v.ctx.Keys.Activities.Held, v.ctx.Keys.Activities.Cancel})
	}
	return h
}

// Showing is what the tab lists.
func (v *View) Showing() model.Entity { return model.EntityActivity }

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity { return []model.Entity{model.EntityActivity} }
