package transfer

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/tui/common"
	"secretary/tui/components/filepick"
)

// importStep is where an import is.
type importStep int

const (
	importMenu importStep = iota
	importPath
	importPass
	importReading
	importPreview
	importSaving
	importResult
)

// Import is the i flow.
type Import struct {
	ctx  *common.Context
	id   common.ID
	step importStep
	menu menu
	pick *filepick.Picker

	plan    *app.SheetImport
	snap    *snapshotImport // set when the file is a handover snapshot
	preview viewport.Model
	result  string
	failed  bool
	width   int
	height  int
	started tea.Cmd // NewImportOf's first step
}

var _ common.Overlay = (*Import)(nil)

// NewImport starts the import flow.
func NewImport(ctx *common.Context) *Import {
	im := &Import{ctx: ctx, id: ctx.NewID()}
	folder := ctx.Folder()
	pick := func(exts ...string) tea.Cmd {
		im.step = importPath
		im.pick = filepick.New(ctx, filepick.Open, folder, "", exts...)
		im.pick.SetSize(im.width, im.pickHeight())
		return im.pick.Init()
	}
	im.menu = menu{title: ctx.T("transfer.import_title"), choices: []choice{
		{label: ctx.T("transfer.import_snapshot"), start: func() tea.Cmd {
			im.snap = &snapshotImport{ctx: ctx}
			return pick() // a snapshot may have any name
		}},
		{label: ctx.T("transfer.import_sheet"), start: func() tea.Cmd {
			return pick(".xlsx", ".XLSX", ".csv", ".CSV")
		}},
	}}
	return im
}

// pickHeight is the file picker's share of the area.
func (im *Import) pickHeight() int { return max(5, im.height-3) }

// What an import is of, for a flow started on one (the welcome page's
// "import the previous secretary's snapshot").
const (
	ImportSnapshot = 0 // the first entry of the menu
	ImportSheet    = 1
)

// NewImportOf starts the import flow on one kind of file, past the menu.
func NewImportOf(ctx *common.Context, kind int) *Import {
	im := NewImport(ctx)
	if kind >= 0 && kind < len(im.menu.choices) {
		im.menu.cursor = kind
		im.started = im.menu.choices[kind].start()
	}
	return im
}

// ID is the flow's address: its file work answers here.
func (im *Import) ID() common.ID { return im.id }

// Init starts what a flow begun past its menu needs (the folder read).
func (im *Import) Init() tea.Cmd { return im.started }

// SetSize sets the area.
func (im *Import) SetSize(w, h int) {
	im.width, im.height = w, h
	if im.pick != nil {
		im.pick.SetSize(w, im.pickHeight())
	}
	im.preview.Width, im.preview.Height = w, max(3, h-3)
}

// previewMsg carries the checked plan of a spreadsheet import.
type previewMsg struct {
	common.To
	plan *app.SheetImport
	err  error
}

// Update moves the flow on.
func (im *Import) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	if a, ok := msg.(common.Addressed); ok && a.Recipient() != im.id {
		return im, nil
	}
	switch msg := msg.(type) {
	case prepareMsg:
		return im, im.prepared(msg)
	case replacedMsg:
		return im, im.replaced(msg)
	case previewMsg:
		if msg.err != nil {
			im.finish("", msg.err)
			return im, nil
		}
		im.plan, im.step = msg.plan, importPreview
		im.preview = viewport.New(im.width, max(3, im.height-3))
		im.preview.SetContent(im.planText())
		return im, nil
	case common.WroteMsg:
		// The spreadsheet's records were written as one step; the root
		// has already patched the ledger on screen.
		if msg.Err != nil {
			im.finish("", msg.Err)
			return im, nil
		}
		im.finish(im.ctx.Tr.Msg(msg.Result.Entry.Describe())+"\n"+im.ctx.T("transfer.undo_hint"), nil)
		return im, nil
	case tea.KeyMsg:
		return im, im.key(msg)
	}
	if im.step == importPath {
		var cmd tea.Cmd
		im.pick, cmd = im.pick.Update(msg) // the folder it reads
		return im, cmd
	}
	return im, nil
}

func (im *Import) finish(text string, err error) {
	im.step, im.result, im.failed = importResult, text, err != nil
	if err != nil {
		im.result = im.ctx.Tr.Err(err)
	}
}

func (im *Import) key(msg tea.KeyMsg) tea.Cmd {
	fl := im.ctx.Keys.Flow
	switch im.step {
	case importMenu:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(im.id)
		}
		return im.menu.update(im.ctx, msg)
	case importPath:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(im.id)
		}
		var cmd tea.Cmd
		im.pick, cmd = im.pick.Update(msg)
		path, ok := im.pick.Chosen()
		if !ok {
			return cmd
		}
		if im.snap != nil {
			return im.startSnapshot(path)
		}
		im.step = importReading
		return im.read(path)
	case importPass:
		if key.Matches(msg, fl.Cancel) {
			return common.Close(im.id)
		}
		pass, ok, cmd := im.snap.pass.update(im.ctx, msg)
		if ok {
			im.step = importReading
			return im.snap.prepare(im.id, pass)
		}
		return cmd
	case importPreview:
		if im.snap != nil {
			return im.snapshotKey(msg)
		}
		switch {
		case key.Matches(msg, fl.Import) && im.plan.OK() && !im.plan.Empty():
			im.step = importSaving
			return im.apply()
		case key.Matches(msg, fl.Decline):
			return tea.Batch(common.Close(im.id), common.Status(im.ctx.T("status.cancelled"), false))
		}
		var cmd tea.Cmd
		im.preview, cmd = im.preview.Update(msg)
		return cmd
	case importResult:
		if key.Matches(msg, fl.Close) {
			return common.Close(im.id)
		}
	}
	return nil
}

// read reads and checks the file against the ledger as the file holds
// it; nothing is written yet.
func (im *Import) read(path string) tea.Cmd {
	a, id := im.ctx.App, im.id
	return func() tea.Msg {
		plan, err := a.PrepareSheetImport(path, app.SheetImportOptions{})
		return previewMsg{To: to(id), plan: plan, err: err}
	}
}

// apply commits the planned import as one undoable step; the answer
// patches the ledger on screen like any other write.
func (im *Import) apply() tea.Cmd {
	plan, a, id := im.plan, im.ctx.App, im.id
	return func() tea.Msg {
		done, err := a.ApplySheetImport(plan)
		return common.WroteMsg{To: to(id), Result: done.Result, Err: err}
	}
}

// previewItems is how many records of a tab a preview names; the rest
// are counted.
const previewItems = 10

// planText is the preview: what each tab gains and changes, or every
// problem with its place in the file.
func (im *Import) planText() string {
	ctx, p := im.ctx, im.plan
	var b strings.Builder
	b.WriteString(ctx.Styles.DetailTitle.Render(ctx.T("transfer.preview_title", p.Import.File)) + "\n\n")
	if !p.OK() {
		b.WriteString(ctx.Styles.StatusError.Render(ctx.T("transfer.problems", len(p.Problems))) + "\n")
		for _, pr := range p.Problems {
			b.WriteString(wrap("• "+ctx.Tr.Msg(pr.Message()), im.width) + "\n")
		}
		b.WriteString("\n" + ctx.Styles.Faint.Render(ctx.T("transfer.nothing_imported")) + "\n")
		return b.String()
	}
	// What to look at before saying yes comes first, above the counts.
	renamed := make([]sheet.Problem, len(p.Renamed))
	for i, r := range p.Renamed {
		renamed[i] = r.At
	}
	im.listProblems(&b, ctx.T("cli.sheet.renamed", len(renamed)), renamed, ctx.Styles.Warning)
	im.listProblems(&b, ctx.T("cli.sheet.warnings", len(p.Warnings)), p.Warnings, ctx.Styles.Warning)
	im.listProblems(&b, ctx.T("transfer.duplicates", len(p.Duplicates)), p.Duplicates, ctx.Styles.Faint)
	if len(renamed)+len(p.Warnings)+len(p.Duplicates) > 0 {
		b.WriteString("\n")
	}
	if p.Empty() {
		b.WriteString(ctx.T("transfer.nothing_to_do") + "\n")
		return b.String()
	}
	for _, t := range p.Tabs {
		b.WriteString(ctx.T("transfer.tab_line", ctx.L(sheet.TabLabel(t.Tab)),
			ctx.T("transfer.tab_plan", len(t.New), len(t.Updated), t.Unchanged)) + "\n")
		for i, r := range t.New {
			if i == previewItems {
				b.WriteString(ctx.Styles.Faint.Render("  "+ctx.T("snapshot.more", len(t.New)-previewItems)) + "\n")
				break
			}
			b.WriteString(wrap("  + "+model.CodeOf(r)+" "+r.DisplayName(), im.width) + "\n")
		}
		for i, u := range t.Updated {
			if i == previewItems {
				b.WriteString(ctx.Styles.Faint.Render("  "+ctx.T("snapshot.more", len(t.Updated)-previewItems)) + "\n")
				break
			}
			fields := make([]string, len(u.Fields))
			for i, f := range u.Fields {
				fields[i] = ctx.Tr.Field(f)
			}
			b.WriteString(wrap(ctx.T("transfer.updated_line", model.CodeOf(u.After), u.After.DisplayName(), strings.Join(fields, ctx.T("list.sep"))), im.width) + "\n")
		}
	}
	for _, n := range p.Notes {
		b.WriteString(ctx.Styles.Faint.Render(wrap("· "+ctx.Tr.Msg(n.Message()), im.width)) + "\n")
	}
	b.WriteString("\n" + ctx.T("transfer.confirm_import") + "\n")
	return b.String()
}

// listProblems writes a headed list of places in the file (rows skipped
// as duplicates, titles that change, figures to check), if there are any.
func (im *Import) listProblems(b *strings.Builder, head string, ps []sheet.Problem, style lipgloss.Style) {
	if len(ps) == 0 {
		return
	}
	b.WriteString(style.Render(head) + "\n")
	for _, pr := range ps {
		b.WriteString(style.Render(wrap("⚠ "+im.ctx.Tr.Msg(pr.Message()), im.width)) + "\n")
	}
}

// View draws the current step.
func (im *Import) View() string {
	st := im.ctx.Styles
	switch im.step {
	case importMenu:
		return im.menu.view(im.ctx, im.width)
	case importPath:
		return st.DetailTitle.Render(im.ctx.T("transfer.which_file")) + "\n\n" + im.pick.View()
	case importPass:
		return im.snap.pass.view(im.ctx, im.ctx.T("snapshot.passphrase_title", im.snap.path))
	case importReading, importSaving:
		return st.Faint.Render(im.ctx.T("transfer.working"))
	case importPreview:
		return im.preview.View()
	}
	style := st.StatusOK
	if im.failed {
		style = st.StatusError
	}
	return style.Render(wrap(im.result, im.width)) + "\n\n" + st.Faint.Render(im.ctx.T("transfer.close_hint"))
}

// ShortHelp lists the step's keys.
func (im *Import) ShortHelp() []key.Binding {
	fl := im.ctx.Keys.Flow
	switch {
	case im.step == importPreview && im.snap != nil:
		return []key.Binding{fl.Replace, fl.Decline, fl.Scroll}
	case im.step == importPreview && im.plan.OK() && !im.plan.Empty():
		return []key.Binding{fl.Import, fl.Decline, fl.Scroll}
	case im.step == importPreview:
		return []key.Binding{fl.Close, fl.Scroll}
	case im.step == importMenu:
		return im.menu.help(im.ctx)
	case im.step == importResult:
		return []key.Binding{fl.Close}
	case im.step == importPath:
		return append(im.pick.ShortHelp(), fl.Cancel)
	}
	return []key.Binding{fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (im *Import) FullHelp() [][]key.Binding { return [][]key.Binding{im.ShortHelp()} }

// startSnapshot asks for the passphrase of an encrypted snapshot, or
// starts verifying a plain one.
func (im *Import) startSnapshot(path string) tea.Cmd {
	im.snap.path = path
	enc, err := app.IsEncryptedFile(path)
	if err != nil {
		im.finish("", err)
		return nil
	}
	if enc {
		im.step, im.snap.needs, im.snap.pass = importPass, true, newPassphrase(false)
		return nil
	}
	im.step = importReading
	return im.snap.prepare(im.id, "")
}

// prepared shows the verified snapshot, or asks for the passphrase again
// when it was wrong; any other refusal ends the flow with its reason.
func (im *Import) prepared(msg prepareMsg) tea.Cmd {
	if msg.err != nil {
		if im.snap.needs && errors.Is(msg.err, app.ErrWrongPassphrase) {
			im.step, im.snap.pass = importPass, newPassphrase(false)
			im.snap.pass.err = im.ctx.Tr.Err(msg.err)
			return nil
		}
		im.finish("", msg.err)
		return nil
	}
	im.snap.in, im.step = msg.in, importPreview
	im.preview = viewport.New(im.width, max(3, im.height-3))
	im.preview.SetContent(im.snap.previewText(im.width))
	return nil
}

// snapshotKey answers the preview: y replaces, n or esc discards.
func (im *Import) snapshotKey(msg tea.KeyMsg) tea.Cmd {
	fl := im.ctx.Keys.Flow
	switch {
	case key.Matches(msg, fl.Replace):
		im.step = importSaving
		return im.snap.apply(im.id)
	case key.Matches(msg, fl.Decline):
		im.snap.in.Discard()
		return tea.Batch(common.Close(im.id), common.Status(im.ctx.T("snapshot.discarded"), false))
	}
	var cmd tea.Cmd
	im.preview, cmd = im.preview.Update(msg)
	return cmd
}

// replaced ends an import: the program carries on with the new ledger,
// shown as the file now holds it, without a restart.
func (im *Import) replaced(msg replacedMsg) tea.Cmd {
	if msg.err != nil {
		im.finish("", msg.err)
		return nil
	}
	text := im.ctx.T("snapshot.imported")
	if n := msg.done.Evidence; n > 0 {
		text += "\n" + im.ctx.T("cli.import.evidence_done", n, app.EvidenceDir(im.ctx.App.Path()))
	}
	if msg.done.EvidenceErr != nil {
		text += "\n" + im.ctx.Tr.Err(msg.done.EvidenceErr)
	}
	if msg.done.Backup != "" {
		text += "\n" + im.ctx.T("snapshot.backup", msg.done.Backup)
	}
	im.finish(text, nil)
	l := msg.done.Ledger
	return func() tea.Msg { return common.LedgerLoadedMsg{Ledger: l} }
}
