package transfer

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/cell"
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

// snapshotImport is the import of a handover snapshot: name the file,
// give the passphrase if it is encrypted, read what it would change,
// confirm, and replace the ledger (after a backup).
type snapshotImport struct {
	ctx   *common.Context
	path  string
	needs bool // encrypted: ask for the passphrase
	pass  passphrase
	in    *app.Incoming
}

// prepareMsg is the verified snapshot, or why it was refused.
type prepareMsg struct {
	common.To
	in  *app.Incoming
	err error
}

// replacedMsg is the end of an import: what the ledger holds now and
// where the old one was backed up.
type replacedMsg struct {
	common.To
	done app.Imported
	err  error
}

// prepare copies, decrypts and verifies the snapshot beside the ledger;
// the ledger is untouched until apply. What it would change is compared
// with the ledger as the file holds it now.
func (si *snapshotImport) prepare(id common.ID, pass string) tea.Cmd {
	a, path, lang := si.ctx.App, si.path, si.ctx.Lang()
	return func() tea.Msg {
		in, err := a.PrepareImport(path, app.ImportOptions{Lang: lang, Passphrase: func() (string, error) { return pass, nil }})
		return prepareMsg{To: to(id), in: in, err: err}
	}
}

// apply backs the ledger up and replaces it with the snapshot; the app
// carries on with the new file.
func (si *snapshotImport) apply(id common.ID) tea.Cmd {
	a, in := si.ctx.App, si.in
	return func() tea.Msg {
		done, err := a.ApplyImport(in)
		return replacedMsg{To: to(id), done: done, err: err}
	}
}

// previewText describes the snapshot and what it would change.
func (si *snapshotImport) previewText(width int) string {
	ctx, info, diff := si.ctx, si.in.Info, si.in.Diff
	var b strings.Builder
	b.WriteString(ctx.Styles.DetailTitle.Render(ctx.T("snapshot.preview_title", info.Path)) + "\n\n")
	if m := info.Manifest; m != nil {
		b.WriteString(wrap(ctx.T("snapshot.manifest", m.Created.Local().Format("2006-01-02 15:04"), m.Version, m.GroupName, m.Secretary), width) + "\n")
		b.WriteString(cell.Counts(ctx.Tr, m.Counts) + "\n")
	} else {
		b.WriteString(ctx.Styles.Warning.Render(wrap(ctx.T("snapshot.no_manifest"), width)) + "\n")
	}
	// Said to the receiver: the sender read the digits out at export.
	b.WriteString(ctx.T("snapshot.sha256_receiver", info.SHA256) + "\n")
	if si.in.Migrated {
		b.WriteString(ctx.Styles.Faint.Render(ctx.T("snapshot.migrated")) + "\n")
	}
	if n := si.in.EvidenceFiles; n > 0 {
		b.WriteString(wrap(ctx.T("cli.import.evidence", n, i18n.Size(si.in.EvidenceBytes), app.EvidenceDir(ctx.App.Path())), width) + "\n")
	}
	b.WriteString("\n" + ctx.Styles.Section.Render(ctx.T("snapshot.changes")) + "\n")
	if diff.Empty() {
		b.WriteString(ctx.T("snapshot.no_changes") + "\n")
	}
	for _, e := range model.Entities() {
		t := diff.Tally(e)
		if t.Total() == 0 {
			continue
		}
		b.WriteString(ctx.T("transfer.tab_line", ctx.T(i18n.Key("tab.entity."+e.Code())), ctx.T("snapshot.tally", t.Added, t.Changed, t.Removed)) + "\n")
		for i, r := range diff.Of(e) {
			if i == previewItems {
				b.WriteString(ctx.Styles.Faint.Render("  "+ctx.T("snapshot.more", t.Total()-previewItems)) + "\n")
				break
			}
			sign := map[model.ChangeKind]string{model.Added: "+", model.Changed: "~", model.Removed: "-"}[r.Kind]
			b.WriteString(wrap(fmt.Sprintf("  %s %s %s", sign, r.Code(), r.Title), width) + "\n")
		}
	}
	if len(diff.Settings) > 0 {
		b.WriteString(ctx.T("snapshot.settings_change") + "\n")
		for _, f := range diff.Settings {
			b.WriteString(wrap("  ~ "+ctx.T("history.change", ctx.Tr.Field(f.Field), cell.Dash(f.Before), cell.Dash(f.After)), width) + "\n")
		}
	}
	b.WriteString("\n" + ctx.Styles.Warning.Render(wrap(ctx.T("snapshot.confirm"), width)) + "\n")
	return b.String()
}
