package evidence

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/model/rubrics"
	"secretary/model/sheet"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
	"secretary/tui/components/detail"
	"secretary/tui/forms"
)

// Rubrics is the R menu: the ledger's rubrics, which is active (enter
// chooses), the sample (s), a rubric from a file (i), a new empty one
// (n), renaming (e) and deleting (d, asked first).
type Rubrics struct {
	ctx      *common.Context
	id       common.ID
	cursor   int
	prompt   bool
	path     textinput.Model
	busy     bool
	result   string
	failed   bool
	problems []string
	width    int
	height   int
}

var _ common.Overlay = (*Rubrics)(nil)

// rubricReadMsg is a rubric file read and checked.
type rubricReadMsg struct {
	common.To
	file *sheet.RubricFile
	err  error
}

// NewRubrics opens the menu on the active rubric.
func NewRubrics(ctx *common.Context) *Rubrics {
	r := &Rubrics{ctx: ctx, id: ctx.NewID()}
	if a := ctx.Ledger.ActiveRubric(); a != nil {
		for i := range ctx.Ledger.Rubrics {
			if ctx.Ledger.Rubrics[i].ID == a.ID {
				r.cursor = i
			}
		}
	}
	return r
}

// ID is the menu's address.
func (r *Rubrics) ID() common.ID { return r.id }

// Init does nothing.
func (r *Rubrics) Init() tea.Cmd { return nil }

// SetSize sets the area.
func (r *Rubrics) SetSize(w, h int) { r.width, r.height = w, h; r.path.Width = max(10, w-4) }

func (r *Rubrics) selected() *model.Rubric {
	l := r.ctx.Ledger
	if r.cursor >= 0 && r.cursor < len(l.Rubrics) {
		return &l.Rubrics[r.cursor]
	}
	return nil
}

// Update handles the menu's keys and the writes' answers.
func (r *Rubrics) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Recipient() != r.id {
			return r, nil
		}
		r.busy, r.failed = false, msg.Err != nil
		if msg.Err != nil {
			r.result = r.ctx.Tr.Err(msg.Err)
		} else {
			r.result, r.problems = r.ctx.T("evidence.rubrics_saved"), nil
		}
		r.cursor = min(r.cursor, max(0, len(r.ctx.Ledger.Rubrics)-1))
		return r, nil
	case rubricReadMsg:
		if msg.Recipient() != r.id {
			return r, nil
		}
		return r, r.read(msg)
	case forms.SavedMsg:
		if msg.Recipient() == r.id {
			r.result, r.failed = r.ctx.T("evidence.rubrics_saved"), false
		}
		return r, nil
	case tea.KeyMsg:
		if r.busy {
			return r, nil
		}
		if r.prompt {
			return r, r.promptKey(msg)
		}
		return r, r.key(msg)
	}
	return r, nil
}

func (r *Rubrics) key(km tea.KeyMsg) tea.Cmd {
	nav, b, ek, fl := r.ctx.Keys.Nav, r.ctx.Keys.Browse, r.ctx.Keys.Evidence, r.ctx.Keys.Flow
	l := r.ctx.Ledger
	// A rubric's form, its delete question and the import prompt lead to
	// a change: on a read-only ledger they are refused before they open,
	// not when the filled-in form is saved. (Choosing the active rubric
	// and loading the sample are refused in write.)
	if key.Matches(km, b.New, b.Edit, b.Delete, r.ctx.Keys.Global.Import) {
		if refuse := r.ctx.RefuseWrite(); refuse != nil {
			return refuse
		}
	}
	switch {
	case key.Matches(km, fl.Cancel):
		return common.Close(r.id)
	case key.Matches(km, nav.Up):
		r.cursor = max(0, r.cursor-1)
	case key.Matches(km, nav.Down):
		r.cursor = min(max(0, len(l.Rubrics)-1), r.cursor+1)
	case key.Matches(km, fl.Accept):
		if s := r.selected(); s != nil {
			return r.write(func(a *app.Service) (app.Result, error) { return a.ActivateRubric(s.ID) })
		}
	case key.Matches(km, ek.Sample):
		lang := r.ctx.Lang()
		return r.write(func(a *app.Service) (app.Result, error) {
			res, err := a.ImportRubric(app.RubricImportRequest{File: app.SampleRubric(lang), Title: rubrics.SampleTitle(lang),
				Sample: true, Notes: rubrics.SampleNote(lang), Activate: true})
			return res.Result, err
		})
	case key.Matches(km, r.ctx.Keys.Global.Import):
		r.prompt, r.result, r.problems = true, "", nil
		r.path = input(r.ctx.Folder() + "/")
		r.path.Width = max(10, r.width-4)
	case key.Matches(km, b.New):
		return common.Open(forms.NewHost(r.ctx, r.id, forms.NewRubricDraft(), model.ActCreate))
	case key.Matches(km, b.Edit):
		if s := r.selected(); s != nil {
			return common.Open(forms.NewHost(r.ctx, r.id, forms.EditRubricDraft(*s), model.ActUpdate))
		}
	case key.Matches(km, b.Delete):
		if s := r.selected(); s != nil {
			n := model.BuildCoverage(l, s.ID, nil)
			ask := confirm.Ask{Title: r.ctx.T("confirm.delete_title"),
				Question: r.ctx.T("evidence.delete_rubric", model.CodeOf(s), s.Title, len(n.Rows)),
				Hint:     r.ctx.T("confirm.undo_hint"), Keys: r.ctx.T("confirm.keys")}
			return common.Open(confirm.New(r.ctx, ask, common.DeleteCmd(r.ctx.App, r.id, model.EntityRubric, s.ID)))
		}
	}
	return nil
}

// write runs one of the menu's writes.
func (r *Rubrics) write(fn func(*app.Service) (app.Result, error)) tea.Cmd {
	if refuse := r.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	r.busy, r.result = true, ""
	svc, to := r.ctx.App, r.id
	return func() tea.Msg {
		res, err := fn(svc)
		return common.WroteMsg{To: common.To{ID: to}, Result: res, Err: err}
	}
}

func (r *Rubrics) promptKey(km tea.KeyMsg) tea.Cmd {
	pr := r.ctx.Keys.Prompt
	switch {
	case key.Matches(km, pr.Cancel):
		r.prompt = false
		return nil
	case key.Matches(km, pr.Accept):
		r.prompt, r.busy = false, true
		path, to := r.ctx.ExpandPath(r.path.Value()), r.id
		return func() tea.Msg {
			f, err := app.ReadRubricFile(path)
			return rubricReadMsg{To: common.To{ID: to}, file: f, err: err}
		}
	}
	var cmd tea.Cmd
	r.path, cmd = r.path.Update(km)
	return cmd
}

// read imports a checked file, or lists its problems.
func (r *Rubrics) read(msg rubricReadMsg) tea.Cmd {
	r.busy = false
	switch {
	case msg.err != nil:
		r.result, r.failed = r.ctx.Tr.Err(msg.err), true
		return nil
	case !msg.file.OK():
		r.result, r.failed = r.ctx.T("evidence.rubric_problems", msg.file.Name, len(msg.file.Problems)), true
		r.problems = nil
		for _, p := range msg.file.Problems {
			r.problems = append(r.problems, r.ctx.Tr.Msg(p.Message()))
		}
		return nil
	}
	f := msg.file
	return r.write(func(a *app.Service) (app.Result, error) {
		res, err := a.ImportRubric(app.RubricImportRequest{File: f})
		return res.Result, err
	})
}

// View draws the list, then the last result or the file prompt.
func (r *Rubrics) View() string {
	st, ctx, l := r.ctx.Styles, r.ctx, r.ctx.Ledger
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(ctx.T("evidence.rubrics_title")) + "\n\n")
	if len(l.Rubrics) == 0 {
		b.WriteString(st.Faint.Render(detail.Wrap(ctx.T("evidence.no_rubric_yet"), max(10, r.width))) + "\n")
	}
	active := l.ActiveRubric()
	for i := range l.Rubrics {
		rb := &l.Rubrics[i]
		cov := model.BuildCoverage(l, rb.ID, nil)
		mark := "  "
		if active != nil && active.ID == rb.ID {
			mark = "✓ "
		}
		line := fmt.Sprintf("%s%s %s · %s", mark, model.CodeOf(rb), rb.Title, ctx.T("evidence.rubric_line", len(cov.Rows), cov.Max.String()))
		line = lipglossMax(line, max(4, r.width-2))
		if i == r.cursor {
			line = st.TableSelected.Render("› " + line)
		} else {
			line = "  " + line
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + st.Faint.Render(detail.Wrap(ctx.T("evidence.rubrics_hint"), max(10, r.width))) + "\n")
	switch {
	case r.prompt:
		b.WriteString("\n" + ctx.T("evidence.rubric_file") + "\n" + r.path.View() + "\n")
	case r.busy:
		b.WriteString("\n" + st.Faint.Render(ctx.T("evidence.saving")) + "\n")
	case r.result != "":
		style := st.StatusOK
		if r.failed {
			style = st.StatusError
		}
		b.WriteString("\n" + style.Render(detail.Wrap(r.result, max(10, r.width))) + "\n")
		for _, p := range r.problems {
			b.WriteString(detail.Wrap("- "+p, max(10, r.width)) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// ShortHelp lists the menu's keys.
func (r *Rubrics) ShortHelp() []key.Binding {
	if r.prompt {
		return r.ctx.Keys.Prompt.ShortHelp()
	}
	b, ek, fl := r.ctx.Keys.Browse, r.ctx.Keys.Evidence, r.ctx.Keys.Flow
	return []key.Binding{fl.Accept, ek.Sample, r.ctx.Keys.Global.Import, b.New, b.Edit, b.Delete, fl.Cancel}
}

// FullHelp is the same.
func (r *Rubrics) FullHelp() [][]key.Binding { return [][]key.Binding{r.ShortHelp()} }
