package main

import (
	"context"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
)

// minutesFlags are the options of `secretary minutes`.
type minutesFlags struct {
	summaryFlags
	pack, carryOut, internal bool
}

func newMinutesCmd(a *invocation) *cobra.Command {
	var o minutesFlags
	cmd := &cobra.Command{
		Use:   "minutes [M-N]",
		Short: a.tr.T("cli.minutes.short"),
		Long:  a.tr.T("cli.minutes.long"),
		Args:  maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			code := ""
			if len(args) == 1 {
				code = args[0]
			}
			return a.minutes(cmd.Context(), code, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", a.tr.T("cli.summary.flag.format"))
	f.StringVarP(&o.out, "output", "o", "", a.tr.T("cli.summary.flag.output"))
	f.BoolVar(&o.print, "print", false, a.tr.T("cli.summary.flag.print"))
	f.BoolVar(&o.pack, "pack", false, a.tr.T("cli.minutes.flag.pack"))
	f.BoolVar(&o.carryOut, "carry-out", false, a.tr.T("cli.minutes.flag.carry_out"))
	f.BoolVar(&o.internal, "include-internal", false, a.tr.T("cli.minutes.flag.internal"))
	f.BoolVar(&o.force, "force", false, a.tr.T("cli.summary.flag.force"))
	return cmd
}

// minutes prints a meeting's minutes, the carry-out table or the meeting
// pack, to the terminal or through app.Publish like every printout.
func (a *invocation) minutes(ctx context.Context, code string, o minutesFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.pack && o.carryOut {
		return usageErr("cli.minutes.pack_and_carry")
	}
	format, err := o.summaryFormat()
	if err != nil {
		return err
	}
	toFile := o.out != "" || o.print || format == summary.FormatPDF
	// The pack holds the summary, whose publishing records the day: the
	// ledger is opened for writing only then.
	s, err := a.openLedger(!(toFile && o.pack))
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		return err
	}
	doc, err := minutesDoc(l, code, o, s.Today())
	if err != nil {
		return err
	}
	lang := a.tr.Lang()
	if !toFile {
		return doc.Write(a.out(), format, summary.Options{Lang: lang, Width: summary.DefaultWidth})
	}
	pub, err := a.publish(ctx, s, doc, format, output{out: o.out, print: o.print, force: o.force})
	if !pub.Day.IsZero() {
		a.printf("cli.summary.recorded", pub.Day.String())
	}
	return err
}

// minutesDoc is the document asked for. The pack and the carry-out table
// are for the meeting named, else the next one planned (from today on),
// else a meeting today not yet in the ledger; the minutes are of the
// meeting named, else the latest.
func minutesDoc(l *model.Ledger, code string, o minutesFlags, today model.Date) (summary.Document, error) {
	if o.pack || o.carryOut {
		var m *model.Meeting
		if code != "" {
			var err error
			if m, err = summary.FindMeeting(l, code); err != nil {
				return nil, asUsage(err)
			}
		} else {
			m = nextPlanned(l, today)
		}
		if o.pack {
			return summary.BuildPack(l, m, today), nil
		}
		return summary.BuildCarryOut(l, m, today), nil
	}
	m, err := summary.FindMeeting(l, code)
	if err != nil {
		if code != "" {
			return nil, asUsage(err)
		}
		return nil, err
	}
	return summary.BuildMinutes(l, m, today, summary.MinutesOptions{IncludeInternal: o.internal}), nil
}

// nextPlanned is the earliest meeting still planned from today on.
func nextPlanned(l *model.Ledger, today model.Date) *model.Meeting {
	var best *model.Meeting
	for i := range l.Meetings {
		m := &l.Meetings[i]
		if m.Held() || m.Date < today {
			continue
		}
		if best == nil || m.Date < best.Date {
			best = m
		}
	}
	return best
}
