package main

import (
	"fmt"
	"io"
	"secretary/internal/i18n"
	"strings"
	"unicode/utf8"

	"secretary/app"
	"secretary/model"
)

// printSnapshotInfo describes a snapshot (or a ledger given in its place):
// the file, its manifest and its SHA-256, for the receiver to compare with
// what the sender read out.
func (a *invocation) printSnapshotInfo(info *app.SnapshotInfo) {
	crypt := a.tr.T("cli.snap.plain")
	if info.Encrypted {
		crypt = a.tr.T("cli.snap.encrypted")
	}
	m := info.Manifest
	if m == nil {
		a.printf("cli.snap.ledger", info.Path, i18n.Size(info.Size), crypt)
		a.printf("cli.snap.sha", info.SHA256)
		return
	}
	a.printf("cli.snap.file", info.Path, i18n.Size(info.Size), crypt)
	a.printf("cli.snap.made", m.Created.Local().Format("2006-01-02 15:04"), m.Version, m.Schema)
	a.printf("cli.snap.from", m.Source)
	if m.GroupName != "" || m.School != "" || m.Secretary != "" {
		a.printf("cli.snap.whose", orDash(m.GroupName), orDash(m.School), orDash(m.Secretary))
	}
	a.printf("cli.snap.counts", a.countsLine(m.Counts))
	a.printf("cli.snap.sha", info.SHA256)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// diffText writes a diff as plain text, per tab. limit > 0 caps the
// records listed per tab (the import preview); 0 lists all.
func (a *invocation) diffText(w io.Writer, d *model.LedgerDiff, limit int) {
	mark := map[model.ChangeKind]string{model.Added: "+", model.Changed: "~", model.Removed: "-"}
	for _, e := range model.Entities() {
		recs := d.Of(e)
		if len(recs) == 0 {
			continue
		}
		t := d.Tally(e)
		fmt.Fprintln(w, a.tr.T("cli.diff.tally", a.tr.T(i18n.Key("tab.entity."+e.Code())), t.Added, t.Changed, t.Removed))
		for i, r := range recs {
			if limit > 0 && i == limit {
				fmt.Fprintln(w, "  "+a.tr.T("cli.diff.more", len(recs)-limit))
				break
			}
			fmt.Fprintf(w, "  %s %s %s\n", mark[r.Kind], r.Code(), oneLine(r.Title))
			for _, f := range r.Fields {
				fmt.Fprintln(w, "      "+a.fieldLine(f))
			}
		}
	}
	if len(d.Settings) > 0 {
		fmt.Fprintln(w, a.tr.T("cli.diff.settings"))
		for _, f := range d.Settings {
			fmt.Fprintln(w, "  ~ "+a.fieldLine(f))
		}
	}
}

// diffMarkdown writes a diff as Markdown: a heading per tab, a list item
// per record, a nested item per changed field.
func (a *invocation) diffMarkdown(w io.Writer, d *model.LedgerDiff, oldPath, newPath string) {
	fmt.Fprintf(w, "# %s\n\n`%s` → `%s`\n\n", a.tr.T("cli.diff.title"), oldPath, newPath)
	if d.Empty() {
		fmt.Fprintln(w, a.tr.T("cli.diff.none"))
		return
	}
	word := map[model.ChangeKind]string{model.Added: "cli.diff.added", model.Changed: "cli.diff.changed", model.Removed: "cli.diff.removed"}
	for _, e := range model.Entities() {
		recs := d.Of(e)
		if len(recs) == 0 {
			continue
		}
		t := d.Tally(e)
		fmt.Fprintf(w, "## %s\n\n", a.tr.T("cli.diff.tally", a.tr.T(i18n.Key("tab.entity."+e.Code())), t.Added, t.Changed, t.Removed))
		for _, r := range recs {
			fmt.Fprintf(w, "- %s **%s** %s\n", a.tr.T(i18n.Key(word[r.Kind])), r.Code(), mdEscape(oneLine(r.Title)))
			for _, f := range r.Fields {
				fmt.Fprintf(w, "  - %s\n", mdEscape(a.fieldLine(f)))
			}
		}
		fmt.Fprintln(w)
	}
	if len(d.Settings) > 0 {
		fmt.Fprintf(w, "## %s\n\n", a.tr.T("cli.diff.settings"))
		for _, f := range d.Settings {
			fmt.Fprintf(w, "- %s\n", mdEscape(a.fieldLine(f)))
		}
		fmt.Fprintln(w)
	}
}

// fieldLine is "截止日期：2026-12-01 → 2026-12-08".
func (a *invocation) fieldLine(f model.FieldChange) string {
	return a.tr.T("cli.diff.field", a.tr.Field(f.Field), a.value(f.Before), a.value(f.After))
}

func (a *invocation) value(s string) string {
	if s == "" {
		return a.tr.T("cli.diff.empty")
	}
	return oneLine(s)
}

// maxValue is how much of a long value (notes, summaries) a diff line
// shows.
const maxValue = 120

// oneLine keeps a value on one line and short enough to read.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxValue {
		s = string([]rune(s)[:maxValue]) + "…"
	}
	return s
}

// mdEscape keeps user text from being read as Markdown.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
