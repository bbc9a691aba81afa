package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
)

// printFlags are the options of `secretary print`.
type printFlags struct {
	format    string
	formatSet bool
	out       string
	owner     string
	plan      string
	by        string
	print     bool
	open      bool
	force     bool
}

func newPrintCmd(a *invocation) *cobra.Command {
	var o printFlags
	cmd := &cobra.Command{
		Use:   "print " + strings.Join(listNames(), "|"),
		Short: a.tr.T("cli.print.short"),
		Long:  a.tr.T("cli.print.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return a.printList(cmd.Context(), args[0], o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "pdf", a.tr.T("cli.print.flag.format"))
	f.StringVarP(&o.out, "output", "o", "", a.tr.T("cli.print.flag.output"))
	f.StringVar(&o.owner, "owner", "", a.tr.T("cli.print.flag.owner"))
	f.StringVar(&o.plan, "plan", "", a.tr.T("cli.print.flag.plan"))
	f.StringVar(&o.by, "by", "", a.tr.T("cli.print.flag.by"))
	f.BoolVar(&o.print, "print", false, a.tr.T("cli.print.flag.print"))
	f.BoolVar(&o.open, "open", false, a.tr.T("cli.print.flag.open"))
	f.BoolVar(&o.force, "force", false, a.tr.T("cli.summary.flag.force"))
	return cmd
}

// listFormat is --format, else the extension of -o, else PDF: a wall list
// is for paper.
func (o printFlags) listFormat() (summary.Format, error) {
	if !o.formatSet && o.out != "" {
		if f, ok := summary.FormatOfPath(o.out); ok && (f == summary.FormatHTML || f == summary.FormatPDF) {
			return f, nil
		}
	}
	f, ok := summary.ParseFormat(o.format)
	if !ok || (f != summary.FormatHTML && f != summary.FormatPDF) {
		return 0, usageErr("cli.print.bad_format", o.format)
	}
	return f, nil
}

// printList writes a wall list to a file, sends it to the printer, or
// both, and opens the file when asked. Nothing in the ledger changes.
func (a *invocation) printList(ctx context.Context, what string, o printFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	kind, ok := summary.ParseListKind(what)
	if !ok {
		return usageErr("cli.print.bad_list", what, strings.Join(listNames(), ", "))
	}
	if o.owner != "" && !kind.FiltersByOwner() {
		return asUsage(kind.FilterRefusal(false))
	}
	if o.plan != "" && !kind.FiltersByPlan() {
		return asUsage(kind.FilterRefusal(true))
	}
	format, err := o.listFormat()
	if err != nil {
		return err
	}
	opts := summary.ListOptions{}
	switch strings.ToLower(strings.TrimSpace(o.by)) {
	case "", "area", "工作范围":
	case "owner", "owners", "责任人":
		opts.ByOwner = true
	default:
		return usageErr("cli.print.bad_by", o.by)
	}
	if opts.ByOwner && kind != summary.ListTasks {
		return usageErr("cli.print.by_tasks_only")
	}
	s, err := a.openLedger(true)
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		return err
	}
	if o.owner != "" {
		if opts.Owner, err = summary.FindOwner(l, o.owner); err != nil {
			return err
		}
	}
	if o.plan != "" {
		if opts.Plan, err = findPlan(l, o.plan); err != nil {
			return err
		}
	}
	doc, err := summary.BuildList(l, kind, opts, s.Today())
	if err != nil {
		return err
	}
	pub, err := a.publish(ctx, s, doc, format, output{out: o.out, print: o.print, force: o.force})
	if err != nil {
		return err
	}
	if o.open {
		shown := pub.Path
		if shown == "" {
			shown = pub.KeptAt
		}
		if shown == "" {
			return model.NewMsgError("cli.print.nothing_to_open")
		}
		return s.OpenFile(shown)
	}
	return nil
}

// listNames are the lists' command-line names, in the registry's order.
func listNames() []string {
	names := make([]string, 0, len(summary.ListKinds()))
	for _, k := range summary.ListKinds() {
		names = append(names, k.String())
	}
	return names
}

// findPlan reads --plan: a code (P-1) or a plan's exact title.
func findPlan(l *model.Ledger, s string) (model.ID, error) {
	s = strings.TrimSpace(s)
	if e, id, ok := model.ParseCode(s); ok && e == model.EntityPlan {
		if l.Plan(id) == nil {
			return 0, model.NewMsgError("cli.print.no_plan", s)
		}
		return id, nil
	}
	for _, p := range l.Plans {
		if p.Title == s {
			return p.ID, nil
		}
	}
	return 0, model.NewMsgError("cli.print.no_plan", s)
}
