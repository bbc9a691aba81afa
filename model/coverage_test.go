package model

import (
	"testing"
	"time"
)

// held is a held activity of the kind on the day.
func held(id ID, kind ActivityKind, day Date) Activity {
	return Activity{ID: id, Title: "活动", Kind: kind, Date: day, Status: ActHeld}
}

// markOn is the mark of the obligation's period that contains day, with
// the ledger's activities, as of today.
func markOn(t *testing.T, o Obligation, acts []Activity, day, today Date) (PeriodMark, bool) {
	t.Helper()
	o.ID = 1
	l := &Ledger{Obligations: []Obligation{o}, Activities: acts}
	l.Reindex()
	sy := SchoolYearSpan(SchoolYearOf(day))
	c := CoverageOf(l, sy.From, sy.To, today)
	if len(c.Rows) != 1 {
		t.Fatalf("%d rows", len(c.Rows))
	}
	for _, p := range c.Rows[0].Periods {
		if p.Contains(day) || p.Day == day {
			return p, true
		}
	}
	return PeriodMark{}, false
}

// TestCoverageRulesAtTheEdges: records on the first and last days of
// semesters, a fixed day on a weekend, a range across a month's end and
// the leap day.
func TestCoverageRulesAtTheEdges(t *testing.T) {
	semester := Obligation{Title: "家访", Freq: Frequency{Kind: FreqSemester}, Min: 1, Meets: activityRules(ActHomeVisit)}
	monthly := Obligation{Title: "月度实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}}
	day1010 := Obligation{Title: "10·10", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.October, 10)}, Min: 1, Meets: activityRules(ActWorldMHDay)}
	day525 := Obligation{Title: "5·25", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.May, 25)}, Min: 1, Meets: activityRules(ActMentalHealthDay)}
	leapDay := Obligation{Title: "2·29", Freq: Frequency{Kind: FreqDate, From: NewMonthDay(time.February, 29)}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}}
	span := Obligation{Title: "4·25–5·5", Freq: Frequency{Kind: FreqRange, From: NewMonthDay(time.April, 25), To: NewMonthDay(time.May, 5)}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}}
	late := d(2028, time.September, 30) // every period of the years below is over

	for _, tc := range []struct {
		name    string
		o       Obligation
		held    Date // a matching activity held that day
		period  Date // the day whose period is looked at
		want    Mark
		from    Date // the period's first and last day
		to      Date
		wantDay Date // a fixed day's own day, when not From
	}{
		// Semesters: 1 Sep – 31 Jan and 1 Feb – 31 Aug.
		{"31 Jan is the autumn semester's", semester, d(2027, 1, 31), d(2026, 9, 1), MarkMet, d(2026, 9, 1), d(2027, 1, 31), 0},
		{"31 Jan is not the spring semester's", semester, d(2027, 1, 31), d(2027, 2, 1), MarkMissed, d(2027, 2, 1), d(2027, 8, 31), 0},
		{"1 Feb is the spring semester's", semester, d(2027, 2, 1), d(2027, 8, 31), MarkMet, d(2027, 2, 1), d(2027, 8, 31), 0},
		{"31 Aug is the spring semester's", semester, d(2027, 8, 31), d(2027, 2, 1), MarkMet, d(2027, 2, 1), d(2027, 8, 31), 0},
		{"1 Sep starts a new autumn", semester, d(2027, 9, 1), d(2027, 9, 1), MarkMet, d(2027, 9, 1), d(2028, 1, 31), 0},
		{"1 Sep is not last spring's", semester, d(2027, 9, 1), d(2027, 8, 31), MarkMissed, d(2027, 2, 1), d(2027, 8, 31), 0},
		// A fixed day on a weekend: 10 October 2026 is a Saturday, so the
		// Friday before and the Monday after count.
		{"10·10 on a Saturday, held Friday", day1010, d(2026, 10, 9), d(2026, 10, 10), MarkMet, d(2026, 10, 9), d(2026, 10, 12), d(2026, 10, 10)},
		{"10·10 on a Saturday, held Monday", day1010, d(2026, 10, 12), d(2026, 10, 10), MarkMet, d(2026, 10, 9), d(2026, 10, 12), d(2026, 10, 10)},
		{"10·10 on a Saturday, held Thursday", day1010, d(2026, 10, 8), d(2026, 10, 10), MarkMissed, d(2026, 10, 9), d(2026, 10, 12), d(2026, 10, 10)},
		{"10·10 on a Saturday, held Tuesday", day1010, d(2026, 10, 13), d(2026, 10, 10), MarkMissed, d(2026, 10, 9), d(2026, 10, 12), d(2026, 10, 10)},
		// 25 May 2025 is a Sunday; 25 May 2027 a Tuesday (no grace).
		{"5·25 on a Sunday, held Friday", day525, d(2025, 5, 23), d(2025, 5, 25), MarkMet, d(2025, 5, 23), d(2025, 5, 26), d(2025, 5, 25)},
		{"5·25 on a weekday, held the day before", day525, d(2027, 5, 24), d(2027, 5, 25), MarkMissed, d(2027, 5, 25), d(2027, 5, 25), d(2027, 5, 25)},
		{"5·25 on a weekday, held that day", day525, d(2027, 5, 25), d(2027, 5, 25), MarkMet, d(2027, 5, 25), d(2027, 5, 25), d(2027, 5, 25)},
		// A range across a month's end: 25 April to 5 May.
		{"range: 30 April", span, d(2027, 4, 30), d(2027, 4, 25), MarkMet, d(2027, 4, 25), d(2027, 5, 5), 0},
		{"range: its last day", span, d(2027, 5, 5), d(2027, 4, 25), MarkMet, d(2027, 4, 25), d(2027, 5, 5), 0},
		{"range: the day after", span, d(2027, 5, 6), d(2027, 4, 25), MarkMissed, d(2027, 4, 25), d(2027, 5, 5), 0},
		{"range: the day before", span, d(2027, 4, 24), d(2027, 4, 25), MarkMissed, d(2027, 4, 25), d(2027, 5, 5), 0},
		// The leap year: 29 February 2028 exists; in 2027 the day is the
		// 28th; monthly February runs to the 29th in 2028.
		// (2028-02-29 is a Tuesday; 2027-02-28 a Sunday.)
		{"2·29 in a leap year", leapDay, d(2028, 2, 29), d(2028, 2, 29), MarkMet, d(2028, 2, 29), d(2028, 2, 29), d(2028, 2, 29)},
		{"2·29 in a leap year, the 28th is too early", leapDay, d(2028, 2, 28), d(2028, 2, 29), MarkMissed, d(2028, 2, 29), d(2028, 2, 29), d(2028, 2, 29)},
		{"2·29 without one falls on the 28th", leapDay, d(2027, 2, 26), d(2027, 2, 28), MarkMet, d(2027, 2, 26), d(2027, 3, 1), d(2027, 2, 28)},
		{"February 2028 has a 29th", monthly, d(2028, 2, 29), d(2028, 2, 1), MarkMet, d(2028, 2, 1), d(2028, 2, 29), 0},
		{"February 2027 ends on the 28th", monthly, d(2027, 3, 1), d(2027, 2, 1), MarkMissed, d(2027, 2, 1), d(2027, 2, 28), 0},
		// A month's last day.
		{"31 October is October's", monthly, d(2026, 10, 31), d(2026, 10, 1), MarkMet, d(2026, 10, 1), d(2026, 10, 31), 0},
		{"1 November is not", monthly, d(2026, 11, 1), d(2026, 10, 1), MarkMissed, d(2026, 10, 1), d(2026, 10, 31), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kind := ActOther
			if len(tc.o.Meets) > 0 && tc.o.Meets[0].Kind != 0 {
				kind = ActivityKind(tc.o.Meets[0].Kind)
			}
			p, ok := markOn(t, tc.o, []Activity{held(1, kind, tc.held)}, tc.period, late)
			if !ok {
				t.Fatalf("no period holds %s", tc.period)
			}
			if p.Mark != tc.want || p.From != tc.from || p.To != tc.to {
				t.Errorf("%s %s..%s, want %s %s..%s", p.Mark.Symbol(), p.From, p.To, tc.want.Symbol(), tc.from, tc.to)
			}
			if tc.wantDay != 0 && p.Day != tc.wantDay {
				t.Errorf("day %s, want %s", p.Day, tc.wantDay)
			}
		})
	}
}

// TestCoverageMarksAsOfToday: met, due with the days left, missed, not yet
// due; what counts (held, done tasks, quantities) and what does not
// (planned, cancelled, other kinds, inactive obligations).
func TestCoverageMarksAsOfToday(t *testing.T) {
	l := &Ledger{
		Obligations: []Obligation{
			{ID: 1, Title: "月度实践活动", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Meets: []MeetRule{{Entity: EntityActivity}}},
			{ID: 2, Title: "心理课课时", Freq: Frequency{Kind: FreqSemester}, Min: 6, Sum: MeasureHours, Meets: activityRules(ActLesson)},
			{ID: 3, Title: "心理健康监测", Freq: Frequency{Kind: FreqYear}, Min: 1},
			{ID: 4, Title: "停用", Freq: Frequency{Kind: FreqMonthly}, Min: 1, Inactive: true, Meets: []MeetRule{{Entity: EntityActivity}}},
			{ID: 5, Title: "家长会", Freq: Frequency{Kind: FreqSemester}, Min: 2, Meets: activityRules(ActParents, ActClassMeeting)},
		},
		Activities: []Activity{
			held(1, ActLecture, d(2026, 10, 15)),
			{ID: 2, Title: "心理课 1", Kind: ActLesson, Date: d(2026, 10, 5), Status: ActHeld, Quantity: 2, Unit: MeasureHours},
			{ID: 3, Title: "心理课 2", Kind: ActLesson, Date: d(2026, 10, 10), Status: ActHeld, Quantity: 3, Unit: MeasureHours},
			{ID: 4, Title: "心理课 3", Kind: ActLesson, Date: d(2026, 12, 10), Status: ActPlanned, Quantity: 2, Unit: MeasureHours},
			{ID: 5, Title: "取消", Kind: ActOther, Date: d(2026, 11, 3), Status: ActCancelled, CancelReason: "雨"},
			{ID: 6, Title: "家访", Kind: ActHomeVisit, Date: d(2026, 11, 4), Status: ActPlanned},
			held(7, ActParents, d(2026, 10, 20)),
			held(8, ActClassMeeting, d(2026, 10, 25)),
			{ID: 9, Title: "心理课 4", Kind: ActLesson, Date: d(2026, 10, 12), Status: ActHeld, Quantity: 6, Unit: MeasureVisits}, // the wrong unit adds nothing
		},
		Tasks: []Task{
			{ID: 1, Title: "全体学生筛查", ObligationID: 3, Status: TaskDone, Due: d(2026, 12, 30), DoneOn: d(2026, 10, 20)},
			{ID: 2, Title: "筛查复核", ObligationID: 3, Status: TaskInProgress, Due: d(2026, 12, 1)},
		},
	}
	sy := SchoolYearSpan(2026)
	c := CoverageOf(l, sy.From, sy.To, today)
	if len(c.Rows) != 4 {
		t.Fatalf("%d rows, want the 4 active obligations", len(c.Rows))
	}
	marks := func(r ObligationCoverage) string {
		s := ""
		for _, p := range r.Periods {
			s += p.Mark.Symbol()
		}
		return s
	}
	monthly := c.Rows[0]
	if got := marks(monthly); got != "⚠✔⏳·······" {
		t.Errorf("monthly %s", got)
	}
	if monthly.Met != 1 || monthly.Total() != 10 || monthly.Missed != 1 || monthly.Due != 1 || monthly.NotYet != 7 {
		t.Errorf("monthly totals %+v", monthly)
	}
	if nov := monthly.Periods[2]; nov.DaysLeft != 10 || len(nov.Hits) != 0 || len(nov.Planned) != 1 || nov.Planned[0].ID != 6 {
		t.Errorf("November: %+v", nov)
	}
	oct := monthly.Periods[1]
	if first := EarliestHits(oct.Hits, 3); len(oct.Hits) != 6 || len(first) != 3 || first[0].ID != 2 || first[1].ID != 3 || first[2].ID != 9 {
		t.Errorf("October's records %+v, the earliest three %+v", oct.Hits, first)
	}
	if all := EarliestHits(oct.Hits, 10); len(all) != 6 || all[3].ID != 1 || all[5].ID != 8 {
		t.Errorf("October's records in date order %+v", all)
	}
	lessons := c.Rows[1]
	if got := marks(lessons); got != "⏳·" || lessons.Periods[0].Got != 5 || lessons.Periods[0].DaysLeft != 72 {
		t.Errorf("lessons %s %+v", got, lessons.Periods[0])
	}
	if p := lessons.Periods[0]; len(p.Hits) != 3 || p.Hits[2].Amount != 0 || len(p.Planned) != 1 {
		t.Errorf("lessons: a lesson in visits is a record of it but adds no hours: %+v", p)
	}
	screening := c.Rows[2]
	if got := marks(screening); got != "✔" || len(screening.Periods[0].Hits) != 1 || screening.Periods[0].Hits[0].Entity != EntityTask ||
		len(screening.Periods[0].Planned) != 1 {
		t.Errorf("screening by tagged tasks: %s %+v", got, screening.Periods[0])
	}
	parents := c.Rows[3]
	if got := marks(parents); got != "✔·" || parents.Periods[0].Got != 2 {
		t.Errorf("two kinds of record for one obligation: %s %+v", got, parents.Periods[0])
	}
	if c.Count(MarkMet) != 3 || c.Count(MarkMissed) != 1 {
		t.Errorf("counts: met %d missed %d", c.Count(MarkMet), c.Count(MarkMissed))
	}

	// A semester's coverage holds only its own periods; the year's one
	// period overlaps it and is kept.
	sem := SemesterSpan(today)
	c = CoverageOf(l, sem.From, sem.To, today)
	if len(c.Rows[0].Periods) != 5 || len(c.Rows[1].Periods) != 1 || len(c.Rows[2].Periods) != 1 {
		t.Errorf("semester periods %d %d %d", len(c.Rows[0].Periods), len(c.Rows[1].Periods), len(c.Rows[2].Periods))
	}
}

func TestPeriodNames(t *testing.T) {
	f := Frequency{Kind: FreqSemester}
	ps := f.Periods(2026)
	if got := PeriodName(f, ps[0], LangZh); got != "2026—2027学年第一学期" {
		t.Errorf("%q", got)
	}
	if got := PeriodName(f, ps[1], LangEn); got != "spring 2026–2027" {
		t.Errorf("%q", got)
	}
	m := Frequency{Kind: FreqMonthly}
	if got := PeriodName(m, m.Periods(2026)[0], LangZh); got != "9月" {
		t.Errorf("%q", got)
	}
	r := Frequency{Kind: FreqRange, From: 501, To: 531}
	if got := PeriodName(r, r.Periods(2026)[0], LangZh); got != "2027-05-01至2027-05-31" {
		t.Errorf("%q", got)
	}
}
