package summary

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"secretary/internal/i18n"
	"secretary/model"
)

// PeriodKind is how a summary's period was chosen: one of the presets a
// secretary picks from, or dates typed by hand.
type PeriodKind uint8

// Period kinds, in the order the presets are offered.
const (
	PeriodSemester  PeriodKind = 1 + iota // this semester (1 Sep – 31 Jan, 1 Feb – 31 Aug)
	PeriodMonth                           // this calendar month
	PeriodYear                            // this school year (1 Sep – 31 Aug)
	PeriodSinceLast                       // since the last printed summary, to today
	PeriodCustom                          // --from/--to
)

// periodKindLabels is read-only. The codes are the --period values.
var periodKindLabels = []model.Label{{},
	{Code: "semester", Key: "print.period.semester"},
	{Code: "month", Key: "print.period.month"},
	{Code: "year", Key: "print.period.year"},
	{Code: "since-last", Key: "print.period.since_last"},
	{Code: "custom", Key: "print.period.custom"},
}

// Label is the kind's name in both languages; Code is its --period value.
func (k PeriodKind) Label() model.Label {
	if int(k) >= len(periodKindLabels) {
		return model.Label{}
	}
	return periodKindLabels[k]
}

// Presets are the kinds offered on the command line and in the Summary
// tab, in order.
func Presets() []PeriodKind {
	return []PeriodKind{PeriodSemester, PeriodMonth, PeriodYear, PeriodSinceLast}
}

// ParsePeriodKind reads a --period value (semester, month, year,
// since-last) or its Chinese or English name.
func ParsePeriodKind(s string) (PeriodKind, bool) {
	s = strings.TrimSpace(s)
	for _, k := range Presets() {
		l := k.Label()
		if l.Is(s) || (k == PeriodSinceLast && strings.EqualFold(s, "since_last")) {
			return k, true
		}
	}
	return 0, false
}

// Period is the stretch of days a summary covers, both ends included.
// "Held in the period" and "done in the period" are counted against it;
// "overdue" and "the next 30 days" are always counted from today.
type Period struct {
	Kind PeriodKind
	From model.Date
	To   model.Date
}

// Message keys of period errors; internal/i18n translates them.
const (
	MsgNoLastSummary = "summary.no_last"    // no summary was printed yet
	MsgLastInFuture  = "summary.last_ahead" // args: last summary date, today
	MsgBadRange      = "summary.bad_range"  // args: from, to
	MsgBadPeriod     = "summary.bad_period" // args: the --period value
)

// Semester is the school semester containing d. Chinese school semesters
// run 1 September – 31 January (第一学期) and 1 February – 31 August
// (第二学期); the exact first and last teaching days vary by province, but
// these bounds contain every one of them.
func Semester(d model.Date) Period {
	y, m := d.Year(), d.Month()
	switch {
	case m >= time.September:
		return Period{PeriodSemester, model.NewDate(y, time.September, 1), model.NewDate(y+1, time.January, 31)}
	case m == time.January:
		return Period{PeriodSemester, model.NewDate(y-1, time.September, 1), model.NewDate(y, time.January, 31)}
	}
	return Period{PeriodSemester, model.NewDate(y, time.February, 1), model.NewDate(y, time.August, 31)}
}

// Month is the calendar month containing d.
func Month(d model.Date) Period {
	y, m := d.Year(), d.Month()
	return Period{PeriodMonth, model.NewDate(y, m, 1), model.NewDate(y, m, model.DaysIn(y, m))}
}

// SchoolYear is the school year containing d: 1 September – 31 August.
func SchoolYear(d model.Date) Period {
	y := d.Year()
	if d.Month() < time.September {
		y--
	}
	return Period{PeriodYear, model.NewDate(y, time.September, 1), model.NewDate(y+1, time.August, 31)}
}

// SinceLast runs from the day of the last printed summary to today. The
// day itself is included: work recorded after that meeting, on the same
// day, must not fall between two summaries.
func SinceLast(last, today model.Date) (Period, error) {
	if last.IsZero() {
		return Period{}, model.NewMsgError(MsgNoLastSummary)
	}
	if last > today {
		return Period{}, model.NewMsgError(MsgLastInFuture, last.String(), today.String())
	}
	return Period{PeriodSinceLast, last, today}, nil
}

// Between is a period of typed dates, both included.
func Between(from, to model.Date) (Period, error) {
	if from.IsZero() || to.IsZero() || to < from {
		return Period{}, model.NewMsgError(MsgBadRange, from.String(), to.String())
	}
	return Period{PeriodCustom, from, to}, nil
}

// Preset is the period of a preset kind for today; last is the day of the
// last printed summary (settings), used by PeriodSinceLast.
func Preset(kind PeriodKind, today, last model.Date) (Period, error) {
	switch kind {
	case PeriodSemester:
		return Semester(today), nil
	case PeriodMonth:
		return Month(today), nil
	case PeriodYear:
		return SchoolYear(today), nil
	case PeriodSinceLast:
		return SinceLast(last, today)
	}
	return Period{}, model.NewMsgError(MsgBadPeriod, kind.Label().Code)
}

// Contains reports whether d falls in the period.
func (p Period) Contains(d model.Date) bool { return !d.IsZero() && d >= p.From && d <= p.To }

// Days is the number of days the period covers.
func (p Period) Days() int { return int(p.To-p.From) + 1 }

// Next is the period after this one, of the same kind: the next semester,
// month or school year. A since-last or custom period moves by its own
// length and becomes custom. It is what `]` does in the Summary tab.
func (p Period) Next() Period { return p.shift(1) }

// Prev is the period before this one (`[` in the Summary tab).
func (p Period) Prev() Period { return p.shift(-1) }

func (p Period) shift(dir int) Period {
	switch p.Kind {
	case PeriodSemester:
		if dir > 0 {
			return Semester(p.To + 1)
		}
		return Semester(p.From - 1)
	case PeriodMonth:
		if dir > 0 {
			return Month(p.To + 1)
		}
		return Month(p.From - 1)
	case PeriodYear:
		if dir > 0 {
			return SchoolYear(p.To + 1)
		}
		return SchoolYear(p.From - 1)
	}
	n := model.Date(p.Days() * dir)
	return Period{PeriodCustom, p.From + n, p.To + n}
}

// Name is what the period is called in a heading: "2026—2027学年第一学期",
// "2026年11月", "2026—2027学年", or its dates for other kinds.
func (p Period) Name(lang model.Lang) string {
	tr := i18n.For(lang)
	switch p.Kind {
	case PeriodSemester:
		sy := SchoolYear(p.From).From.Year()
		if p.From.Month() == time.September {
			return tr.Sprintf("print.period.autumn", sy, laterYear(lang, sy+1))
		}
		return tr.Sprintf("print.period.spring", sy, laterYear(lang, sy+1))
	case PeriodMonth:
		return tr.Sprintf("print.period.month_of", p.From.Year(), tr.Sprintf(months[p.From.Month()-1]))
	case PeriodYear:
		return tr.Sprintf("print.period.school_year", p.From.Year(), laterYear(lang, p.To.Year()))
	case PeriodSinceLast:
		return PeriodSinceLast.Label().In(lang)
	}
	return p.Range(lang)
}

// laterYear is the second year of a span of two, as a heading writes it:
// in full in Chinese (2026—2027), by its last two digits in English
// (2026–27). A number's form, not a word: the words are the catalogue's.
func laterYear(lang model.Lang, y int) string {
	if lang == model.LangEn {
		return fmt.Sprintf("%02d", y%100)
	}
	return strconv.Itoa(y)
}

// months are the months' names. Read-only.
var months = [...]i18n.Key{"print.month.1", "print.month.2", "print.month.3", "print.month.4", "print.month.5", "print.month.6",
	"print.month.7", "print.month.8", "print.month.9", "print.month.10", "print.month.11", "print.month.12"}

// Range is the period's dates: "2026-09-01 至 2027-01-31".
func (p Period) Range(lang model.Lang) string {
	return i18n.For(lang).Sprintf("print.period.range", p.From.String(), p.To.String())
}

// Heading is the period as a screen heads it, the kind of period chosen
// first — "本学期：2026—2027学年第一学期（…）" — unless the period's name
// already is the kind's ("自上次汇报以来（…）"), which is not said twice.
func (p Period) Heading(kind PeriodKind, lang model.Lang) string {
	label := kind.Label().In(lang)
	if label == "" || p.Name(lang) == label {
		return p.Title(lang)
	}
	return i18n.For(lang).Sprintf("print.colon", label, p.Title(lang))
}

// Title is the name and, where the name does not already say them, the
// dates: "2026—2027学年第一学期（2026-09-01 至 2027-01-31）".
func (p Period) Title(lang model.Lang) string {
	name, rng := p.Name(lang), p.Range(lang)
	if name == rng {
		return rng
	}
	return aside(lang, name, rng)
}
