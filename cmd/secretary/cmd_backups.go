package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
)

func newBackupsCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "backups",
		Short: a.tr.T("cli.backups.short"),
		Long:  a.tr.T("cli.backups.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := app.ListBackups(a.location().Path)
			if err != nil {
				return err
			}
			if len(b.List) == 0 {
				a.printf("cli.backups.none", b.Dir)
				return nil
			}
			a.printf("cli.backups.header", b.Dir, len(b.List))
			for _, f := range b.List {
				fmt.Fprintf(a.out(), "  %s  %8s  %s\n", f.ModTime.Local().Format("2006-01-02 15:04:05"), i18n.Size(f.Size), f.Path)
			}
			a.printf("cli.backups.restore")
			return nil
		},
	}
}
