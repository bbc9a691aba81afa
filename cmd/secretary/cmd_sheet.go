package main

import (
	"strings"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/model"
	"secretary/model/sheet"
)

// newSheetCmd is `secretary sheet`: export, template and import of
// spreadsheets. The work is in model/sheet; this is wiring.
func newSheetCmd(a *invocation) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sheet",
		Short: a.tr.T("cli.sheet.short"),
		Long:  a.tr.T("cli.sheet.long", a.tabNames(), len(sheet.Tabs())),
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range []*cobra.Command{newSheetExportCmd(a), newSheetTemplateCmd(a), newSheetImportCmd(a)} {
		sub.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
		cmd.AddCommand(sub)
	}
	return cmd
}

func newSheetExportCmd(a *invocation) *cobra.Command {
	var tabName string
	var force, internal bool
	cmd := &cobra.Command{
		Use:   a.use("export", "cli.sheet.export.args"),
		Short: a.tr.T("cli.sheet.export.short"),
		Long:  a.tr.T("cli.sheet.export.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := args[0]
			format, err := formatOf(out)
			if err != nil {
				return err
			}
			tab, err := a.parseTabFlag(tabName, format)
			if err != nil {
				return err
			}
			if format == sheet.FormatCSV && tab == 0 {
				return usageErr("cli.sheet.need_tab", sheet.TabNames(a.tr.Lang()))
			}
			s, err := a.openLedger(true)
			if err != nil {
				return err
			}
			defer s.Close()
			res, err := s.ExportSheet(app.SheetExportRequest{Path: out, Format: format, Tab: tab, Lang: a.tr.Lang(), Force: force, IncludeInternal: internal})
			if err != nil {
				return err
			}
			if format == sheet.FormatCSV {
				a.printf("cli.sheet.exported_tab", out, a.tr.Label(sheet.TabLabel(tab)), res.Counts.Of(tab))
				return nil
			}
			a.printf("cli.sheet.exported", out)
			a.printf("cli.demo.counts", a.countsLine(res.Counts))
			return nil
		},
	}
	cmd.Flags().StringVar(&tabName, "tab", "", a.tr.T("cli.sheet.flag.tab", a.tabNames()))
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.sheet.flag.force"))
	cmd.Flags().BoolVar(&internal, "include-internal", false, a.tr.T("cli.sheet.flag.internal"))
	return cmd
}

func newSheetTemplateCmd(a *invocation) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   a.use("template", "cli.sheet.template.args"),
		Short: a.tr.T("cli.sheet.template.short"),
		Long:  a.tr.T("cli.sheet.template.long"),
		Args:  maxArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("cli.args_exact", cmd.CommandPath(), 1, 0)
			}
			// The issue's own words are "sheet template rubric": the
			// kind may come first, and alone it asks for the file.
			if isRubricWord(args[0]) {
				if len(args) == 1 {
					return usageErr("cli.sheet.template_rubric_out")
				}
				args = []string{args[1], args[0]}
			}
			out := args[0]
			if f, err := formatOf(out); err != nil || f != sheet.FormatXLSX {
				return usageErr("cli.sheet.template_xlsx", out)
			}
			ledger, err := a.ledgerPath()
			if err != nil {
				return err
			}
			if len(args) == 2 {
				if !isRubricWord(args[1]) {
					return usageErr("cli.sheet.template_kind", args[1])
				}
				res, err := app.RubricTemplate(ledger, app.TemplateRequest{Path: out, Lang: a.tr.Lang(), Force: force})
				if err != nil {
					return err
				}
				a.printf("cli.sheet.rubric_template_done", res.Path)
				return nil
			}
			res, err := app.SheetTemplate(ledger, app.TemplateRequest{Path: out, Lang: a.tr.Lang(), Force: force}, a.options())
			if err != nil {
				return err
			}
			a.printf("cli.sheet.template_done", res.Path, res.Owners)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.sheet.flag.force"))
	return cmd
}

// formatOf tells the format from the file name an export writes.
func formatOf(path string) (sheet.Format, error) {
	if f, ok := app.SheetFormatOf(path); ok {
		return f, nil
	}
	return 0, usageErr("cli.sheet.bad_ext", path)
}

// parseTabFlag reads --tab, which only a CSV file takes.
func (a *invocation) parseTabFlag(name string, format sheet.Format) (model.Entity, error) {
	if name == "" {
		return 0, nil
	}
	if format != sheet.FormatCSV {
		return 0, usageErr("cli.sheet.tab_csv_only")
	}
	tab, ok := sheet.ParseTab(name)
	if !ok {
		return 0, usageErr("cli.sheet.bad_tab", name, sheet.TabNames(a.tr.Lang()))
	}
	return tab, nil
}

// isRubricWord reports the template's kind named on the command line:
// rubric, 评估指标, 指标.
func isRubricWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rubric", "rubrics", "indicators", "评估指标", "指标", "评估方案":
		return true
	}
	return false
}

// tabNames lists the workbook's tabs in the UI language, in order: the
// help names every tab the registry holds, not a list written once.
func (a *invocation) tabNames() string {
	names := make([]string, 0, len(sheet.Tabs()))
	for _, t := range sheet.Tabs() {
		names = append(names, sheet.TabLabel(t).In(a.tr.Lang()))
	}
	return strings.Join(names, model.ListSep(a.tr.Lang()))
}
