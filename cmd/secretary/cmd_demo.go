package main

import (
	"github.com/spf13/cobra"

	"secretary/app"
)

func newDemoCmd(a *invocation) *cobra.Command {
	var size int
	var force bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: a.tr.T("cli.demo.short"),
		Long:  a.tr.T("cli.demo.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if size < 0 || size > 1_000_000 {
				return usageErr("cli.demo.bad_size", size)
			}
			path, err := a.ledgerPath()
			if err != nil {
				return err
			}
			res, err := app.WriteDemo(app.DemoRequest{Path: path, Size: size, Force: force}, a.options())
			if err != nil {
				return err
			}
			if res.Backup != "" {
				a.printf("cli.demo.backed_up", res.Backup)
			}
			a.printf("cli.demo.done", res.Path)
			a.printf("cli.demo.counts", a.countsLine(res.Counts))
			return nil
		},
	}
	cmd.Flags().IntVar(&size, "size", 0, a.tr.T("cli.demo.flag.size"))
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.demo.flag.force"))
	return cmd
}
