// Package forms builds one huh form per kind of record and shows it over
// the screen. Each add or edit gets a fresh form over a heap-allocated
// draft (strings as the user typed them); the draft is turned into a
// record only on submit, so a failed save can rebuild the form from the
// same draft and nothing typed is lost.
package forms

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
	"secretary/tui/keys"
)

// Draft is what a form edits: it builds the huh groups over its own fields
// and turns itself into a record.
type Draft interface {
	// Groups builds the form's fields bound to the draft's fields.
	Groups(ctx *common.Context) []*huh.Group
	// Record turns the draft into the record to save, or says which
	// fields are wrong (a *model.ValidationError).
	Record(ctx *common.Context) (model.MutableRecord, error)
	// Heading is the form's title ("新建任务", "修改计划 P-3").
	Heading(ctx *common.Context) string
	// Snapshot is the draft's content, to tell whether the user changed
	// anything before discarding it.
	Snapshot() string
}

// Committer is a draft that is not one record (the settings): it makes
// its own write.
type Committer interface {
	Commit(ctx *common.Context) func(*app.Service) (app.Result, error)
}

// Preparer is a draft that fills defaults from the ledger before the
// form opens (a rectification's registration date is its assessment's):
// what it fills counts as the form's starting point, not as a change.
type Preparer interface {
	Prepare(ctx *common.Context)
}

// SavedMsg tells whoever opened a form that its save went through, with
// the record saved (nil for the settings), so a list can put its cursor
// on it.
type SavedMsg struct {
	common.To
	Record model.Record
}

// Host runs one form as an overlay.
type Host struct {
	ctx    *common.Context
	id     common.ID
	owner  common.ID // who opened the form: told when the save went through
	draft  Draft
	orig   Draft // the draft as opened, to tell the fields the user changed
	action model.Action
	form   *huh.Form
	start  string // the draft's snapshot when opened

	banner     string // why the last save failed
	confirming bool   // asking whether to discard changes
	saving     bool
	// warns are the figures to confirm before pending is saved (model's
	// plausibility warnings): y saves, n goes back to the form.
	warns   []model.Warning
	pending model.MutableRecord
	width   int
	height  int
}

var _ common.Overlay = (*Host)(nil)

// NewHost opens a form over the draft for the component owner; action
// says how the save is journaled (create/update, close a rectification …).
func NewHost(ctx *common.Context, owner common.ID, d Draft, action model.Action) *Host {
	if p, ok := d.(Preparer); ok {
		p.Prepare(ctx) // before orig and start: what it fills is the form's starting point
	}
	h := &Host{ctx: ctx, id: ctx.NewID(), owner: owner, draft: d, orig: clone(d), action: action, start: d.Snapshot()}
	h.rebuild()
	return h
}

// ID is the form's address: the save's answer comes back to it.
func (h *Host) ID() common.ID { return h.id }

// Draft is the draft being edited, for tests.
func (h *Host) Draft() Draft { return h.draft }

// FocusedField is the key of the field with the focus (a record's field
// key such as "task.due"), or "" for one without a key.
func (h *Host) FocusedField() string {
	if f := h.form.GetFocusedField(); f != nil {
		return f.GetKey()
	}
	return ""
}

// Warnings are the figures the form asks to confirm before it saves, if
// it is asking.
func (h *Host) Warnings() []model.Warning { return h.warns }

func (h *Host) rebuild() {
	h.form = huh.NewForm(h.draft.Groups(h.ctx)...).
		WithShowHelp(true).
		WithShowErrors(true).
		WithTheme(formTheme()).
		WithKeyMap(keys.Huh(h.ctx.Tr))
	if h.width > 0 {
		h.form = h.form.WithWidth(h.width).WithHeight(h.formHeight())
	}
}

// Init focuses the first field.
func (h *Host) Init() tea.Cmd { return h.form.Init() }

// SetSize sets the area the form draws in.
func (h *Host) SetSize(w, hgt int) {
	h.width, h.height = w, hgt
	h.form = h.form.WithWidth(w).WithHeight(h.formHeight())
}

func (h *Host) formHeight() int { return max(4, h.height-3) } // title, banner, gap

// Update feeds a message to the form; on submit the save runs off the UI
// goroutine and its answer comes back here.
func (h *Host) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Recipient() != h.id {
			return h, nil
		}
		return h, h.saved(msg)
	case reloadedMsg:
		if msg.Recipient() == h.id {
			return h, h.takeTheirs()
		}
		return h, nil
	}
	if h.saving {
		return h, nil
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		if cmd, done := h.key(km); done {
			return h, cmd
		}
	}
	m, cmd := h.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	switch h.form.State {
	case huh.StateCompleted:
		return h, tea.Batch(cmd, h.submit())
	case huh.StateAborted:
		return h, h.cancel()
	}
	return h, cmd
}

// key handles the host's own keys: the discard question, ctrl+s and esc.
func (h *Host) key(km tea.KeyMsg) (tea.Cmd, bool) {
	k, yn := h.ctx.Keys.Form, h.ctx.Keys.Confirm
	if h.warns != nil {
		switch {
		case key.Matches(km, yn.Yes):
			rec := h.pending
			h.warns, h.pending = nil, nil
			h.saving = true
			return common.SaveCmd(h.ctx.App, h.id, h.action, rec), true
		case key.Matches(km, yn.No):
			h.warns, h.pending = nil, nil
			return h.reopen(), true
		}
		return nil, true
	}
	if h.confirming {
		switch {
		case key.Matches(km, yn.Yes):
			return h.cancel(), true
		case key.Matches(km, yn.No):
			h.confirming = false
		}
		return nil, true
	}
	switch {
	case key.Matches(km, k.Save):
		return h.submit(), true
	case key.Matches(km, k.Cancel) && !h.selectFiltering():
		if h.draft.Snapshot() == h.start {
			return h.cancel(), true
		}
		h.confirming = true
		return nil, true
	}
	return nil, false
}

func (h *Host) cancel() tea.Cmd {
	return tea.Batch(common.Close(h.id), common.Status(h.ctx.T("status.cancelled"), false))
}

// submit turns the draft into the write to make. ctrl+s does it from any
// field; huh does it after the last one. Fields are bound to the draft as
// the user types, so the draft is current either way.
func (h *Host) submit() tea.Cmd {
	a, to := h.ctx.App, h.id
	if c, ok := h.draft.(Committer); ok {
		write := c.Commit(h.ctx)
		h.saving = true
		return func() tea.Msg {
			res, err := write(a)
			return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err}
		}
	}
	rec, err := h.draft.Record(h.ctx)
	if err != nil {
		return h.failed(err)
	}
	// Every problem at once, before the save: the record's own checks
	// and the save rules (a date in the future, the owner as verifier).
	today := model.Today(h.ctx.Clock)
	model.FillDefaults(rec, h.ctx.Ledger)
	if err := model.ValidateSave(rec, h.ctx.Ledger, today); err != nil {
		return h.failed(err)
	}
	var before model.Record
	if rec.GetID() != 0 {
		before = h.ctx.Ledger.Record(rec.Entity(), rec.GetID())
	}
	if ws := model.NewChecker(h.ctx.Ledger, today).Warnings(rec, before); len(ws) > 0 {
		h.warns, h.pending, h.banner = ws, rec, ""
		return nil
	}
	h.saving = true
	return common.SaveCmd(a, to, h.action, rec)
}

// reopen puts a form that huh considers finished back into editing.
func (h *Host) reopen() tea.Cmd {
	if h.form.State == huh.StateNormal {
		return nil
	}
	h.rebuild()
	return h.form.Init()
}

// saved closes the form when the save went through and tells its owner;
// otherwise it shows why and reopens the form with everything typed.
// When another window changed the record meanwhile, the save was refused
// rather than write over that change: the ledger is read again and the
// form takes the other window's values in the fields the user left alone.
func (h *Host) saved(w common.WroteMsg) tea.Cmd {
	if errors.Is(w.Err, app.ErrChanged) {
		cmd := h.failed(w.Err)
		to := h.id
		return tea.Batch(cmd, tea.Sequence(common.LoadCmd(h.ctx.App), func() tea.Msg { return reloadedMsg{To: common.To{ID: to}} }))
	}
	if w.Err != nil {
		return h.failed(w.Err)
	}
	owner, rec := h.owner, w.Record
	return tea.Batch(common.Close(h.id), func() tea.Msg { return SavedMsg{To: common.To{ID: owner}, Record: rec} })
}

// reloadedMsg says the ledger was read again after a refused save.
type reloadedMsg struct{ common.To }

// takeTheirs rebuilds the form on the record as the other window left
// it, keeping every field the user changed.
func (h *Host) takeTheirs() tea.Cmd {
	r, ok := h.draft.(Reloader)
	if !ok {
		return nil
	}
	fresh := r.Reload(h.ctx)
	if fresh == nil {
		return nil // deleted meanwhile: the banner says so on the next save
	}
	h.draft, h.orig = merged(h.orig, h.draft, fresh), clone(fresh)
	h.banner += " " + h.ctx.T("form.took_theirs")
	h.rebuild()
	if h.width > 0 {
		h.form = h.form.WithWidth(h.width).WithHeight(h.formHeight())
	}
	return h.form.Init()
}

// failed shows why the save failed and reopens the form on the same
// draft, with every value the user typed.
func (h *Host) failed(err error) tea.Cmd {
	h.saving = false
	h.banner = h.ctx.Tr.Err(err)
	return h.reopen() // still editing, the banner is enough; else back to the form
}

// selectFiltering reports whether the focused field is a select whose
// filter is open: there esc closes the filter, not the form.
func (h *Host) selectFiltering() bool {
	type filterer interface{ GetFiltering() bool }
	if f, ok := h.form.GetFocusedField().(filterer); ok {
		return f.GetFiltering()
	}
	return false
}

// View draws the title, the error banner, the form, and the discard
// question when it is asked.
func (h *Host) View() string {
	st := h.ctx.Styles
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(h.draft.Heading(h.ctx)))
	b.WriteString("\n")
	switch {
	case h.warns != nil:
		b.WriteString(h.warningsView())
	case h.confirming:
		b.WriteString(st.Warning.Render(h.ctx.T("form.discard")))
	case h.saving:
		b.WriteString(st.Faint.Render(h.ctx.T("form.saving")))
	case h.banner != "":
		b.WriteString(st.StatusError.Render(detail.Wrap(h.ctx.T("form.save_failed", h.banner), h.width)))
	}
	b.WriteString("\n")
	b.WriteString(h.form.View())
	return lipgloss.NewStyle().MaxHeight(max(1, h.height)).Render(b.String())
}

// warningsView lists the figures to confirm and asks.
func (h *Host) warningsView() string {
	st := h.ctx.Styles
	var b strings.Builder
	b.WriteString(st.Warning.Render(h.ctx.T("form.warn_head")))
	for _, w := range h.warns {
		b.WriteString("\n" + st.Warning.Render(detail.Wrap("⚠ "+h.ctx.Tr.FieldErr(i18n.FieldMsg{Field: w.Field, Msg: w.Msg}), h.width)))
	}
	b.WriteString("\n" + st.Warning.Render(h.ctx.T("form.warn_confirm")))
	return b.String()
}

// ShortHelp is the form's own keys; huh shows the field's keys itself.
func (h *Host) ShortHelp() []key.Binding {
	if h.confirming || h.warns != nil {
		return h.ctx.Keys.Confirm.ShortHelp()
	}
	return h.ctx.Keys.Form.ShortHelp()
}

// FullHelp is the same.
func (h *Host) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
