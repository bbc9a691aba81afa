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
	"secretary/tui/components/detail"
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
	tab     model.Entity // the tab shown when x was pressed, for CSV
	step    exportStep
	menu    menu
	path    textinput.Model
	folder  string
	write   func(path string) tea.Cmd
	pass    passphrase
	secret  string // the passphrase of an encrypted snapshot
	result  string
	failed  bool
	done    bool
	width   int
	version string
}

// NewExport starts the export flow. tab is the kind of record on screen,
// offered for a CSV.
func NewExport(ctx *common.Context, tab model.Entity, version string) *Export {
	e := &Export{ctx: ctx, tab: tab, folder: DefaultFolder(), version: version}
	today := model.Today(ctx.Clock)
	e.menu = menu{title: ctx.T("transfer.export_title"), choices: []choice{
		{label: ctx.T("transfer.export_snapshot"), start: e.askPath(store.DefaultSnapshotName(today, false), e.writeSnapshot)},
		{label: ctx.T("transfer.export_snapshot_enc"), start: func() tea.Cmd {
			e.step, e.pass = exportPass, newPassphrase(true)
			return nil
		}},
		{label: ctx.T("transfer.export_xlsx"), start: e.askPath(datedName(ctx, "transfer.stem_ledger", ".xlsx"), e.writeXLSX)},
		{label: ctx.T("transfer.export_csv", ctx.L(sheet.TabLabel(tab))), start: e.askPath(datedName(ctx, "transfer.stem_tab_"+tab.Code(), ".csv"), e.writeCSV)},
	}}
	return e
}

func (e *Export) askPath(name string, write func(string) tea.Cmd) func() tea.Cmd {
	return func() tea.Cmd {
		e.step, e.write = exportPath, write
		e.path = newInput(filepath.Join(e.folder, name), false)
		return nil
	}
}

// Done reports the flow finished.
func (e *Export) Done() bool { return e.done }

// SetSize sets the width the flow wraps to.
func (e *Export) SetSize(w, _ int) { e.width = w; e.path.Width = max(10, w-4) }

// Update moves the flow on.
func (e *Export) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case doneMsg:
		if store.IsKind(msg.err, store.KindExists) {
			// Ask for another name rather than end the flow.
			e.step, e.failed, e.result = exportPath, true, e.ctx.Tr.Err(msg.err)
			return nil
		}
		e.step, e.failed = exportResult, msg.err != nil
		e.result = msg.text
		if msg.err != nil {
			e.result = e.ctx.Tr.Err(msg.err)
		}
		return nil
	case tea.KeyMsg:
		switch e.step {
		case exportMenu:
			if escKey(msg) {
				e.done = true
				return nil
			}
			cmd, _ := e.menu.update(e.ctx, msg)
			return cmd
		case exportPass:
			if escKey(msg) {
				e.done = true
				return nil
			}
			pass, ok, cmd := e.pass.update(e.ctx, msg)
			if ok {
				e.secret = pass
				return e.askPath(store.DefaultSnapshotName(model.Today(e.ctx.Clock), true), e.writeSnapshot)()
			}
			return cmd
		case exportPath:
			switch msg.Type {
			case tea.KeyEsc:
				e.done = true
				return nil
			case tea.KeyEnter:
				p := expandPath(e.path.Value(), e.folder)
				e.step = exportRunning
				return e.write(p)
			}
			var cmd tea.Cmd
			e.path, cmd = e.path.Update(msg)
			return cmd
		case exportResult:
			if msg.Type == tea.KeyEnter || msg.Type == tea.KeyEsc {
				e.done = true
			}
		}
	}
	return nil
}

// writeSnapshot writes the handover snapshot (encrypted when a
// passphrase was given).
func (e *Export) writeSnapshot(path string) tea.Cmd { return exportSnapshot(e.ctx, path, e.secret) }

// writeXLSX writes the whole ledger as a workbook, atomically.
func (e *Export) writeXLSX(path string) tea.Cmd {
	l, opts := e.ctx.Ledger, e.sheetOptions()
	return writeFile(e.ctx, path, func(w io.Writer) error { return sheet.WriteXLSX(w, l, opts) })
}

// writeCSV writes the tab on screen as CSV (UTF-8 with BOM for Excel).
func (e *Export) writeCSV(path string) tea.Cmd {
	l, opts, tab := e.ctx.Ledger, e.sheetOptions(), e.tab
	return writeFile(e.ctx, path, func(w io.Writer) error { return sheet.WriteCSV(w, l, tab, opts) })
}

func (e *Export) sheetOptions() sheet.ExportOptions {
	return sheet.ExportOptions{Lang: e.ctx.Lang(), Now: e.ctx.Clock.Now(), Version: e.version}
}

// writeFile writes through a temporary file and says where it went.
func writeFile(ctx *common.Context, path string, write func(io.Writer) error) tea.Cmd {
	tr := ctx.Tr
	return func() tea.Msg {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return doneMsg{err: model.NewMsgError("transfer.is_folder", path)}
		}
		if err := fsutil.WriteFileAtomic(path, write); err != nil {
			return doneMsg{err: model.NewMsgError("transfer.write_failed", path, err.Error()).Wrap(err)}
		}
		info, err := os.Stat(path)
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{text: tr.T("transfer.written", path, i18n.Size(info.Size()))}
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
	return stepHelp(e.ctx, e.step == exportMenu, e.step == exportResult)
}

func stepHelp(ctx *common.Context, isMenu, isResult bool) []key.Binding {
	b := func(k, d string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, ctx.T(i18n.Key(d))))
	}
	switch {
	case isMenu:
		return []key.Binding{b("1-4", "help.choose"), b("enter", "help.confirm"), b("esc", "help.cancel")}
	case isResult:
		return []key.Binding{b("enter", "help.close")}
	}
	return []key.Binding{b("enter", "help.confirm"), b("esc", "help.cancel")}
}

func wrap(s string, w int) string { return detail.Wrap(s, max(10, w)) }
