package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/internal/i18n"
	"secretary/store"
)

func newBackupsCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "backups",
		Short: a.tr.T("cli.backups.short"),
		Long:  a.tr.T("cli.backups.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := a.location().Path
			list, err := store.ListBackups(path)
			if err != nil {
				return err
			}
			if len(list) == 0 {
				a.printf("cli.backups.none", store.BackupDir(path))
				return nil
			}
			a.printf("cli.backups.header", store.BackupDir(path), len(list))
			for _, b := range list {
				fmt.Fprintf(a.out(), "  %s  %8s  %s\n", b.ModTime.Local().Format("2006-01-02 15:04:05"), i18n.Size(b.Size), b.Path)
			}
			a.printf("cli.backups.restore")
			return nil
		},
	}
}
