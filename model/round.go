package model

import (
	"math"
	"strconv"
	"strings"
)

// ScoreDecimals is how many decimals every average is shown with: an
// assessment's score out of 100 and a satisfaction out of 5 alike, in
// every table of every printout, on screen and in the workbook.
const ScoreDecimals = 1

// FormatFixed is x rounded half-up (四舍五入) at the given number of
// decimals and written with exactly that many: 76.25 → "76.3", 4 → "4.0".
// It is the one rounding rule of every output — the screen, text,
// Markdown, HTML/PDF, the workbook and CSV — so a figure reads the same
// wherever it is printed. fmt's %.1f rounds the binary value half to even
// (76.25 → "76.2") and a spreadsheet's 0.0 format rounds half-up (76.3):
// the two disagreed before this rule.
//
// The value is first written with a few more decimals than shown, so a
// binary approximation of a decimal tie (2.675 is stored as
// 2.67499999…) still counts as the tie it was meant to be.
func FormatFixed(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "-"
	}
	decimals = max(0, min(decimals, 6))
	neg := x < 0
	s := strconv.FormatFloat(math.Abs(x), 'f', decimals+6, 64)
	dot := strings.IndexByte(s, '.')
	digits := []byte(s[:dot] + s[dot+1:dot+1+decimals])
	if s[dot+1+decimals] >= '5' {
		i := len(digits) - 1
		for ; i >= 0 && digits[i] == '9'; i-- {
			digits[i] = '0'
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		} else {
			digits[i]++
		}
	}
	whole := string(digits[:len(digits)-decimals])
	out := whole
	if decimals > 0 {
		out += "." + string(digits[len(digits)-decimals:])
	}
	if neg && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}

// Round is x rounded half-up at the decimals, as FormatFixed writes it:
// the number a workbook cell holds, so its own format shows the same
// digits.
func Round(x float64, decimals int) float64 {
	f, err := strconv.ParseFloat(FormatFixed(x, decimals), 64)
	if err != nil {
		return x
	}
	return f
}

// Percent is part/whole as a whole percentage, rounded half-up: 1/6 is
// 17%, not the 16% integer division gives. A zero whole is 0%.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	if part < 0 {
		return -Percent(-part, whole)
	}
	return int((int64(part)*200 + int64(whole)) / (int64(whole) * 2))
}

// ScoreText is an average as every output shows it: ScoreDecimals
// decimals, rounded half-up.
func ScoreText(x float64) string { return FormatFixed(x, ScoreDecimals) }
