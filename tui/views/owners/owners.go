// Package owners is the Task owners tab (责任清单): the responsibility
// list of tasks, and the people with their load, switched with o.
package owners

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/table"
)

// View is the Task owners tab.
type View struct {
	ctx        *common.Context
	tasks      *browse.Browser
	people     *browse.Browser
	showPeople bool
	fromPerson bool // the tasks are one person's, reached by enter on them
	width, hgt int
}

// New makes the tab, showing tasks first.
func New(ctx *common.Context) *View {
	return &View{
		ctx:    ctx,
		tasks:  browse.New(ctx, common.TabOwners, tasksSource{}),
		people: browse.New(ctx, common.TabOwners, peopleSource{}),
	}
}

func (v *View) active() *browse.Browser {
	if v.showPeople {
		return v.people
	}
	return v.tasks
}

// ShowingPeople reports which sub-view is on screen.
func (v *View) ShowingPeople() bool { return v.showPeople }

// Tasks and People are the sub-views' browsers, for tests.
func (v *View) Tasks() *browse.Browser { return v.tasks }

// People is the people browser.
func (v *View) People() *browse.Browser { return v.people }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// Reload rebuilds both lists.
func (v *View) Reload() { v.tasks.Reload(); v.people.Reload() }

// Retranslate redraws both lists.
func (v *View) Retranslate() { v.tasks.Retranslate(); v.people.Retranslate() }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area (one line for the sub-view switch).
func (v *View) SetSize(w, h int) {
	v.width, v.hgt = w, h
	v.tasks.SetSize(w, h-1)
	v.people.SetSize(w, h-1)
}

// Update handles o (switch), enter on a person (their tasks) and esc back
// from them; the rest goes to the active list.
func (v *View) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if sm, ok := msg.(common.SavedMsg); ok {
		// A save answers whichever list opened the form.
		if v.people.Busy() {
			return v, v.people.Update(sm)
		}
		return v, v.tasks.Update(sm)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok || v.active().Busy() {
		return v, v.active().Update(msg)
	}
	k := v.ctx.Keys
	switch {
	case key.Matches(km, k.ToggleView):
		v.showPeople = !v.showPeople
		if v.fromPerson {
			v.tasks.SetScope("", nil)
			v.fromPerson = false
		}
		return v, nil
	case v.showPeople && key.Matches(km, k.Open):
		id := v.people.Selected()
		if id == 0 {
			return v, nil
		}
		v.showPeople, v.fromPerson = false, true
		name := v.ctx.Ledger.OwnerName(id)
		v.tasks.SetScope(v.ctx.T("scope.person", name), func(r *table.Row) bool {
			t := v.ctx.Ledger.Task(r.ID)
			return t != nil && t.OwnerID == id
		})
		return v, func() tea.Msg { return common.StatusMsg{Text: v.ctx.T("status.person_tasks", name)} }
	case v.showPeople && key.Matches(km, v.slipKey()):
		if id := v.people.Selected(); id != 0 {
			return v, func() tea.Msg { return common.ShowSlipMsg{Owner: id} }
		}
		return v, nil
	case !v.showPeople && v.fromPerson && key.Matches(km, k.Back):
		v.tasks.SetScope("", nil)
		v.showPeople, v.fromPerson = true, false
		return v, nil
	}
	return v, v.active().Update(msg)
}

// View draws the sub-view switch and the active list.
func (v *View) View() string {
	st := v.ctx.Styles
	tasks, people := st.Tab.Render(v.ctx.T("owners.tasks")), st.Tab.Render(v.ctx.T("owners.people"))
	if v.showPeople {
		people = st.ActiveTab.Render(v.ctx.T("owners.people"))
	} else {
		tasks = st.ActiveTab.Render(v.ctx.T("owners.tasks"))
	}
	head := tasks + people + st.Faint.Render("  "+v.ctx.T("owners.switch_hint"))
	if v.active().Busy() && v.active().InputMode() {
		head = ""
	}
	return head + "\n" + v.active().View()
}

// slipKey is p: a person's task slip.
func (v *View) slipKey() key.Binding {
	return key.NewBinding(key.WithKeys("p"), key.WithHelp("p", v.ctx.T("help.slip")))
}

// ShortHelp is the active list's keys plus o (and p on people).
func (v *View) ShortHelp() []key.Binding {
	h := v.active().ShortHelp()
	if !v.active().Busy() {
		if v.showPeople {
			h = append(h, v.slipKey())
		}
		h = append(h, v.ctx.Keys.ToggleView)
	}
	return h
}

// FullHelp is the active list's keys plus o.
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if !v.active().Busy() {
		h = append(h, []key.Binding{v.ctx.Keys.ToggleView})
	}
	return h
}

// Showing is what the tab lists now: tasks or people.
func (v *View) Showing() model.Entity {
	if v.showPeople {
		return model.EntityOwner
	}
	return model.EntityTask
}

// Claims no keys of the program's.
func (v *View) Claims(tea.KeyMsg) bool { return false }
