// Package plans is the Plans tab (计划): strategic, annual and semester
// plans with their progress, goals and tasks.
package plans

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// View is the Plans tab.
type View struct {
	ctx    *common.Context
	browse *browse.Browser
}

var _ common.Tab = (*View)(nil)

// New makes the tab.
func New(ctx *common.Context) *View {
	return &View{ctx: ctx, browse: browse.New(ctx, source{})}
}

// Init does nothing: rows arrive with the ledger.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.browse.InputMode() }

// SetSize sets the tab's area.
func (v *View) SetSize(w, h int) { v.browse.SetSize(w, h) }

// Browser is the tab's browser, for tests.
func (v *View) Browser() *browse.Browser { return v.browse }

// Update handles the tab's own key (t: add a task to the plan) and passes
// the rest to the browser.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && !v.browse.Busy() && key.Matches(km, v.ctx.Keys.Plans.AddTask) {
		if id := v.browse.Selected(); id != 0 {
			return v, v.browse.OpenForm(forms.NewTaskDraft(id), model.ActCreate)
		}
		return v, nil
	}
	var cmd tea.Cmd
	v.browse, cmd = v.browse.Update(msg)
	return v, cmd
}

// View draws the tab.
func (v *View) View() string { return v.browse.View() }

// ShortHelp is the browser's keys plus t.
func (v *View) ShortHelp() []key.Binding {
	h := v.browse.ShortHelp()
	if !v.browse.Busy() {
		h = append(h, v.ctx.Keys.Plans.AddTask)
	}
	return h
}

// FullHelp is the browser's keys plus t.
func (v *View) FullHelp() [][]key.Binding {
	h := v.browse.FullHelp()
	if !v.browse.Busy() {
		h = append(h, []key.Binding{v.ctx.Keys.Plans.AddTask})
	}
	return h
}

// Showing is what the tab lists.
func (v *View) Showing() model.Entity { return model.EntityPlan }

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity { return []model.Entity{model.EntityPlan} }
