// Package forms builds one huh form per kind of record and hosts it in a
// view. Each add or edit gets a fresh form over a heap-allocated draft
// (strings as the user typed them); the draft is turned into a record only
// on submit, so a failed save can rebuild the form from the same draft
// and nothing typed is lost.
package forms

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
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

// Outcome is what happened to the form after a message.
type Outcome int

// Form outcomes.
const (
	Editing   Outcome = iota
	Submitted         // Record() succeeded; the host waits for the save
	Cancelled
)

// Host runs one form.
type Host struct {
	ctx    *common.Context
	draft  Draft
	action model.Action
	form   *huh.Form
	start  string // the draft's snapshot when opened

	banner     string // why the last save failed
	confirming bool   // asking whether to discard changes
	saving     bool
	width      int
	height     int
}

// NewHost opens a form over the draft; action says how the save is
// journaled (create/update, close a rectification, …).
func NewHost(ctx *common.Context, d Draft, action model.Action) *Host {
	h := &Host{ctx: ctx, draft: d, action: action, start: d.Snapshot()}
	h.rebuild()
	return h
}

// Action is how the save will be journaled.
func (h *Host) Action() model.Action { return h.action }

func (h *Host) rebuild() {
	h.form = huh.NewForm(h.draft.Groups(h.ctx)...).
		WithShowHelp(true).
		WithShowErrors(true).
		WithTheme(Theme(h.ctx)).
		WithKeyMap(keyMap(h.ctx))
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

// Saving reports whether the host is waiting for the store.
func (h *Host) Saving() bool { return h.saving }

// Failed shows why the save failed and reopens the form on the same
// draft, with every value the user typed.
func (h *Host) Failed(err error) tea.Cmd {
	h.saving = false
	h.banner = h.ctx.Tr.Err(err)
	if h.form.State == huh.StateNormal {
		return nil // still editing: the banner is enough
	}
	h.rebuild()
	if h.width > 0 {
		h.form = h.form.WithWidth(h.width).WithHeight(h.formHeight())
	}
	return h.form.Init()
}

// Update feeds a message to the form and reports the outcome. On
// Submitted, rec is the record to save.
func (h *Host) Update(msg tea.Msg) (tea.Cmd, Outcome, model.MutableRecord) {
	if h.saving {
		return nil, Editing, nil
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		if h.confirming {
			switch {
			case key.Matches(km, h.ctx.Keys.Confirm) && km.String() != "enter":
				return nil, Cancelled, nil
			case key.Matches(km, h.ctx.Keys.Cancel):
				h.confirming = false
			}
			return nil, Editing, nil
		}
		if km.String() == "ctrl+s" {
			return h.submit(nil)
		}
		if km.String() == "esc" && !h.selectFiltering() {
			if h.draft.Snapshot() == h.start {
				return nil, Cancelled, nil
			}
			h.confirming = true
			return nil, Editing, nil
		}
	}
	m, cmd := h.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	switch h.form.State {
	case huh.StateCompleted:
		return h.submit(cmd)
	case huh.StateAborted:
		return nil, Cancelled, nil
	}
	return cmd, Editing, nil
}

// submit turns the draft into a record to save. ctrl+s does it from any
// field; huh does it after the last one. Fields are bound to the draft as
// the user types, so the draft is current either way.
func (h *Host) submit(cmd tea.Cmd) (tea.Cmd, Outcome, model.MutableRecord) {
	rec, err := h.draft.Record(h.ctx)
	if err != nil {
		return tea.Batch(cmd, h.Failed(err)), Editing, nil
	}
	h.saving = true
	return cmd, Submitted, rec
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
