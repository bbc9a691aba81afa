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
	"secretary/tui/forms"
)

// View is the Task owners tab.
type View struct {
	ctx        *common.Context
	tasks      *browse.Browser
	people     *browse.Browser
	showPeople bool
	fromPerson bool // the tasks are one person's, reached by enter on them
}

var _ common.Tab = (*View)(nil)

// New makes the tab, showing tasks first.
func New(ctx *common.Context) *View {
	return &View{
		ctx:    ctx,
		tasks:  browse.New(ctx, tasksSource{}),
		people: browse.New(ctx, peopleSource{}),
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

// Tasks is the tasks browser, for tests.
func (v *View) Tasks() *browse.Browser { return v.tasks }

// People is the people browser.
func (v *View) People() *browse.Browser { return v.people }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area (one line for the sub-view switch).
func (v *View) SetSize(w, h int) {
	v.tasks.SetSize(w, h-1)
	v.people.SetSize(w, h-1)
}

// Update handles o (switch), enter on a person (their tasks), p (their
// task slip) and esc back from them; keys go to the list on screen, and
// everything else to both lists (each takes what is addressed to it).
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if v.active().Busy() {
			return v, v.forward(msg)
		}
		return v, v.key(msg)
	case common.ShownMsg:
		return v, v.forward(msg)
	case common.ShowRecordMsg:
		// Show the list that holds the record, then let it find it.
		switch msg.Entity {
		case model.EntityOwner:
			v.showPeople = true
		case model.EntityTask:
			v.showPeople = false
			if v.fromPerson {
				v.tasks.SetScope("", nil)
				v.fromPerson = false
			}
		}
		v.forward(common.ShownMsg{})
		return v, v.forward(msg)
	}
	var c1, c2 tea.Cmd
	v.tasks, c1 = v.tasks.Update(msg)
	v.people, c2 = v.people.Update(msg)
	return v, tea.Batch(c1, c2)
}

// forward gives a message to the list on screen.
func (v *View) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if v.showPeople {
		v.people, cmd = v.people.Update(msg)
	} else {
		v.tasks, cmd = v.tasks.Update(msg)
	}
	return cmd
}

func (v *View) key(km tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys
	switch {
	case key.Matches(km, k.Owners.Toggle):
		v.showPeople = !v.showPeople
		if v.fromPerson {
			v.tasks.SetScope("", nil)
			v.fromPerson = false
		}
		return v.forward(common.ShownMsg{})
	case v.showPeople && key.Matches(km, k.Browse.Open):
		id := v.people.Selected()
		if id == 0 {
			return nil
		}
		v.showPeople, v.fromPerson = false, true
		v.forward(common.ShownMsg{})
		name := v.ctx.Ledger.OwnerName(id)
		v.tasks.SetScope(v.ctx.T("scope.person", name), func(r *table.Row) bool {
			t := v.ctx.Ledger.Task(r.ID)
			return t != nil && t.OwnerID == id
		})
		return common.Status(v.ctx.T("status.person_tasks", name), false)
	case v.showPeople && key.Matches(km, k.Owners.Slip):
		if id := v.people.Selected(); id != 0 {
			return func() tea.Msg { return common.ShowSlipMsg{Owner: id} }
		}
		return nil
	case v.showPeople && key.Matches(km, k.Owners.Reassign):
		id := v.people.Selected()
		if id == 0 {
			return nil
		}
		d := forms.NewReassignDraft(v.ctx, id)
		if len(d.Plan.Records) == 0 {
			return common.Status(v.ctx.T("app.reassign_nothing", v.ctx.Ledger.OwnerName(id)), false)
		}
		return v.people.OpenForm(d, model.ActReassign)
	case !v.showPeople && v.fromPerson && key.Matches(km, k.Browse.Back):
		v.tasks.SetScope("", nil)
		v.showPeople, v.fromPerson = true, false
		return v.forward(common.ShownMsg{})
	}
	return v.forward(km)
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
	if v.active().InputMode() {
		head = ""
	}
	return head + "\n" + v.active().View()
}

// ShortHelp is the active list's keys plus o (and p on people).
func (v *View) ShortHelp() []key.Binding {
	h := v.active().ShortHelp()
	if !v.active().Busy() {
		if v.showPeople {
			h = append(h, v.ctx.Keys.Owners.Slip, v.ctx.Keys.Owners.Reassign)
		}
		h = append(h, v.ctx.Keys.Owners.Toggle)
	}
	return h
}

// FullHelp is the active list's keys plus o and p.
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if !v.active().Busy() {
		h = append(h, []key.Binding{v.ctx.Keys.Owners.Toggle, v.ctx.Keys.Owners.Slip, v.ctx.Keys.Owners.Reassign})
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

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity { return []model.Entity{model.EntityTask, model.EntityOwner} }
