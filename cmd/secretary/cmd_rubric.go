package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
)

// newRubricCmd is `secretary rubric`: import a rubric (from a sheet made
// from `secretary sheet template OUT.xlsx rubric`, or the sample), list
// the ledger's rubrics, choose the active one.
func newRubricCmd(a *invocation) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rubric",
		Short: a.tr.T("cli.rubric.short"),
		Long:  a.tr.T("cli.rubric.long"),
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range []*cobra.Command{newRubricImportCmd(a), newRubricListCmd(a), newRubricUseCmd(a)} {
		sub.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
		cmd.AddCommand(sub)
	}
	return cmd
}

func newRubricImportCmd(a *invocation) *cobra.Command {
	var title string
	var sample, activate, dryRun bool
	cmd := &cobra.Command{
		Use:   a.use("import", "cli.rubric.import.args"),
		Short: a.tr.T("cli.rubric.import.short"),
		Long:  a.tr.T("cli.rubric.import.long"),
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var rf *sheet.RubricFile
			switch {
			case sample && len(args) == 1, !sample && len(args) == 0:
				return usageErr("cli.rubric.file_or_sample")
			case sample:
				rf = app.SampleRubric(a.tr.Lang())
			default:
				var err error
				if rf, err = app.ReadRubricFile(args[0]); err != nil {
					return err
				}
			}
			if !rf.OK() {
				a.printProblems("cli.rubric.problems", rf.Problems)
				return model.NewMsgError(app.MsgRubricProblem, rf.Name, len(rf.Problems))
			}
			if dryRun {
				a.printf("cli.rubric.checked", rf.Name, len(rf.Tree.Rows), rf.Tree.Total().String())
				return nil
			}
			s, err := a.openLedger(false)
			if err != nil {
				return err
			}
			defer s.Close()
			req := app.RubricImportRequest{File: rf, Title: title, Activate: activate}
			if sample {
				req.Sample, req.Notes = true, sampleNote(a.tr.Lang())
				if req.Title == "" {
					req.Title = rf.Name
				}
			}
			res, err := s.ImportRubric(req)
			if err != nil {
				return err
			}
			a.printf("cli.rubric.imported", model.CodeOf(res.Rubric), res.Rubric.Title, res.Indicators, res.Max.String())
			if res.Rubric.Active {
				a.printf("cli.rubric.active")
			}
			if res.Max != model.PointsOf(100) {
				a.printf("cli.rubric.not_100", res.Max.String())
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&title, "title", "", a.tr.T("cli.rubric.flag.title"))
	f.BoolVar(&sample, "sample", false, a.tr.T("cli.rubric.flag.sample"))
	f.BoolVar(&activate, "activate", false, a.tr.T("cli.rubric.flag.activate"))
	f.BoolVar(&dryRun, "dry-run", false, a.tr.T("cli.rubric.flag.dry_run"))
	return cmd
}

func newRubricListCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: a.tr.T("cli.rubric.list.short"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.openLedger(true)
			if err != nil {
				return err
			}
			defer s.Close()
			l, err := s.Load()
			if err != nil {
				return err
			}
			if len(l.Rubrics) == 0 {
				a.printf("cli.rubric.none")
				return nil
			}
			active := l.ActiveRubric()
			for i := range l.Rubrics {
				r := &l.Rubrics[i]
				cov := model.BuildCoverage(l, r.ID, nil)
				mark := " "
				if active != nil && active.ID == r.ID {
					mark = "*"
				}
				fmt.Fprintf(a.out(), "%s %s  %s\n", mark, model.CodeOf(r), r.Title)
				a.printf("cli.rubric.line", len(cov.Rows), cov.Max.String(), cov.Evidenced, cov.Leaves, cov.Score.String())
			}
			return nil
		},
	}
}

func newRubricUseCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   a.use("use", "cli.rubric.use.args"),
		Short: a.tr.T("cli.rubric.use.short"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, id, ok := model.ParseCode(args[0])
			if !ok || e != model.EntityRubric {
				return usageErr("cli.rubric.bad_code", args[0])
			}
			s, err := a.openLedger(false)
			if err != nil {
				return err
			}
			defer s.Close()
			if _, err := s.ActivateRubric(id); err != nil {
				return err
			}
			a.printf("cli.rubric.now_active", model.Code(e, id))
			return nil
		},
	}
}
