package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/rubrics"
	"secretary/model/summary"
)

// newEvidenceCmd is `secretary evidence`: add a file as evidence, write
// the inspection pack, print the binder catalogue.
func newEvidenceCmd(a *invocation) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "evidence",
		Short: a.tr.T("cli.evidence.short"),
		Long:  a.tr.T("cli.evidence.long"),
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range []*cobra.Command{newEvidenceAddCmd(a), newEvidencePackCmd(a), newEvidenceCatalogueCmd(a)} {
		sub.Flags().BoolP("help", "h", false, a.tr.T("cli.flag.help"))
		cmd.AddCommand(sub)
	}
	return cmd
}

func newEvidenceAddCmd(a *invocation) *cobra.Command {
	var indicators []string
	var record, title, date string
	cmd := &cobra.Command{
		Use:   a.use("add", "cli.evidence.add.args"),
		Short: a.tr.T("cli.evidence.add.short"),
		Long:  a.tr.T("cli.evidence.add.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openLedger(false)
			if err != nil {
				return err
			}
			defer s.Close()
			l, err := s.Load()
			if err != nil {
				return err
			}
			req := app.AttachRequest{Path: args[0], Title: title}
			if req.Indicators, err = findIndicators(l, indicators); err != nil {
				return err
			}
			if record != "" {
				e, id, ok := model.ParseCode(record)
				if !ok || !model.Linkable(e) {
					return usageErr("cli.evidence.bad_record", record)
				}
				if l.Record(e, id) == nil {
					return model.NewMsgError(model.MsgNotFound, model.Code(e, id))
				}
				req.Record = model.RecordRef{Entity: e, ID: id}
			}
			if date != "" {
				if req.Date, err = model.ParseDate(date, s.Today()); err != nil {
					return asUsage(err)
				}
			}
			_, ev, err := s.AttachFile(req)
			if err != nil {
				return err
			}
			a.printf("cli.evidence.added", model.CodeOf(ev), ev.Title, i18n.Size(ev.Size))
			a.printf("cli.evidence.sha", ev.SHA256)
			if len(ev.Indicators) > 0 {
				var codes []string
				for _, id := range ev.Indicators {
					codes = append(codes, l.Indicator(id).Code)
				}
				a.printf("cli.evidence.linked", strings.Join(codes, a.tr.T("list.sep")))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&indicators, "indicator", nil, a.tr.T("cli.evidence.flag.indicator"))
	f.StringVar(&record, "record", "", a.tr.T("cli.evidence.flag.record"))
	f.StringVar(&title, "title", "", a.tr.T("cli.evidence.flag.title"))
	f.StringVar(&date, "date", "", a.tr.T("cli.evidence.flag.date"))
	return cmd
}

// findIndicators resolves indicator codes (A1.B2) in the active rubric.
func findIndicators(l *model.Ledger, codes []string) ([]model.ID, error) {
	if len(codes) == 0 {
		return nil, nil
	}
	r := l.ActiveRubric()
	if r == nil {
		return nil, model.NewMsgError(app.MsgNoRubric)
	}
	var out []model.ID
	for _, c := range codes {
		for _, code := range strings.FieldsFunc(c, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
			want := model.NormalizeCode(strings.TrimSpace(code))
			found := model.ID(0)
			for i := range l.Indicators {
				if in := &l.Indicators[i]; in.RubricID == r.ID && model.NormalizeCode(in.Code) == want {
					found = in.ID
				}
			}
			if found == 0 {
				return nil, model.NewMsgError(app.MsgNoIndicator, code, r.Title)
			}
			out = append(out, found)
		}
	}
	return out, nil
}

func newEvidencePackCmd(a *invocation) *cobra.Command {
	var force, noPDF bool
	cmd := &cobra.Command{
		Use:   a.use("pack", "cli.evidence.pack.args"),
		Short: a.tr.T("cli.evidence.pack.short"),
		Long:  a.tr.T("cli.evidence.pack.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openLedger(true)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			p, err := s.WritePack(ctx, app.PackRequest{Path: args[0], Lang: a.tr.Lang(), Force: force, NoPDF: noPDF})
			if err != nil {
				return err
			}
			a.printf("cli.evidence.packed", p.Path)
			a.printf("cli.evidence.pack_holds", p.Entries, p.Files, p.Records, i18n.Size(p.Size))
			a.printf("cli.export.sha", p.SHA256)
			if p.NoBrowser {
				a.printf("cli.evidence.no_pdf")
			}
			for _, e := range p.Left {
				a.printf("cli.evidence.left", model.CodeOf(e), e.Title, e.FileName)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.summary.flag.force"))
	cmd.Flags().BoolVar(&noPDF, "no-pdf", false, a.tr.T("cli.evidence.flag.no_pdf"))
	return cmd
}

// docFlags are the options of a printout command: selfcheck, catalogue.
type docFlags struct {
	format       string
	formatSet    bool
	out          string
	print, force bool
}

func (o *docFlags) add(a *invocation, cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", a.tr.T("cli.summary.flag.format"))
	f.StringVarP(&o.out, "output", "o", "", a.tr.T("cli.summary.flag.output"))
	f.BoolVar(&o.print, "print", false, a.tr.T("cli.summary.flag.print"))
	f.BoolVar(&o.force, "force", false, a.tr.T("cli.summary.flag.force"))
}

func newEvidenceCatalogueCmd(a *invocation) *cobra.Command {
	var o docFlags
	cmd := &cobra.Command{
		Use:   "catalogue",
		Short: a.tr.T("cli.evidence.catalogue.short"),
		Long:  a.tr.T("cli.evidence.catalogue.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return a.inspectionDoc(cmd.Context(), o, true)
		},
	}
	o.add(a, cmd)
	return cmd
}

func newSelfcheckCmd(a *invocation) *cobra.Command {
	var o docFlags
	cmd := &cobra.Command{
		Use:   "selfcheck",
		Short: a.tr.T("cli.selfcheck.short"),
		Long:  a.tr.T("cli.selfcheck.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return a.inspectionDoc(cmd.Context(), o, false)
		},
	}
	o.add(a, cmd)
	return cmd
}

// inspectionDoc prints the self-assessment (or the binder catalogue) to
// the terminal, or publishes it under app.Publish's policy.
func (a *invocation) inspectionDoc(ctx context.Context, o docFlags, catalogue bool) error {
	if ctx == nil {
		ctx = context.Background()
	}
	format, err := (summaryFlags{format: o.format, formatSet: o.formatSet, out: o.out}).summaryFormat()
	if err != nil {
		return err
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
	files := app.CheckEvidenceFiles(s.Path(), l, false)
	sc, err := summary.BuildSelfCheck(l, 0, files.State, s.Today())
	if err != nil {
		return err
	}
	var doc summary.Document = sc
	if catalogue {
		doc = sc.BinderCatalogue()
	}
	lang := a.tr.Lang()
	toFile := o.out != "" || o.print || format == summary.FormatPDF
	if !toFile {
		return doc.Write(a.out(), format, summary.Options{Lang: lang, Width: summary.DefaultWidth})
	}
	_, err = a.publish(ctx, s, doc, format, output{out: o.out, print: o.print, force: o.force})
	return err
}

// sampleNote is the note the sample rubric carries.
func sampleNote(lang model.Lang) string { return rubrics.SampleNote(lang) }
