package transfer

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/tui/common"
	"secretary/tui/components/cell"
	"secretary/tui/components/confirm"
	"secretary/tui/components/filepick"
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
	ctx    *common.Context
	id     common.ID
	tab    model.Entity // the tab shown when x was pressed, for CSV
	step   exportStep
	menu   menu
	pick   *filepick.Picker
	write  func(path string, force bool) tea.Cmd
	pass   passphrase
	secret string // the passphrase of an encrypted snapshot
	// withEvidence carries the evidence folder's files in the snapshot.
	withEvidence bool
	result       string
	failed       bool
	width        int
	height       int
}

var _ common.Overlay = (*Export)(nil)

// NewExport starts the export flow. tab is the kind of record on screen,
// offered for a CSV.
func NewExport(ctx *common.Context, tab model.Entity) *Export {
	e := &Export{ctx: ctx, id: ctx.NewID(), tab: tab}
	today := ctx.Today()
	e.menu = menu{title: ctx.T("transfer.export_title"), choices: []choice{
		{label: ctx.T("transfer.export_snapshot"), start: e.askPath(app.DefaultSnapshotName(today, false), e.writeSnapshot)},
		{label: ctx.T("transfer.export_snapshot_enc"), start: func() tea.Cmd {
			e.step, e.pass = exportPass, newPassphrase(true)
			return nil
		}},
		{label: ctx.T("transfer.export_xlsx"), start: e.askPath(datedName(ctx, "transfer.stem_ledger", ".xlsx"), e.writeXLSX)},
		{label: ctx.T("transfer.export_csv", ctx.L(sheet.TabLabel(tab))), start: e.askPath(datedName(ctx, i18n.Key("transfer.stem_tab_"+tab.Code()), ".csv"), e.writeCSV)},
		// Last, so the older entries keep their digits.
		{label: ctx.T("transfer.export_snapshot_evidence"), start: func() tea.Cmd {
			e.withEvidence = true
			return e.askPath(app.DefaultSnapshotName(today, false), e.writeSnapshot)()
		}},
	}}
	return e
}

// ID is the flow's address: its file work answers here.
func (e *Export) ID() common.ID { return e.id }

// Init does nothing.
func (e *Export) Init() tea.Cmd { return nil }

func (e *Export) askPath(name string, write func(string, bool) tea.Cmd) func() tea.Cmd {
	return func() tea.Cmd {
		e.step, e.write = exportPath, write
		e.pick = filepick.New(e.ctx, filepick.Save, e.ctx.Folder(), name)
		e.pick.SetSize(e.width, e.pickHeight())
		return e.pick.Init()
	}
}

// SetSize sets the area the flow draws in.
func (e *Export) SetSize(w, h int) {
	e.width, e.height = w, h
	if e.pick != nil {
		e.pick.SetSize(w, e.pickHeight())
	}
}

// pickHeight is the file picker's share: the title and a gap above it,
// a refusal below.
func (e *Export) pickHeight() int { return max(5, e.height-5) }

// Update moves the flow on.
func (e *Export) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case doneMsg:
		if msg.Recipient() == e.id {
			return e, e.done(msg)
		}
		return e, nil
	case runningMsg:
		if msg.Recipient() == e.id {
			e.step = exportRunning
		}
		return e, nil
	case tea.KeyMsg:
		return e, e.key(msg)
	}
	if e.step == exportPath {
		var cmd tea.Cmd
		e.pick, cmd = e.pick.Update(msg) // the folder it reads
		return e, cmd
	}
	return e, nil
}

// done shows the result. A file that exists is not replaced unasked:
// the flow asks whether to replace it, and on no goes back to the name.
// A file the program never writes over (the ledger, its backups) is
// refused with the reason and the name can be changed.
func (e *Export) done(msg doneMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, app.ErrExists):
		e.step, e.failed, e.result = exportPath, true, e.ctx.Tr.Err(msg.err)
		path, write, id := msg.path, e.write, e.id
		return common.Open(confirm.New(e.ctx, replaceAsk(e.ctx, path),
			tea.Sequence(func() tea.Msg { return runningMsg{To: to(id)} }, write(path, true))))
	case errors.Is(msg.err, app.ErrProtected), errors.Is(msg.err, app.ErrIsFolder):
		e.step, e.failed, e.result = exportPath, true, e.ctx.Tr.Err(msg.err)
		return nil
	}
	e.step, e.failed, e.result = exportResult, msg.err != nil, msg.text
	if msg.err != nil {
		e.result = e.ctx.Tr.Err(msg.err)
		return nil
	}
	// The next export starts where this one went.
	folder := filepath.Dir(msg.path)
	return e.ctx.Remember(func(p *app.Prefs) { p.ExportFolder = folder })
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
			return e.askPath(app.DefaultSnapshotName(e.ctx.Today(), true), e.writeSnapshot)()
		}
		return cmd
	case exportPath:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(e.id)
		}
		var cmd tea.Cmd
		e.pick, cmd = e.pick.Update(msg)
		if path, ok := e.pick.Chosen(); ok {
			e.step = exportRunning
			return e.write(path, false)
		}
		return cmd
	case exportResult:
		if key.Matches(msg, fl.Close) {
			return common.Close(e.id)
		}
	}
	return nil
}

// writeSnapshot writes the handover snapshot (encrypted when a
// passphrase was given) and reports what to read out to the next
// secretary: the file, its size, counts and SHA-256.
func (e *Export) writeSnapshot(path string, force bool) tea.Cmd {
	a, tr, id, pass, withEvidence := e.ctx.App, e.ctx.Tr, e.id, e.secret, e.withEvidence
	return func() tea.Msg {
		res, err := a.ExportSnapshot(app.SnapshotExportRequest{Path: path, Encrypt: pass != "", Passphrase: pass, Force: force, WithEvidence: withEvidence})
		if err != nil {
			return doneMsg{To: to(id), err: err, path: path}
		}
		text := tr.T("snapshot.exported", res.Path, i18n.Size(res.Size)) + "\n" +
			cell.Counts(tr, res.Manifest.Counts) + "\n" +
			tr.T("snapshot.sha256", res.SHA256)
		switch {
		case res.Bundle.Files > 0:
			text += "\n" + strings.TrimSpace(tr.T("cli.export.evidence", res.Bundle.Files, i18n.Size(res.Bundle.Bytes)))
		case res.EvidenceLeft > 0:
			text += "\n" + strings.TrimSpace(tr.T("transfer.evidence_left", res.EvidenceLeft))
		}
		if n := len(res.Bundle.Skipped); n > 0 {
			text += "\n" + strings.TrimSpace(tr.T("cli.export.evidence_skipped", n))
		}
		if res.Encrypted {
			text += "\n" + tr.T("snapshot.encrypted_note")
		} else if n, err := a.InternalMeetings(); err == nil && n > 0 {
			// Internal meetings discuss students: say so on a plain one.
			text += "\n" + tr.T("snapshot.internal_hint", n)
		}
		return doneMsg{To: to(id), text: text, path: res.Path}
	}
}

// writeXLSX writes the whole ledger as a workbook.
func (e *Export) writeXLSX(path string, force bool) tea.Cmd {
	return e.writeSheet(app.SheetExportRequest{Path: path, Format: sheet.FormatXLSX, Force: force})
}

// writeCSV writes the tab on screen as CSV (UTF-8 with BOM for Excel).
func (e *Export) writeCSV(path string, force bool) tea.Cmd {
	return e.writeSheet(app.SheetExportRequest{Path: path, Format: sheet.FormatCSV, Tab: e.tab, Force: force})
}

// writeSheet writes a spreadsheet of the ledger as the file holds it
// (the one on screen belongs to the UI and may change meanwhile) and
// says where it went.
func (e *Export) writeSheet(req app.SheetExportRequest) tea.Cmd {
	a, tr, id := e.ctx.App, e.ctx.Tr, e.id
	req.Lang = e.ctx.Lang()
	return func() tea.Msg {
		res, err := a.ExportSheet(req)
		if err != nil {
			return doneMsg{To: to(id), err: err, path: req.Path}
		}
		return doneMsg{To: to(id), text: tr.T("transfer.written", res.Path, i18n.Size(res.Size)), path: res.Path}
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
		v := st.DetailTitle.Render(e.ctx.T("transfer.where")) + "\n\n" + e.pick.View()
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
	case exportPath:
		return append(e.pick.ShortHelp(), fl.Cancel)
	}
	return []key.Binding{fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (e *Export) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }
