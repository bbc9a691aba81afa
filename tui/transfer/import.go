package transfer

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/tui/common"
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

// Importer is what the import flow needs of the store beyond common.Store:
// the highest IDs ever given (so a deleted record's number is not reused)
// and a transaction to apply the whole import in.
type Importer interface {
	LastIDs() (map[model.Entity]model.ID, error)
	Do(model.Action, func(*store.Tx) error) (model.JournalEntry, error)
	Today() model.Date
}

// Import is the i flow.
type Import struct {
	ctx    *common.Context
	st     Importer
	step   importStep
	menu   menu
	path   textinput.Model
	folder string

	plan    *sheet.Import
	snap    *snapshotImport // set when the file is a handover snapshot
	preview viewport.Model
	result  string
	failed  bool
	done    bool
	width   int
	height  int
}

// NewImport starts the import flow.
func NewImport(ctx *common.Context, st Importer) *Import {
	im := &Import{ctx: ctx, st: st, folder: DefaultFolder()}
	im.menu = menu{title: ctx.T("transfer.import_title"), choices: []choice{
		{label: ctx.T("transfer.import_snapshot"), start: func() tea.Cmd {
			im.step, im.snap = importPath, &snapshotImport{ctx: ctx}
			im.path = newInput(snapshotFolderFor(im.folder), false)
			return nil
		}},
		{label: ctx.T("transfer.import_sheet"), start: func() tea.Cmd {
			im.step = importPath
			im.path = newInput(im.folder+string(filepath.Separator), false)
			return nil
		}},
	}}
	return im
}

// Done reports the flow finished.
func (im *Import) Done() bool { return im.done }

// SetSize sets the area.
func (im *Import) SetSize(w, h int) {
	im.width, im.height = w, h
	im.path.Width = max(10, w-4)
	im.preview.Width, im.preview.Height = w, max(3, h-3)
}

// previewMsg carries the checked plan of a spreadsheet import.
type previewMsg struct {
	plan *sheet.Import
	err  error
}

// Update moves the flow on.
func (im *Import) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case prepareMsg:
		return im.prepared(msg)
	case replacedMsg:
		return im.replaced(msg)
	case previewMsg:
		if msg.err != nil {
			im.finish("", msg.err)
			return nil
		}
		im.plan, im.step = msg.plan, importPreview
		im.preview = viewport.New(im.width, max(3, im.height-3))
		im.preview.SetContent(im.planText())
		return nil
	case doneMsg:
		im.finish(msg.text, msg.err)
		if msg.err == nil {
			return common.LoadCmd(im.ctx.Store)
		}
		return nil
	case tea.KeyMsg:
		return im.key(msg)
	}
	return nil
}

func (im *Import) finish(text string, err error) {
	im.step, im.result, im.failed = importResult, text, err != nil
	if err != nil {
		im.result = im.ctx.Tr.Err(err)
	}
}

func (im *Import) key(msg tea.KeyMsg) tea.Cmd {
	switch im.step {
	case importMenu:
		if escKey(msg) {
			im.done = true
			return nil
		}
		cmd, _ := im.menu.update(im.ctx, msg)
		return cmd
	case importPath:
		switch msg.Type {
		case tea.KeyEsc:
			im.done = true
			return nil
		case tea.KeyEnter:
			path := expandPath(im.path.Value(), im.folder)
			if im.snap != nil {
				return im.startSnapshot(path)
			}
			im.step = importReading
			return im.read(path)
		}
		var cmd tea.Cmd
		im.path, cmd = im.path.Update(msg)
		return cmd
	case importPass:
		if escKey(msg) {
			im.done = true
			return nil
		}
		pass, ok, cmd := im.snap.pass.update(im.ctx, msg)
		if ok {
			im.step = importReading
			return im.snap.prepare(pass)
		}
		return cmd
	case importPreview:
		if im.snap != nil {
			return im.snapshotKey(msg)
		}
		switch {
		case msg.String() == "y" && im.plan.OK() && !im.plan.Empty():
			im.step = importSaving
			return im.apply()
		case msg.Type == tea.KeyEsc || msg.String() == "n" || msg.String() == "q":
			im.done = true
			return func() tea.Msg { return common.StatusMsg{Text: im.ctx.T("status.cancelled")} }
		}
		var cmd tea.Cmd
		im.preview, cmd = im.preview.Update(msg)
		return cmd
	case importResult:
		if msg.Type == tea.KeyEnter || msg.Type == tea.KeyEsc {
			im.done = true
		}
	}
	return nil
}

// read reads and checks the file against the ledger on screen; nothing is
// written yet.
func (im *Import) read(path string) tea.Cmd {
	l, st := im.ctx.Ledger, im.st
	return func() tea.Msg {
		f, err := sheet.ReadFile(path)
		if err != nil {
			return previewMsg{err: err}
		}
		ids, err := st.LastIDs()
		if err != nil {
			return previewMsg{err: err}
		}
		return previewMsg{plan: sheet.Prepare(f, l, sheet.Options{Today: st.Today(), LastIDs: ids})}
	}
}

// apply commits the planned import as one undoable step.
func (im *Import) apply() tea.Cmd {
	plan, st, tr := im.plan, im.st, im.ctx.Tr
	return func() tea.Msg {
		entry, err := st.Do(model.ActImport, func(tx *store.Tx) error { return plan.Apply(tx) })
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{text: tr.Msg(entry.Describe()) + "\n" + tr.T("transfer.undo_hint")}
	}
}

// planText is the preview: what each tab gains and changes, or every
// problem with its place in the file.
func (im *Import) planText() string {
	ctx, p := im.ctx, im.plan
	var b strings.Builder
	b.WriteString(ctx.Styles.DetailTitle.Render(ctx.T("transfer.preview_title", p.File)) + "\n\n")
	if !p.OK() {
		b.WriteString(ctx.Styles.StatusError.Render(ctx.T("transfer.problems", len(p.Problems))) + "\n")
		for _, pr := range p.Problems {
			b.WriteString(wrap("• "+ctx.Tr.Msg(pr.Message()), im.width) + "\n")
		}
		b.WriteString("\n" + ctx.Styles.Faint.Render(ctx.T("transfer.nothing_imported")) + "\n")
		return b.String()
	}
	if p.Empty() {
		b.WriteString(ctx.T("transfer.nothing_to_do") + "\n")
		return b.String()
	}
	for _, t := range p.Tabs {
		b.WriteString(fmt.Sprintf("%s: %s\n", ctx.L(sheet.TabLabel(t.Tab)),
			ctx.T("transfer.tab_plan", len(t.New), len(t.Updated), t.Unchanged)))
		for _, u := range t.Updated {
			fields := make([]string, len(u.Fields))
			for i, f := range u.Fields {
				fields[i] = ctx.T(i18n.Key("field." + f))
			}
			b.WriteString(wrap("  ~ "+model.CodeOf(u.After)+" "+u.After.DisplayName()+"（"+strings.Join(fields, ctx.T("list.sep"))+"）", im.width) + "\n")
		}
	}
	for _, n := range p.Notes {
		b.WriteString(ctx.Styles.Faint.Render(wrap("· "+ctx.Tr.Msg(n.Message()), im.width)) + "\n")
	}
	b.WriteString("\n" + ctx.T("transfer.confirm_import") + "\n")
	return b.String()
}

// View draws the current step.
func (im *Import) View() string {
	st := im.ctx.Styles
	switch im.step {
	case importMenu:
		return im.menu.view(im.ctx, im.width)
	case importPath:
		return st.DetailTitle.Render(im.ctx.T("transfer.which_file")) + "\n\n" + im.path.View() + "\n\n" +
			st.Faint.Render(im.ctx.T("transfer.import_path_hint"))
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
	if im.step == importPreview && im.snap != nil {
		b := func(k, d string) key.Binding {
			return key.NewBinding(key.WithKeys(k), key.WithHelp(k, im.ctx.T(i18n.Key(d))))
		}
		return []key.Binding{b("y", "help.replace"), b("n/esc", "help.cancel"), b("↑/↓", "help.scroll")}
	}
	if im.step == importPreview {
		b := func(k, d string) key.Binding {
			return key.NewBinding(key.WithKeys(k), key.WithHelp(k, im.ctx.T(i18n.Key(d))))
		}
		if im.plan.OK() && !im.plan.Empty() {
			return []key.Binding{b("y", "help.import"), b("n/esc", "help.cancel"), b("↑/↓", "help.scroll")}
		}
		return []key.Binding{b("esc", "help.close"), b("↑/↓", "help.scroll")}
	}
	return stepHelp(im.ctx, im.step == importMenu, im.step == importResult)
}

// startSnapshot asks for the passphrase of an encrypted snapshot, or
// starts verifying a plain one.
func (im *Import) startSnapshot(path string) tea.Cmd {
	im.snap.path = path
	enc, err := store.SniffSnapshot(path)
	if err != nil {
		im.finish("", err)
		return nil
	}
	if enc {
		im.step, im.snap.needs, im.snap.pass = importPass, true, newPassphrase(false)
		return nil
	}
	im.step = importReading
	return im.snap.prepare("")
}

// prepared shows the verified snapshot, or asks for the passphrase again
// when it was wrong; any other refusal ends the flow with its reason.
func (im *Import) prepared(msg prepareMsg) tea.Cmd {
	if msg.err != nil {
		if im.snap.needs && store.IsKind(msg.err, store.KindWrongPassphrase) {
			im.step, im.snap.pass = importPass, newPassphrase(false)
			im.snap.pass.err = im.ctx.Tr.Err(msg.err)
			return nil
		}
		im.finish("", msg.err)
		return nil
	}
	im.snap.prep, im.snap.diff, im.step = msg.im, msg.diff, importPreview
	im.preview = viewport.New(im.width, max(3, im.height-3))
	im.preview.SetContent(im.snap.previewText(im.width))
	return nil
}

// snapshotKey answers the preview: y replaces, n or esc discards.
func (im *Import) snapshotKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case msg.String() == "y":
		im.step = importSaving
		return im.snap.apply()
	case msg.Type == tea.KeyEsc || msg.String() == "n" || msg.String() == "q":
		im.snap.prep.Discard()
		im.done = true
		return func() tea.Msg { return common.StatusMsg{Text: im.ctx.T("snapshot.discarded")} }
	}
	var cmd tea.Cmd
	im.preview, cmd = im.preview.Update(msg)
	return cmd
}

// replaced ends an import: the program carries on with the new store.
func (im *Import) replaced(msg replacedMsg) tea.Cmd {
	var swap tea.Cmd
	if msg.store != nil {
		ns := msg.store
		swap = func() tea.Msg { return common.StoreReplacedMsg{Store: ns} }
	}
	if msg.err != nil {
		im.finish("", msg.err)
		return swap
	}
	text := im.ctx.T("snapshot.imported")
	if msg.backup != "" {
		text += "\n" + im.ctx.T("snapshot.backup", msg.backup)
	}
	im.finish(text, nil)
	return swap
}
