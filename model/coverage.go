package model

import (
	"slices"
	"time"

	"secretary/internal/i18n"
)

// Mark is how one period of an obligation stands.
type Mark uint8

// Marks, in the order a legend lists them.
const (
	MarkMet    Mark = 1 + iota // ✔ enough records in the period
	MarkDue                    // ⏳ not yet met, the period is running
	MarkMissed                 // ⚠ the period ended without being met
	MarkNotYet                 // · the period has not started
	// MarkBefore: · the period ended before the ledger began (建账前) and
	// nothing in the ledger met it. Nobody kept the ledger then, so it is
	// not tracked rather than missed: not ⚠, not in the today panel, and
	// not in a total's count of periods.
	MarkBefore
)

// markLabels is read-only.
var markLabels = []Label{{},
	{"met", "enum.mark.met"},
	{"due", "enum.mark.due"},
	{"missed", "enum.mark.missed"},
	{"not_yet", "enum.mark.not_yet"},
	{"before", "enum.mark.before"},
}

func (Mark) labels() []Label { return markLabels }

// Symbol is the mark as one character: ✔ ⏳ ⚠ · — the state is never
// shown by colour alone. A period before the ledger began is · too: like
// one not yet due, there is nothing to judge (the legend says which).
func (m Mark) Symbol() string {
	switch m {
	case MarkMet:
		return "✔"
	case MarkDue:
		return "⏳"
	case MarkMissed:
		return "⚠"
	case MarkNotYet, MarkBefore:
		return "·"
	}
	return " "
}

// Hit is a record that meets (or, planned, will meet) an obligation in a
// period. It holds no text, so a school year's thousands of hits are
// collected without the garbage collector's help; the record's title is
// looked up when a hit is shown (Title).
type Hit struct {
	Entity Entity
	ID     ID
	Date   Date
	Amount int // what it adds when the obligation sums a quantity
}

// Code is the record's display code.
func (h Hit) Code() string { return Code(h.Entity, h.ID) }

// Title is the record's name in the ledger ("" when it is gone).
func (h Hit) Title(l *Ledger) string {
	if r := l.Record(h.Entity, h.ID); r != nil {
		return r.DisplayName()
	}
	return ""
}

// EarliestHits are the first n hits in date order (then by kind and
// number), as a new slice: what a line or a printout names, without
// sorting every hit of a busy month.
func EarliestHits(hits []Hit, n int) []Hit {
	if n >= len(hits) {
		out := append([]Hit(nil), hits...)
		sortHits(out)
		return out
	}
	out := make([]Hit, 0, n+1)
	for _, h := range hits {
		i, _ := slices.BinarySearchFunc(out, h, cmpHit)
		if i >= n {
			continue
		}
		out = slices.Insert(out, i, h)
		if len(out) > n {
			out = out[:n]
		}
	}
	return out
}

// PeriodMark is one period of an obligation and how it stands.
type PeriodMark struct {
	Period
	Mark     Mark
	Got      int   // records that met it, or the quantity they add up to
	DaysLeft int   // MarkDue: days until its last day (0: today is the last)
	Hits     []Hit // records that met it (held, done), in the order the ledger holds them (EarliestHits orders them)
	Planned  []Hit // records of the kinds that meet it, planned but not yet held or done
}

// ObligationCoverage is one obligation over a stretch of time: each of
// its periods that falls in it, marked.
type ObligationCoverage struct {
	Obligation *Obligation // a pointer into the ledger: read it, do not keep it past a change
	Periods    []PeriodMark
	Met        int // periods met
	Due        int
	Missed     int
	NotYet     int
	Before     int // periods that ended before the ledger began, not met (MarkBefore)
}

// Total is the number of periods a total counts: all of them but those
// before the ledger began that nothing met ("1/7 个月" for a ledger begun
// in December, not "1/10").
func (c *ObligationCoverage) Total() int { return len(c.Periods) - c.Before }

// Coverage is every active obligation over a stretch of time (a school
// year, a semester, a meeting summary's period) as of a day.
type Coverage struct {
	From, To, Today Date
	// Began is the day the ledger began (Ledger.Began): a period that
	// ended before it is MarkBefore unless met. Zero: unknown.
	Began Date
	Rows  []ObligationCoverage
}

// Count is how many periods of all obligations have the mark.
func (c *Coverage) Count(m Mark) int {
	n := 0
	for i := range c.Rows {
		for _, p := range c.Rows[i].Periods {
			if p.Mark == m {
				n++
			}
		}
	}
	return n
}

// CoverageOf marks every active obligation's periods that overlap from..to,
// as of today; those that ended unmet before the ledger began
// (l.Began) are MarkBefore, not missed. It reads each kind of record that can meet obligations once,
// looking up the obligations each record's kind or tag can meet, so a
// school year of a 100,000-record ledger takes a few milliseconds
// (BenchmarkCoverage100k).
func CoverageOf(l *Ledger, from, to, today Date) *Coverage {
	c := &Coverage{From: from, To: to, Today: today, Began: l.Began}
	for i := range l.Obligations {
		o := &l.Obligations[i]
		if !o.Active() {
			continue
		}
		row := ObligationCoverage{Obligation: o}
		for y := SchoolYearOf(from) - 1; y <= SchoolYearOf(to); y++ {
			for _, p := range o.Freq.Periods(y) {
				if p.To >= from && p.From <= to {
					row.Periods = append(row.Periods, PeriodMark{Period: p})
				}
			}
		}
		if len(row.Periods) > 0 {
			c.Rows = append(c.Rows, row)
		}
	}
	if len(c.Rows) == 0 {
		return c
	}
	span := Period{From: c.Rows[0].Periods[0].From, To: c.Rows[0].Periods[0].To}
	for i := range c.Rows {
		ps := c.Rows[i].Periods
		span.From, span.To = min(span.From, ps[0].From), max(span.To, ps[len(ps)-1].To)
	}
	m := newMatcher(c.Rows)
	for _, src := range meetSources {
		src.each(l, span.From, span.To, func(oc *Occurrence) { m.add(c.Rows, oc) })
	}
	for i := range c.Rows {
		c.Rows[i].mark(today, l.Began)
	}
	return c
}

// matcher finds the obligations an occurrence can meet: by its entity and
// own kind (the rules), or by its tag.
type matcher struct {
	byKind map[Entity][][]int // entity → kind → rows
	byTag  map[ID][]int       // obligation → its row
}

func newMatcher(rows []ObligationCoverage) *matcher {
	m := &matcher{byKind: map[Entity][][]int{}, byTag: map[ID][]int{}}
	for i := range rows {
		o := rows[i].Obligation
		m.byTag[o.ID] = append(m.byTag[o.ID], i)
		for _, r := range o.Meets {
			s := sourceOf(r.Entity)
			if s == nil || s.kinds == nil {
				continue
			}
			n := len(s.kinds())
			table := m.byKind[r.Entity]
			if table == nil {
				table = make([][]int, n)
				m.byKind[r.Entity] = table
			}
			for k := 0; k < n; k++ {
				if (r.Kind == 0 || int(r.Kind) == k) && !slices.Contains(table[k], i) {
					table[k] = append(table[k], i)
				}
			}
		}
	}
	return m
}

func (m *matcher) add(rows []ObligationCoverage, oc *Occurrence) {
	if table := m.byKind[oc.Entity]; int(oc.Kind) < len(table) {
		for _, i := range table[oc.Kind] {
			rows[i].add(oc)
		}
	}
	if oc.Tag != 0 {
		for _, i := range m.byTag[oc.Tag] {
			if t := m.byKind[oc.Entity]; int(oc.Kind) < len(t) && slices.Contains(t[oc.Kind], i) {
				continue // already counted by a rule
			}
			rows[i].add(oc)
		}
	}
}

// add files an occurrence under the period it falls in.
func (c *ObligationCoverage) add(oc *Occurrence) {
	ps := c.Periods
	j, _ := slices.BinarySearchFunc(ps, oc.Date, func(p PeriodMark, d Date) int {
		switch {
		case p.To < d:
			return -1
		case p.From > d:
			return 1
		}
		return 0
	})
	if j >= len(ps) || !ps[j].Contains(oc.Date) {
		return
	}
	h := Hit{Entity: oc.Entity, ID: oc.ID, Date: oc.Date, Amount: oc.Amount(c.Obligation.Sum)}
	if oc.Done {
		ps[j].Hits = append(ps[j].Hits, h)
	} else {
		ps[j].Planned = append(ps[j].Planned, h)
	}
}

// mark sets each period's mark as of today, for a ledger begun on
// began (zero: unknown, so every past period unmet is missed).
func (c *ObligationCoverage) mark(today, began Date) {
	o := c.Obligation
	for i := range c.Periods {
		p := &c.Periods[i]
		p.Got = len(p.Hits)
		if o.Sum != 0 {
			p.Got = 0
			for _, h := range p.Hits {
				p.Got += h.Amount
			}
		}
		switch {
		case p.Got >= o.Min:
			p.Mark = MarkMet
			c.Met++
		case today > p.To && !began.IsZero() && p.To < began:
			p.Mark = MarkBefore
			c.Before++
		case today > p.To:
			p.Mark = MarkMissed
			c.Missed++
		case today >= p.From:
			p.Mark, p.DaysLeft = MarkDue, int(p.To-today)
			c.Due++
		default:
			p.Mark = MarkNotYet
			c.NotYet++
		}
	}
}

func sortHits(h []Hit) { slices.SortFunc(h, cmpHit) }

func cmpHit(a, b Hit) int {
	if a.Date != b.Date {
		return int(a.Date - b.Date)
	}
	if a.Entity != b.Entity {
		return int(a.Entity) - int(b.Entity)
	}
	return int(a.ID) - int(b.ID)
}

// PeriodName is what a period of the frequency is called: 9月 (Sep), 第一
// 学期 (autumn semester), 2026—2027学年, 05-25, 05-01至05-31.
func PeriodName(f Frequency, p Period, lang Lang) string {
	tr := i18n.For(lang)
	switch f.Kind {
	case FreqMonthly:
		return tr.Sprintf(monthNames[p.From.Month()-1])
	case FreqSemester:
		if p.From.Month() == time.September {
			return tr.Sprintf("period.autumn", p.From.Year(), p.From.Year()+1)
		}
		return tr.Sprintf("period.spring", p.From.Year()-1, p.From.Year())
	case FreqYear:
		return tr.Sprintf("period.year", p.From.Year(), p.To.Year())
	case FreqDate:
		return p.Day.String()
	}
	return tr.Sprintf("period.range", p.From.String(), p.To.String())
}

// PeriodUnit is what the periods of a frequency are counted in, for a
// total: "7/10 个月" (months), "1/2 个学期".
func PeriodUnit(f FreqKind, lang Lang) string {
	tr := i18n.For(lang)
	switch f {
	case FreqMonthly:
		return tr.T("period.unit.months")
	case FreqSemester:
		return tr.T("period.unit.semesters")
	case FreqYear:
		return tr.T("period.unit.years")
	}
	return tr.T("period.unit.times")
}

// monthNames are the months as a period is named: 9月, Sep. Read-only.
var monthNames = [...]i18n.Key{"period.month.1", "period.month.2", "period.month.3", "period.month.4",
	"period.month.5", "period.month.6", "period.month.7", "period.month.8", "period.month.9",
	"period.month.10", "period.month.11", "period.month.12"}
