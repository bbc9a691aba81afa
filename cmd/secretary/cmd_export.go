package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
)

func newExportCmd(a *invocation) *cobra.Command {
	var encrypt, force, withEvidence bool
	cmd := &cobra.Command{
		Use:   a.use("export", "cli.export.args"),
		Short: a.tr.T("cli.export.short"),
		Long:  a.tr.T("cli.export.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Open first: a ledger held by another window is refused
			// before anyone types a passphrase.
			s, err := a.openLedger(true)
			if err != nil {
				return err
			}
			defer s.Close()
			req := app.SnapshotExportRequest{Path: args[0], Encrypt: encrypt, Force: force, WithEvidence: withEvidence}
			if encrypt {
				if req.Passphrase, err = a.newPassphrase(); err != nil {
					return err
				}
			}
			res, err := s.ExportSnapshot(req)
			if err != nil {
				return err
			}
			a.printExport(res)
			if !encrypt {
				// Internal meetings discuss students: a snapshot that
				// leaves the computer holding them is best encrypted.
				if n, err := s.InternalMeetings(); err == nil && n > 0 {
					fmt.Fprintln(a.sys.stderr, a.tr.T("cli.export.internal_hint", n))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&encrypt, "encrypt", false, a.tr.T("cli.export.flag.encrypt"))
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.export.flag.force"))
	cmd.Flags().BoolVar(&withEvidence, "with-evidence", false, a.tr.T("cli.export.flag.with_evidence"))
	return cmd
}

func (a *invocation) printExport(res *app.SnapshotExported) {
	crypt := a.tr.T("cli.snap.plain")
	if res.Encrypted {
		crypt = a.tr.T("cli.snap.encrypted")
	}
	a.printf("cli.export.done", res.Path)
	a.printf("cli.export.size", i18n.Size(res.Size), res.Size, crypt)
	a.printf("cli.export.counts", a.countsLine(res.Manifest.Counts))
	a.printf("cli.export.sha", res.SHA256)
	a.printEvidenceExport(res)
	a.printf("cli.export.compare")
	if res.Encrypted {
		a.printf("cli.pass.hint")
	}
}
