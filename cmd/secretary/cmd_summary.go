package main

import (
	"context"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
)

// summaryFlags are the options of `secretary summary`.
type summaryFlags struct {
	period, from, to, owner string
	format                  string
	formatSet               bool
	out                     string
	print, force            bool
}

func newSummaryCmd(a *invocation) *cobra.Command {
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
	f.BoolVar(&o.force, "force", false, a.tr.T("cli.summary.flag.force"))
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

// summary builds the summary (or a task slip) and prints it to the
// terminal, or publishes it — writes it, sends it to the printer — under
// the one policy app keeps for both front ends, which also decides when
// today is recorded as the last summary day (see app.Publish).
func (a *invocation) summary(ctx context.Context, o summaryFlags) error {
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
	meeting := o.owner == ""
	s, err := a.openLedger(!(toFile && meeting))
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		return err
	}
	doc, err := a.summaryDoc(l, o, s.Today())
	if err != nil {
		return err
	}
	lang := a.tr.Lang()
	if !toFile {
		return doc.Write(a.out(), format, summary.Options{Lang: lang, Width: summary.DefaultWidth})
	}
	pub, err := a.publish(ctx, s, doc, format, output{out: o.out, print: o.print, force: o.force})
	switch {
	case !pub.Day.IsZero():
		a.printf("cli.summary.recorded", pub.Day.String())
	case pub.NotRecorded != nil:
		a.printf("cli.summary.not_recorded", a.tr.Err(pub.NotRecorded))
	case err == nil && meeting && pub.KeptAt != "" && pub.Path == "":
		a.printf("cli.summary.not_printed")
	}
	return err
}

// summaryDoc is the task slip for --owner, else the summary of the period.
func (a *invocation) summaryDoc(l *model.Ledger, o summaryFlags, today model.Date) (summary.Document, error) {
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
func (a *invocation) summaryPeriod(o summaryFlags, today, last model.Date) (summary.Period, error) {
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
