package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/sheet"
)

// newSheetCmd is `secretary sheet`: export, template and import of
// spreadsheets. The work is in model/sheet; this is wiring.
func newSheetCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sheet",
		Short: a.tr.T("cli.sheet.short"),
		Long:  a.tr.T("cli.sheet.long"),
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range []*cobra.Command{newSheetExportCmd(a), newSheetTemplateCmd(a), newSheetImportCmd(a)} {
		sub.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
		cmd.AddCommand(sub)
	}
	return cmd
}

func newSheetExportCmd(a *app) *cobra.Command {
	var tabName string
	cmd := &cobra.Command{
		Use:   "export OUT.xlsx | OUT.csv --tab NAME",
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
			l, err := a.loadLedger()
			if err != nil {
				return err
			}
			opts := a.exportOptions()
			if format == sheet.FormatCSV {
				if err := writeOut(out, func(w io.Writer) error { return sheet.WriteCSV(w, l, tab, opts) }); err != nil {
					return err
				}
				a.printf("cli.sheet.exported_tab", out, a.tr.Label(sheet.TabLabel(tab)), l.Counts().Of(tab))
				return nil
			}
			if err := writeOut(out, func(w io.Writer) error { return sheet.WriteXLSX(w, l, opts) }); err != nil {
				return err
			}
			a.printf("cli.sheet.exported", out)
			a.printf("cli.demo.counts", a.countsLine(l.Counts()))
			return nil
		},
	}
	cmd.Flags().StringVar(&tabName, "tab", "", a.tr.T("cli.sheet.flag.tab"))
	return cmd
}

func newSheetTemplateCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "template OUT.xlsx",
		Short: a.tr.T("cli.sheet.template.short"),
		Long:  a.tr.T("cli.sheet.template.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := args[0]
			if f, err := formatOf(out); err != nil || f != sheet.FormatXLSX {
				return usageErr("cli.sheet.template_xlsx", out)
			}
			// A template needs no ledger, but offers the people of one
			// when there is one.
			l := &model.Ledger{}
			if _, err := os.Stat(a.location().Path); err == nil {
				if l, err = a.loadLedger(); err != nil {
					return err
				}
			}
			if err := writeOut(out, func(w io.Writer) error { return sheet.WriteTemplate(w, l, a.exportOptions()) }); err != nil {
				return err
			}
			a.printf("cli.sheet.template_done", out, len(l.Owners))
			return nil
		},
	}
}

// formatOf tells the format from the file name an export writes.
func formatOf(path string) (sheet.Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return sheet.FormatXLSX, nil
	case ".csv":
		return sheet.FormatCSV, nil
	}
	return 0, usageErr("cli.sheet.bad_ext", path)
}

// parseTabFlag reads --tab, which only a CSV file takes.
func (a *app) parseTabFlag(name string, format sheet.Format) (model.Entity, error) {
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

// loadLedger reads the whole ledger read-only.
func (a *app) loadLedger() (*model.Ledger, error) {
	s, err := a.openLedger(true)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Load()
}

func (a *app) exportOptions() sheet.ExportOptions {
	return sheet.ExportOptions{Lang: a.tr.Lang(), Now: a.sys.clock.Now(), Version: version}
}

// writeOut writes a file atomically (0600, never half-written), with a
// translated error naming it.
func writeOut(path string, write func(io.Writer) error) error {
	if err := fsutil.WriteFileAtomic(path, write); err != nil {
		return model.NewMsgError("cli.sheet.write_failed", path, err.Error()).Wrap(err)
	}
	return nil
}
