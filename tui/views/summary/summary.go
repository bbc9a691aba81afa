// Package summary is the Summary tab (汇总): the meeting summary for a
// period, scrollable, written to a file (w) or sent to the printer (P);
// and one person's task slip (任务单), opened with p on a person in the
// Task owners tab.
package summary

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/termsafe"
	"secretary/internal/width"
	"secretary/model"
	msum "secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
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
	// minutes is set while a meeting's minutes or the pack is shown.
	minutes *minutesView
	err     string

	vp     viewport.Model
	prompt textinput.Model
	asking bool // the file-name prompt of w is open
	busy   bool // writing or printing
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
	if v.minutes != nil {
		v.buildMinutes()
		return
	}
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
	v.slip, v.minutes = sl, nil
	v.vp.GotoTop()
	v.rebuild()
}

// document is what w and P act on: the slip if one is shown.
func (v *View) document() msum.Document {
	if v.minutes != nil && v.minutes.doc != nil {
		return v.minutes.doc
	}
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
	case common.ShowMinutesMsg:
		v.showMinutes(msg)
	case publishMsg:
		if msg.Recipient() == v.id {
			return v, v.publish(msg.req)
		}
	case doneMsg:
		if msg.Recipient() == v.id {
			v.busy = false
			cmd := v.finished(msg)
			v.layout()
			return v, cmd
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
		// Back where the slip was asked for: the people list, on the
		// person.
		owner := v.slip.Owner.ID
		v.slip = nil
		v.rebuild()
		return common.ShowRecord(model.EntityOwner, owner)
	case v.minutes != nil && key.Matches(msg, k.Back):
		// Back where the minutes were asked for: the meetings list, on
		// the meeting.
		meeting := v.minutes.meeting
		v.minutes = nil
		v.rebuild()
		return common.ShowRecord(model.EntityMeeting, meeting)
	case v.minutesInternal() && key.Matches(msg, k.Internal):
		v.minutes.internal = !v.minutes.internal
		v.rebuild()
	case v.minutes != nil && (key.Matches(msg, k.Prev) || key.Matches(msg, k.Next) || key.Matches(msg, k.Kind)):
		// The minutes have no period.
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
	v.prompt.SetValue(filepath.Join(v.ctx.Folder(), name))
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
		v.asking = false
		v.layout()
		return v.write(v.ctx.ExpandPath(v.prompt.Value()))
	}
	var cmd tea.Cmd
	v.prompt, cmd = v.prompt.Update(msg)
	return cmd
}

// publishMsg asks the tab to publish (after the user said to replace a
// file).
type publishMsg struct {
	common.To
	req app.PublishRequest
}

// doneMsg ends a write or a print.
type doneMsg struct {
	common.To
	req app.PublishRequest
	out app.Published
	err error
}

// write renders the document to the path, in the format its extension
// names (.pdf, .html, .md, .txt).
func (v *View) write(path string) tea.Cmd {
	f, ok := msum.FormatOfPath(path)
	if !ok {
		return common.Status(v.ctx.T("summary_tab.bad_extension", filepath.Ext(path)), true)
	}
	return v.publish(app.PublishRequest{Doc: v.document(), Lang: v.ctx.Lang(), Format: f, Path: path})
}

// print sends the document to the printer (or keeps it in a file in
// the user's folder and says where).
func (v *View) print() tea.Cmd {
	return v.publish(app.PublishRequest{Doc: v.document(), Lang: v.ctx.Lang(), Print: true, Fallback: v.ctx.Folder()})
}

// publish writes or prints off the UI goroutine, under the app's one
// policy: a meeting summary that reached a file or a printer records the
// day of the last summary.
func (v *View) publish(req app.PublishRequest) tea.Cmd {
	v.busy = true
	v.layout()
	a, to := v.ctx.App, v.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		out, err := a.Publish(ctx, req)
		return doneMsg{To: common.To{ID: to}, req: req, out: out, err: err}
	}
}

// finished says what happened. An existing file is not replaced unasked:
// the user is asked, and y writes it again with Force. The day recorded
// comes back as a write, so the ledger on screen is patched like after
// any other save.
func (v *View) finished(msg doneMsg) tea.Cmd {
	tr := v.ctx.Tr
	if errors.Is(msg.err, app.ErrExists) {
		req, to := msg.req, v.id
		req.Force = true
		again := func() tea.Msg { return publishMsg{To: common.To{ID: to}, req: req} }
		return common.Open(confirm.New(v.ctx, confirm.Ask{
			Title:    v.ctx.T("confirm.replace_title"),
			Question: v.ctx.T("confirm.replace", msg.req.Path),
			Hint:     v.ctx.T("confirm.replace_hint"),
			Keys:     v.ctx.T("confirm.replace_keys"),
		}, again))
	}
	var lines []string
	if msg.out.Path != "" {
		lines = append(lines, v.ctx.T("summary_tab.written", msg.out.Path))
	}
	if msg.out.Print.Key != "" {
		lines = append(lines, tr.Msg(msg.out.Print))
	}
	if msg.out.NotRecorded != nil {
		lines = append(lines, tr.Err(msg.out.NotRecorded))
	}
	var cmds []tea.Cmd
	if msg.err != nil {
		lines = append(lines, tr.Err(msg.err))
		cmds = append(cmds, common.Status(strings.Join(lines, " "), true))
	} else {
		cmds = append(cmds, common.Status(strings.Join(lines, " "), false))
	}
	if !msg.out.Changed.Empty() {
		res := msg.out.Changed
		// Patch the ledger (the root does it for a write) before the
		// status line is set, so it ends on what was published.
		cmds = append([]tea.Cmd{func() tea.Msg { return common.WroteMsg{To: common.To{ID: v.id}, Result: res} }}, cmds...)
	}
	return tea.Sequence(cmds...)
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
	var title, keys string
	switch {
	case v.minutes != nil:
		title, keys = v.minutesHead(), v.ctx.T("summary_tab.minutes_back")
	case v.slip != nil:
		title, keys = v.ctx.T("summary_tab.slip", v.slip.Owner.Name), v.ctx.T("summary_tab.slip_back")
	default:
		title, keys = v.period.Heading(v.kind, v.ctx.Lang()), v.ctx.T("summary_tab.keys")
	}
	// One line: the plain text is made safe and cut to the width first,
	// then coloured — cutting coloured text would count (and, made safe,
	// show) the colour codes as characters.
	title = width.Fit(termsafe.Text(title), v.width)
	keys = width.Fit("  "+keys, v.width-width.Cells(title))
	head := st.FilterPrompt.Render(title) + st.Faint.Render(keys)
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
	if v.minutesInternal() {
		return []key.Binding{nav.Up, nav.Down, k.Write, k.Print, k.Internal, k.Back}
	}
	if v.slip != nil || v.minutes != nil {
		return []key.Binding{nav.Up, nav.Down, k.Write, k.Print, k.Back}
	}
	return []key.Binding{k.Prev, k.Next, k.Kind, nav.Up, nav.Down, k.Write, k.Print}
}

// FullHelp lists the tab's keys.
func (v *View) FullHelp() [][]key.Binding {
	k, nav := v.ctx.Keys.Summary, v.ctx.Keys.Nav
	if v.minutesInternal() {
		return [][]key.Binding{{nav.Up, nav.Down, nav.PageUp, nav.PageDown}, {k.Write, k.Print, k.Internal, k.Back}}
	}
	if v.slip != nil || v.minutes != nil {
		return [][]key.Binding{{nav.Up, nav.Down, nav.PageUp, nav.PageDown}, {k.Write, k.Print, k.Back}}
	}
	return [][]key.Binding{{k.Prev, k.Next, k.Kind}, {nav.Up, nav.Down, nav.PageUp, nav.PageDown}, {k.Write, k.Print}}
}

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity { return []model.Entity{} }
