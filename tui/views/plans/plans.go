// Package plans is the Plans tab (计划): strategic, annual and semester
// plans with their progress, goals and tasks; the required recurring work
// (规定动作, o) and its coverage over a school year (c); and the new
// school year (N).
package plans

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// sub is what the tab shows.
type sub int

const (
	subPlans sub = iota
	subObligations
	subCoverage
)

// View is the Plans tab.
type View struct {
	ctx         *common.Context
	browse      *browse.Browser
	obligations *browse.Browser
	coverage    *coverageView
	show        sub
	back        sub // the list esc returns to from the coverage
	width       int
}

var _ common.Tab = (*View)(nil)

// New makes the tab, showing plans first.
func New(ctx *common.Context) *View {
	return &View{ctx: ctx, browse: browse.New(ctx, source{}), obligations: browse.New(ctx, obligationSource{}),
		coverage: newCoverageView(ctx)}
}

// Init does nothing: rows arrive with the ledger.
func (v *View) Init() tea.Cmd { return nil }

// list is the browser on screen, or nil on the coverage.
func (v *View) list() *browse.Browser {
	switch v.show {
	case subObligations:
		return v.obligations
	case subCoverage:
		return nil
	}
	return v.browse
}

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.list() != nil && v.list().InputMode() }

// busy reports a list in a mode of its own (filter, detail), where the
// tab's keys do not apply.
func (v *View) busy() bool { return v.list() != nil && v.list().Busy() }

// SetSize sets the tab's area (one line for the switch).
func (v *View) SetSize(w, h int) {
	v.width = w
	v.browse.SetSize(w, h-1)
	v.obligations.SetSize(w, h-1)
	v.coverage.SetSize(w, h-1)
}

// Browser is the plans' browser, for tests.
func (v *View) Browser() *browse.Browser { return v.browse }

// Obligations is the obligations' browser, for tests.
func (v *View) Obligations() *browse.Browser { return v.obligations }

// ShowingCoverage reports whether the coverage is on screen, and of which
// school year.
func (v *View) ShowingCoverage() (bool, int) { return v.show == subCoverage, v.coverage.Year() }

// Update handles the tab's own keys and passes the rest on: keys to what
// is on screen, everything else to all three.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if v.busy() {
			return v, v.forward(msg)
		}
		return v, v.key(msg)
	case common.ShownMsg:
		return v, v.forward(msg)
	case common.ShowRecordMsg:
		switch msg.Entity {
		case model.EntityPlan:
			v.show = subPlans
		case model.EntityObligation:
			v.show = subObligations
		}
		v.forward(common.ShownMsg{})
		return v, v.forward(msg)
	}
	var c1, c2, c3 tea.Cmd
	v.browse, c1 = v.browse.Update(msg)
	v.obligations, c2 = v.obligations.Update(msg)
	v.coverage, c3 = v.coverage.Update(msg)
	return v, tea.Batch(c1, c2, c3)
}

// forward gives a message to what is on screen.
func (v *View) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch v.show {
	case subObligations:
		v.obligations, cmd = v.obligations.Update(msg)
	case subCoverage:
		v.coverage, cmd = v.coverage.Update(msg)
	default:
		v.browse, cmd = v.browse.Update(msg)
	}
	return cmd
}

func (v *View) key(km tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys
	switch {
	case key.Matches(km, k.Plans.Toggle):
		if v.show == subObligations {
			v.show = subPlans
		} else {
			v.show = subObligations
		}
		return v.forward(common.ShownMsg{})
	case key.Matches(km, k.Plans.Coverage):
		if v.show == subCoverage {
			v.show = v.back
			return v.forward(common.ShownMsg{})
		}
		v.back, v.show = v.show, subCoverage
		return v.forward(common.ShownMsg{})
	case v.show == subCoverage && key.Matches(km, k.Browse.Back):
		v.show = v.back
		return v.forward(common.ShownMsg{})
	case key.Matches(km, k.Plans.NewYear):
		return v.newYear()
	case v.show == subPlans && key.Matches(km, k.Plans.AddTask):
		if id := v.browse.Selected(); id != 0 {
			return v.browse.OpenForm(forms.NewTaskDraft(id), model.ActCreate)
		}
		return nil
	}
	return v.forward(km)
}

// newYear shows what the next school year will start with, worked out
// from the ledger on screen; the write works it out again on the file.
func (v *View) newYear() tea.Cmd {
	if refuse := v.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	ny, err := model.PlanNewYear(v.ctx.Ledger, v.ctx.Derived.Today, v.ctx.Lang())
	if err != nil {
		return common.Status(v.ctx.Tr.Err(err), true)
	}
	return common.Open(newNewYearPage(v.ctx, ny))
}

// View draws the switch line and what is on screen.
func (v *View) View() string {
	st := v.ctx.Styles
	names := []string{v.ctx.T("plans.list"), v.ctx.T("plans.obligations"), v.ctx.T("plans.coverage")}
	line := ""
	for i, n := range names {
		if sub(i) == v.show {
			line += st.ActiveTab.Render(n)
		} else {
			line += st.Tab.Render(n)
		}
	}
	if room := v.width - width.Styled(line) - 2; room > 8 {
		line += st.Faint.Render("  " + width.Fit(v.ctx.T("plans.switch_hint"), room))
	}
	body := ""
	if l := v.list(); l != nil {
		body = l.View()
	} else {
		body = v.coverage.View()
	}
	return line + "\n" + body
}

// ShortHelp is the keys of what is on screen, plus the tab's.
func (v *View) ShortHelp() []key.Binding {
	k := v.ctx.Keys.Plans
	if v.show == subCoverage {
		return append(v.coverage.ShortHelp(), k.Toggle)
	}
	h := v.list().ShortHelp()
	if v.busy() {
		return h
	}
	if v.show == subPlans {
		h = append(h, k.AddTask)
	}
	return append(h, k.Toggle, k.Coverage, k.NewYear)
}

// FullHelp is the keys of what is on screen, plus the tab's: only those
// that work now (the root gives the tab every key its help lists).
func (v *View) FullHelp() [][]key.Binding {
	k := v.ctx.Keys.Plans
	if v.show == subCoverage {
		return append(v.coverage.FullHelp(), []key.Binding{k.Coverage, k.Toggle, k.NewYear})
	}
	h := v.list().FullHelp()
	if v.busy() {
		return h
	}
	own := []key.Binding{k.Toggle, k.Coverage, k.NewYear}
	if v.show == subPlans {
		own = append([]key.Binding{k.AddTask}, own...)
	}
	return append(h, own)
}

// Showing is what the tab lists now (the coverage: obligations).
func (v *View) Showing() model.Entity {
	if v.show == subPlans {
		return model.EntityPlan
	}
	return model.EntityObligation
}

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity {
	return []model.Entity{model.EntityPlan, model.EntityObligation}
}
