package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/model"
)

func newCheckCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   a.use("check", "cli.check.args"),
		Short: a.tr.T("cli.check.short"),
		Long:  a.tr.T("cli.check.long"),
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				return a.checkFile(args[0])
			}
			path, err := a.ledgerPath()
			if err != nil {
				return err
			}
			info, err := app.CheckLedger(path, a.options())
			if err != nil {
				return err
			}
			err = a.printCheck(path, info)
			if eerr := a.checkEvidence(path); err == nil {
				err = eerr
			}
			return err
		},
	}
}

// checkFile verifies a ledger or a snapshot (plain or encrypted) and
// prints ok with its counts, or each problem found; a snapshot is also
// checked against its manifest, which is shown. A file that cannot be
// opened at all is one error line.
func (a *invocation) checkFile(path string) error {
	var info *app.SnapshotInfo
	err := a.withPassphrase(path, func(pass app.Passphrase) error {
		var err error
		info, err = app.CheckFile(path, pass, a.readOptions())
		return err
	})
	if err != nil {
		return err
	}
	err = a.printCheck(path, info)
	if info.Manifest == nil && !info.Encrypted {
		// A ledger (not a snapshot): its evidence folder is beside it.
		if eerr := a.checkEvidence(path); err == nil {
			err = eerr
		}
	}
	return err
}

func (a *invocation) printCheck(path string, info *app.SnapshotInfo) error {
	if info.Manifest != nil || info.Encrypted {
		a.printSnapshotInfo(info)
	}
	return a.printReport(path, info.Report, info.Manifest != nil)
}

func (a *invocation) printReport(path string, rep *app.Report, snapshot bool) error {
	if rep.OK() {
		if snapshot {
			a.printf("cli.check.snapshot_ok", path)
		} else {
			a.printf("cli.check.ok", path)
		}
		fmt.Fprintln(a.out(), "  "+a.countsLine(rep.Counts))
		return nil
	}
	a.printf("cli.check.bad", path, len(rep.Problems))
	for _, p := range rep.Problems {
		fmt.Fprintln(a.out(), "  - "+a.tr.Msg(p.Msg))
	}
	return model.NewMsgError("cli.check.failed", path)
}
