package main

import (
	"runtime"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
)

func newVersionCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: a.tr.T("cli.version.short"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c := commit
			if c == "" {
				c = "-"
			}
			loc := a.location()
			a.printf("cli.version.line", version, c, runtime.Version(), runtime.GOOS, runtime.GOARCH, app.SchemaVersion)
			a.printf("cli.version.ledger", loc.Path, a.tr.T(i18n.Key("cli.source."+loc.Source)))
			return nil
		},
	}
}
