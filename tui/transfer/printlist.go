package transfer

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
)

// printTimeout bounds a print or a PDF of a list: Chromium takes seconds
// for a page, a minute or more for a list of thousands.
const printTimeout = 10 * time.Minute

// PrintList is the P flow: a list as filtered on screen, written as a
// PDF or sent to the printer, through the same app.Publish the summary
// uses (one policy for files that exist, the browser, lp and Windows).
type PrintList struct {
	ctx    *common.Context
	id     common.ID
	list   *summary.List
	step   exportStep
	menu   menu
	path   textinput.Model
	result string
	failed bool
	width  int
}

var _ common.Overlay = (*PrintList)(nil)

// NewPrintList starts the flow for a list.
func NewPrintList(ctx *common.Context, list *summary.List) *PrintList {
	p := &PrintList{ctx: ctx, id: ctx.NewID(), list: list}
	p.menu = menu{title: ctx.T("printlist.title", list.Len()), choices: []choice{
		{label: ctx.T("printlist.pdf"), start: func() tea.Cmd {
			p.step = exportPath
			p.path = newInput(filepath.Join(ctx.Folder(), list.FileName(summary.FormatPDF, ctx.Lang())), false)
			p.path.Width = max(10, p.width-4)
			return nil
		}},
		{label: ctx.T("printlist.printer"), start: func() tea.Cmd {
			p.step = exportRunning
			return p.publish(app.PublishRequest{Print: true, Fallback: ctx.Folder()})
		}},
	}}
	return p
}

// ID is the flow's address.
func (p *PrintList) ID() common.ID { return p.id }

// Init does nothing.
func (p *PrintList) Init() tea.Cmd { return nil }

// SetSize sets the width the flow wraps to.
func (p *PrintList) SetSize(w, _ int) { p.width = w; p.path.Width = max(10, w-4) }

// printedMsg ends a write or a print.
type printedMsg struct {
	common.To
	req app.PublishRequest
	out app.Published
	err error
}

// publish writes or prints off the UI goroutine.
func (p *PrintList) publish(req app.PublishRequest) tea.Cmd {
	req.Doc, req.Lang = p.list, p.ctx.Lang()
	a, id := p.ctx.App, p.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		out, err := a.Publish(ctx, req)
		return printedMsg{To: to(id), req: req, out: out, err: err}
	}
}

// Update moves the flow on.
func (p *PrintList) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case printedMsg:
		if msg.Recipient() == p.id {
			return p, p.done(msg)
		}
		return p, nil
	case runningMsg:
		if msg.Recipient() == p.id {
			p.step = exportRunning
		}
		return p, nil
	case tea.KeyMsg:
		return p, p.key(msg)
	}
	return p, nil
}

// done shows what happened; an existing file is replaced only after y.
func (p *PrintList) done(msg printedMsg) tea.Cmd {
	tr := p.ctx.Tr
	switch {
	case errors.Is(msg.err, app.ErrExists):
		p.step, p.failed, p.result = exportPath, true, tr.Err(msg.err)
		req, id := msg.req, p.id
		req.Force = true
		return common.Open(confirm.New(p.ctx, replaceAsk(p.ctx, msg.req.Path),
			tea.Sequence(func() tea.Msg { return runningMsg{To: to(id)} }, p.publish(req))))
	case errors.Is(msg.err, app.ErrProtected), errors.Is(msg.err, app.ErrIsFolder):
		p.step, p.failed, p.result = exportPath, true, tr.Err(msg.err)
		return nil
	}
	var lines []string
	if msg.out.Path != "" {
		lines = append(lines, p.ctx.T("summary_tab.written", msg.out.Path))
	}
	if msg.out.Print.Key != "" {
		lines = append(lines, tr.Msg(msg.out.Print))
	}
	if msg.err != nil {
		lines = append(lines, tr.Err(msg.err))
	}
	p.step, p.failed, p.result = exportResult, msg.err != nil, strings.Join(lines, "\n")
	return nil
}

func (p *PrintList) key(msg tea.KeyMsg) tea.Cmd {
	fl := p.ctx.Keys.Flow
	switch p.step {
	case exportMenu:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(p.id)
		}
		return p.menu.update(p.ctx, msg)
	case exportPath:
		switch {
		case key.Matches(msg, fl.Cancel):
			return common.Close(p.id)
		case key.Matches(msg, fl.Accept):
			path := p.ctx.ExpandPath(p.path.Value())
			f, ok := summary.FormatOfPath(path)
			if !ok || (f != summary.FormatPDF && f != summary.FormatHTML) {
				p.failed, p.result = true, p.ctx.T("printlist.bad_extension", filepath.Ext(path))
				return nil
			}
			p.step = exportRunning
			return p.publish(app.PublishRequest{Format: f, Path: path})
		}
		var cmd tea.Cmd
		p.path, cmd = p.path.Update(msg)
		return cmd
	case exportResult:
		if key.Matches(msg, fl.Close) {
			return common.Close(p.id)
		}
	}
	return nil
}

// View draws the current step.
func (p *PrintList) View() string {
	st := p.ctx.Styles
	switch p.step {
	case exportMenu:
		v := p.menu.view(p.ctx, p.width)
		if f := p.list.Filter; f != "" {
			v += "\n" + st.Faint.Render(wrap(p.ctx.T("printlist.filtered", f), p.width))
		}
		return v
	case exportPath:
		v := st.DetailTitle.Render(p.ctx.T("transfer.where")) + "\n\n" + p.path.View() + "\n\n" +
			st.Faint.Render(p.ctx.T("printlist.path_hint"))
		if p.failed && p.result != "" {
			v += "\n\n" + st.StatusError.Render(wrap(p.result, p.width))
		}
		return v
	case exportRunning:
		return st.Faint.Render(p.ctx.T("summary_tab.working"))
	}
	style := st.StatusOK
	if p.failed {
		style = st.StatusError
	}
	return style.Render(wrap(p.result, p.width)) + "\n\n" + st.Faint.Render(p.ctx.T("transfer.close_hint"))
}

// ShortHelp lists the step's keys.
func (p *PrintList) ShortHelp() []key.Binding {
	fl := p.ctx.Keys.Flow
	switch p.step {
	case exportMenu:
		return p.menu.help(p.ctx)
	case exportResult:
		return []key.Binding{fl.Close}
	}
	return []key.Binding{fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (p *PrintList) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
