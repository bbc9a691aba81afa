package main

import (
	"github.com/spf13/cobra"
)

// newRootCmd builds the command tree. Help texts are built in the chosen
// language; the subcommands are listed here and each lives in its own
// file.
func newRootCmd(a *invocation) *cobra.Command {
	root := &cobra.Command{
		Use:           "secretary",
		Short:         a.tr.T("cli.root.short"),
		Long:          a.tr.T("cli.root.long"),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErr("cli.unknown_command", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runTUI() },
	}
	root.PersistentFlags().StringVar(&a.dbFlag, "db", "", a.tr.T("cli.flag.db"))
	root.PersistentFlags().StringVar(&a.lang, "lang", "", a.tr.T("cli.flag.lang"))
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagUsageErr(err) })
	root.CompletionOptions.HiddenDefaultCmd = true
	a.installHelp(root)
	root.SetHelpCommand(&cobra.Command{Use: a.use("help", "cli.help.args"), Short: a.tr.T("cli.help.short"), Hidden: true,
		Run: func(c *cobra.Command, args []string) {
			target, _, err := root.Find(args)
			if err != nil || target == nil {
				target = root
			}
			_ = target.Help()
		}})
	root.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
	for _, sub := range []func(*invocation) *cobra.Command{
		newVersionCmd,
		newCheckCmd,
		newBackupsCmd,
		newDemoCmd,
		newSettingsCmd,
		newExportCmd,
		newImportCmd,
		newDiffCmd,
		newSheetCmd,
		newSummaryCmd,
		newPrintCmd,
		newObligationsCmd,
		newNewYearCmd,
		newTodayCmd,
		newMinutesCmd,
		newRubricCmd,
		newEvidenceCmd,
		newSelfcheckCmd,
	} {
		c := sub(a)
		c.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
		root.AddCommand(c)
	}
	return root
}
