package model

import (
	"fmt"
	"time"
)

// Date is a civil date — a day on the school calendar, not an instant in
// some time zone. Deadlines and activity days are dates: a task due on
// 2026-12-01 is due that day wherever the laptop's clock is set.
//
// The value counts days since 1969-12-31, so Date(1) is 1970-01-01 and the
// zero value means "no date" — convenient for optional fields.
type Date int32

// NoDate is the zero Date: the field is empty.
const NoDate Date = 0

// Earliest and latest years a ledger accepts. Outside them a typed year is
// almost certainly a slip (2206 or 2062 for 2026 is caught only partly,
// but 2206, 1026 and 3026 are), so it is refused. A school's plans look a
// few years ahead; 2099 leaves room for any of them.
const (
	MinYear = 1970
	MaxYear = 2099
)

// NewDate builds a Date from a year, month and day. It does not validate:
// out-of-range parts roll over as time.Date does. Use ValidDate to check.
func NewDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix()/86400) + 1
}

// DateOf is the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ValidDate reports whether year-month-day names a real day in the range
// the ledger accepts.
func ValidDate(year int, month time.Month, day int) bool {
	if year < MinYear || year > MaxYear || month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= DaysIn(year, month)
}

// DaysIn is the number of days in the month.
func DaysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether the date is empty.
func (d Date) IsZero() bool { return d == NoDate }

// Time is midnight UTC of the date; use it only for calendar arithmetic.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-1)*86400, 0).UTC()
}

// Parts returns the year, month and day.
func (d Date) Parts() (int, time.Month, int) { return d.Time().Date() }

// Year is the date's year.
func (d Date) Year() int { y, _, _ := d.Parts(); return y }

// Month is the date's month.
func (d Date) Month() time.Month { _, m, _ := d.Parts(); return m }

// Day is the date's day of the month.
func (d Date) Day() int { _, _, dd := d.Parts(); return dd }

// Weekday is the day of the week.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays moves the date by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddMonths moves the date by n months, clamping the day to the month's
// length (31 Jan + 1 month = 28 or 29 Feb).
func (d Date) AddMonths(n int) Date {
	y, m, dd := d.Parts()
	total := int(m) - 1 + n
	y += total / 12
	mm := total % 12
	if mm < 0 {
		mm += 12
		y--
	}
	month := time.Month(mm + 1)
	if max := DaysIn(y, month); dd > max {
		dd = max
	}
	return NewDate(y, month, dd)
}

// Before reports whether d is earlier than o.
func (d Date) Before(o Date) bool { return d < o }

// After reports whether d is later than o.
func (d Date) After(o Date) bool { return d > o }

// DaysUntil is the number of days from d to o (negative when o is earlier).
func (d Date) DaysUntil(o Date) int { return int(o - d) }

// String is the ISO form, 2026-12-01, or "" for no date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Parts()
	// By hand rather than fmt.Sprintf: tables format tens of thousands of
	// dates when a large ledger opens, and Sprintf was a tenth of that.
	b := [10]byte{
		byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-',
		byte('0' + dd/10), byte('0' + dd%10),
	}
	return string(b[:])
}

// Short is the month and day, 12-01, for narrow table columns.
func (d Date) Short() string {
	if d.IsZero() {
		return ""
	}
	_, m, dd := d.Parts()
	return fmt.Sprintf("%02d-%02d", int(m), dd)
}

// MarshalText writes the ISO form so dates read well in JSON and manifests.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the ISO form written by MarshalText.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = NoDate
		return nil
	}
	t, err := time.Parse("2006-01-02", string(b))
	if err != nil {
		return fmt.Errorf("date %q: %w", b, err)
	}
	*d = DateOf(t)
	return nil
}

// Clock tells the program what day and time it is. It is injected
// everywhere "today" matters so tests can pin it.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real wall clock in the local time zone.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always reports the same instant; for tests and reproducible
// printouts.
type FixedClock struct{ T time.Time }

// Now returns the fixed instant.
func (c FixedClock) Now() time.Time { return c.T }

// Today is the civil date of the clock's now, in its own location.
func Today(c Clock) Date { return DateOf(c.Now()) }
