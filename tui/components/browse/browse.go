package browse

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
	"secretary/tui/components/history"
	"secretary/tui/components/picker"
	"secretary/tui/components/table"
	"secretary/tui/forms"
)

// mode is what has the keyboard. In modeFilter the typed keys belong to
// the filter, so q, /, digits and tab type instead of acting.
type mode int

const (
	modeList   mode = iota
	modeDetail      // the detail has focus (narrow: it fills the screen)
	modeFilter      // typing the text filter
)

// WideWidth is the width from which the detail stands beside the table.
const WideWidth = 110

// Browser is one table-and-detail screen.
type Browser struct {
	ctx *common.Context
	id  common.ID
	src Source

	tbl    *table.Model
	detail viewport.Model
	filter textinput.Model

	mode     mode
	quick    []Quick
	quickIdx int
	// person is who the person quick filter shows, once picked.
	person model.ID

	// scope is a filter a view sets (one person's tasks), shown by name
	// and combined with the quick filter.
	scopeName string
	scope     func(*table.Row) bool

	// printKeyLeft is set when the tab answers P on this list itself (a
	// meeting's minutes): the list is not printed, and its help does
	// not offer it.
	printKeyLeft bool

	// stale is set when the rows must be rebuilt from the ledger: at
	// first, and after a change to a kind the rows show something of.
	// They are rebuilt when the browser is shown (ShownMsg), so opening
	// a large ledger builds the first tab's rows only.
	stale bool

	width, height int
}

var _ common.Component[*Browser] = (*Browser)(nil)

// New makes a browser over the source.
func New(ctx *common.Context, src Source) *Browser {
	b := &Browser{ctx: ctx, id: ctx.NewID(), src: src, stale: true}
	b.tbl = table.New(ctx.Styles, ctx.Keyer, src.Columns(ctx))
	b.detail = viewport.New(0, 0)
	b.filter = textinput.New()
	// A steady cursor: a blinking one redraws the whole screen twice a
	// second for nothing, which costs battery on a laptop.
	b.filter.Cursor.SetMode(cursor.CursorStatic)
	b.filter.Prompt = ""
	b.filter.CharLimit = 100
	return b
}

// ID is the browser's address for results.
func (b *Browser) ID() common.ID { return b.id }

// Table is the browser's table, for views that read the selection.
func (b *Browser) Table() *table.Model { return b.tbl }

// Selected is the record under the cursor.
func (b *Browser) Selected() model.ID { return b.tbl.SelectedID() }

// Select moves the cursor to the record (and clears filters that hide it).
func (b *Browser) Select(id model.ID) {
	b.ensure()
	if !b.tbl.Select(id) {
		b.clearFilters()
		b.tbl.Select(id)
	}
	b.refreshDetail()
}

// InputMode reports whether typed keys belong to the filter rather than
// to the program's shortcuts.
func (b *Browser) InputMode() bool { return b.mode == modeFilter }

// Busy reports a mode other than the plain list, where the tab's own
// keys (o, t, h …) do not apply.
func (b *Browser) Busy() bool { return b.mode != modeList }

// ensure rebuilds stale rows from the context's ledger, keeping the cursor
// on the same record.
func (b *Browser) ensure() {
	if !b.stale {
		return
	}
	b.stale = false
	b.tbl.SetRows(b.src.Rows(b.ctx))
	b.reapplyQuick()
	b.refreshDetail()
}

// SetSize sets the browser's area.
func (b *Browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.layout()
}

func (b *Browser) wide() bool { return b.width >= WideWidth }

// Update handles a message for this browser.
func (b *Browser) Update(msg tea.Msg) (*Browser, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LedgerChangedMsg:
		b.changed(msg.Result)
		return b, nil
	case common.ShownMsg:
		b.ensure()
		b.refreshDetail()
		return b, nil
	case common.LanguageMsg:
		b.tbl.SetColumns(b.src.Columns(b.ctx))
		b.stale = true
		b.ensure()
		return b, nil
	case common.WroteMsg:
		if msg.Recipient() == b.id && msg.Err != nil {
			return b, common.Status(b.ctx.Tr.Err(msg.Err), true)
		}
		return b, nil
	case common.ShowRecordMsg:
		if msg.Entity == b.src.Entity() {
			b.mode = modeList
			b.Select(msg.ID)
			b.layout()
		}
		return b, nil
	case picker.PickedMsg:
		if msg.Recipient() == b.id {
			return b, b.pickedPerson(msg)
		}
		return b, nil
	case forms.SavedMsg:
		if msg.Recipient() == b.id && msg.Record != nil && msg.Record.Entity() == b.src.Entity() {
			b.Select(msg.Record.GetID())
		}
		return b, nil
	case tea.KeyMsg:
		b.ensure()
		switch b.mode {
		case modeFilter:
			return b, b.updateFilter(msg)
		case modeDetail:
			return b, b.updateDetail(msg)
		}
		return b, b.updateList(msg)
	}
	if b.mode == modeFilter {
		var cmd tea.Cmd
		b.filter, cmd = b.filter.Update(msg)
		return b, cmd
	}
	return b, nil
}

// changed patches the rows after a write: the records of the browser's
// own kind one by one; a change to a kind the rows depend on, or a whole
// new ledger, rebuilds them when the browser is next shown.
// patchLimit is the most changes a step may carry and still be patched
// into the table; beyond it the table is built again from the ledger.
const patchLimit = 500

func (b *Browser) changed(res *app.Result) {
	if res == nil {
		b.stale = true
		return
	}
	// A step of many changes (an import of 200,000 rows, or its undo) is
	// cheaper rebuilt once than patched row by row: each patch moves the
	// rows after it, and 200,000 of them held the screen for minutes.
	if len(res.Changes) > patchLimit {
		b.stale = true
		return
	}
	deps := b.src.Depends()
	for _, c := range res.Changes {
		switch {
		case c.Entity == b.src.Entity() && !b.stale:
			if row, ok := b.src.Row(b.ctx, c.ID); ok {
				b.tbl.Upsert(row)
			} else {
				b.tbl.Remove(c.ID)
			}
		case c.Entity == b.src.Entity():
		case c.Before == nil && c.Entity != 0:
			// A new record of another kind: no row shows it yet (a
			// row that points at it was saved in the same step).
		case slices.Contains(deps, c.Entity):
			b.stale = true
		}
	}
	if !b.stale {
		b.reapplyQuick()
		b.refreshDetail()
	}
}

// OpenForm opens a form over the draft as an overlay; the save's answer
// comes back to this browser, which puts the cursor on the record. Views
// use it for their own actions (t adds a task to a plan).
func (b *Browser) OpenForm(d forms.Draft, action model.Action) tea.Cmd {
	if refuse := b.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	return common.Open(forms.NewHost(b.ctx, b.id, d, action))
}

// askDelete asks before deleting the record under the cursor.
func (b *Browser) askDelete(id model.ID) tea.Cmd {
	if refuse := b.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	q := confirm.New(b.ctx, confirm.Ask{
		Title:    b.ctx.T("confirm.delete_title"),
		Question: b.ctx.T("confirm.delete", describe(b.ctx, b.src, id)) + evidenceNote(b.ctx, b.src.Entity(), id),
		Hint:     b.ctx.T("confirm.undo_hint"),
		Keys:     b.ctx.T("confirm.keys"),
	}, b.deleteCmd(id))
	return common.Open(q)
}

// deleteCmd deletes the record through its source's own use case, if it
// has one, else app.Delete.
func (b *Browser) deleteCmd(id model.ID) tea.Cmd {
	d, ok := b.src.(Deleter)
	if !ok {
		return common.DeleteCmd(b.ctx.App, b.id, b.src.Entity(), id)
	}
	a, to := b.ctx.App, b.id
	return func() tea.Msg {
		res, err := d.Delete(a, id)
		return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err}
	}
}

// showHistory opens the record's history over the screen.
func (b *Browser) showHistory(id model.ID) tea.Cmd {
	return common.Open(history.New(b.ctx, b.src.Entity(), id))
}

// cycleQuick moves to the next quick filter.
func (b *Browser) cycleQuick() tea.Cmd {
	b.quick = b.src.Quick(b.ctx, b.tbl.SelectedID())
	if len(b.quick) == 0 {
		return nil
	}
	b.quickIdx = (b.quickIdx + 1) % len(b.quick)
	if b.quick[b.quickIdx].ByPerson != nil {
		// Ask which person; the filter applies when the answer comes.
		return common.Open(picker.New(b.ctx, b.id, b.ctx.T("picker.person"), picker.People(b.ctx)))
	}
	b.applyQuick()
	b.layout()
	return b.quickStatus()
}

func (b *Browser) quickStatus() tea.Cmd {
	return common.Status(b.ctx.T("status.quick", b.QuickName(), b.tbl.Len(), b.tbl.Total()), false)
}

// pickedPerson applies the person quick filter to the person picked; esc
// in the picker leaves every row shown.
func (b *Browser) pickedPerson(msg picker.PickedMsg) tea.Cmd {
	if msg.Cancelled || msg.ID == 0 {
		b.quickIdx, b.person = 0, 0
		b.applyQuick()
		b.layout()
		return nil
	}
	b.person = msg.ID
	b.applyQuick()
	b.layout()
	return b.quickStatus()
}

// reapplyQuick refreshes the quick filter's closure after a change (its
// data, such as today's date, may have changed) without moving off it.
func (b *Browser) reapplyQuick() {
	if b.quickIdx == 0 {
		return
	}
	q := b.src.Quick(b.ctx, b.tbl.SelectedID())
	if b.quickIdx < len(q) && q[b.quickIdx].Name == b.quick[b.quickIdx].Name {
		b.quick = q
		b.applyQuick()
	}
}

// applyQuick gives the table the scope and the quick filter together.
func (b *Browser) applyQuick() {
	var quick func(*table.Row) bool
	if b.quickIdx > 0 && b.quickIdx < len(b.quick) {
		quick = b.quick[b.quickIdx].Keep
		if by := b.quick[b.quickIdx].ByPerson; by != nil {
			quick = by(b.person)
		}
	}
	scope := b.scope
	switch {
	case scope == nil:
		b.tbl.SetQuick(quick)
	case quick == nil:
		b.tbl.SetQuick(scope)
	default:
		b.tbl.SetQuick(func(r *table.Row) bool { return scope(r) && quick(r) })
	}
}

// SetScope restricts the rows to those keep accepts, naming the scope in
// the filter line; nil keep removes it.
func (b *Browser) SetScope(name string, keep func(*table.Row) bool) {
	b.ensure()
	b.scopeName, b.scope = name, keep
	if keep == nil {
		b.scopeName = ""
	}
	b.applyQuick()
	b.layout()
}

// Scoped reports whether a scope is set.
func (b *Browser) Scoped() bool { return b.scope != nil }

func (b *Browser) clearFilters() {
	b.quickIdx = 0
	b.tbl.SetFilter("")
	b.filter.SetValue("")
	b.applyQuick()
}

func (b *Browser) sortStatus() tea.Cmd {
	col, desc := b.tbl.SortState()
	if col < 0 {
		return common.Status(b.ctx.T("status.sort_none"), false)
	}
	cols := b.src.Columns(b.ctx)
	dir := b.ctx.T("status.sort_asc")
	if desc {
		dir = b.ctx.T("status.sort_desc")
	}
	return common.Status(b.ctx.T("status.sort", cols[col].Title, dir), false)
}

// LeavePrintKey leaves P to the tab: on this list it does what the tab
// says (the meetings list: the minutes of the meeting under the cursor),
// so the help names that instead of printing the list.
func (b *Browser) LeavePrintKey() *Browser {
	b.printKeyLeft = true
	return b
}

// printable reports whether P prints this list: the program has a wall
// list of its kind, and the tab has not kept P for itself.
func (b *Browser) printable() bool {
	if b.printKeyLeft {
		return false
	}
	_, ok := summary.ListOf(b.src.Entity())
	return ok
}

// printList asks the program to print the list as it is on screen: the
// rows the filters leave, in their order, with the filters in words.
func (b *Browser) printList() tea.Cmd {
	if b.tbl.Len() == 0 {
		return common.Status(b.ctx.T("status.nothing_to_print"), true)
	}
	msg := common.PrintListMsg{Entity: b.src.Entity(), IDs: b.tbl.VisibleIDs(), Filter: b.FilterText()}
	return func() tea.Msg { return msg }
}

// FilterText is the filters in force, in words ("张三的任务；逾期；筛选：讲座"),
// or "" when the whole list is shown.
func (b *Browser) FilterText() string {
	var parts []string
	if b.scopeName != "" {
		parts = append(parts, b.scopeName)
	}
	if q := b.QuickName(); q != "" {
		parts = append(parts, q)
	}
	if f := b.tbl.Filter(); f != "" {
		parts = append(parts, b.ctx.T("filter.active")+f)
	}
	return strings.Join(parts, b.ctx.T("print.list.filter_sep"))
}

// QuickName is the active quick filter's name ("" for all rows).
func (b *Browser) QuickName() string {
	if b.quickIdx == 0 || b.quickIdx >= len(b.quick) {
		return ""
	}
	if b.quick[b.quickIdx].ByPerson != nil {
		return b.ctx.T("quick.owner", b.ctx.Ledger.OwnerName(b.person))
	}
	return b.quick[b.quickIdx].Name
}
