package summary

import (
	"secretary/model"
)

// slipDoc lays a task slip out as a one-page document.
func slipDoc(sl *Slip, lang model.Lang) *document {
	d := &document{Lang: lang, Slip: true, Title: sl.Header.Group, Subtitle: say(lang, wSlipSubtitle), Legend: say(lang, wSlipLegend), Footer: say(lang, wSlipNote)}
	if d.Title == "" {
		d.Title = say(lang, wSlipSubtitle)
	}
	who := sl.Owner.Name
	var role []string
	if sl.Owner.Role != 0 {
		// The person's place in the group first: 副组长, 成员 ….
		role = append(role, mw(lang, "print.slip.role", model.LabelOf(sl.Owner.Role).In(lang)))
	}
	for _, s := range []string{sl.Owner.Title, sl.Owner.Department} {
		if s != "" {
			role = append(role, s)
		}
	}
	if len(role) > 0 {
		who = aside(lang, who, joinList(lang, role))
	}
	d.Meta = append([]fact{{Label: say(lang, wOwner), Value: who, Key: "owner"}}, headerMeta(lang, sl.Header, sl.Today)...)

	w := func(x word, args ...any) string { return say(lang, x, args...) }
	f := facts{
		{Label: w(wSlipOpen), Value: itoa(len(sl.Tasks)), Key: "slip.tasks"},
		{Label: w(wSlipOverdue), Value: itoa(sl.Overdue), Key: "slip.overdue", Mark: sl.Overdue > 0},
		{Label: w(wSlipDueSoon), Value: itoa(sl.DueSoon), Key: "slip.due_soon"},
		{Label: w(wSlipRects), Value: itoa(len(sl.Rects)), Key: "slip.rects"},
	}

	tasks := section{Key: "slip_tasks", Title: w(wSlipTasks), Blocks: []block{f}}
	if len(sl.Tasks) == 0 {
		tasks.Blocks = append(tasks.Blocks, note(w(wNoTasks)))
	} else {
		t := &table{Key: "slip_tasks", Cols: []column{
			{Head: w(wColTask)}, {Head: w(wColDue)}, {Head: w(wColStatus)}, {Head: w(wColIndicator)}, {Head: w(wColSupervisor)},
		}}
		for _, it := range sl.Tasks {
			due := dueState(lang, it.Due, sl.Today)
			due.Text = iso(it.Due) + "\n" + due.Text
			status := model.LabelOf(it.Status).In(lang) + " " + itoa(it.Progress) + "%"
			t.Rows = append(t.Rows, []cell{txt(codeTitle(it.Code, it.Title)), due, txt(status), txt(it.Indicator), txt(it.Supervisor)})
		}
		tasks.Blocks = append(tasks.Blocks, t)
	}

	rects := section{Key: "slip_rects", Title: w(wSlipRectsSec)}
	if len(sl.Rects) == 0 {
		rects.Blocks = []block{note(w(wNoRects))}
	} else {
		t := &table{Key: "slip_rects", Cols: []column{{Head: w(wColMeasure)}, {Head: w(wColSource)}, {Head: w(wColDue)}, {Head: w(wColState)}}}
		for _, it := range sl.Rects {
			t.Rows = append(t.Rows, []cell{txt(codeTitle(it.Code, it.Measure)), txt(codeTitle(it.Assessment, it.Finding)), txt(iso(it.Due)), dueState(lang, it.Due, sl.Today)})
		}
		rects.Blocks = []block{t}
	}

	acts := section{Key: "slip_acts", Title: w(wSlipActs)}
	if len(sl.Activities) == 0 {
		acts.Blocks = []block{note(w(wNoSlipActs))}
	} else {
		t := &table{Key: "slip_acts", Cols: []column{{Head: w(wColDate)}, {Head: w(wColActivity)}, {Head: w(wColVenue)}, {Head: w(wColRole)}}}
		for _, it := range sl.Activities {
			when := iso(it.Date)
			if it.Time != "" {
				when += " " + it.Time
			}
			t.Rows = append(t.Rows, []cell{txt(when), txt(codeTitle(it.Code, it.Title)), txt(it.Venue), txt(model.LabelOf(it.Role).In(lang))})
		}
		acts.Blocks = []block{t}
	}
	d.Sections = []section{tasks, rects, acts}
	for i := range d.Sections {
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	}
	return d
}

func joinList(lang model.Lang, items []string) string {
	sep := listSep(lang)
	out := ""
	for i, s := range items {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}
