package browse

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/table"
	"secretary/tui/forms"
)

// mode is what has the keyboard. In every mode but modeList the typed
// keys belong to the mode (a form, the filter, a question), so q, /,
// digits and tab type instead of acting.
type mode int

const (
	modeList    mode = iota
	modeDetail       // the detail has focus (narrow: it fills the screen)
	modeFilter       // typing the text filter
	modeForm         // a form is open
	modeConfirm      // asking before a delete
	modeHistory      // showing the record's history (H)
)

// WideWidth is the width from which the detail stands beside the table.
const WideWidth = 110

// Browser is one table-and-detail screen.
type Browser struct {
	ctx *common.Context
	src Source
	tab common.TabID

	tbl     *table.Model
	detail  viewport.Model
	history viewport.Model
	filter  textinput.Model
	form    *forms.Host

	mode      mode
	quick     []Quick
	quickIdx  int
	confirmID model.ID
	pending   model.ID // select this record after the next reload

	// scope is a filter a view sets (one person's tasks), shown by name
	// and combined with the quick filter.
	scopeName string
	scope     func(*table.Row) bool

	// stale is set when the ledger changed and the rows were not rebuilt
	// yet. Rows are built when the browser is next looked at, so opening
	// a large ledger builds the first tab's rows only, not every tab's.
	stale bool

	width, height int
}

// New makes a browser over the source.
func New(ctx *common.Context, tab common.TabID, src Source) *Browser {
	b := &Browser{ctx: ctx, src: src, tab: tab}
	b.tbl = table.New(ctx.Styles, ctx.Keyer, src.Columns(ctx))
	b.detail = viewport.New(0, 0)
	b.history = viewport.New(0, 0)
	b.filter = textinput.New()
	// A steady cursor: a blinking one redraws the whole screen twice a
	// second for nothing, which costs battery on a laptop.
	b.filter.Cursor.SetMode(cursor.CursorStatic)
	b.filter.Prompt = ""
	b.filter.CharLimit = 100
	return b
}

// Table is the browser's table, for views that read the selection.
func (b *Browser) Table() *table.Model { b.ensure(); return b.tbl }

// Selected is the record under the cursor.
func (b *Browser) Selected() model.ID { b.ensure(); return b.tbl.SelectedID() }

// Select moves the cursor to the record (and clears filters that hide it).
func (b *Browser) Select(id model.ID) {
	b.ensure()
	if !b.tbl.Select(id) {
		b.clearFilters()
		b.tbl.Select(id)
	}
	b.refreshDetail()
}

// InputMode reports whether typed keys belong to an input (form, filter,
// question) rather than to the program's shortcuts.
func (b *Browser) InputMode() bool {
	return b.mode == modeFilter || b.mode == modeForm || b.mode == modeConfirm
}

// Busy reports a mode other than the plain list (the root's esc and
// view toggles leave such a browser alone).
func (b *Browser) Busy() bool { return b.mode != modeList }

// Reload notes that the context's ledger changed; the rows are rebuilt
// when the browser is next used.
func (b *Browser) Reload() { b.stale = true }

// ensure rebuilds stale rows from the context's ledger, keeping the cursor
// on the same record (or on the one just saved).
func (b *Browser) ensure() {
	if !b.stale {
		return
	}
	b.stale = false
	b.tbl.SetRows(b.src.Rows(b.ctx))
	if b.pending != 0 {
		b.Select(b.pending)
		b.pending = 0
	}
	b.reapplyQuick()
	b.refreshDetail()
}

// Retranslate rebuilds what depends on the language.
func (b *Browser) Retranslate() {
	b.tbl.SetColumns(b.src.Columns(b.ctx))
	b.stale = true
}

// OpenForm opens a form over the draft; views use it for their own
// actions (t adds a task to a plan).
func (b *Browser) OpenForm(d forms.Draft, action model.Action) tea.Cmd {
	if b.ctx.Store.ReadOnly() {
		return status(b.ctx.T("status.read_only"), true)
	}
	b.form = forms.NewHost(b.ctx, d, action)
	b.mode = modeForm
	b.layout()
	return b.form.Init()
}

// SetSize sets the browser's area.
func (b *Browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.layout()
}

func (b *Browser) wide() bool { return b.width >= WideWidth }

// Update handles a message for this browser.
func (b *Browser) Update(msg tea.Msg) tea.Cmd {
	b.ensure()
	switch msg := msg.(type) {
	case common.SavedMsg:
		return b.saved(msg)
	case common.HistoryMsg:
		if msg.Err != nil {
			return status(b.ctx.Tr.Err(msg.Err), true)
		}
		b.mode = modeHistory
		b.layout()
		b.history.SetContent(historyText(b.ctx, msg.Entity, msg.ID, msg.Entries, b.history.Width))
		b.history.GotoTop()
		return nil
	case tea.KeyMsg:
		switch b.mode {
		case modeForm:
			return b.updateForm(msg)
		case modeFilter:
			return b.updateFilter(msg)
		case modeConfirm:
			return b.updateConfirm(msg)
		case modeDetail:
			return b.updateDetail(msg)
		case modeHistory:
			return b.updateHistory(msg)
		}
		return b.updateList(msg)
	}
	if b.mode == modeForm && b.form != nil {
		return b.updateForm(msg)
	}
	return nil
}

// updateList handles keys on the table.
func (b *Browser) updateList(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys
	switch {
	case key.Matches(msg, k.Up):
		b.tbl.MoveUp(1)
	case key.Matches(msg, k.Down):
		b.tbl.MoveDown(1)
	case key.Matches(msg, k.Top):
		b.tbl.Top()
	case key.Matches(msg, k.Bottom):
		b.tbl.Bottom()
	case key.Matches(msg, k.PageUp):
		b.tbl.PageUp()
	case key.Matches(msg, k.PageDown):
		b.tbl.PageDown()
	case key.Matches(msg, k.Open):
		if b.tbl.SelectedID() != 0 {
			b.mode = modeDetail
			b.layout()
		}
	case key.Matches(msg, k.Back):
		if b.tbl.Filter() != "" || b.quickIdx != 0 {
			b.clearFilters()
			b.layout()
		}
	case key.Matches(msg, k.Filter):
		b.mode = modeFilter
		b.filter.SetValue(b.tbl.Filter())
		b.filter.CursorEnd()
		b.layout()
		return b.filter.Focus()
	case key.Matches(msg, k.Quick):
		return b.cycleQuick()
	case key.Matches(msg, k.Sort):
		b.tbl.CycleSort()
		return b.sortStatus()
	case key.Matches(msg, k.SortReverse):
		b.tbl.ReverseSort()
		return b.sortStatus()
	case key.Matches(msg, k.New):
		if d := b.src.NewDraft(b.ctx); d != nil {
			return b.OpenForm(d, model.ActCreate)
		}
	case key.Matches(msg, k.Edit):
		if id := b.tbl.SelectedID(); id != 0 {
			if d := b.src.EditDraft(b.ctx, id); d != nil {
				return b.OpenForm(d, model.ActUpdate)
			}
		}
	case key.Matches(msg, k.History):
		if id := b.tbl.SelectedID(); id != 0 {
			return common.HistoryCmd(b.ctx.Store, b.tab, b.src.Entity(), id)
		}
	case key.Matches(msg, k.Delete):
		if id := b.tbl.SelectedID(); id != 0 {
			if b.ctx.Store.ReadOnly() {
				return status(b.ctx.T("status.read_only"), true)
			}
			b.confirmID = id
			b.mode = modeConfirm
		}
	default:
		return nil
	}
	b.refreshDetail()
	return nil
}

// updateDetail scrolls the focused detail; esc returns to the table.
func (b *Browser) updateDetail(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Open):
		b.mode = modeList
		b.layout()
	case b.ctx.Scroll(&b.detail, msg):
	case key.Matches(msg, k.Edit), key.Matches(msg, k.History):
		b.mode = modeList
		return b.updateList(msg)
	}
	return nil
}

// updateHistory scrolls the history; esc returns.
func (b *Browser) updateHistory(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.History):
		b.mode = modeList
		b.layout()
	default:
		b.ctx.Scroll(&b.history, msg)
	}
	return nil
}

// updateFilter types into the filter; the table narrows as you type.
func (b *Browser) updateFilter(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		b.filter.SetValue("")
		b.tbl.SetFilter("")
		b.mode = modeList
		b.filter.Blur()
		b.layout()
		b.refreshDetail()
		return nil
	case tea.KeyEnter:
		b.mode = modeList
		b.filter.Blur()
		b.layout()
		return nil
	}
	var cmd tea.Cmd
	b.filter, cmd = b.filter.Update(msg)
	b.tbl.SetFilter(b.filter.Value())
	b.refreshDetail()
	return cmd
}

// updateConfirm answers the delete question.
func (b *Browser) updateConfirm(msg tea.KeyMsg) tea.Cmd {
	k := b.ctx.Keys
	switch {
	case msg.String() == "y" || msg.String() == "Y":
		id := b.confirmID
		b.mode, b.confirmID = modeList, 0
		return common.DeleteCmd(b.ctx.Store, b.tab, b.src.Entity(), id)
	case key.Matches(msg, k.Cancel), msg.String() == "N":
		b.mode, b.confirmID = modeList, 0
	}
	return nil
}

// updateForm feeds the form; a submitted form is saved off the UI
// goroutine and stays on screen until the store answers.
func (b *Browser) updateForm(msg tea.Msg) tea.Cmd {
	cmd, outcome, rec := b.form.Update(msg)
	switch outcome {
	case forms.Submitted:
		return tea.Batch(cmd, common.SaveCmd(b.ctx.Store, b.tab, b.form.Action(), rec))
	case forms.Cancelled:
		b.closeForm()
		return status(b.ctx.T("status.cancelled"), false)
	}
	return cmd
}

// saved handles the store's answer to this browser's save or delete.
func (b *Browser) saved(msg common.SavedMsg) tea.Cmd {
	if msg.Err != nil {
		if b.mode == modeForm && b.form != nil && b.form.Saving() {
			return b.form.Failed(msg.Err)
		}
		return status(b.ctx.Tr.Err(msg.Err), true)
	}
	if b.mode == modeForm {
		b.closeForm()
	}
	if msg.Record != nil && msg.Record.Entity() == b.src.Entity() {
		b.pending = msg.Record.GetID()
	}
	return nil
}

func (b *Browser) closeForm() {
	b.form = nil
	b.mode = modeList
	b.layout()
}

// cycleQuick moves to the next quick filter.
func (b *Browser) cycleQuick() tea.Cmd {
	b.quick = b.src.Quick(b.ctx, b.tbl.SelectedID())
	if len(b.quick) == 0 {
		return nil
	}
	b.quickIdx = (b.quickIdx + 1) % len(b.quick)
	b.applyQuick()
	b.refreshDetail()
	return status(b.ctx.T("status.quick", b.quick[b.quickIdx].Name, b.tbl.Len(), b.tbl.Total()), false)
}

// reapplyQuick refreshes the quick filter's closure after a reload (its
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
		return status(b.ctx.T("status.sort_none"), false)
	}
	cols := b.src.Columns(b.ctx)
	dir := b.ctx.T("status.sort_asc")
	if desc {
		dir = b.ctx.T("status.sort_desc")
	}
	return status(b.ctx.T("status.sort", cols[col].Title, dir), false)
}

// QuickName is the active quick filter's name ("" for all rows).
func (b *Browser) QuickName() string {
	if b.quickIdx == 0 || b.quickIdx >= len(b.quick) {
		return ""
	}
	return b.quick[b.quickIdx].Name
}

func status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return common.StatusMsg{Text: text, Error: isErr} }
}
