package summary

import (
	"io"
	"strconv"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// mw is a phrase of the minutes and the carry-out table.
func mw(lang model.Lang, key i18n.Key, args ...any) string {
	return i18n.For(lang).Sprintf(key, args...)
}

// meetingHeading names a meeting in a printout's subtitle: "第 3 次会议纪要"
// for a numbered meeting, else "工作例会纪要".
func meetingHeading(lang model.Lang, m MeetingInfo, blank bool) string {
	switch {
	case m.No > 0:
		return mw(lang, "print.minutes.numbered", m.No)
	case m.Kind != 0:
		return mw(lang, "print.minutes.kind", model.LabelOf(m.Kind).In(lang))
	case blank:
		return mw(lang, "print.minutes.blank_title")
	}
	return mw(lang, "print.minutes.title")
}

// minutesDoc lays the minutes out the way official minutes read: the
// group's name and 第 N 次会议纪要, the lines of time, place and people,
// each agenda item with its notes, then the table of decisions.
func minutesDoc(mi *Minutes, lang model.Lang) *document {
	d := &document{Lang: lang, Kind: "minutes", Title: mi.Header.Group, Subtitle: meetingHeading(lang, mi.Meeting, mi.Blank)}
	if d.Title == "" {
		// No group name set: the meeting's own heading is the title, not
		// "会议纪要" above "第 4 次会议纪要".
		d.Title, d.Subtitle = d.Subtitle, ""
	}
	if mi.Internal {
		d.Banner = mw(lang, "print.minutes.internal_banner")
	}
	d.Sections = minutesSections(mi, lang)
	for i := range d.Sections {
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	}
	if mi.Blank {
		d.Footer = mw(lang, "print.minutes.sign")
	} else {
		d.Meta = headerMeta(lang, mi.Header, mi.Today)
	}
	return d
}

// minutesSections are the minutes' three parts: the meeting, its agenda,
// its decisions.
func minutesSections(mi *Minutes, lang model.Lang) []section {
	m := mi.Meeting
	blankOr := func(s string) string {
		if s == "" && mi.Blank {
			return " "
		}
		return s
	}
	when := ""
	if !m.Date.IsZero() {
		when = m.Date.String()
		if m.Time != "" {
			when += " " + m.Time
		}
	}
	kind := ""
	if m.Kind != 0 {
		kind = model.LabelOf(m.Kind).In(lang)
	}
	var absent []string
	for _, a := range m.Absent {
		if a.Reason != "" {
			absent = append(absent, aside(lang, a.Name, a.Reason))
		} else {
			absent = append(absent, a.Name)
		}
	}
	info := labelled{
		{Label: mw(lang, "print.minutes.kind_label"), Value: blankOr(kind), Key: "minutes.kind"},
	}
	if m.Title != "" {
		info = append(info, fact{Label: mw(lang, "print.minutes.subject"), Value: m.Title, Key: "minutes.subject"})
	}
	info = append(info,
		fact{Label: mw(lang, "print.minutes.time"), Value: blankOr(when), Key: "minutes.time"},
		fact{Label: mw(lang, "print.minutes.venue"), Value: blankOr(m.Venue), Key: "minutes.venue"},
		fact{Label: mw(lang, "print.minutes.chair"), Value: blankOr(m.Chair), Key: "minutes.chair"},
		fact{Label: mw(lang, "print.minutes.recorder"), Value: blankOr(m.Recorder), Key: "minutes.recorder"},
		fact{Label: mw(lang, "print.minutes.present"), Value: blankOr(joinList(lang, m.Attendees)), Key: "minutes.present"},
		fact{Label: mw(lang, "print.minutes.absent"), Value: orNone(lang, joinList(lang, absent), mi.Blank), Key: "minutes.absent"},
		fact{Label: mw(lang, "print.minutes.guests"), Value: orNone(lang, m.Guests, mi.Blank), Key: "minutes.guests"},
	)
	meeting := section{Key: "minutes_meeting", Title: mw(lang, "print.minutes.sec_meeting"), Blocks: []block{info}}
	if mi.Blank {
		meeting.Blocks = append(meeting.Blocks, writeIn(2))
	}

	agenda := section{Key: "minutes_agenda", Title: mw(lang, "print.minutes.sec_agenda")}
	if mi.Withheld {
		agenda.Blocks = append(agenda.Blocks, note(mw(lang, "print.minutes.withheld")))
	}
	for i, a := range m.Agenda {
		agenda.Blocks = append(agenda.Blocks, labelled{{Label: mw(lang, "print.minutes.item", i+1), Value: a.Title, Key: "minutes.item"}})
		switch {
		case mi.Blank:
			agenda.Blocks = append(agenda.Blocks, writeIn(5))
		case a.Notes != "":
			agenda.Blocks = append(agenda.Blocks, note(a.Notes))
		}
	}
	if len(m.Agenda) == 0 {
		if mi.Blank {
			for i := 1; i <= 3; i++ {
				agenda.Blocks = append(agenda.Blocks, labelled{{Label: mw(lang, "print.minutes.item", i), Value: " ", Key: "minutes.item"}}, writeIn(5))
			}
		} else {
			agenda.Blocks = append(agenda.Blocks, note(mw(lang, "print.minutes.no_agenda")))
		}
	}

	dec := section{Key: "minutes_decisions", Title: mw(lang, "print.minutes.sec_decisions")}
	t := &table{Key: "minutes_decisions", Cols: []column{
		{Head: mw(lang, "print.minutes.col_no"), Num: true}, {Head: mw(lang, "print.minutes.col_decision")},
		{Head: mw(lang, "print.minutes.col_owner")}, {Head: mw(lang, "print.minutes.col_due"), Num: true}, {Head: mw(lang, "print.minutes.col_indicator")},
	}}
	for _, it := range mi.Decisions {
		t.Rows = append(t.Rows, []cell{num(strconv.Itoa(it.No), "decision.no"), txt(it.Text), txt(it.Owner), txt(iso(it.Due)), txt(it.Indicator)})
	}
	if mi.Blank {
		for i := 0; i < 5; i++ {
			t.Rows = append(t.Rows, []cell{txt(strconv.Itoa(len(mi.Decisions) + i + 1)), txt("\n\n"), txt(""), txt(""), txt("")})
		}
	}
	if len(t.Rows) == 0 {
		dec.Blocks = []block{note(mw(lang, "print.minutes.no_decisions"))}
	} else {
		dec.Blocks = []block{t}
	}
	return []section{meeting, agenda, dec}
}

// orNone is the value, or 无 / None when a filled-in form has nothing.
func orNone(lang model.Lang, s string, blank bool) string {
	switch {
	case s != "":
		return s
	case blank:
		return " "
	}
	return mw(lang, "print.minutes.none")
}

// carryOutSection is the table of the previous meeting's decisions.
func carryOutSection(c *CarryOut, lang model.Lang) section {
	s := section{Key: "carry_out", Title: mw(lang, "print.carry.title")}
	if c.Previous == nil {
		s.Blocks = []block{note(mw(lang, "print.carry.none"))}
		return s
	}
	p := c.Progress
	s.Blocks = append(s.Blocks,
		note(mw(lang, "print.carry.of", c.Previous.Code, c.Previous.Date.String(), meetingName(lang, *c.Previous))),
		facts{
			{Label: model.LabelOf(model.DecisionDone).In(lang), Value: itoa(p.Done), Key: "carry.done"},
			{Label: model.LabelOf(model.DecisionInProgress).In(lang), Value: itoa(p.InProgress), Key: "carry.in_progress"},
			{Label: model.LabelOf(model.DecisionOverdue).In(lang), Value: itoa(p.Overdue), Key: "carry.overdue", Mark: p.Overdue > 0},
			{Label: model.LabelOf(model.DecisionUnassigned).In(lang), Value: itoa(p.Unassigned), Key: "carry.unassigned"},
		})
	if len(c.Decisions) == 0 {
		s.Blocks = append(s.Blocks, note(mw(lang, "print.minutes.no_decisions")))
		return s
	}
	t := &table{Key: "carry_out", Cols: []column{
		{Head: mw(lang, "print.minutes.col_no"), Num: true}, {Head: mw(lang, "print.minutes.col_decision")},
		{Head: mw(lang, "print.minutes.col_owner")}, {Head: mw(lang, "print.minutes.col_due"), Num: true},
		{Head: mw(lang, "print.carry.col_status")}, {Head: mw(lang, "print.carry.col_tasks")},
	}}
	for _, it := range c.Decisions {
		var tasks []string
		for _, tk := range it.Tasks {
			line := tk.Code + " " + tk.Title + " · " + tk.Owner + " · " + model.LabelOf(tk.Status).In(lang)
			if tk.Status != model.TaskDone {
				line += " " + strconv.Itoa(tk.Progress) + "%"
			}
			tasks = append(tasks, line)
		}
		status := cell{Text: model.LabelOf(it.Status).In(lang), Key: "decision.status", Mark: it.Status == model.DecisionOverdue, Bar: -1}
		t.Rows = append(t.Rows, []cell{num(strconv.Itoa(it.No), "decision.no"), txt(it.Text), txt(it.Owner), txt(iso(it.Due)), status, txt(strings.Join(tasks, "\n"))})
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

// meetingName is a meeting's subject, or its kind and number.
func meetingName(lang model.Lang, m MeetingInfo) string {
	if m.Title != "" {
		return m.Title
	}
	kind := model.LabelOf(m.Kind).In(lang)
	if m.No > 0 {
		return mw(lang, "print.minutes.meeting_name", m.No, kind)
	}
	return kind
}

func carryOutDoc(c *CarryOut, lang model.Lang) *document {
	d := &document{Lang: lang, Kind: "minutes", Title: c.Header.Group, Subtitle: mw(lang, "print.carry.title"), Legend: mw(lang, "print.carry.legend")}
	if d.Title == "" {
		d.Title = mw(lang, "print.carry.title")
	}
	d.Meta = headerMeta(lang, c.Header, c.Today)
	s := carryOutSection(c, lang)
	s.Title = sectionTitle(lang, 1, s.Title)
	d.Sections = []section{s}
	return d
}

// packDoc is the meeting pack: three parts, each starting on a new page.
func packDoc(p *Pack, lang model.Lang) *document {
	d := &document{Lang: lang, Kind: "minutes", Title: p.Summary.Header.Group, Subtitle: mw(lang, "print.pack.title"), Legend: say(lang, wLegend)}
	if d.Title == "" {
		d.Title = mw(lang, "print.pack.title")
	}
	d.Meta = headerMeta(lang, p.Summary.Header, p.Summary.Today)
	carry := carryOutSection(p.CarryOut, lang)
	carry.Title = sectionTitle(lang, 1, carry.Title)
	carry.Part = mw(lang, "print.pack.part1")
	d.Sections = append(d.Sections, carry)
	sum := summaryDoc(p.Summary, lang, false) // a handout: nothing addressed to the secretary
	for i, s := range sum.Sections {
		if i == 0 {
			s.Part = mw(lang, "print.pack.part2", p.Summary.Period.From.String(), p.Summary.Period.To.String())
		}
		d.Sections = append(d.Sections, s)
	}
	blank := minutesSections(p.Blank, lang)
	for i := range blank {
		blank[i].Title = sectionTitle(lang, i+1, blank[i].Title)
	}
	blank[0].Part = mw(lang, "print.pack.part3", meetingHeading(lang, p.Blank.Meeting, true))
	d.Sections = append(d.Sections, blank...)
	d.Footer = mw(lang, "print.minutes.sign")
	return d
}

// labelled is a list of "label：value" lines, one per line, as official
// minutes print 时间、地点、出席 ….
type labelled []fact

// writeIn is room to write by hand: that many ruled lines.
type writeIn int

func (labelled) isBlock() {}
func (writeIn) isBlock()  {}

// Write renders the minutes.
func (mi *Minutes) Write(w io.Writer, f Format, o Options) error {
	return render(w, minutesDoc(mi, o.Lang), f, o)
}

// FileName is "会议纪要_M-3_2026-11-08.pdf" (blank: "会议纪要_空白_…").
func (mi *Minutes) FileName(f Format, lang model.Lang) string {
	code, day := mi.Meeting.Code, mi.Meeting.Date
	if mi.Blank && code == "" {
		code, day = mw(lang, "print.file.blank"), mi.Today
	}
	return mw(lang, "print.file.minutes") + "_" + code + "_" + day.String() + f.Ext()
}

// Write renders the carry-out table.
func (c *CarryOut) Write(w io.Writer, f Format, o Options) error {
	return render(w, carryOutDoc(c, o.Lang), f, o)
}

// FileName is "决定事项落实情况_2026-11-20.pdf".
func (c *CarryOut) FileName(f Format, lang model.Lang) string {
	return mw(lang, "print.file.carry_out") + "_" + c.Today.String() + f.Ext()
}

// Write renders the pack.
func (p *Pack) Write(w io.Writer, f Format, o Options) error {
	return render(w, packDoc(p, o.Lang), f, o)
}

// FileName is "会议材料_2026-11-20.pdf".
func (p *Pack) FileName(f Format, lang model.Lang) string {
	return mw(lang, "print.file.pack") + "_" + p.Summary.Today.String() + f.Ext()
}
