package forms

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"secretary/model"
	"secretary/tui/common"
)

// AssessmentDraft is an assessment as its form edits it. Indicators and
// findings are edited as lines of text — add a line to add one, delete a
// line to remove it — which is quick on a keyboard and shows the whole
// list at once.
type AssessmentDraft struct {
	rec        model.Assessment
	Kind       model.AssessmentKind
	Date       string
	TargetKind model.TargetKind
	Target     string // a display code (P-3, T-41, A-12) or a work area's code
	Assessor   string
	Indicators string // name | target | result | score, one per line
	Rating     model.Rating
	Findings   string // "1. text", one per line
	Notes      string
}

// NewAssessmentDraft is a draft for a new routine inspection of a work area.
func NewAssessmentDraft(today model.Date) *AssessmentDraft {
	return &AssessmentDraft{Kind: model.AssessRoutine, Date: today.String(), TargetKind: model.TargetArea,
		Target: model.LabelOf(model.AreaService).Code}
}

// EditAssessmentDraft is a draft of a stored assessment.
func EditAssessmentDraft(e model.Assessment) *AssessmentDraft {
	d := &AssessmentDraft{rec: e, Kind: e.Kind, Date: dateText(e.Date), TargetKind: e.Target.Kind, Assessor: e.Assessor,
		Rating: e.Rating, Notes: e.Notes, Indicators: IndicatorLines(e.Indicators), Findings: FindingLines(e.Findings)}
	if e.Target.Kind == model.TargetArea {
		d.Target = model.LabelOf(e.Target.Area).Code
	} else {
		d.Target = model.Code(e.Target.Entity(), e.Target.ID)
	}
	return d
}

// Heading is the form's title.
func (d *AssessmentDraft) Heading(ctx *common.Context) string {
	if d.rec.ID == 0 {
		return ctx.T("form.new.assessment")
	}
	return ctx.T("form.edit", model.Code(model.EntityAssessment, d.rec.ID))
}

// Snapshot is the draft's content.
func (d *AssessmentDraft) Snapshot() string {
	c := *d
	c.rec = model.Assessment{}
	return fmt.Sprintf("%+v", c)
}

// Groups builds the fields.
func (d *AssessmentDraft) Groups(ctx *common.Context) []*huh.Group {
	var ratings []huh.Option[model.Rating]
	ratings = append(ratings, huh.NewOption(ctx.T("form.not_rated"), model.Rating(0)))
	for _, r := range model.Values[model.Rating]() {
		ratings = append(ratings, huh.NewOption(ctx.L(model.LabelOf(r)), r))
	}
	return []*huh.Group{group(
		enumSelect(ctx, "assessment.kind", &d.Kind).Inline(true),
		dateInput(ctx, "assessment.date", &d.Date, true),
		enumSelect(ctx, "assessment.target", &d.TargetKind).Inline(true).Description(ctx.T("form.target_kind_hint")),
		keepLabel(ctx, newSelect[string]().Title(title(ctx, "assessment.target", true)).Value(&d.Target).Height(6).
			OptionsFunc(func() []huh.Option[string] { return targetOptions(ctx, d.TargetKind) }, &d.TargetKind), title(ctx, "assessment.target", true)),
		textInput(ctx, "assessment.assessor", &d.Assessor, true).Placeholder(ctx.T("form.assessor_hint")),
		longText(ctx, "assessment.indicators", &d.Indicators, ctx.T("form.indicators_hint")).
			Validate(func(s string) error { _, err := ParseIndicators(s); return fieldErr(ctx, err) }),
		keepLabel(ctx, newSelect[model.Rating]().Title(title(ctx, "assessment.rating", false)).Options(ratings...).Value(&d.Rating).Inline(true), title(ctx, "assessment.rating", false)),
		longText(ctx, "assessment.findings", &d.Findings, ctx.T("form.findings_hint")),
		longText(ctx, "assessment.notes", &d.Notes, ""),
	)}
}

// targetOptions lists what an assessment of the kind can look at.
func targetOptions(ctx *common.Context, kind model.TargetKind) []huh.Option[string] {
	l := ctx.Ledger
	var opts []huh.Option[string]
	switch kind {
	case model.TargetPlan:
		for _, p := range l.Plans {
			c := model.Code(model.EntityPlan, p.ID)
			opts = append(opts, huh.NewOption(c+" "+p.Title, c))
		}
	case model.TargetTask:
		for _, t := range l.Tasks {
			c := model.Code(model.EntityTask, t.ID)
			opts = append(opts, huh.NewOption(c+" "+t.Title, c))
		}
	case model.TargetActivity:
		for _, a := range l.Activities {
			c := model.Code(model.EntityActivity, a.ID)
			opts = append(opts, huh.NewOption(c+" "+a.Date.String()+" "+a.Title, c))
		}
	default:
		for _, a := range model.Values[model.WorkArea]() {
			opts = append(opts, huh.NewOption(ctx.L(model.LabelOf(a)), model.LabelOf(a).Code))
		}
	}
	if len(opts) == 0 {
		opts = append(opts, huh.NewOption(ctx.T("form.none_to_pick"), ""))
	}
	return opts
}

// Record builds the assessment.
func (d *AssessmentDraft) Record(ctx *common.Context) (model.MutableRecord, error) {
	var c collect
	e := d.rec
	e.Kind, e.Assessor, e.Rating, e.Notes = d.Kind, d.Assessor, d.Rating, d.Notes
	e.Date = c.date(ctx, "assessment.date", d.Date, true)
	e.Target = model.Target{Kind: d.TargetKind}
	if d.TargetKind == model.TargetArea {
		e.Target.Area, _ = model.ParseEnum[model.WorkArea](d.Target)
	} else if ent, id, ok := model.ParseCode(d.Target); ok && ent == e.Target.Entity() {
		e.Target.ID = id
	}
	ind, err := ParseIndicators(d.Indicators)
	c.add("assessment.indicators", err)
	e.Indicators = ind
	e.Findings = ParseFindings(d.Findings, d.rec.Findings)
	return c.done(ctx, &e)
}

// IndicatorLines writes indicators one per line: name | target | result | score.
func IndicatorLines(ins []model.Indicator) string {
	lines := make([]string, len(ins))
	for i, in := range ins {
		score := ""
		if in.Scored {
			score = strconv.FormatFloat(in.Score, 'f', -1, 64)
		}
		lines[i] = strings.TrimRight(strings.Join([]string{in.Name, in.Target, in.Result, score}, " | "), " |")
	}
	return strings.Join(lines, "\n")
}

// ParseIndicators reads indicator lines. Only the name is required; a
// score, when given, is a number from 0 to 100. Full-width ｜ works too.
func ParseIndicators(s string) ([]model.Indicator, error) {
	var out []model.Indicator
	for n, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		parts := strings.Split(strings.ReplaceAll(line, "｜", "|"), "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if len(parts) > 4 || parts[0] == "" {
			return nil, model.NewMsgError("form.indicator_line", n+1)
		}
		in := model.Indicator{Name: parts[0]}
		if len(parts) > 1 {
			in.Target = parts[1]
		}
		if len(parts) > 2 {
			in.Result = parts[2]
		}
		if len(parts) > 3 && parts[3] != "" {
			f, err := strconv.ParseFloat(strings.TrimSuffix(parts[3], "分"), 64)
			if err != nil || f < 0 || f > 100 {
				return nil, model.NewMsgError("form.indicator_score", n+1, parts[3])
			}
			in.Score, in.Scored = f, true
		}
		out = append(out, in)
	}
	return out, nil
}

// FindingLines writes findings one per line with their numbers.
func FindingLines(fs []model.Finding) string {
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = fmt.Sprintf("%d. %s", f.No, f.Text)
	}
	return strings.Join(lines, "\n")
}

// ParseFindings reads finding lines. A line that starts with a number
// ("2. …", "2、…") keeps it, so rectifications stay attached to their
// finding; a line without one gets the next free number.
func ParseFindings(s string, _ []model.Finding) []model.Finding {
	var out []model.Finding
	var unnumbered []string
	used := map[int]bool{}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if no, text, ok := numbered(line); ok && !used[no] {
			used[no] = true
			out = append(out, model.Finding{No: no, Text: text})
			continue
		}
		unnumbered = append(unnumbered, line)
	}
	next := 1
	for _, text := range unnumbered {
		for used[next] {
			next++
		}
		used[next] = true
		out = append(out, model.Finding{No: next, Text: text})
	}
	return out
}

func numbered(line string) (int, string, bool) {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 {
		return 0, "", false
	}
	rest := line[i:]
	for _, sep := range []string{". ", ".", "、", ") ", ")", "）"} {
		if strings.HasPrefix(rest, sep) {
			no, _ := strconv.Atoi(line[:i])
			text := strings.TrimSpace(strings.TrimPrefix(rest, sep))
			return no, text, no > 0 && text != ""
		}
	}
	return 0, "", false
}
