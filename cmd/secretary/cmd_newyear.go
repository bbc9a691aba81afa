package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
)

func newNewYearCmd(a *invocation) *cobra.Command {
	var dryRun, yes bool
	cmd := &cobra.Command{
		Use:   "newyear",
		Short: a.tr.T("cli.newyear.short"),
		Long:  a.tr.T("cli.newyear.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dryRun && yes {
				return usageErr("cli.newyear.dry_and_yes")
			}
			return a.newYear(dryRun, yes)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, a.tr.T("cli.newyear.flag.dry_run"))
	cmd.Flags().BoolVar(&yes, "yes", false, a.tr.T("cli.newyear.flag.yes"))
	return cmd
}

// newYear shows what the next school year will start with, then (unless
// --dry-run) asks and writes it as one undoable step.
func (a *invocation) newYear(dryRun, yes bool) error {
	s, err := a.openLedger(dryRun)
	if err != nil {
		return err
	}
	defer s.Close()
	lang := a.tr.Lang()
	ny, err := s.PlanNewYear(lang)
	if err != nil {
		return err
	}
	l, err := s.Load()
	if err != nil {
		return err
	}
	for _, line := range summary.NewYearPreview(ny, l, lang) {
		fmt.Fprintln(a.out(), line)
	}
	if dryRun {
		a.printf("cli.newyear.dry_run")
		return nil
	}
	if !yes && !a.confirm(a.tr.T("cli.newyear.confirm", model.SchoolYearName(ny.Year, lang))) {
		return model.NewMsgError("cli.newyear.declined")
	}
	res, done, err := s.StartNewYear(lang, ny.Year)
	if err != nil {
		return err
	}
	a.printf("cli.newyear.done", model.SchoolYearName(done.Year, lang), model.Code(model.EntityPlan, done.Plan.ID), len(res.Changes))
	return nil
}
