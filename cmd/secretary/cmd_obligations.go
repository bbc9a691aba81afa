package main

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/model/summary"
)

// obligationsFlags are the options of `secretary obligations`.
type obligationsFlags struct {
	year, semester string
	loadDefaults   bool
	format         string
	formatSet      bool
	out            string
	print, force   bool
}

func newObligationsCmd(a *invocation) *cobra.Command {
	var o obligationsFlags
	cmd := &cobra.Command{
		Use:   "obligations",
		Short: a.tr.T("cli.obligations.short"),
		Long:  a.tr.T("cli.obligations.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return a.obligations(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.year, "year", "", a.tr.T("cli.obligations.flag.year"))
	f.StringVar(&o.semester, "semester", "", a.tr.T("cli.obligations.flag.semester"))
	f.BoolVar(&o.loadDefaults, "load-defaults", false, a.tr.T("cli.obligations.flag.load_defaults"))
	f.StringVar(&o.format, "format", "text", a.tr.T("cli.summary.flag.format"))
	f.StringVarP(&o.out, "output", "o", "", a.tr.T("cli.summary.flag.output"))
	f.BoolVar(&o.print, "print", false, a.tr.T("cli.summary.flag.print"))
	f.BoolVar(&o.force, "force", false, a.tr.T("cli.summary.flag.force"))
	return cmd
}

// obligations prints (or writes, or prints on paper) the required work's
// coverage for a school year or a semester; --load-defaults first adds
// the default set the ledger lacks.
func (a *invocation) obligations(ctx context.Context, o obligationsFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.year != "" && o.semester != "" && !termOnly(o.semester) {
		return usageErr("cli.obligations.year_and_semester")
	}
	format, err := summaryFlags{format: o.format, formatSet: o.formatSet, out: o.out}.summaryFormat()
	if err != nil {
		return err
	}
	s, err := a.openLedger(!o.loadDefaults)
	if err != nil {
		return err
	}
	defer s.Close()
	today := s.Today()
	p, err := coveragePeriod(o.year, o.semester, today)
	if err != nil {
		return err
	}
	if o.loadDefaults {
		_, n, err := s.LoadDefaults(a.tr.Lang())
		if err != nil {
			return err
		}
		a.printf("cli.obligations.loaded", n)
	}
	l, err := s.Load()
	if err != nil {
		return err
	}
	doc := summary.BuildCoverage(l, p, today)
	lang := a.tr.Lang()
	if o.out == "" && !o.print && format != summary.FormatPDF {
		return doc.Write(a.out(), format, summary.Options{Lang: lang, Width: summary.DefaultWidth})
	}
	_, err = a.publish(ctx, s, doc, format, output{out: o.out, print: o.print, force: o.force})
	return err
}

// coveragePeriod is the school year or semester asked for; this school
// year by default.
//
//	--year 2026-2027 | 2026—2027 | 2026-27 | 2026
//	--semester 2026-2027-1 | 2026-1 | 1 | 2 | autumn | spring | 秋 | 春 | 第一学期 | a date in it
func coveragePeriod(year, semester string, today model.Date) (summary.Period, error) {
	y := model.SchoolYearOf(today)
	if year != "" {
		v, ok := parseSchoolYear(year)
		if !ok {
			return summary.Period{}, usageErr("cli.obligations.bad_year", year)
		}
		y = v
	}
	if semester == "" {
		sy := model.SchoolYearSpan(y)
		return summary.Period{Kind: summary.PeriodYear, From: sy.From, To: sy.To}, nil
	}
	s := strings.TrimSpace(semester)
	if d, err := model.ParseDate(s, today); err == nil && !d.IsZero() && !termOnly(s) {
		return summary.Semester(d), nil
	}
	if i := strings.LastIndexAny(s, "-—–/ "); i > 0 {
		v, ok := parseSchoolYear(s[:i])
		if !ok {
			return summary.Period{}, usageErr("cli.obligations.bad_semester", semester)
		}
		y, s = v, s[i+1:]
	}
	term, ok := parseTerm(s)
	if !ok {
		return summary.Period{}, usageErr("cli.obligations.bad_semester", semester)
	}
	day := model.NewDate(y, time.September, 1)
	if term == 2 {
		day = model.NewDate(y+1, time.February, 1)
	}
	return summary.Semester(day), nil
}

// parseSchoolYear reads 2026-2027, 2026—2027, 2026-27 or 2026 as the
// school year that starts in September 2026.
func parseSchoolYear(s string) (int, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "学年"), "school year"))
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("-—–/ ", r) })
	if len(parts) == 0 || len(parts) > 2 {
		return 0, false
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil || y < model.MinYear || y >= model.MaxYear {
		return 0, false
	}
	if len(parts) == 2 {
		next, err := strconv.Atoi(parts[1])
		if err != nil || (next != y+1 && next != (y+1)%100) {
			return 0, false
		}
	}
	return y, true
}

// parseTerm reads which semester: 1 or 2, in words or numbers.
func parseTerm(s string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "autumn", "fall", "first", "秋", "秋季", "上", "上学期", "第一学期":
		return 1, true
	case "2", "spring", "second", "春", "春季", "下", "下学期", "第二学期":
		return 2, true
	}
	return 0, false
}

// termOnly reports a --semester that names only the term (1, 春 …), so
// it goes with --year.
func termOnly(s string) bool { _, ok := parseTerm(s); return ok }
