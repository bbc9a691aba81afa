package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store"
)

// summaryFlags are the options of `secretary summary`.
type summaryFlags struct {
	period, from, to, owner string
	format                  string
	formatSet               bool
	out                     string
	print                   bool
}

func newSummaryCmd(a *app) *cobra.Command {
	var o summaryFlags
	cmd := &cobra.Command{
		Use:   "summary",
		Short: a.tr.T("cli.summary.short"),
		Long:  a.tr.T("cli.summary.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return a.summary(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.period, "period", "", a.tr.T("cli.summary.flag.period"))
	f.StringVar(&o.from, "from", "", a.tr.T("cli.summary.flag.from"))
	f.StringVar(&o.to, "to", "", a.tr.T("cli.summary.flag.to"))
	f.StringVar(&o.owner, "owner", "", a.tr.T("cli.summary.flag.owner"))
	f.StringVar(&o.format, "format", "text", a.tr.T("cli.summary.flag.format"))
	f.StringVarP(&o.out, "output", "o", "", a.tr.T("cli.summary.flag.output"))
	f.BoolVar(&o.print, "print", false, a.tr.T("cli.summary.flag.print"))
	return cmd
}

// summaryFormat is the format asked for: --format, else the extension of
// -o (s.html means HTML), else text.
func (o summaryFlags) summaryFormat() (summary.Format, error) {
	if !o.formatSet && o.out != "" {
		if f, ok := summary.FormatOfPath(o.out); ok {
			return f, nil
		}
	}
	f, ok := summary.ParseFormat(o.format)
	if !ok {
		return 0, usageErr("cli.summary.bad_format", o.format)
	}
	return f, nil
}

// check refuses combinations that cannot mean anything.
func (o summaryFlags) check() error {
	switch {
	case o.period != "" && (o.from != "" || o.to != ""):
		return usageErr("cli.summary.period_and_dates")
	case o.to != "" && o.from == "":
		return usageErr("cli.summary.to_without_from")
	case o.owner != "" && (o.period != "" || o.from != ""):
		return usageErr("cli.summary.owner_and_period")
	}
	if o.period != "" {
		if _, ok := summary.ParsePeriodKind(o.period); !ok {
			return usageErr("cli.summary.bad_period", o.period)
		}
	}
	return nil
}

// summary builds the summary (or a task slip) and prints it, writes it or
// sends it to the printer. Writing or printing a meeting summary records
// today as the last summary day, so the next one can cover "since the
// last summary".
func (a *app) summary(ctx context.Context, o summaryFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := o.check(); err != nil {
		return err
	}
	format, err := o.summaryFormat()
	if err != nil {
		return err
	}
	toFile := o.out != "" || o.print || format == summary.FormatPDF
	record := toFile && o.owner == ""
	s, err := a.openLedger(!record)
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		return err
	}
	today := model.Today(a.sys.clock)
	doc, err := a.summaryDoc(l, o, today)
	if err != nil {
		return err
	}
	lang := a.tr.Lang()
	opts := summary.Options{Lang: lang, Width: summary.DefaultWidth}
	if !toFile {
		return doc.Write(a.out(), format, opts)
	}
	env := a.printEnv()
	if format == summary.FormatPDF && printout.FindBrowser(env) == "" && (o.out != "" || !o.print) {
		return model.NewMsgError(printout.MsgNoBrowser)
	}
	if isDir(o.out) {
		// -o FOLDER: the file goes in it, named after the period.
		o.out = filepath.Join(o.out, doc.FileName(format, lang))
	}
	if o.out != "" || !o.print {
		path := o.out
		if path == "" {
			path = doc.FileName(format, lang)
		}
		if err := printout.WriteFile(ctx, env, path, doc, format, opts); err != nil {
			return err
		}
		a.printf("summary.written", path)
	}
	if o.print {
		fallback := o.out
		if fallback == "" {
			fallback = doc.FileName(summary.FormatHTML, lang)
		}
		res, err := printout.Print(ctx, env, doc, opts, fallback)
		a.reportPrint(res, err)
		if err != nil {
			return err
		}
	}
	if record {
		a.recordSummary(s, today)
	}
	return nil
}

// isDir reports a path that names a folder: an existing one, or one
// written with a trailing separator.
func isDir(path string) bool {
	if path == "" {
		return false
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// summaryDoc is the task slip for --owner, else the summary of the period.
func (a *app) summaryDoc(l *model.Ledger, o summaryFlags, today model.Date) (summary.Document, error) {
	if o.owner != "" {
		id, err := summary.FindOwner(l, o.owner)
		if err != nil {
			return nil, err
		}
		return summary.BuildSlip(l, id, today)
	}
	p, err := a.summaryPeriod(o, today, l.Settings.LastSummary)
	if err != nil {
		return nil, err
	}
	return summary.Build(l, p, today), nil
}

// summaryPeriod resolves --period or --from/--to; this semester by default.
func (a *app) summaryPeriod(o summaryFlags, today, last model.Date) (summary.Period, error) {
	if o.from != "" {
		from, err := model.ParseDate(o.from, today)
		if err != nil {
			return summary.Period{}, asUsage(err)
		}
		to := today
		if o.to != "" {
			if to, err = model.ParseDate(o.to, today); err != nil {
				return summary.Period{}, asUsage(err)
			}
		}
		p, err := summary.Between(from, to)
		return p, asUsage(err)
	}
	kind := summary.PeriodSemester
	if o.period != "" {
		kind, _ = summary.ParsePeriodKind(o.period)
	}
	return summary.Preset(kind, today, last)
}

// asUsage makes a translated error a usage error (exit 2): a date typed
// wrong is the way the command was called.
func asUsage(err error) error {
	if err == nil {
		return nil
	}
	if m, ok := model.AsUserMsg(err); ok {
		return &usageError{msg: m}
	}
	return err
}

// printEnv is the machine as printing sees it, from the app's system.
func (a *app) printEnv() printout.Env {
	return printout.Env{GOOS: a.sys.goos, Getenv: a.sys.getenv, Root: printout.System().Root}
}

// reportPrint says what happened to the printout, also when printing
// failed but the document was kept in a file.
func (a *app) reportPrint(res printout.Result, err error) {
	if err != nil && res.Path == "" {
		return // the error says it all
	}
	fmt.Fprintln(a.out(), a.tr.Msg(res.Msg()))
}

// recordSummary saves today as the last summary day: one journaled,
// undoable step. A ledger that opened read-only says why it was not
// recorded; the printout itself is already done.
func (a *app) recordSummary(s *store.Store, today model.Date) {
	set, err := s.Settings()
	if err == nil {
		set.LastSummary = today
		_, err = s.SaveSettings(set)
	}
	if err != nil {
		a.printf("cli.summary.not_recorded", a.tr.Err(err))
		return
	}
	a.printf("cli.summary.recorded", today.String())
}
