package main

import (
	"fmt"

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
			}
			return a.checkFile(path)
		},
	}
}

// checkFile verifies a ledger and prints ok with its counts, or each
// problem found. A file that cannot be opened at all is one error line.
func (a *app) checkFile(path string) error {
	rep, err := store.CheckFile(path, a.storeOptions())
	if err != nil {
		return err
	}
	return a.printReport(path, rep)
}

func (a *app) printReport(path string, rep *store.Report) error {
	if rep.OK() {
		a.printf("cli.check.ok", path)
		fmt.Fprintln(a.out(), "  "+a.countsLine(rep.Counts))
		return nil
	}
	a.printf("cli.check.bad", path, len(rep.Problems))
	for _, p := range rep.Problems {
		fmt.Fprintln(a.out(), "  - "+a.tr.Msg(p.Msg))
	}
	return model.NewMsgError("cli.check.failed", path)
}
