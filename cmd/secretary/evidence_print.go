package main

import (
	"secretary/app"
	"secretary/internal/i18n"
)

// printEvidenceExport says what a snapshot export did with the evidence
// files: carried them (and any it left out), or left them behind.
func (a *invocation) printEvidenceExport(res *app.SnapshotExported) {
	switch {
	case res.Bundle.Files > 0:
		a.printf("cli.export.evidence", res.Bundle.Files, i18n.Size(res.Bundle.Bytes))
	case res.EvidenceLeft > 0:
		a.printf("cli.export.evidence_left", res.EvidenceLeft)
	}
	if n := len(res.Bundle.Skipped); n > 0 {
		a.printf("cli.export.evidence_skipped", n)
	}
}
