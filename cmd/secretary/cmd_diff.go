package main

import (
	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/model"
)

func newDiffCmd(a *invocation) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   a.use("diff", "cli.diff.args"),
		Short: a.tr.T("cli.diff.short"),
		Long:  a.tr.T("cli.diff.long"),
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "md" {
				return usageErr("cli.diff.bad_format", format)
			}
			old, oldInfo, err := a.loadForDiff(args[0])
			if err != nil {
				return err
			}
			cur, curInfo, err := a.loadForDiff(args[1])
			if err != nil {
				return err
			}
			d := model.DiffLedgers(old, cur, a.tr.Lang())
			if format == "md" {
				a.diffMarkdown(a.out(), d, oldInfo.Path, curInfo.Path)
				return nil
			}
			a.printf("cli.diff.files", oldInfo.Path, curInfo.Path)
			if d.Empty() {
				a.printf("cli.diff.none")
				return nil
			}
			a.diffText(a.out(), d, 0)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.tr.T("cli.diff.flag.format"))
	return cmd
}

func (a *invocation) loadForDiff(path string) (*model.Ledger, *app.SnapshotInfo, error) {
	var l *model.Ledger
	var info *app.SnapshotInfo
	err := a.withPassphrase(path, func(pass app.Passphrase) error {
		var err error
		l, info, err = app.LoadFile(path, pass, a.readOptions())
		return err
	})
	return l, info, err
}
