package model

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Message keys of date parsing. The accepted forms are listed in the
// translation of "date.forms" so every date error can show them.
const (
	MsgDateRequired = "date.required"  // empty where a date is needed
	MsgDateGarbage  = "date.garbage"   // not a form we know; args: input
	MsgDateNoDay    = "date.no_day"    // a month that lacks that day; args: input, year, month, days in month
	MsgDateBadMonth = "date.bad_month" // month outside 1–12; args: input, month
	MsgDateRange    = "date.range"     // year outside MinYear–MaxYear; args: input, year, MinYear, MaxYear
)

// ParseDate reads a date the way secretaries type it:
//
//	2026-12-01  2026/12/1  2026.12.1  2026年12月1日  20261201
//	12-01  12/1  12.1  12月1日        (this year)
//	今天 today  明天 tomorrow  昨天 yesterday
//	+7  +7d  +7天  +2w  +2周  -3     (days or weeks from today)
//
// An empty input returns NoDate and no error; callers that need a date use
// RequireDate. Errors are *MsgError with one of the date.* keys.
func ParseDate(input string, today Date) (Date, error) {
	s := normalizeDateInput(input)
	if s == "" {
		return NoDate, nil
	}
	switch s {
	case "今天", "今日", "today", "t":
		return today, nil
	case "明天", "明日", "tomorrow", "tmr":
		return today + 1, nil
	case "昨天", "昨日", "yesterday":
		return today - 1, nil
	}
	if s[0] == '+' || s[0] == '-' {
		return parseOffset(input, s, today)
	}
	if strings.ContainsAny(s, "年月日") {
		return parseChineseDate(input, s, today)
	}
	if len(s) == 8 && allDigits(s) { // 20261201
		return buildDate(input, s[0:4], s[4:6], s[6:8])
	}
	parts := splitDate(s)
	switch len(parts) {
	case 3:
		if len(parts[0]) != 4 {
			break
		}
		return buildDate(input, parts[0], parts[1], parts[2])
	case 2:
		// Month and day of this year: one or two digits each, so "2026-12"
		// (a month without its day) is not read as month 2026.
		if len(parts[0]) > 2 || len(parts[1]) > 2 {
			break
		}
		return buildDate(input, strconv.Itoa(today.Year()), parts[0], parts[1])
	}
	return NoDate, NewMsgError(MsgDateGarbage, strings.TrimSpace(input))
}

// RequireDate is ParseDate for a field that must not be empty.
func RequireDate(input string, today Date) (Date, error) {
	d, err := ParseDate(input, today)
	if err == nil && d.IsZero() {
		return NoDate, NewMsgError(MsgDateRequired)
	}
	return d, err
}

// normalizeDateInput drops spaces, lower-cases and folds full-width
// letters, digits and punctuation (typed by Chinese input methods) and
// the dashes word processors substitute to ASCII.
func normalizeDateInput(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '！' && r <= '～':
			// The full-width forms block mirrors ASCII: ２ is 2, Ｔ is T,
			// － is -, ／ is /, ． is . and ＋ is +.
			r -= '！' - '!'
		case r == '—' || r == '–' || r == '−':
			r = '-'
		case r == '。':
			r = '.'
		case unicode.IsSpace(r):
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func splitDate(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	for _, p := range parts {
		if !allDigits(p) || len(p) > 4 {
			return nil
		}
	}
	// "2026--12" or a trailing separator splits into fewer parts than
	// separators; treat it as garbage rather than guess.
	if strings.Count(s, "-")+strings.Count(s, "/")+strings.Count(s, ".") != len(parts)-1 {
		return nil
	}
	return parts
}

func parseChineseDate(input, s string, today Date) (Date, error) {
	year := strconv.Itoa(today.Year())
	rest := s
	if i := strings.Index(rest, "年"); i >= 0 {
		year, rest = rest[:i], rest[i+len("年"):]
	}
	i := strings.Index(rest, "月")
	if i < 0 {
		return NoDate, NewMsgError(MsgDateGarbage, strings.TrimSpace(input))
	}
	month, day := rest[:i], strings.TrimSuffix(strings.TrimSuffix(rest[i+len("月"):], "日"), "号")
	if !allDigits(year) || !allDigits(month) || !allDigits(day) || day == "" {
		return NoDate, NewMsgError(MsgDateGarbage, strings.TrimSpace(input))
	}
	return buildDate(input, year, month, day)
}

func parseOffset(input, s string, today Date) (Date, error) {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	body := s[1:]
	unit := 1
	switch {
	case strings.HasSuffix(body, "w"):
		unit, body = 7, strings.TrimSuffix(body, "w")
	case strings.HasSuffix(body, "周"):
		unit, body = 7, strings.TrimSuffix(body, "周")
	case strings.HasSuffix(body, "d"):
		body = strings.TrimSuffix(body, "d")
	case strings.HasSuffix(body, "天"):
		body = strings.TrimSuffix(body, "天")
	}
	n, err := strconv.Atoi(body)
	if err != nil || body == "" || !allDigits(body) || n > 36500 {
		return NoDate, NewMsgError(MsgDateGarbage, strings.TrimSpace(input))
	}
	d := today + Date(sign*n*unit)
	if y := d.Year(); y < MinYear || y > MaxYear {
		return NoDate, NewMsgError(MsgDateRange, strings.TrimSpace(input), y, MinYear, MaxYear)
	}
	return d, nil
}

func buildDate(input, ys, ms, ds string) (Date, error) {
	in := strings.TrimSpace(input)
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || len(ys) != 4 {
		return NoDate, NewMsgError(MsgDateGarbage, in)
	}
	if y < MinYear || y > MaxYear {
		return NoDate, NewMsgError(MsgDateRange, in, y, MinYear, MaxYear)
	}
	if m < 1 || m > 12 {
		return NoDate, NewMsgError(MsgDateBadMonth, in, m)
	}
	if d < 1 || d > DaysIn(y, time.Month(m)) {
		return NoDate, NewMsgError(MsgDateNoDay, in, y, m, DaysIn(y, time.Month(m)))
	}
	return NewDate(y, time.Month(m), d), nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
