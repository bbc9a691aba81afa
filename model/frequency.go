package model

import (
	"strings"
	"time"

	"secretary/internal/i18n"
)

// FreqKind is how often an obligation falls due.
type FreqKind uint8

// Frequency kinds. Stored: never reorder.
const (
	FreqMonthly  FreqKind = 1 + iota // every school month (September to June)
	FreqSemester                     // every semester
	FreqYear                         // every school year
	FreqDate                         // a fixed day every year: 05-25
	FreqRange                        // a stretch of days every year: 05-01..05-31
)

// freqKindLabels is read-only.
var freqKindLabels = []Label{{},
	{"monthly", "enum.freq.monthly"},
	{"semester", "enum.freq.semester"},
	{"year", "enum.freq.year"},
	{"date", "enum.freq.date"},
	{"range", "enum.freq.range"},
}

func (FreqKind) labels() []Label { return freqKindLabels }

// MonthDay is a day of the year without its year, month*100+day: 525 is
// 25 May. 229 (29 February) is allowed and falls on 28 February in a
// year that has no 29th.
type MonthDay uint16

// NewMonthDay is the month and day as a MonthDay.
func NewMonthDay(m time.Month, day int) MonthDay { return MonthDay(int(m)*100 + day) }

// Month is the month.
func (md MonthDay) Month() time.Month { return time.Month(md / 100) }

// Day is the day of the month.
func (md MonthDay) Day() int { return int(md % 100) }

// Valid reports a real day of some year (29 February included).
func (md MonthDay) Valid() bool {
	m, d := md.Month(), md.Day()
	return m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(2028, m)
}

// String is 05-25.
func (md MonthDay) String() string {
	if md == 0 {
		return ""
	}
	m, d := int(md.Month()), md.Day()
	return string([]byte{byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)})
}

// In is the day in the calendar year, 29 February falling on the 28th
// in a year without it.
func (md MonthDay) In(year int) Date {
	m, d := md.Month(), md.Day()
	if last := DaysIn(year, m); d > last {
		d = last
	}
	return NewDate(year, m, d)
}

// InSchoolYear is the day in the school year that starts in September of
// year: September to December fall in year, January to August in the
// next.
func (md MonthDay) InSchoolYear(year int) Date {
	if md.Month() >= time.September {
		return md.In(year)
	}
	return md.In(year + 1)
}

// schoolOrder orders days as a school year runs, September first:
// 09-01 < 12-31 < 01-01 < 08-31.
func (md MonthDay) schoolOrder() int {
	return (int(md.Month())+3)%12*100 + md.Day()
}

// Frequency is when an obligation falls due: every month, semester or
// school year, on a fixed day, or over a fixed stretch of days. From and
// To are the day (FreqDate: From) or the stretch (FreqRange), in the
// order a school year runs (12-20..01-10 is a stretch over New Year;
// 05-31..05-01 runs backwards and is refused).
type Frequency struct {
	Kind FreqKind `cbor:"1,keyasint,omitempty"`
	From MonthDay `cbor:"2,keyasint,omitempty"`
	To   MonthDay `cbor:"3,keyasint,omitempty"`
}

// Message key of a backwards range.
const MsgRangeOrder = "v.range_order" // args: end, start

// check says what is wrong with the frequency, as the message a form
// shows under the field.
func (f Frequency) check() *MsgError {
	switch f.Kind {
	case FreqMonthly, FreqSemester, FreqYear:
		if f.From != 0 || f.To != 0 {
			return NewMsgError(MsgBadFrequency, f.Text(LangZh))
		}
	case FreqDate:
		if !f.From.Valid() || (f.To != 0 && f.To != f.From) {
			return NewMsgError(MsgBadFrequency, f.From.String())
		}
	case FreqRange:
		if !f.From.Valid() || !f.To.Valid() {
			return NewMsgError(MsgBadFrequency, f.From.String()+".."+f.To.String())
		}
		if f.To.schoolOrder() < f.From.schoolOrder() {
			return NewMsgError(MsgRangeOrder, f.To.String(), f.From.String())
		}
	case 0:
		return NewMsgError(MsgRequired)
	default:
		return NewMsgError(MsgBadChoice)
	}
	return nil
}

// Text is the frequency as it is shown and typed: 每月, 每学期, 每学年,
// 每年05-25, 每年05-01至05-31 (Monthly … Yearly 05-01 to 05-31).
// ParseFrequency reads it back in either language.
func (f Frequency) Text(lang Lang) string {
	tr := i18n.For(lang)
	switch f.Kind {
	case FreqDate:
		return tr.Sprintf("freq.date", f.From.String())
	case FreqRange:
		return tr.Sprintf("freq.range", f.From.String(), f.To.String())
	}
	return LabelOf(f.Kind).In(lang)
}

// freqNames are other names a frequency is typed as. Read-only.
var freqNames = map[string]FreqKind{
	"month": FreqMonthly, "每个月": FreqMonthly, "月度": FreqMonthly, "按月": FreqMonthly,
	"per semester": FreqSemester, "each semester": FreqSemester, "term": FreqSemester, "termly": FreqSemester, "学期": FreqSemester, "每学期一次": FreqSemester,
	"school year": FreqYear, "per year": FreqYear, "yearly": FreqYear, "annual": FreqYear, "annually": FreqYear, "学年": FreqYear, "每年": FreqYear, "每学年一次": FreqYear,
}

// rangeSeps separate the two ends of a typed range. Not "-": it is
// inside 05-01.
var rangeSeps = []string{"..", "~", "～", "至", "到", " to ", "—", "–"}

// ParseFrequency reads a frequency as secretaries type it, in either
// language: 每月 monthly, 每学期 semester, 每学年 year, a day (05-25,
// 5月25日, 5·25, 5/25) or a range (05-01..05-31, 5月1日至5月31日,
// 05-01 to 05-31), with or without 每年 / yearly before it. Anything
// else is a *MsgError naming what was typed.
func ParseFrequency(s string) (Frequency, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Frequency{}, NewMsgError(MsgRequired)
	}
	if k, ok := ParseEnum[FreqKind](in); ok && k <= FreqYear {
		return Frequency{Kind: k}, nil
	}
	if k, ok := freqNames[strings.ToLower(in)]; ok {
		return Frequency{Kind: k}, nil
	}
	rest := in
	for _, p := range []string{"每年", "yearly", "every year", "annually", "each year"} {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			rest = strings.TrimSpace(rest[len(p):])
			break
		}
	}
	for _, sep := range rangeSeps {
		if i := strings.Index(strings.ToLower(rest), sep); i > 0 {
			from, ok1 := parseMonthDay(rest[:i])
			to, ok2 := parseMonthDay(rest[i+len(sep):])
			if !ok1 || !ok2 {
				return Frequency{}, NewMsgError(MsgBadFrequency, in)
			}
			if from == to {
				return Frequency{Kind: FreqDate, From: from}, nil
			}
			f := Frequency{Kind: FreqRange, From: from, To: to}
			if err := f.check(); err != nil {
				return Frequency{}, err
			}
			return f, nil
		}
	}
	if md, ok := parseMonthDay(rest); ok {
		return Frequency{Kind: FreqDate, From: md}, nil
	}
	return Frequency{}, NewMsgError(MsgBadFrequency, in)
}

// parseMonthDay reads a day without a year (a year typed with it is
// ignored): the forms ParseDate reads, and 5·25.
func parseMonthDay(s string) (MonthDay, bool) {
	s = strings.NewReplacer("·", "-", "•", "-", "．", "-").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	// A leap year, so 02-29 is a day; ParseDate's own words (今天, +7)
	// are not month-days.
	if c := s[0]; c == '+' || c == '-' || !(c >= '0' && c <= '9' || c >= 0x80) {
		return 0, false
	}
	d, err := ParseDate(s, NewDate(2028, time.January, 1))
	if err != nil || d.IsZero() {
		return 0, false
	}
	switch strings.TrimSpace(s) {
	case "今天", "今日", "明天", "明日", "昨天", "昨日":
		return 0, false
	}
	_, m, day := d.Parts()
	return NewMonthDay(m, day), true
}

// Period is one stretch of days an obligation must be met in: a month,
// a semester, a school year, or its fixed day or range in one year.
// Records dated From to To (both included) count.
type Period struct {
	From, To Date
	// Day is the fixed day itself (FreqDate). From and To are wider when
	// it falls on a weekend: the Friday before to the Monday after, the
	// school days a school marks the day on.
	Day Date
}

// Contains reports whether d falls in the period.
func (p Period) Contains(d Date) bool { return !d.IsZero() && d >= p.From && d <= p.To }

// Periods are the frequency's periods in the school year that starts in
// September of year, in date order. Monthly work is due in the ten
// school months, September to June: July and August are the summer
// holiday (月度实践活动 7/10 months).
func (f Frequency) Periods(year int) []Period {
	sy := NewDate(year, time.September, 1)
	switch f.Kind {
	case FreqMonthly:
		out := make([]Period, 0, 10)
		for i := 0; i < 10; i++ {
			from := sy.AddMonths(i)
			out = append(out, Period{From: from, To: from.AddMonths(1) - 1})
		}
		return out
	case FreqSemester:
		feb := NewDate(year+1, time.February, 1)
		return []Period{{From: sy, To: feb - 1}, {From: feb, To: NewDate(year+1, time.September, 1) - 1}}
	case FreqYear:
		return []Period{{From: sy, To: NewDate(year+1, time.September, 1) - 1}}
	case FreqDate:
		d := f.From.InSchoolYear(year)
		p := Period{From: d, To: d, Day: d}
		switch d.Weekday() {
		case time.Saturday:
			p.From, p.To = d-1, d+2
		case time.Sunday:
			p.From, p.To = d-2, d+1
		}
		return []Period{p}
	case FreqRange:
		return []Period{{From: f.From.InSchoolYear(year), To: f.To.InSchoolYear(year)}}
	}
	return nil
}

// SchoolYearOf is the first calendar year of the school year containing
// d: 2026 for any day from 2026-09-01 to 2027-08-31.
func SchoolYearOf(d Date) int {
	y := d.Year()
	if d.Month() < time.September {
		y--
	}
	return y
}

// SchoolYearSpan is the school year that starts in September of year:
// 1 September to 31 August.
func SchoolYearSpan(year int) Period {
	return Period{From: NewDate(year, time.September, 1), To: NewDate(year+1, time.September, 1) - 1}
}

// SemesterSpan is the semester containing d: 1 September – 31 January
// or 1 February – 31 August.
func SemesterSpan(d Date) Period {
	y := SchoolYearOf(d)
	feb := NewDate(y+1, time.February, 1)
	if d < feb {
		return Period{From: NewDate(y, time.September, 1), To: feb - 1}
	}
	return Period{From: feb, To: NewDate(y+1, time.September, 1) - 1}
}
