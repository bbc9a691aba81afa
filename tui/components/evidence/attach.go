package evidence

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// Target is what evidence is attached to: a ledger record (a file about
// it, then the indicators it supports) or an indicator (a file, or a
// ledger record named by its code, for that indicator).
type Target struct {
	Record    model.RecordRef
	Indicator model.ID
}

type attachStep int

const (
	stepPath attachStep = iota
	stepTitle
	stepIndicators
	stepSaving
)

// Attach is the a flow: name a file (or, for an indicator, a record's
// code), describe it, pick the indicators it supports, save.
type Attach struct {
	ctx    *common.Context
	id     common.ID
	target Target
	step   attachStep
	path   textinput.Model
	title  textinput.Model
	list   checklist
	record model.RecordRef // a record named instead of a file
	err    string
	width  int
	height int
}

var _ common.Overlay = (*Attach)(nil)

// NewAttach starts attaching evidence to the target.
func NewAttach(ctx *common.Context, t Target) *Attach {
	a := &Attach{ctx: ctx, id: ctx.NewID(), target: t}
	a.path = input(ctx.Folder() + string(filepath.Separator))
	a.title = input("")
	a.title.Blur()
	return a
}

func input(v string) textinput.Model {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = 1024
	in.Cursor.SetMode(cursor.CursorStatic)
	in.SetValue(v)
	in.CursorEnd()
	in.Focus()
	return in
}

// ID is the flow's address.
func (a *Attach) ID() common.ID { return a.id }

// Init does nothing.
func (a *Attach) Init() tea.Cmd { return nil }

// SetSize sets the area.
func (a *Attach) SetSize(w, h int) {
	a.width, a.height = w, h
	a.path.Width, a.title.Width = max(10, w-4), max(10, w-4)
}

// Update moves the flow on.
func (a *Attach) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Recipient() != a.id {
			return a, nil
		}
		if msg.Err != nil {
			a.step, a.err = stepPath, a.ctx.Tr.Err(msg.Err)
			a.path.Focus()
			return a, nil
		}
		return a, tea.Batch(common.Close(a.id), common.Status(a.done(msg), false))
	case tea.KeyMsg:
		return a, a.key(msg)
	}
	return a, nil
}

// done is the status line after a save.
func (a *Attach) done(msg common.WroteMsg) string {
	if ev, ok := msg.Record.(*model.Evidence); ok && ev != nil {
		return a.ctx.T("evidence.attached", model.CodeOf(ev), ev.Title)
	}
	return a.ctx.T("evidence.linked", a.record.Code())
}

func (a *Attach) key(km tea.KeyMsg) tea.Cmd {
	fl := a.ctx.Keys.Flow
	if a.step == stepSaving {
		return nil
	}
	if key.Matches(km, fl.Cancel) {
		if a.step == stepIndicators {
			a.step = stepTitle
			a.title.Focus()
			return nil
		}
		return common.Close(a.id)
	}
	switch a.step {
	case stepPath:
		if key.Matches(km, fl.Accept) {
			return a.acceptPath()
		}
		var cmd tea.Cmd
		a.path, cmd = a.path.Update(km)
		return cmd
	case stepTitle:
		if key.Matches(km, fl.Accept) {
			if a.target.Indicator != 0 {
				return a.save()
			}
			a.step = stepIndicators
			a.list = newChecklist(a.ctx.Ledger, activeRubric(a.ctx.Ledger), linksOf(a.ctx.Ledger, a.target.Record))
			return nil
		}
		var cmd tea.Cmd
		a.title, cmd = a.title.Update(km)
		return cmd
	case stepIndicators:
		if key.Matches(km, fl.Accept) {
			return a.save()
		}
		a.list.update(a.ctx, km, a.listHeight())
	}
	return nil
}

// acceptPath takes the typed path: a file goes on to its description;
// for an indicator, a record's code that is not a file links the
// record at once.
func (a *Attach) acceptPath() tea.Cmd {
	typed := strings.TrimSpace(a.path.Value())
	path := a.ctx.ExpandPath(typed)
	a.err = ""
	if a.target.Indicator != 0 {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			if e, id, ok := model.ParseCode(typed); ok && model.Linkable(e) && a.ctx.Ledger.Record(e, id) != nil {
				a.record = model.RecordRef{Entity: e, ID: id}
				return a.save()
			}
		}
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		a.err = a.ctx.Tr.Msg(model.M(app.MsgEvidenceNoFile, path))
		return nil
	case err == nil && fi.IsDir():
		a.err = a.ctx.Tr.Msg(model.M(app.MsgEvidenceFolder, path))
		return nil
	}
	a.step = stepTitle
	a.path.Blur()
	a.title.Placeholder = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return a.title.Focus()
}

func (a *Attach) listHeight() int { return max(3, a.height-6) }

// save runs the write: the file attached, or the record linked.
func (a *Attach) save() tea.Cmd {
	a.step = stepSaving
	svc, to := a.ctx.App, a.id
	if !a.record.IsZero() {
		ref, ids := a.record, appendID(linksOf(a.ctx.Ledger, a.record), a.target.Indicator)
		return func() tea.Msg {
			res, err := svc.LinkRecord(ref, ids)
			return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err}
		}
	}
	req := app.AttachRequest{Path: a.ctx.ExpandPath(a.path.Value()), Title: strings.TrimSpace(a.title.Value()), Record: a.target.Record}
	if a.target.Indicator != 0 {
		req.Indicators = []model.ID{a.target.Indicator}
	} else {
		req.Indicators = a.list.ids(nil)
	}
	return func() tea.Msg {
		res, ev, err := svc.AttachFile(req)
		var rec model.Record
		if ev != nil {
			rec = ev
		}
		return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err, Record: rec}
	}
}

// View draws the step.
func (a *Attach) View() string {
	st, ctx := a.ctx.Styles, a.ctx
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(ctx.T("evidence.attach_title")) + "\n")
	b.WriteString(detail.Wrap(a.about(), max(10, a.width)) + "\n\n")
	switch a.step {
	case stepPath:
		hint := ctx.T("evidence.path_hint")
		if a.target.Indicator != 0 {
			hint = ctx.T("evidence.path_or_code_hint")
		}
		b.WriteString(ctx.T("evidence.path_label") + "\n" + a.path.View() + "\n")
		b.WriteString(st.Faint.Render(detail.Wrap(hint, max(10, a.width))))
		if a.err != "" {
			b.WriteString("\n\n" + st.StatusError.Render(detail.Wrap(a.err, max(10, a.width))))
		}
	case stepTitle:
		b.WriteString(st.Faint.Render(ctx.T("evidence.path_label")) + " " + filepath.Base(a.ctx.ExpandPath(a.path.Value())) + "\n\n")
		b.WriteString(ctx.T("evidence.title_label") + "\n" + a.title.View() + "\n")
		b.WriteString(st.Faint.Render(ctx.T("evidence.title_hint")))
	case stepIndicators:
		b.WriteString(ctx.T("evidence.pick_indicators", a.list.count()) + "\n")
		b.WriteString(a.list.view(ctx, a.width, a.listHeight()))
	case stepSaving:
		b.WriteString(st.Faint.Render(ctx.T("evidence.saving")))
	}
	return b.String()
}

// about names what the evidence is for.
func (a *Attach) about() string {
	l := a.ctx.Ledger
	if a.target.Indicator != 0 {
		if in := l.Indicator(a.target.Indicator); in != nil {
			return a.ctx.T("evidence.for_indicator", in.DisplayName())
		}
	}
	return a.ctx.T("evidence.about_record", describe(a.ctx, a.target.Record))
}

// ShortHelp lists the step's keys.
func (a *Attach) ShortHelp() []key.Binding {
	fl, ek := a.ctx.Keys.Flow, a.ctx.Keys.Evidence
	if a.step == stepIndicators {
		return []key.Binding{a.ctx.Keys.Nav.Up, a.ctx.Keys.Nav.Down, ek.Toggle, fl.Accept, fl.Cancel}
	}
	return []key.Binding{fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (a *Attach) FullHelp() [][]key.Binding { return [][]key.Binding{a.ShortHelp()} }

// describe names a record: 活动 A-3「title」.
func describe(ctx *common.Context, ref model.RecordRef) string {
	r := ctx.Ledger.Record(ref.Entity, ref.ID)
	if r == nil {
		return ref.Code()
	}
	name := r.DisplayName()
	if n, ok := r.(model.NamedIn); ok {
		name = n.NameIn(ctx.Lang())
	}
	return ctx.T("describe.record", ctx.L(ref.Entity.Label()), ref.Code(), name)
}

// activeRubric is the ledger's active rubric's number, or 0.
func activeRubric(l *model.Ledger) model.ID {
	if r := l.ActiveRubric(); r != nil {
		return r.ID
	}
	return 0
}

// linksOf are the indicators the record itself is evidence for.
func linksOf(l *model.Ledger, ref model.RecordRef) []model.ID {
	if ev := model.RecordEvidence(l, ref.Entity, ref.ID); ev != nil {
		return append([]model.ID(nil), ev.Indicators...)
	}
	return nil
}

func appendID(ids []model.ID, id model.ID) []model.ID {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}
