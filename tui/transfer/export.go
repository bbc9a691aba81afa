package transfer

import (
	"io"
	"os"
	"path/filepath"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/fsutil"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/tui/common"
)

// exportStep is where an export is.
type exportStep int

const (
	exportMenu exportStep = iota
	exportPass
	exportPath
	exportRunning
	exportResult
)

// Export is the x flow.
type Export struct {
	ctx     *common.Context
	id      common.ID
	tab     model.Entity // the tab shown when x was pressed, for CSV
	step    exportStep
	menu    menu
	path    textinput.Model
	write   func(path string) tea.Cmd
	pass    passphrase
	secret  string // the passphrase of an encrypted snapshot
	result  string
	failed  bool
	width   int
	version string
}

var _ common.Overlay = (*Export)(nil)

// NewExport starts the export flow. tab is the kind of record on screen,
// offered for a CSV.
func NewExport(ctx *common.Context, tab model.Entity, version string) *Export {
	e := &Export{ctx: ctx, id: ctx.NewID(), tab: tab, version: version}
	today := ctx.Today()
	e.menu = menu{title: ctx.T("transfer.export_title"), choices: []choice{
		{label: ctx.T("transfer.export_snapshot"), start: e.askPath(store.DefaultSnapshotName(today, false), e.writeSnapshot)},
		{label: ctx.T("transfer.export_snapshot_enc"), start: func() tea.Cmd {
			e.step, e.pass = exportPass, newPassphrase(true)
			return nil
		}},
		{label: ctx.T("transfer.export_xlsx"), start: e.askPath(datedName(ctx, "transfer.stem_ledger", ".xlsx"), e.writeXLSX)},
		{label: ctx.T("transfer.export_csv", ctx.L(sheet.TabLabel(tab))), start: e.askPath(datedName(ctx, i18n.Key("transfer.stem_tab_"+tab.Code()), ".csv"), e.writeCSV)},
	}}
	return e
}

// ID is the flow's address: its file work answers here.
func (e *Export) ID() common.ID { return e.id }

// Init does nothing.
func (e *Export) Init() tea.Cmd { return nil }

func (e *Export) askPath(name string, write func(string) tea.Cmd) func() tea.Cmd {
	return func() tea.Cmd {
		e.step, e.write = exportPath, write
		e.path = newInput(filepath.Join(e.ctx.Env.Folder, name), false)
		e.path.Width = max(10, e.width-4)
		return nil
	}
}

// SetSize sets the width the flow wraps to.
func (e *Export) SetSize(w, _ int) { e.width = w; e.path.Width = max(10, w-4) }

// Update moves the flow on.
func (e *Export) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case doneMsg:
		if msg.Recipient() == e.id {
			e.done(msg)
		}
		return e, nil
	case tea.KeyMsg:
		return e, e.key(msg)
	}
	return e, nil
}

// done shows the result; a file that exists asks for another name
// rather than end the flow.
func (e *Export) done(msg doneMsg) {
	if store.IsKind(msg.err, store.KindExists) {
		e.step, e.failed, e.result = exportPath, true, e.ctx.Tr.Err(msg.err)
		return
	}
	e.step, e.failed, e.result = exportResult, msg.err != nil, msg.text
	if msg.err != nil {
		e.result = e.ctx.Tr.Err(msg.err)
	}
}

func (e *Export) key(msg tea.KeyMsg) tea.Cmd {
	fl := e.ctx.Keys.Flow
	switch e.step {
	case exportMenu:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(e.id)
		}
		return e.menu.update(e.ctx, msg)
	case exportPass:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(e.id)
		}
		pass, ok, cmd := e.pass.update(e.ctx, msg)
		if ok {
			e.secret = pass
			return e.askPath(store.DefaultSnapshotName(e.ctx.Today(), true), e.writeSnapshot)()
		}
		return cmd
	case exportPath:
		switch {
		case key.Matches(msg, fl.Cancel):
			return common.Close(e.id)
		case key.Matches(msg, fl.Accept):
			p := expandPath(e.path.Value(), e.ctx.Env.Folder, e.ctx.Env.Home)
			e.step = exportRunning
			return e.write(p)
		}
		var cmd tea.Cmd
		e.path, cmd = e.path.Update(msg)
		return cmd
	case exportResult:
		if key.Matches(msg, fl.Close) {
			return common.Close(e.id)
		}
	}
	return nil
}

// writeSnapshot writes the handover snapshot (encrypted when a
// passphrase was given).
func (e *Export) writeSnapshot(path string) tea.Cmd {
	return exportSnapshot(e.ctx, e.id, path, e.secret)
}

// writeXLSX writes the whole ledger as a workbook, atomically. The
// ledger is read again inside the command: the one on screen belongs to
// the UI and may change while the workbook is written.
func (e *Export) writeXLSX(path string) tea.Cmd {
	opts := e.sheetOptions()
	return e.writeFile(path, func(l *model.Ledger, w io.Writer) error { return sheet.WriteXLSX(w, l, opts) })
}

// writeCSV writes the tab on screen as CSV (UTF-8 with BOM for Excel).
func (e *Export) writeCSV(path string) tea.Cmd {
	opts, tab := e.sheetOptions(), e.tab
	return e.writeFile(path, func(l *model.Ledger, w io.Writer) error { return sheet.WriteCSV(w, l, tab, opts) })
}

func (e *Export) sheetOptions() sheet.ExportOptions {
	return sheet.ExportOptions{Lang: e.ctx.Lang(), Now: e.ctx.Clock.Now(), Version: e.version}
}

// writeFile writes through a temporary file and says where it went.
func (e *Export) writeFile(path string, write func(*model.Ledger, io.Writer) error) tea.Cmd {
	tr, a, id := e.ctx.Tr, e.ctx.App, e.id
	return func() tea.Msg {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return failed(id, model.NewMsgError("transfer.is_folder", path))
		}
		l, err := a.Load()
		if err != nil {
			return failed(id, err)
		}
		if err := fsutil.WriteFileAtomic(path, func(w io.Writer) error { return write(l, w) }); err != nil {
			return failed(id, model.NewMsgError("transfer.write_failed", path, err.Error()).Wrap(err))
		}
		info, err := os.Stat(path)
		if err != nil {
			return failed(id, err)
		}
		return doneMsg{To: to(id), text: tr.T("transfer.written", path, i18n.Size(info.Size()))}
	}
}

// View draws the current step.
func (e *Export) View() string {
	st := e.ctx.Styles
	switch e.step {
	case exportMenu:
		return e.menu.view(e.ctx, e.width)
	case exportPass:
		return e.pass.view(e.ctx, e.ctx.T("snapshot.new_passphrase_title"))
	case exportPath:
		v := st.DetailTitle.Render(e.ctx.T("transfer.where")) + "\n\n" + e.path.View() + "\n\n" +
			st.Faint.Render(e.ctx.T("transfer.path_hint"))
		if e.failed && e.result != "" {
			v += "\n\n" + st.StatusError.Render(wrap(e.result, e.width))
		}
		return v
	case exportRunning:
		return st.Faint.Render(e.ctx.T("transfer.working"))
	}
	style := st.StatusOK
	if e.failed {
		style = st.StatusError
	}
	return style.Render(wrap(e.result, e.width)) + "\n\n" + st.Faint.Render(e.ctx.T("transfer.close_hint"))
}

// ShortHelp lists the step's keys.
func (e *Export) ShortHelp() []key.Binding {
	fl := e.ctx.Keys.Flow
	switch e.step {
	case exportMenu:
		return e.menu.help(e.ctx)
	case exportResult:
		return []key.Binding{fl.Close}
	}
	return []key.Binding{fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (e *Export) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }
