package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/internal/width"
)

func newBackupsCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "backups",
		Short: a.tr.T("cli.backups.short"),
		Long:  a.tr.T("cli.backups.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := a.ledgerPath()
			if err != nil {
				return err
			}
			b, err := app.ListBackups(path, a.sys.clock.Now())
			if err != nil {
				return err
			}
			if b.Unwritable != nil {
				// Said first: until it is fixed every change is refused.
				fmt.Fprintln(a.out(), a.tr.Err(b.Unwritable))
			}
			if len(b.List) == 0 {
				a.printf("cli.backups.none", b.Dir)
				return nil
			}
			a.printf("cli.backups.header", b.Dir, len(b.List))
			for i, f := range b.List {
				tier := ""
				if i < len(b.Tiers) && b.Tiers[i].Key() != "" {
					tier = a.tr.T(i18n.Key(b.Tiers[i].Key()))
				}
				fmt.Fprintf(a.out(), "  %s  %8s  %s  %s\n", f.ModTime.Local().Format("2006-01-02 15:04:05"), i18n.Size(f.Size),
					width.PadRight(tier, 4), f.Path)
			}
			a.printf("cli.backups.tiers")
			a.printf("cli.backups.restore")
			return nil
		},
	}
}
