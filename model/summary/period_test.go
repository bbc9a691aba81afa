package summary_test

import (
	"errors"
	"testing"

	"secretary/model"
	"secretary/model/summary"
)

func day(s string) model.Date {
	var d model.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return d
}

func TestSemesterEdges(t *testing.T) {
	t.Parallel()
	cases := []struct{ today, from, to, zh, en string }{
		{"2026-09-01", "2026-09-01", "2027-01-31", "2026—2027学年第一学期", "Autumn semester 2026–27"},
		{"2026-11-20", "2026-09-01", "2027-01-31", "2026—2027学年第一学期", "Autumn semester 2026–27"},
		{"2026-12-31", "2026-09-01", "2027-01-31", "2026—2027学年第一学期", "Autumn semester 2026–27"},
		{"2027-01-01", "2026-09-01", "2027-01-31", "2026—2027学年第一学期", "Autumn semester 2026–27"},
		{"2027-01-31", "2026-09-01", "2027-01-31", "2026—2027学年第一学期", "Autumn semester 2026–27"},
		{"2027-02-01", "2027-02-01", "2027-08-31", "2026—2027学年第二学期", "Spring semester 2026–27"},
		{"2027-08-31", "2027-02-01", "2027-08-31", "2026—2027学年第二学期", "Spring semester 2026–27"},
		{"2028-02-29", "2028-02-01", "2028-08-31", "2027—2028学年第二学期", "Spring semester 2027–28"},
		{"2099-12-31", "2099-09-01", "2100-01-31", "2099—2100学年第一学期", "Autumn semester 2099–00"},
	}
	for _, c := range cases {
		p := summary.Semester(day(c.today))
		if p.From != day(c.from) || p.To != day(c.to) || p.Kind != summary.PeriodSemester {
			t.Errorf("Semester(%s) = %s..%s, want %s..%s", c.today, p.From, p.To, c.from, c.to)
		}
		if !p.Contains(day(c.today)) {
			t.Errorf("Semester(%s) does not contain its own day", c.today)
		}
		if got := p.Name(model.LangZh); got != c.zh {
			t.Errorf("Semester(%s).Name(zh) = %q, want %q", c.today, got, c.zh)
		}
		if got := p.Name(model.LangEn); got != c.en {
			t.Errorf("Semester(%s).Name(en) = %q, want %q", c.today, got, c.en)
		}
	}
}

func TestSemestersTileTheYears(t *testing.T) {
	t.Parallel()
	// Walking forward and back semester by semester covers every day of
	// ten years exactly once: no gaps, no overlaps, leap days included.
	p := summary.Semester(day("2024-09-01"))
	for i := 0; i < 20; i++ {
		next := p.Next()
		if next.From != p.To+1 {
			t.Fatalf("after %s..%s comes %s..%s: not adjacent", p.From, p.To, next.From, next.To)
		}
		if back := next.Prev(); back != p {
			t.Fatalf("Prev(Next(%v)) = %v", p, back)
		}
		if next.Days() < 150 || next.Days() > 213 {
			t.Fatalf("semester %s..%s has %d days", next.From, next.To, next.Days())
		}
		p = next
	}
	if p.From != day("2034-09-01") {
		t.Fatalf("twenty semesters after 2024-09 start on %s", p.From)
	}
}

func TestMonthAndLeapYears(t *testing.T) {
	t.Parallel()
	cases := []struct{ today, from, to string }{
		{"2028-02-10", "2028-02-01", "2028-02-29"}, // leap
		{"2027-02-28", "2027-02-01", "2027-02-28"},
		{"2100-02-15", "2100-02-01", "2100-02-28"}, // not leap: divisible by 100
		{"2000-02-15", "2000-02-01", "2000-02-29"}, // leap: divisible by 400
		{"2026-12-31", "2026-12-01", "2026-12-31"},
		{"2026-01-01", "2026-01-01", "2026-01-31"},
	}
	for _, c := range cases {
		p := summary.Month(day(c.today))
		if p.From != day(c.from) || p.To != day(c.to) {
			t.Errorf("Month(%s) = %s..%s, want %s..%s", c.today, p.From, p.To, c.from, c.to)
		}
	}
	// Stepping months across a year end and a leap February.
	p := summary.Month(day("2027-12-05"))
	want := []string{"2028-01-01..2028-01-31", "2028-02-01..2028-02-29", "2028-03-01..2028-03-31"}
	for _, w := range want {
		p = p.Next()
		if got := p.From.String() + ".." + p.To.String(); got != w {
			t.Fatalf("next month = %s, want %s", got, w)
		}
	}
	if got := p.Name(model.LangZh); got != "2028年3月" {
		t.Errorf("Name(zh) = %q", got)
	}
	if got := p.Name(model.LangEn); got != "March 2028" {
		t.Errorf("Name(en) = %q", got)
	}
}

func TestSchoolYear(t *testing.T) {
	t.Parallel()
	for today, want := range map[string]string{
		"2026-09-01": "2026-09-01..2027-08-31",
		"2027-08-31": "2026-09-01..2027-08-31",
		"2028-02-29": "2027-09-01..2028-08-31",
		"2026-08-31": "2025-09-01..2026-08-31",
	} {
		p := summary.SchoolYear(day(today))
		if got := p.From.String() + ".." + p.To.String(); got != want {
			t.Errorf("SchoolYear(%s) = %s, want %s", today, got, want)
		}
	}
	p := summary.SchoolYear(day("2027-11-20"))
	if p.Days() != 366 { // includes 29 Feb 2028
		t.Errorf("school year 2027–28 has %d days, want 366", p.Days())
	}
	if p.Prev().Days() != 365 || p.Prev().Name(model.LangZh) != "2026—2027学年" || p.Name(model.LangEn) != "School year 2027–28" {
		t.Errorf("prev = %v %q", p.Prev(), p.Prev().Name(model.LangZh))
	}
}

func TestSinceLastAndBetween(t *testing.T) {
	t.Parallel()
	today := day("2026-11-20")
	if _, err := summary.SinceLast(model.NoDate, today); msgKey(err) != summary.MsgNoLastSummary {
		t.Errorf("no last summary: %v", err)
	}
	if _, err := summary.SinceLast(today+1, today); msgKey(err) != summary.MsgLastInFuture {
		t.Errorf("last summary tomorrow: %v", err)
	}
	p, err := summary.SinceLast(day("2026-10-15"), today)
	if err != nil || p.From != day("2026-10-15") || p.To != today || p.Kind != summary.PeriodSinceLast {
		t.Errorf("since 10-15: %v %v", p, err)
	}
	// The day of the last summary is in both periods, so nothing recorded
	// that afternoon falls between two summaries.
	if !p.Contains(day("2026-10-15")) {
		t.Error("the last summary's day is left out")
	}
	// A custom period moves by its own length.
	if n := p.Next(); n.Kind != summary.PeriodCustom || n.From != today+1 || n.Days() != p.Days() {
		t.Errorf("next of since-last = %v", n)
	}
	if _, err := summary.Between(day("2026-11-02"), day("2026-11-01")); msgKey(err) != summary.MsgBadRange {
		t.Errorf("reversed range: %v", err)
	}
	one, err := summary.Between(today, today)
	if err != nil || one.Days() != 1 || one.Title(model.LangZh) != "2026-11-20 至 2026-11-20" {
		t.Errorf("one-day period: %v %q %v", one, one.Title(model.LangZh), err)
	}
	if _, err := summary.Preset(summary.PeriodCustom, today, 0); msgKey(err) != summary.MsgBadPeriod {
		t.Errorf("custom is not a preset: %v", err)
	}
}

func TestParsePeriodKind(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]summary.PeriodKind{
		"semester": summary.PeriodSemester, "本学期": summary.PeriodSemester, "MONTH": summary.PeriodMonth,
		"year": summary.PeriodYear, "since-last": summary.PeriodSinceLast, "since_last": summary.PeriodSinceLast,
		" 本学年 ": summary.PeriodYear,
	} {
		if got, ok := summary.ParsePeriodKind(in); !ok || got != want {
			t.Errorf("ParsePeriodKind(%q) = %v %v", in, got, ok)
		}
	}
	for _, bad := range []string{"", "week", "custom", "学期"} {
		if _, ok := summary.ParsePeriodKind(bad); ok {
			t.Errorf("ParsePeriodKind(%q) accepted", bad)
		}
	}
	if len(summary.Presets()) != 4 {
		t.Error("four presets")
	}
}

func msgKey(err error) string {
	var m *model.MsgError
	if errors.As(err, &m) {
		return string(m.Msg.Key)
	}
	return ""
}

// The period is named once: "自上次汇报以来" heads its own dates, not
// "自上次汇报以来：自上次汇报以来（…）".
func TestPeriodHeadingSaysTheNameOnce(t *testing.T) {
	t.Parallel()
	today := model.NewDate(2026, 12, 1)
	since, err := summary.Preset(summary.PeriodSinceLast, today, model.NewDate(2026, 10, 9))
	if err != nil {
		t.Fatal(err)
	}
	if got := since.Heading(summary.PeriodSinceLast, model.LangZh); got != "自上次汇报以来（2026-10-09 至 2026-12-01）" {
		t.Errorf("since last: %q", got)
	}
	sem, _ := summary.Preset(summary.PeriodSemester, today, 0)
	if got := sem.Heading(summary.PeriodSemester, model.LangZh); got != "本学期：2026—2027学年第一学期（2026-09-01 至 2027-01-31）" {
		t.Errorf("semester: %q", got)
	}
}
