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

	"secretary/internal/i18n"
	"secretary/model"
	msum "secretary/model/summary"
	"secretary/printout"
	"secretary/tui/common"
	"secretary/tui/components/detail"
	"secretary/tui/transfer"
)

// printTimeout bounds a print or a PDF: Chromium can take seconds, never
// minutes.
const printTimeout = 2 * time.Minute

// View is the Summary tab.
type View struct {
	ctx *common.Context

	kind   msum.PeriodKind
	period msum.Period
	sum    *msum.Summary
	slip   *msum.Slip // set while a task slip is shown
	stale  bool
	err    string

	vp     viewport.Model
	prompt textinput.Model
	asking bool // the file-name prompt of w is open
	busy   bool // writing or printing

	width, height int
	keys          viewKeys
}

type viewKeys struct {
	prev, next, kind, write, print key.Binding
}

// New makes the tab on this semester.
func New(ctx *common.Context) *View {
	v := &View{ctx: ctx, kind: msum.PeriodSemester, stale: true, vp: viewport.New(0, 0)}
	v.period, _ = msum.Preset(v.kind, model.Today(ctx.Clock), 0)
	v.bindKeys()
	return v
}

func (v *View) bindKeys() {
	b := func(k, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(help, v.ctx.T(i18n.Key(desc))))
	}
	v.keys = viewKeys{
		prev:  b("[", "[", "help.period_prev"),
		next:  b("]", "]", "help.period_next"),
		kind:  b("f", "f", "help.period_kind"),
		write: b("w", "w", "help.write"),
		print: b("P", "P", "help.print"),
	}
}

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// Reload marks the summary for rebuilding with the new ledger.
func (v *View) Reload() { v.stale = true }

// Retranslate rebuilds the text in the new language.
func (v *View) Retranslate() { v.bindKeys(); v.stale = true }

// InputMode is true while the file name is typed.
func (v *View) InputMode() bool { return v.asking }

// Showing is tasks: a CSV from here is the responsibility list.
func (v *View) Showing() model.Entity { return model.EntityTask }

// Claims no keys of the program's.
func (v *View) Claims(tea.KeyMsg) bool { return false }

// SetSize sets the tab's area: one line for the period, the rest for
// the text.
func (v *View) SetSize(w, h int) {
	if w != v.width {
		v.stale = true
	}
	v.width, v.height = w, h
	v.vp.Width, v.vp.Height = w, max(1, h-2)
	v.prompt.Width = max(10, w-4)
}

// ShowSlip shows one person's task slip (p on a person).
func (v *View) ShowSlip(owner model.ID) {
	sl, err := msum.BuildSlip(v.ctx.Ledger, owner, model.Today(v.ctx.Clock))
	v.err = ""
	if err != nil {
		v.err = v.ctx.Tr.Err(err)
		return
	}
	v.slip, v.stale = sl, true
}

// ensure rebuilds the summary (about 3 ms at 10,000 records) or the slip
// when the ledger, the period, the width or the language changed.
func (v *View) ensure() {
	if !v.stale {
		return
	}
	v.stale = false
	lang, today := v.ctx.Lang(), model.Today(v.ctx.Clock)
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

// document is what w and P act on: the slip if one is shown.
func (v *View) document() msum.Document {
	if v.slip != nil {
		return v.slip
	}
	return v.sum
}

// Update handles the tab's keys and the results of writing and printing.
func (v *View) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	v.ensure()
	switch msg := msg.(type) {
	case doneMsg:
		v.busy = false
		return v, v.done(msg)
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
	k := v.ctx.Keys
	today := model.Today(v.ctx.Clock)
	switch {
	case v.slip != nil && key.Matches(msg, k.Back):
		v.slip, v.stale = nil, true
	case v.slip == nil && key.Matches(msg, v.keys.prev):
		v.period, v.stale = v.period.Prev(), true
	case v.slip == nil && key.Matches(msg, v.keys.next):
		v.period, v.stale = v.period.Next(), true
	case v.slip == nil && key.Matches(msg, v.keys.kind):
		return v.nextKind(today)
	case key.Matches(msg, v.keys.write):
		v.asking = true
		name := v.document().FileName(msum.FormatPDF, v.ctx.Lang())
		v.prompt = textinput.New()
		v.prompt.Prompt = "> "
		v.prompt.Cursor.SetMode(cursor.CursorStatic)
		v.prompt.SetValue(filepath.Join(transfer.DefaultFolder(), name))
		v.prompt.CursorEnd()
		v.prompt.Width = max(10, v.width-4)
		return v.prompt.Focus()
	case key.Matches(msg, v.keys.print):
		v.busy = true
		return v.print()
	default:
		v.ctx.Scroll(&v.vp, msg)
	}
	return nil
}

// nextKind moves to the next preset period: semester, month, school
// year, since the last summary.
func (v *View) nextKind(today model.Date) tea.Cmd {
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
			v.kind, v.period, v.stale = next, p, true
			v.vp.GotoTop()
			return nil
		}
	}
	return nil
}

// updatePrompt edits the file name of w; enter writes, esc cancels.
func (v *View) updatePrompt(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		v.asking = false
		return nil
	case tea.KeyEnter:
		v.asking, v.busy = false, true
		return v.write(strings.TrimSpace(v.prompt.Value()))
	}
	var cmd tea.Cmd
	v.prompt, cmd = v.prompt.Update(msg)
	return cmd
}

// doneMsg ends a write or a print.
type doneMsg struct {
	text    string
	err     error
	printed bool // a meeting summary left the program: record the day
}

// write renders the document to the path, in the format its extension
// names (.pdf, .html, .md, .txt).
func (v *View) write(path string) tea.Cmd {
	d, lang, tr, isSum := v.document(), v.ctx.Lang(), v.ctx.Tr, v.slip == nil
	return func() tea.Msg {
		f, ok := msum.FormatOfPath(path)
		if !ok {
			return doneMsg{err: model.NewMsgError("summary_tab.bad_extension", filepath.Ext(path))}
		}
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		if err := printout.WriteFile(ctx, printout.System(), path, d, f, msum.Options{Lang: lang}); err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{text: tr.T("summary_tab.written", path), printed: isSum}
	}
}

// print sends the document to the printer (or says where it was kept).
func (v *View) print() tea.Cmd {
	d, lang, tr, isSum := v.document(), v.ctx.Lang(), v.ctx.Tr, v.slip == nil
	fallback := filepath.Join(transfer.DefaultFolder(), d.FileName(msum.FormatPDF, lang))
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		res, err := printout.Print(ctx, printout.System(), d, msum.Options{Lang: lang}, fallback)
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{text: tr.Msg(res.Msg()), printed: isSum && res.Method != printout.MethodNone}
	}
}

// done reports a write or print, and records today as the day of the
// last summary (one undoable step) so "since the last summary" works.
func (v *View) done(msg doneMsg) tea.Cmd {
	if msg.err != nil {
		text := v.ctx.Tr.Err(msg.err)
		return func() tea.Msg { return common.StatusMsg{Text: text, Error: true} }
	}
	status := func() tea.Msg { return common.StatusMsg{Text: msg.text} }
	if !msg.printed || v.ctx.Store.ReadOnly() {
		return status
	}
	set, today, st := v.ctx.Ledger.Settings, model.Today(v.ctx.Clock), v.ctx.Store
	if set.LastSummary == today {
		return status
	}
	set.LastSummary = today
	tr := v.ctx.Tr
	return tea.Sequence(func() tea.Msg {
		if _, err := st.SaveSettings(set); err != nil {
			return common.StatusMsg{Text: tr.Err(err), Error: true}
		}
		return status()
	}, common.LoadCmd(st))
}

// View draws the period line and the text.
func (v *View) View() string {
	v.ensure()
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
	var foot string
	switch {
	case v.asking:
		foot = v.ctx.T("summary_tab.where") + "\n" + v.prompt.View()
	case v.busy:
		foot = st.Faint.Render(v.ctx.T("summary_tab.working"))
	case v.err != "":
		foot = st.StatusError.Render(v.err)
	}
	if foot != "" {
		v.vp.Height = max(1, v.height-2-strings.Count(foot, "\n")-1)
		return head + "\n" + v.vp.View() + "\n" + foot
	}
	v.vp.Height = max(1, v.height-2)
	return head + "\n" + v.vp.View()
}

// ShortHelp lists the tab's keys.
func (v *View) ShortHelp() []key.Binding {
	k := v.ctx.Keys
	if v.asking {
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", v.ctx.T("help.write"))),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", v.ctx.T("help.cancel")))}
	}
	if v.slip != nil {
		return []key.Binding{k.Up, k.Down, v.keys.write, v.keys.print, k.Back}
	}
	return []key.Binding{v.keys.prev, v.keys.next, v.keys.kind, k.Up, k.Down, v.keys.write, v.keys.print}
}

// FullHelp lists the tab's keys.
func (v *View) FullHelp() [][]key.Binding {
	k := v.ctx.Keys
	return [][]key.Binding{{v.keys.prev, v.keys.next, v.keys.kind}, {k.Up, k.Down, k.PageUp, k.PageDown}, {v.keys.write, v.keys.print}}
}
