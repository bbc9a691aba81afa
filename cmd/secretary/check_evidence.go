package main

import (
	"fmt"
	"path/filepath"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
)

// checkEvidence checks the evidence folder beside a ledger: every file
// the ledger records must be there with its SHA-256. Missing and changed
// files fail the check; files nothing refers to are listed (a deleted
// item's file stays so undo can bring it back).
func (a *invocation) checkEvidence(path string) error {
	l, _, err := app.LoadFile(path, nil, a.readOptions())
	if err != nil {
		return nil // the ledger's own check has said what is wrong
	}
	c := app.CheckEvidenceFiles(evidenceHome(path), l, true)
	if c.Files == 0 && len(c.Missing) == 0 && len(c.Unreferenced) == 0 {
		return nil
	}
	if c.OK() {
		a.printf("cli.check.evidence_ok", c.Files, i18n.Size(c.Bytes), c.Dir)
	} else {
		a.printf("cli.check.evidence_bad", c.Dir, len(c.Missing)+len(c.Changed))
		for _, e := range c.Missing {
			fmt.Fprintln(a.out(), "  - "+a.tr.T("cli.check.evidence_missing", model.CodeOf(e), e.Title, e.FileName, e.StoredName()))
		}
		for _, e := range c.Changed {
			fmt.Fprintln(a.out(), "  - "+a.tr.T("cli.check.evidence_changed", model.CodeOf(e), e.Title, e.FileName, e.StoredName()))
		}
	}
	if len(c.Unreferenced) > 0 {
		a.printf("cli.check.evidence_unreferenced", len(c.Unreferenced))
		for _, name := range c.Unreferenced {
			fmt.Fprintln(a.out(), "  - "+name)
		}
	}
	if !c.OK() {
		return model.NewMsgError("cli.check.evidence_failed", c.Dir)
	}
	return nil
}

// evidenceHome is the ledger path whose evidence folder a file's items
// live in: its own folder's, or, for one of a ledger's backups (in its
// backups folder), the ledger's — a backup has no evidence folder of its
// own, and its items' files are the ledger's.
func evidenceHome(path string) string {
	dir := filepath.Dir(path)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if filepath.Base(dir) == filepath.Base(app.BackupDir(path)) {
		return filepath.Join(filepath.Dir(dir), filepath.Base(path))
	}
	return path
}
