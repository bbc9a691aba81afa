package model

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// today is the day every model test pins "today" to: Friday 20 November
// 2026, in the autumn semester.
var today = NewDate(2026, time.November, 20)

func d(y int, m time.Month, day int) Date { return NewDate(y, m, day) }

func TestParseDateAcceptsWhatSecretariesType(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
	}{
		// ISO and its everyday variants.
		{"2026-12-01", d(2026, 12, 1)},
		{"2026-12-1", d(2026, 12, 1)},
		{"2026/12/1", d(2026, 12, 1)},
		{"2026/12/01", d(2026, 12, 1)},
		{"2026.12.1", d(2026, 12, 1)},
		{"20261201", d(2026, 12, 1)},
		{"  2026-12-01  ", d(2026, 12, 1)},
		{"2026 - 12 - 01", d(2026, 12, 1)},
		// Chinese forms, with and without the year, 日 or 号.
		{"2026年12月1日", d(2026, 12, 1)},
		{"2026年12月1号", d(2026, 12, 1)},
		{"2026年12月1", d(2026, 12, 1)},
		{"12月1日", d(2026, 12, 1)},
		{"3月5日", d(2026, 3, 5)},
		// Month and day only: this year.
		{"12-01", d(2026, 12, 1)},
		{"12/1", d(2026, 12, 1)},
		{"12.1", d(2026, 12, 1)},
		{"1-5", d(2026, 1, 5)},
		// Full-width digits and punctuation from a Chinese input method.
		{"２０２６－１２－０１", d(2026, 12, 1)},
		{"２０２６年１２月１日", d(2026, 12, 1)},
		{"１２／１", d(2026, 12, 1)},
		{"２０２６．１２．１", d(2026, 12, 1)},
		{"2026—12—01", d(2026, 12, 1)},
		// Words.
		{"今天", today},
		{"今日", today},
		{"today", today},
		{"Today", today},
		{"TODAY", today},
		{"t", today},
		{"明天", today + 1},
		{"明日", today + 1},
		{"tomorrow", today + 1},
		{"Tomorrow", today + 1},
		{"tmr", today + 1},
		{"昨天", today - 1},
		{"yesterday", today - 1},
		// Offsets in days and weeks, forwards and back.
		{"+7", d(2026, 11, 27)},
		{"+7d", d(2026, 11, 27)},
		{"+7天", d(2026, 11, 27)},
		{"＋７", d(2026, 11, 27)},
		{"+0", today},
		{"+2w", d(2026, 12, 4)},
		{"+2W", d(2026, 12, 4)},
		{"+2周", d(2026, 12, 4)},
		{"-3", d(2026, 11, 17)},
		{"-1w", d(2026, 11, 13)},
		{"+42", d(2027, 1, 1)},
		// Leap days.
		{"2028-02-29", d(2028, 2, 29)},
		{"2000-02-29", d(2000, 2, 29)},
		// The ends of the accepted range.
		{"1970-01-01", Date(1)},
		{"2099-12-31", d(2099, 12, 31)},
	} {
		got, err := ParseDate(tc.in, today)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseDateEmptyIsNoDateButRequireDateRefuses(t *testing.T) {
	for _, in := range []string{"", "   ", "\t", "　"} {
		got, err := ParseDate(in, today)
		if err != nil || got != NoDate {
			t.Errorf("ParseDate(%q) = %v, %v; want no date and no error", in, got, err)
		}
		_, err = RequireDate(in, today)
		assertMsg(t, "RequireDate("+in+")", err, MsgDateRequired)
		if m, _ := AsUserMsg(err); len(m.Args) != 0 {
			t.Errorf("RequireDate(%q): args %v, want none", in, m.Args)
		}
	}
	if got, err := RequireDate("明天", today); err != nil || got != today+1 {
		t.Errorf("RequireDate(明天) = %v, %v", got, err)
	}
	// A bad date stays a bad date, not "required".
	_, err := RequireDate("2026-02-30", today)
	assertMsg(t, "RequireDate(2026-02-30)", err, MsgDateNoDay, "2026-02-30", 2026, 2, 28)
}

func TestParseDateRefusalsSayWhatIsWrong(t *testing.T) {
	for _, tc := range []struct {
		in   string
		key  string
		args []any
	}{
		// A day the month does not have: the message names the month's length.
		{"2026-02-30", MsgDateNoDay, []any{"2026-02-30", 2026, 2, 28}},
		{"2026-02-29", MsgDateNoDay, []any{"2026-02-29", 2026, 2, 28}},
		{"2027-02-29", MsgDateNoDay, []any{"2027-02-29", 2027, 2, 28}},
		{"2026-04-31", MsgDateNoDay, []any{"2026-04-31", 2026, 4, 30}},
		{"2026-12-00", MsgDateNoDay, []any{"2026-12-00", 2026, 12, 31}},
		{"02-30", MsgDateNoDay, []any{"02-30", 2026, 2, 28}},
		{"2026年2月30日", MsgDateNoDay, []any{"2026年2月30日", 2026, 2, 28}},
		{" 2026-02-30 ", MsgDateNoDay, []any{"2026-02-30", 2026, 2, 28}},
		// A month outside 1–12.
		{"13-01", MsgDateBadMonth, []any{"13-01", 13}},
		{"2026-13-01", MsgDateBadMonth, []any{"2026-13-01", 13}},
		{"2026-00-10", MsgDateBadMonth, []any{"2026-00-10", 0}},
		{"13月1日", MsgDateBadMonth, []any{"13月1日", 13}},
		// A year that is almost certainly a slip.
		{"2206-12-01", MsgDateRange, []any{"2206-12-01", 2206, MinYear, MaxYear}},
		{"3026-12-01", MsgDateRange, []any{"3026-12-01", 3026, MinYear, MaxYear}},
		{"1900-01-01", MsgDateRange, []any{"1900-01-01", 1900, MinYear, MaxYear}},
		{"-36500", MsgDateRange, []any{"-36500", 1926, MinYear, MaxYear}},
		{"+36500", MsgDateRange, []any{"+36500", 2126, MinYear, MaxYear}},
		// Garbage, and near misses that are not a date form we read.
		{"abc", MsgDateGarbage, []any{"abc"}},
		{"下周一", MsgDateGarbage, []any{"下周一"}},
		{"12", MsgDateGarbage, []any{"12"}},
		{"2026", MsgDateGarbage, []any{"2026"}},
		{"2026-12", MsgDateGarbage, []any{"2026-12"}},
		{"12-2026", MsgDateGarbage, []any{"12-2026"}},
		{"26-12-01", MsgDateGarbage, []any{"26-12-01"}},
		{"2026--12-01", MsgDateGarbage, []any{"2026--12-01"}},
		{"2026-12-01-", MsgDateGarbage, []any{"2026-12-01-"}},
		{"2026-12-01 10:00", MsgDateGarbage, []any{"2026-12-01 10:00"}},
		{"2026/12-01x", MsgDateGarbage, []any{"2026/12-01x"}},
		{"+", MsgDateGarbage, []any{"+"}},
		{"-", MsgDateGarbage, []any{"-"}},
		{"+w", MsgDateGarbage, []any{"+w"}},
		{"+-3", MsgDateGarbage, []any{"+-3"}},
		{"+3x", MsgDateGarbage, []any{"+3x"}},
		{"+99999999999999999999", MsgDateGarbage, []any{"+99999999999999999999"}},
		{"+36501", MsgDateGarbage, []any{"+36501"}},
		{"2026年", MsgDateGarbage, []any{"2026年"}},
		{"年月日", MsgDateGarbage, []any{"年月日"}},
		{"2026年12月", MsgDateGarbage, []any{"2026年12月"}},
		{"二〇二六年十二月一日", MsgDateGarbage, []any{"二〇二六年十二月一日"}},
		{"1.2.3.4", MsgDateGarbage, []any{"1.2.3.4"}},
		{"📅", MsgDateGarbage, []any{"📅"}},
	} {
		got, err := ParseDate(tc.in, today)
		if got != NoDate {
			t.Errorf("ParseDate(%q) returned %s with its error", tc.in, got)
		}
		assertMsg(t, "ParseDate("+tc.in+")", err, tc.key, tc.args...)
	}
}

// assertMsg checks that err is a *MsgError with the key and arguments.
func assertMsg(t *testing.T, what string, err error, key string, args ...any) {
	t.Helper()
	var me *MsgError
	if !errors.As(err, &me) {
		t.Errorf("%s: want a %s message, got %v", what, key, err)
		return
	}
	if string(me.Msg.Key) != key {
		t.Errorf("%s: key %s, want %s (%v)", what, me.Msg.Key, key, me.Msg)
		return
	}
	if args != nil && !reflect.DeepEqual(me.Msg.Args, args) {
		t.Errorf("%s: args %#v, want %#v", what, me.Msg.Args, args)
	}
	if m, ok := AsUserMsg(err); !ok || string(m.Key) != key {
		t.Errorf("%s: AsUserMsg = %v, %v", what, m, ok)
	}
}

func TestLeapYears(t *testing.T) {
	for year, days := range map[int]int{2024: 29, 2025: 28, 2026: 28, 2028: 29, 2000: 29, 2100: 28, 2400: 29, 1900: 28} {
		if got := DaysIn(year, time.February); got != days {
			t.Errorf("DaysIn(%d, Feb) = %d, want %d", year, got, days)
		}
		inRange := year >= MinYear && year <= MaxYear
		if got := ValidDate(year, time.February, 29); got != (days == 29 && inRange) {
			t.Errorf("ValidDate(%d-02-29) = %v", year, got)
		}
	}
	for _, tc := range []struct {
		y    int
		m    time.Month
		dd   int
		want bool
	}{
		{2026, 4, 30, true}, {2026, 4, 31, false}, {2026, 12, 31, true}, {2026, 0, 1, false},
		{2026, 13, 1, false}, {2026, 1, 0, false}, {1969, 12, 31, false}, {1970, 1, 1, true},
		{2099, 12, 31, true}, {2100, 1, 1, false},
	} {
		if got := ValidDate(tc.y, tc.m, tc.dd); got != tc.want {
			t.Errorf("ValidDate(%d, %d, %d) = %v, want %v", tc.y, tc.m, tc.dd, got, tc.want)
		}
	}
}

func TestAddMonthsClampsToTheMonthsLength(t *testing.T) {
	for _, tc := range []struct {
		from Date
		n    int
		want Date
	}{
		{d(2026, 1, 31), 1, d(2026, 2, 28)},
		{d(2028, 1, 31), 1, d(2028, 2, 29)},
		{d(2026, 3, 31), 1, d(2026, 4, 30)},
		{d(2026, 3, 31), -1, d(2026, 2, 28)},
		{d(2028, 2, 29), 12, d(2029, 2, 28)},
		{d(2028, 2, 29), -12, d(2027, 2, 28)},
		{d(2028, 2, 29), 48, d(2032, 2, 29)},
		{d(2026, 11, 20), 2, d(2027, 1, 20)},
		{d(2026, 1, 15), -1, d(2025, 12, 15)},
		{d(2026, 1, 15), -13, d(2024, 12, 15)},
		{d(2026, 1, 15), -12, d(2025, 1, 15)},
		{d(2026, 12, 31), 0, d(2026, 12, 31)},
		{d(2026, 8, 31), 6, d(2027, 2, 28)},
		{d(2026, 9, 1), 24, d(2028, 9, 1)},
	} {
		if got := tc.from.AddMonths(tc.n); got != tc.want {
			t.Errorf("%s.AddMonths(%d) = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestDateParts(t *testing.T) {
	x := d(2026, 12, 1)
	if x.String() != "2026-12-01" || x.Short() != "12-01" || x.Year() != 2026 || x.Month() != 12 || x.Day() != 1 || x.Weekday() != time.Tuesday {
		t.Errorf("parts of %s: %s %d %d %d %s", x, x.Short(), x.Year(), x.Month(), x.Day(), x.Weekday())
	}
	if Date(1).String() != "1970-01-01" || NoDate.String() != "" || NoDate.Short() != "" || !NoDate.IsZero() {
		t.Error("epoch or zero date renders wrongly")
	}
	if today.DaysUntil(d(2026, 12, 1)) != 11 || d(2026, 12, 1).DaysUntil(today) != -11 {
		t.Error("DaysUntil")
	}
	if !today.Before(today+1) || !today.After(today-1) || today.Before(today) {
		t.Error("Before/After")
	}
	// DateOf takes the day in the instant's own zone: 01:00 in Beijing on
	// 1 December is still 30 November in UTC.
	bj := time.FixedZone("CST", 8*3600)
	if got := DateOf(time.Date(2026, 12, 1, 1, 0, 0, 0, bj)); got != d(2026, 12, 1) {
		t.Errorf("DateOf Beijing = %s", got)
	}
	if got := Today(FixedClock{T: time.Date(2026, 12, 1, 1, 0, 0, 0, bj).UTC()}); got != d(2026, 11, 30) {
		t.Errorf("Today in UTC = %s", got)
	}
}

func TestDateTextRoundTrip(t *testing.T) {
	for _, x := range []Date{d(2026, 12, 1), d(1970, 1, 1), d(2099, 12, 31), d(2028, 2, 29), NoDate} {
		b, err := x.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := back.UnmarshalText(b); err != nil || back != x {
			t.Errorf("%q round-tripped to %s, %v", b, back, err)
		}
	}
	var bad Date
	if err := bad.UnmarshalText([]byte("2026-02-30")); err == nil {
		t.Error("UnmarshalText accepted 2026-02-30")
	}
}

// FuzzParseDate feeds the parser anything a user could type or paste. It
// must never panic, and a date it accepts must be in the accepted range
// and read back as itself from its ISO form.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-12-01", "2026/12/1", "2026.12.1", "20261201", "12-01", "12/1", "2026年12月1日", "12月1号",
		"今天", "today", "明天", "tomorrow", "+7", "+2w", "-3", "+2周", "２０２６－１２－０１", "2026-02-30",
		"13-01", "", "abc", "+", "年", "2026年", "+99999", "\xff\xfe", "１２月３１日", "−5", "9999-99-99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseDate(in, today)
		if err != nil {
			if got != NoDate {
				t.Fatalf("ParseDate(%q) returned %s with an error", in, got)
			}
			var me *MsgError
			if !errors.As(err, &me) || me.Msg.Key == "" {
				t.Fatalf("ParseDate(%q): error without a message key: %v", in, err)
			}
			return
		}
		if got == NoDate {
			return
		}
		if y := got.Year(); y < MinYear || y > MaxYear {
			t.Fatalf("ParseDate(%q) = %s, outside %d–%d", in, got, MinYear, MaxYear)
		}
		back, err := ParseDate(got.String(), today)
		if err != nil || back != got {
			t.Fatalf("ParseDate(%q) = %s, which reads back as %s, %v", in, got, back, err)
		}
	})
}
