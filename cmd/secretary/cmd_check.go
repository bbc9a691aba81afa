package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/store"
)

func newCheckCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check [FILE]",
		Short: a.tr.T("cli.check.short"),
		Long:  a.tr.T("cli.check.long"),
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := a.location().Path
			if len(args) == 1 {
				path = args[0]
			} else if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				return model.NewMsgError(store.MsgNoLedger, path)
			}
			return a.checkFile(path)
		},
	}
}

// checkFile verifies a ledger or a snapshot (plain or encrypted) and
// prints ok with its counts, or each problem found; a snapshot is also
// checked against its manifest, which is shown. A file that cannot be
// opened at all is one error line.
func (a *app) checkFile(path string) error {
	var info *store.SnapshotInfo
	err := a.withPassphrase(path, func(c store.CryptOptions) error {
		var err error
		info, err = store.CheckSnapshot(path, store.ReadOptions{Store: a.storeOptions(), Crypt: c})
		return err
	})
	if err != nil {
		return err
	}
	if info.Manifest != nil || info.Encrypted {
		a.printSnapshotInfo(info)
	}
	return a.printReport(path, info.Report, info.Manifest != nil)
}

func (a *app) printReport(path string, rep *store.Report, snapshot bool) error {
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
