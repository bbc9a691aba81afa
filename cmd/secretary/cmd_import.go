package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
)

// previewLimit caps the records the import preview lists per tab; the
// counts are always complete and `secretary diff` lists everything.
const previewLimit = 10

func newImportCmd(a *invocation) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   a.use("import", "cli.import.args"),
		Short: a.tr.T("cli.import.short"),
		Long:  a.tr.T("cli.import.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.importSnapshot(args[0], yes)
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, a.tr.T("cli.import.flag.yes"))
	return cmd
}

// importSnapshot holds the ledger open — and so locked against other
// windows — from the first check to the replacement.
func (a *invocation) importSnapshot(in string, yes bool) error {
	s, err := a.openLedger(false)
	if err != nil {
		return err
	}
	defer s.Close()
	var inc *app.Incoming
	err = a.withPassphrase(in, func(pass app.Passphrase) error {
		var err error
		inc, err = s.PrepareImport(in, app.ImportOptions{Passphrase: pass, Lang: a.tr.Lang()})
		return err
	})
	if err != nil {
		return err
	}
	defer inc.Discard()

	a.printSnapshotInfo(inc.Info)
	if inc.Migrated {
		a.printf("cli.snap.migrated", app.SchemaVersion)
	}
	if inc.Info.Manifest == nil {
		// A ledger or a backup, not an exported snapshot: there is no
		// manifest whose counts and digest could have been compared.
		a.printf("cli.import.verified_ledger")
	} else {
		a.printf("cli.import.verified")
	}
	if inc.Diff.Empty() {
		a.printf("cli.import.same")
	} else {
		a.printf("cli.import.changes", s.Path())
		a.diffText(a.out(), inc.Diff, previewLimit)
	}
	if inc.EvidenceFiles > 0 {
		a.printf("cli.import.evidence", inc.EvidenceFiles, i18n.Size(inc.EvidenceBytes), app.EvidenceDir(s.Path()))
	}
	if inc.WillBackUp() {
		a.printf("cli.import.backup", app.BackupDir(s.Path()))
	}
	if !yes && !a.confirm(a.tr.T("cli.import.confirm")) {
		return model.NewMsgError("cli.import.declined")
	}

	res, err := s.ApplyImport(inc)
	if err != nil {
		return err
	}
	if res.Backup != "" {
		a.printf("cli.import.backed", res.Backup)
	} else {
		a.printf("cli.import.nobackup")
	}
	a.printf("cli.import.done", s.Path())
	if res.Evidence > 0 {
		a.printf("cli.import.evidence_done", res.Evidence, app.EvidenceDir(s.Path()))
	}
	if res.EvidenceErr != nil {
		fmt.Fprintln(a.out(), a.tr.Err(res.EvidenceErr))
	}
	a.printf("cli.demo.counts", a.countsLine(res.Ledger.Counts()))
	return nil
}

// confirm asks a yes/no question on stdout and reads the answer from
// stdin; only an explicit yes counts (end of input is no).
func (a *invocation) confirm(question string) bool {
	fmt.Fprint(a.out(), question)
	line, _ := bufio.NewReader(a.sys.stdin).ReadString('\n')
	fmt.Fprintln(a.out())
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "是", "确认", "确定", "好":
		return true
	}
	return false
}
