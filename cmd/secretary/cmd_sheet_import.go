package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/sheet"
)

// previewItems is how many records per tab the preview lists by name.
const previewItems = 10

type sheetImportFlags struct {
	dryRun, createOwners, yes, allowDuplicates bool
	tab                                        string
}

func newSheetImportCmd(a *invocation) *cobra.Command {
	var fl sheetImportFlags
	cmd := &cobra.Command{
		Use:   a.use("import", "cli.sheet.import.args"),
		Short: a.tr.T("cli.sheet.import.short"),
		Long:  a.tr.T("cli.sheet.import.long"),
		Args:  exactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return a.importSheet(args[0], fl) },
	}
	cmd.Flags().BoolVar(&fl.dryRun, "dry-run", false, a.tr.T("cli.sheet.flag.dry_run"))
	cmd.Flags().BoolVar(&fl.createOwners, "create-owners", false, a.tr.T("cli.sheet.flag.create_owners"))
	cmd.Flags().BoolVar(&fl.yes, "yes", false, a.tr.T("cli.sheet.flag.yes"))
	cmd.Flags().BoolVar(&fl.allowDuplicates, "allow-duplicates", false, a.tr.T("cli.sheet.flag.allow_duplicates"))
	cmd.Flags().StringVar(&fl.tab, "tab", "", a.tr.T("cli.sheet.flag.tab", a.tabNames()))
	return cmd
}

// importSheet reads the file, checks every row against the ledger, shows
// the problems or the preview, asks on a terminal, and commits the whole
// import as one undoable step.
func (a *invocation) importSheet(path string, fl sheetImportFlags) error {
	f, err := app.ReadSheet(path)
	if err != nil {
		return err
	}
	tab, err := a.parseTabFlag(fl.tab, f.Format)
	if err != nil {
		return err
	}
	s, err := a.openLedger(fl.dryRun)
	if err != nil {
		return err
	}
	defer s.Close()
	imp, err := s.PrepareSheet(f, app.SheetImportOptions{CreateOwners: fl.createOwners, Tab: tab, AllowDuplicates: fl.allowDuplicates})
	if err != nil {
		return err
	}
	if f.Format == sheet.FormatCSV {
		a.printf("cli.sheet.read_csv", f.Name, imp.Rows(), f.Encoding)
	} else {
		a.printf("cli.sheet.read", f.Name, imp.Rows())
	}
	a.printProblems("cli.sheet.notes", imp.Notes)
	if !imp.OK() {
		a.printf("cli.sheet.problems", len(imp.Problems))
		a.printProblems("", imp.Problems)
		return model.NewMsgError("cli.sheet.failed", f.Name, len(imp.Problems))
	}
	a.printDuplicates(imp, fl.allowDuplicates)
	if imp.Empty() {
		a.printf("cli.sheet.nothing_to_do")
		return nil
	}
	a.printPreview(imp)
	a.printChecks(imp)
	if fl.dryRun {
		a.printf("cli.sheet.dry_run")
		return nil
	}
	// Figures to check and titles that change are never imported
	// silently: a person at the terminal answers, a script says --yes.
	if imp.NeedsConfirmation() && !fl.yes && !a.onTerminal() {
		return model.NewMsgError("cli.sheet.needs_yes", len(imp.Warnings)+len(imp.Renamed))
	}
	if !fl.yes && a.onTerminal() && !a.confirm(a.tr.T("cli.sheet.confirm")) {
		a.printf("cli.sheet.cancelled")
		return nil
	}
	res, err := s.ApplySheetImport(imp)
	if err != nil {
		return err
	}
	a.printf("cli.sheet.imported", res.Added.Total(), res.Changed.Total())
	return nil
}

func (a *invocation) printProblems(headKey string, ps []sheet.Problem) {
	if len(ps) == 0 {
		return
	}
	if headKey != "" {
		a.printf(i18n.Key(headKey))
	}
	for _, p := range ps {
		fmt.Fprintln(a.out(), "  - "+a.tr.Msg(p.Message()))
	}
}

// printPreview lists, per tab, how many records are added and changed, and
// the first few of each by code and name.
func (a *invocation) printPreview(imp *app.SheetImport) {
	a.printf("cli.sheet.preview")
	for _, t := range imp.Tabs {
		a.printf("cli.sheet.preview_tab", a.tr.Label(sheet.TabLabel(t.Tab)), len(t.New), len(t.Updated), t.Unchanged)
		for i, r := range t.New {
			if i == previewItems {
				a.printf("cli.sheet.preview_more", len(t.New)-previewItems)
				break
			}
			a.printf("cli.sheet.preview_new", model.CodeOf(r), r.DisplayName())
		}
		for i, u := range t.Updated {
			if i == previewItems {
				a.printf("cli.sheet.preview_more", len(t.Updated)-previewItems)
				break
			}
			fields := make([]string, len(u.Fields))
			for j, k := range u.Fields {
				fields[j] = a.tr.Field(k)
			}
			a.printf("cli.sheet.preview_changed", model.CodeOf(u.After), u.After.DisplayName(), strings.Join(fields, a.tr.T("list.sep")))
		}
	}
}

// printDuplicates lists the rows skipped (or, with --allow-duplicates,
// imported anyway) because the ledger already has their record.
func (a *invocation) printDuplicates(imp *app.SheetImport, allowed bool) {
	if len(imp.Duplicates) == 0 {
		return
	}
	if allowed {
		a.printf("cli.sheet.duplicates_allowed", len(imp.Duplicates))
	} else {
		a.printf("cli.sheet.duplicates", len(imp.Duplicates))
	}
	a.printProblems("", imp.Duplicates)
}

// printChecks lists what to look at before saying yes: titles that change
// and figures that may be slips.
func (a *invocation) printChecks(imp *app.SheetImport) {
	if len(imp.Renamed) > 0 {
		a.printf("cli.sheet.renamed", len(imp.Renamed))
		for _, r := range imp.Renamed {
			fmt.Fprintln(a.out(), "  - "+a.tr.Msg(r.At.Message()))
		}
	}
	if len(imp.Warnings) > 0 {
		a.printf("cli.sheet.warnings", len(imp.Warnings))
		a.printProblems("", imp.Warnings)
	}
}

// onTerminal reports whether a person is at the keyboard to answer.
func (a *invocation) onTerminal() bool {
	f, ok := a.sys.stdin.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
