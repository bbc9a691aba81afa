package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"secretary/internal/i18n"
	"secretary/internal/testenv"
)

// TestCobraErrorsAreTranslated: the errors cobra's own argument checks
// return (a command another engineer adds may rely on them) reach the
// user in Chinese, with what was typed.
func TestCobraErrorsAreTranslated(t *testing.T) {
	t.Parallel()
	a := &invocation{tr: i18n.New(i18n.LangZh)}
	run := func(cmd *cobra.Command, args ...string) error {
		cmd.SetArgs(args)
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		cmd.SetOut(&strings.Builder{})
		cmd.SetErr(&strings.Builder{})
		return cmd.Execute()
	}
	group := &cobra.Command{Use: "rubric"}
	group.AddCommand(&cobra.Command{Use: "import", Run: func(*cobra.Command, []string) {}})
	required := &cobra.Command{Use: "x", Run: func(*cobra.Command, []string) {}}
	required.Flags().String("year", "", "")
	required.MarkFlagRequired("year")
	exclusive := &cobra.Command{Use: "x", Run: func(*cobra.Command, []string) {}}
	exclusive.Flags().Bool("year", false, "")
	exclusive.Flags().Bool("semester", false, "")
	exclusive.MarkFlagsMutuallyExclusive("year", "semester")
	errs := []error{
		run(group, "frobnicate"),
		run(&cobra.Command{Use: "x", Args: cobra.ExactArgs(1), Run: func(*cobra.Command, []string) {}}),
		run(&cobra.Command{Use: "x", Args: cobra.MaximumNArgs(1), Run: func(*cobra.Command, []string) {}}, "a", "b"),
		run(&cobra.Command{Use: "x", Args: cobra.MinimumNArgs(2), Run: func(*cobra.Command, []string) {}}, "a"),
		run(&cobra.Command{Use: "x", Args: cobra.RangeArgs(1, 2), Run: func(*cobra.Command, []string) {}}),
		run(required),
		run(exclusive, "--year", "--semester"),
	}
	for i, err := range errs {
		if err == nil || !isCobraUsage(err) {
			t.Errorf("%d: %v is not recognised as a usage error", i, err)
			continue
		}
		line := a.errLine(err)
		if bad := testenv.English(line, testenv.Allow("rubric", "frobnicate", "year", "semester")); len(bad) > 0 || !strings.Contains(line, "用法错误") {
			t.Errorf("%d: %q shows English %q", i, line, bad)
		}
	}
}
