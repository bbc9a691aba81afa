package summary

import (
	"secretary/internal/i18n"
	"secretary/internal/width"
	"secretary/model"
)

// NewYearPreview is what starting the next school year will write, line
// by line: the plan, the yearly tasks (who has left flagged), the
// activities planned for the required work, and the count. `secretary
// newyear` prints it and the TUI shows it before asking.
func NewYearPreview(ny *model.NewYear, l *model.Ledger, lang model.Lang) []string {
	tr := i18n.For(lang)
	span := model.SchoolYearSpan(ny.Year)
	p := ny.Plan
	out := []string{
		tr.Sprintf("newyear.preview.head", model.SchoolYearName(ny.Year, lang), span.From.String(), span.To.String(),
			model.Code(model.EntityPlan, ny.Source.ID), ny.Source.Title),
		"",
		tr.Sprintf("newyear.preview.plan"),
		"  " + tr.Sprintf("newyear.preview.plan_line", p.Title, p.Start.String(), p.End.String(), p.Budget.String(), len(p.Goals)),
		"",
		tr.Sprintf("newyear.preview.tasks", len(ny.Tasks)),
	}
	rows := make([][3]string, 0, len(ny.Tasks))
	for _, nt := range ny.Tasks {
		who := l.OwnerName(nt.Task.OwnerID)
		if nt.OwnerLeft {
			who += " " + tr.Sprintf("newyear.preview.left")
		}
		if nt.SupervisorLeft {
			who += " " + tr.Sprintf("newyear.preview.supervisor_left", l.OwnerName(nt.Task.SupervisorID))
		}
		rows = append(rows, [3]string{model.Code(model.EntityTask, nt.From) + " " + nt.Task.Title, who, tr.Sprintf("newyear.preview.due", nt.Task.Due.String())})
	}
	out = append(out, columns(rows)...)
	if len(ny.Tasks) == 0 {
		out = append(out, "  "+tr.Sprintf("newyear.preview.no_tasks"))
	}
	out = append(out, "", tr.Sprintf("newyear.preview.activities", len(ny.Activities)))
	rows = rows[:0]
	for _, a := range ny.Activities {
		kind := model.LabelOf(a.Activity.Kind).In(lang)
		if a.Suggested {
			kind = tr.Sprintf("newyear.preview.suggested", kind)
		}
		rows = append(rows, [3]string{a.Activity.Date.String(), a.Activity.Title, kind})
	}
	out = append(out, columns(rows)...)
	if len(ny.Activities) == 0 {
		out = append(out, "  "+tr.Sprintf("newyear.preview.no_activities"))
	}
	return append(out, "", tr.Sprintf("newyear.preview.total", 1+len(ny.Tasks)+len(ny.Activities)))
}

// columns lines rows of three up, indented, columns padded by the one
// width rule.
func columns(rows [][3]string) []string {
	var w [2]int
	for _, r := range rows {
		w[0], w[1] = max(w[0], width.Cells(r[0])), max(w[1], width.Cells(r[1]))
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = "  " + width.PadRight(r[0], w[0]) + "  " + width.PadRight(r[1], w[1]) + "  " + r[2]
	}
	return out
}
