package transfer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
	"secretary/tui/common"
)

// passphrase asks for a passphrase without echo, twice when it is new.
type passphrase struct {
	first, second textinput.Model
	confirm       bool // ask a second time (a new passphrase)
	onSecond      bool
	err           string
}

func newPassphrase(confirm bool) passphrase {
	return passphrase{first: newInput("", true), second: newInput("", true), confirm: confirm}
}

// update returns the passphrase once it is entered (and, when new,
// entered the same way twice).
func (p *passphrase) update(ctx *common.Context, msg tea.KeyMsg) (string, bool, tea.Cmd) {
	if msg.Type == tea.KeyEnter {
		switch {
		case p.first.Value() == "":
			p.err = ctx.T("snapshot.empty_passphrase")
		case p.confirm && !p.onSecond:
			p.onSecond, p.err = true, ""
			p.first.Blur()
			return "", false, p.second.Focus()
		case p.confirm && p.second.Value() != p.first.Value():
			p.err = ctx.T("snapshot.passphrase_mismatch")
			p.onSecond = false
			p.first.SetValue("")
			p.second.SetValue("")
			p.second.Blur()
			return "", false, p.first.Focus()
		default:
			return p.first.Value(), true, nil
		}
		return "", false, nil
	}
	var cmd tea.Cmd
	if p.onSecond {
		p.second, cmd = p.second.Update(msg)
	} else {
		p.first, cmd = p.first.Update(msg)
	}
	return "", false, cmd
}

func (p *passphrase) view(ctx *common.Context, title string) string {
	st := ctx.Styles
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(title) + "\n\n")
	b.WriteString(ctx.T("snapshot.passphrase") + "\n" + p.first.View() + "\n")
	if p.confirm {
		b.WriteString("\n" + ctx.T("snapshot.passphrase_again") + "\n" + p.second.View() + "\n")
	}
	if p.err != "" {
		b.WriteString("\n" + st.StatusError.Render(p.err) + "\n")
	}
	b.WriteString("\n" + st.Faint.Render(ctx.T("snapshot.passphrase_hint")))
	return b.String()
}

// exportSnapshot writes a handover snapshot and reports what to read out
// to the next secretary: the file, its size, counts and SHA-256.
func exportSnapshot(ctx *common.Context, id common.ID, path, pass string) tea.Cmd {
	tr, st := ctx.Tr, ctx.App.Store()
	return func() tea.Msg {
		res, err := st.Export(path, store.ExportOptions{Encrypt: pass != "", Passphrase: pass})
		if err != nil {
			return failed(id, err)
		}
		c := res.Manifest.Counts
		text := tr.T("snapshot.exported", res.Path, i18n.Size(res.Size)) + "\n" +
			tr.T("snapshot.counts", c.Of(model.EntityPlan), c.Of(model.EntityOwner), c.Of(model.EntityTask), c.Of(model.EntityActivity), c.Of(model.EntityAssessment), c.Of(model.EntityRectification)) + "\n" +
			tr.T("snapshot.sha256", res.SHA256)
		if res.Encrypted {
			text += "\n" + tr.T("snapshot.encrypted_note")
		}
		return doneMsg{To: to(id), text: text}
	}
}

// snapshotImport is the import of a handover snapshot: name the file,
// give the passphrase if it is encrypted, read what it would change,
// confirm, and replace the ledger (after a backup).
type snapshotImport struct {
	ctx     *common.Context
	path    string
	needs   bool // encrypted: ask for the passphrase
	pass    passphrase
	prep    *store.Import
	diff    *model.LedgerDiff
	preview viewport.Model
}

// prepareMsg is the verified snapshot, or why it was refused.
type prepareMsg struct {
	common.To
	im   *store.Import
	diff *model.LedgerDiff
	err  error
}

// replacedMsg is the end of an import: the new service and the backup.
type replacedMsg struct {
	common.To
	app    *app.Service
	backup string
	err    error
}

// prepare copies, decrypts and verifies the snapshot beside the ledger;
// the ledger is untouched until apply. What it would change is compared
// with the ledger as the file holds it now.
func (si *snapshotImport) prepare(id common.ID, pass string) tea.Cmd {
	a, path, lang := si.ctx.App, si.path, si.ctx.Lang()
	return func() tea.Msg {
		im, err := a.Store().PrepareImport(path, store.ImportOptions{Crypt: store.CryptOptions{
			Passphrase: func() (string, error) { return pass, nil },
		}})
		if err != nil {
			return prepareMsg{To: to(id), err: err}
		}
		cur, err := a.Load()
		if err != nil {
			im.Discard()
			return prepareMsg{To: to(id), err: err}
		}
		return prepareMsg{To: to(id), im: im, diff: im.Diff(cur, lang)}
	}
}

// apply backs the ledger up and replaces it with the snapshot.
func (si *snapshotImport) apply(id common.ID) tea.Cmd {
	a, im := si.ctx.App, si.prep
	return func() tea.Msg {
		na, backup, err := app.ReplaceWithImport(a, im)
		return replacedMsg{To: to(id), app: na, backup: backup, err: err}
	}
}

// previewText describes the snapshot and what it would change.
func (si *snapshotImport) previewText(width int) string {
	ctx, info := si.ctx, si.prep.Info
	var b strings.Builder
	b.WriteString(ctx.Styles.DetailTitle.Render(ctx.T("snapshot.preview_title", info.Path)) + "\n\n")
	if m := info.Manifest; m != nil {
		b.WriteString(wrap(ctx.T("snapshot.manifest", m.Created.Local().Format("2006-01-02 15:04"), m.Version, m.GroupName, m.Secretary), width) + "\n")
		c := m.Counts
		b.WriteString(ctx.T("snapshot.counts", c.Of(model.EntityPlan), c.Of(model.EntityOwner), c.Of(model.EntityTask), c.Of(model.EntityActivity), c.Of(model.EntityAssessment), c.Of(model.EntityRectification)) + "\n")
	} else {
		b.WriteString(ctx.Styles.Warning.Render(wrap(ctx.T("snapshot.no_manifest"), width)) + "\n")
	}
	b.WriteString(ctx.T("snapshot.sha256", info.SHA256) + "\n")
	if si.prep.Migrated {
		b.WriteString(ctx.Styles.Faint.Render(ctx.T("snapshot.migrated")) + "\n")
	}
	b.WriteString("\n" + ctx.Styles.Section.Render(ctx.T("snapshot.changes")) + "\n")
	if si.diff.Empty() {
		b.WriteString(ctx.T("snapshot.no_changes") + "\n")
	}
	for _, e := range model.Entities() {
		t := si.diff.Tally(e)
		if t.Total() == 0 {
			continue
		}
		b.WriteString(fmt.Sprintf("%s: %s\n", ctx.T(i18n.Key("tab.entity."+e.Code())), ctx.T("snapshot.tally", t.Added, t.Changed, t.Removed)))
		for i, r := range si.diff.Of(e) {
			if i == 8 {
				b.WriteString(ctx.Styles.Faint.Render("  "+ctx.T("snapshot.more", t.Total()-8)) + "\n")
				break
			}
			sign := map[model.ChangeKind]string{model.Added: "+", model.Changed: "~", model.Removed: "-"}[r.Kind]
			b.WriteString(wrap(fmt.Sprintf("  %s %s %s", sign, r.Code(), r.Title), width) + "\n")
		}
	}
	b.WriteString("\n" + ctx.Styles.Warning.Render(wrap(ctx.T("snapshot.confirm"), width)) + "\n")
	return b.String()
}

// snapshotFolderFor suggests where to look for a snapshot: the folder the
// user last exported to or the default one.
func snapshotFolderFor(folder string) string {
	if info, err := os.Stat(folder); err == nil && info.IsDir() {
		return folder + string(filepath.Separator)
	}
	return ""
}
