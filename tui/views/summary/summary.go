// Package summary is the Summary tab (汇总): the meeting summary for a
// period, scrollable, written to a file (w) or sent to the printer (P);
// and one person's task slip (任务单), opened with p on a person in the
// Task owners tab.
package summary

import (
	"context"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	msum "secretary/model/summary"
	"secretary/printout"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// printTimeout bounds a print or a PDF: Chromium can take seconds, never
// minutes.
const printTimeout = 2 * time.Minute

// View is the Summary tab.
type View struct {
	ctx *common.Context
	id  common.ID

	kind   msum.PeriodKind
	period msum.Period
	sum    *msum.Summary
	slip   *msum.Slip // set while a task slip is shown
	err    string

	vp     viewport.Model
	prompt textinput.Model
	asking bool   // the file-name prompt of w is open
	busy   bool   // writing or printing
	done   string // what the last write or print said, kept while the day is recorded
	// stale is set when the ledger or the language changed while the tab
	// was hidden: building a summary of a large ledger takes tens of
	// milliseconds, so it is built when the tab is shown, not on every
	// save made elsewhere.
	stale bool

	width, height int
}

var _ common.Tab = (*View)(nil)

// New makes the tab on this semester.
func New(ctx *common.Context) *View {
	v := &View{ctx: ctx, id: ctx.NewID(), kind: msum.PeriodSemester, vp: viewport.New(0, 0)}
	v.period, _ = msum.Preset(v.kind, ctx.Today(), 0)
	return v
}

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode is true while the file name is typed.
func (v *View) InputMode() bool { return v.asking }

// Showing is tasks: a CSV from here is the responsibility list.
func (v *View) Showing() model.Entity { return model.EntityTask }

// SetSize sets the tab's area: one line for the period, the rest for
// the text.
func (v *View) SetSize(w, h int) {
	changed := w != v.width
	v.width, v.height = w, h
	v.prompt.Width = max(10, w-4)
	v.layout()
	if changed {
		v.rebuild()
	}
}

// layout gives the text what the period line and the footer leave.
func (v *View) layout() {
	v.vp.Width = v.width
	v.vp.Height = max(1, v.height-2)
	if foot := v.footer(); foot != "" {
		v.vp.Height = max(1, v.height-2-strings.Count(foot, "\n")-1)
	}
}

// rebuild makes the summary (about 3 ms at 10,000 records) or the slip
// again after the ledger, the period, the width or the language changed.
func (v *View) rebuild() {
	if v.width <= 0 {
		return
	}
	v.stale = false
	lang, today := v.ctx.Lang(), v.ctx.Today()
	if v.slip != nil {
		if sl, err := msum.BuildSlip(v.ctx.Ledger, v.slip.Owner.ID, today); err == nil {
			v.slip = sl
		}
		v.vp.SetContent(msum.SlipText(v.slip, lang, v.width))
		return
	}
	v.sum = msum.Build(v.ctx.Ledger, v.period, today)
	v.vp.SetContent(msum.Text(v.sum, lang, v.width))
}

// showSlip shows one person's task slip (p on a person).
func (v *View) showSlip(owner model.ID) {
	sl, err := msum.BuildSlip(v.ctx.Ledger, owner, v.ctx.Today())
	v.err = ""
	if err != nil {
		v.err = v.ctx.Tr.Err(err)
		v.layout()
		return
	}
	v.slip = sl
	v.vp.GotoTop()
	v.rebuild()
}

// document is what w and P act on: the slip if one is shown.
func (v *View) document() msum.Document {
	if v.slip != nil {
		return v.slip
	}
	return v.sum
}

// Update handles the tab's keys and the results of writing and printing,
// which come back here whichever tab is on screen by then.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LedgerChangedMsg, common.LanguageMsg:
		v.stale = true
	case common.ShownMsg:
		if v.stale {
			v.rebuild()
		}
	case common.ShowSlipMsg:
		v.showSlip(msg.Owner)
	case doneMsg:
		if msg.Recipient() == v.id {
			v.busy = false
			cmd := v.finished(msg)
			v.layout()
			return v, cmd
		}
	case common.WroteMsg:
		if msg.Recipient() == v.id {
			// The day of the summary was recorded (or could not be).
			if msg.Err != nil {
				return v, common.Status(v.ctx.Tr.Err(msg.Err), true)
			}
			return v, common.Status(v.done, false)
		}
	case tea.KeyMsg:
		if v.asking {
			return v, v.updatePrompt(msg)
		}
		if v.busy {
			return v, nil
		}
		return v, v.key(msg)
	}
	return v, nil
}

func (v *View) key(msg tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys.Summary
	switch {
	case v.slip != nil && key.Matches(msg, k.Back):
		v.slip = nil
		v.rebuild()
	case v.slip == nil && key.Matches(msg, k.Prev):
		v.period = v.period.Prev()
		v.rebuild()
	case v.slip == nil && key.Matches(msg, k.Next):
		v.period = v.period.Next()
		v.rebuild()
	case v.slip == nil && key.Matches(msg, k.Kind):
		v.nextKind(v.ctx.Today())
	case key.Matches(msg, k.Write):
		return v.ask()
	case key.Matches(msg, k.Print):
		v.busy = true
		v.layout()
		return v.print()
	default:
		v.ctx.Scroll(&v.vp, msg)
	}
	return nil
}

// ask opens the file-name prompt of w, suggesting a name in the user's
// folder.
func (v *View) ask() tea.Cmd {
	v.asking = true
	name := v.document().FileName(msum.FormatPDF, v.ctx.Lang())
	v.prompt = textinput.New()
	v.prompt.Prompt = "> "
	v.prompt.Cursor.SetMode(cursor.CursorStatic)
	v.prompt.SetValue(filepath.Join(v.ctx.Env.Folder, name))
	v.prompt.CursorEnd()
	v.prompt.Width = max(10, v.width-4)
	v.layout()
	return v.prompt.Focus()
}

// nextKind moves to the next preset period: semester, month, school
// year, since the last summary.
func (v *View) nextKind(today model.Date) {
	kinds := msum.Presets()
	for i, k := range kinds {
		if k == v.kind {
			next := kinds[(i+1)%len(kinds)]
			p, err := msum.Preset(next, today, v.ctx.Ledger.Settings.LastSummary)
			if err != nil {
				// No summary recorded yet: skip "since the last".
				next = kinds[(i+2)%len(kinds)]
				p, _ = msum.Preset(next, today, v.ctx.Ledger.Settings.LastSummary)
			}
			v.kind, v.period = next, p
			v.vp.GotoTop()
			v.rebuild()
			return
		}
	}
}

// updatePrompt edits the file name of w; enter writes, esc cancels.
func (v *View) updatePrompt(msg tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys.Prompt
	switch {
	case key.Matches(msg, k.Cancel):
		v.asking = false
		v.layout()
		return nil
	case key.Matches(msg, k.Accept):
		v.asking, v.busy = false, true
		v.layout()
		return v.write(strings.TrimSpace(v.prompt.Value()))
	}
	var cmd tea.Cmd
	v.prompt, cmd = v.prompt.Update(msg)
	return cmd
}

// doneMsg ends a write or a print.
type doneMsg struct {
	common.To
	text    string
	err     error
	printed bool // a meeting summary left the program: record the day
}

// printEnv is the machine as printing sees it.
func (v *View) printEnv() printout.Env {
	env := printout.System()
	if v.ctx.Env.Getenv != nil {
		env.Getenv = v.ctx.Env.Getenv
	}
	if v.ctx.Env.GOOS != "" {
		env.GOOS = v.ctx.Env.GOOS
	}
	return env
}

// write renders the document to the path, in the format its extension
// names (.pdf, .html, .md, .txt).
func (v *View) write(path string) tea.Cmd {
	d, lang, tr, isSum, to, env := v.document(), v.ctx.Lang(), v.ctx.Tr, v.slip == nil, v.id, v.printEnv()
	return func() tea.Msg {
		f, ok := msum.FormatOfPath(path)
		if !ok {
			return doneMsg{To: common.To{ID: to}, err: model.NewMsgError("summary_tab.bad_extension", filepath.Ext(path))}
		}
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		if err := printout.WriteFile(ctx, env, path, d, f, msum.Options{Lang: lang}); err != nil {
			return doneMsg{To: common.To{ID: to}, err: err}
		}
		return doneMsg{To: common.To{ID: to}, text: tr.T("summary_tab.written", path), printed: isSum}
	}
}

// print sends the document to the printer (or says where it was kept).
func (v *View) print() tea.Cmd {
	d, lang, tr, isSum, to, env := v.document(), v.ctx.Lang(), v.ctx.Tr, v.slip == nil, v.id, v.printEnv()
	fallback := filepath.Join(v.ctx.Env.Folder, d.FileName(msum.FormatPDF, lang))
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		res, err := printout.Print(ctx, env, d, msum.Options{Lang: lang}, fallback)
		if err != nil {
			return doneMsg{To: common.To{ID: to}, err: err}
		}
		return doneMsg{To: common.To{ID: to}, text: tr.Msg(res.Msg()), printed: isSum && res.Method != printout.MethodNone}
	}
}

// finished reports a write or print, and records today as the day of
// the last summary (one undoable step) so "since the last summary" works.
func (v *View) finished(msg doneMsg) tea.Cmd {
	if msg.err != nil {
		return common.Status(v.ctx.Tr.Err(msg.err), true)
	}
	status := common.Status(msg.text, false)
	if !msg.printed || v.ctx.App.CanWrite() != nil {
		return status
	}
	set, today := v.ctx.Ledger.Settings, v.ctx.Today()
	if set.LastSummary == today {
		return status
	}
	set.LastSummary = today
	v.done = msg.text
	return common.SaveSettingsCmd(v.ctx.App, v.id, set)
}

// footer is the prompt, the working line or the error under the text.
func (v *View) footer() string {
	st := v.ctx.Styles
	switch {
	case v.asking:
		return v.ctx.T("summary_tab.where") + "\n" + v.prompt.View()
	case v.busy:
		return st.Faint.Render(v.ctx.T("summary_tab.working"))
	case v.err != "":
		return st.StatusError.Render(v.err)
	}
	return ""
}

// View draws the period line and the text.
func (v *View) View() string {
	st := v.ctx.Styles
	var head string
	switch {
	case v.slip != nil:
		head = st.FilterPrompt.Render(v.ctx.T("summary_tab.slip", v.slip.Owner.Name)) + st.Faint.Render("  "+v.ctx.T("summary_tab.slip_back"))
	default:
		head = st.FilterPrompt.Render(v.kind.Label().In(v.ctx.Lang())+"：") + v.period.Title(v.ctx.Lang()) +
			st.Faint.Render("  "+v.ctx.T("summary_tab.keys"))
	}
	head = detail.Wrap(head, v.width)
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	if foot := v.footer(); foot != "" {
		return head + "\n" + v.vp.View() + "\n" + foot
	}
	return head + "\n" + v.vp.View()
}

// ShortHelp lists the tab's keys.
func (v *View) ShortHelp() []key.Binding {
	k, nav := v.ctx.Keys.Summary, v.ctx.Keys.Nav
	if v.asking {
		return v.ctx.Keys.Prompt.ShortHelp()
	}
	if v.slip != nil {
		return []key.Binding{nav.Up, nav.Down, k.Write, k.Print, k.Back}
	}
	return []key.Binding{k.Prev, k.Next, k.Kind, nav.Up, nav.Down, k.Write, k.Print}
}

// FullHelp lists the tab's keys.
func (v *View) FullHelp() [][]key.Binding {
	k, nav := v.ctx.Keys.Summary, v.ctx.Keys.Nav
	if v.slip != nil {
		return [][]key.Binding{{nav.Up, nav.Down, nav.PageUp, nav.PageDown}, {k.Write, k.Print, k.Back}}
	}
	return [][]key.Binding{{k.Prev, k.Next, k.Kind}, {nav.Up, nav.Down, nav.PageUp, nav.PageDown}, {k.Write, k.Print}}
}
