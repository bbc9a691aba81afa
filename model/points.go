package model

import (
	"strconv"
	"strings"
)

// Points are an inspection rubric's points and a self-assessment's
// scores, in tenths of a point: rubrics give half points (2.5), and
// integers keep every total exact where floats would drift.
type Points int

// PointsOf is whole points: PointsOf(8) is 8 points.
func PointsOf(n int) Points { return Points(n * 10) }

// MaxPoints bounds one indicator's points: far above any rubric (whose
// total is usually 100), low enough that a slip of the keyboard is caught.
const MaxPoints = Points(10000 * 10)

// Message keys of points parsing.
const (
	MsgPointsGarbage  = "points.garbage"   // args: input
	MsgPointsNegative = "points.negative"  // args: input
	MsgPointsTooFine  = "points.too_fine"  // more than one decimal; args: input
	MsgPointsTooLarge = "points.too_large" // args: input, max
)

// String is the points as a rubric writes them: 8, 2.5 (never 8.0).
func (p Points) String() string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	s := strconv.Itoa(int(p / 10))
	if f := p % 10; f != 0 {
		s += "." + strconv.Itoa(int(f))
	}
	return sign + s
}

// Float is the points as a number, for spreadsheets.
func (p Points) Float() float64 { return float64(p) / 10 }

// ParsePoints reads points as typed: 8, 2.5, ８, 8分, 2.5 points. Empty is
// zero. Negative values, more than one decimal and values above
// MaxPoints are refused, each with its own message.
func ParsePoints(input string) (Points, error) {
	in := strings.TrimSpace(input)
	s := strings.TrimSpace(normalizeDateInput(input))
	for _, unit := range []string{"points", "point", "pts", "pt", "分"} {
		s = strings.TrimSuffix(s, unit)
	}
	if s == "" {
		if in != "" {
			return 0, NewMsgError(MsgPointsGarbage, in)
		}
		return 0, nil
	}
	if strings.HasPrefix(s, "-") {
		return 0, NewMsgError(MsgPointsNegative, in)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) || len(intPart) > 6 {
		return 0, NewMsgError(MsgPointsGarbage, in)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > 1 {
		return 0, NewMsgError(MsgPointsTooFine, in)
	}
	n, _ := strconv.Atoi("0" + intPart)
	p := Points(n * 10)
	if frac != "" {
		p += Points(frac[0] - '0')
	}
	if p > MaxPoints {
		return 0, NewMsgError(MsgPointsTooLarge, in, MaxPoints.String())
	}
	return p, nil
}
