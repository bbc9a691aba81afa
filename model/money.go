package model

import (
	"strconv"
	"strings"
)

// Money is an amount in fen (分, hundredths of a yuan). Integers keep
// budget sums exact; floats would drift by a fen here and there.
type Money int64

// Yuan builds an amount from whole yuan.
func Yuan(y int64) Money { return Money(y * 100) }

// Message keys of money parsing.
const (
	MsgMoneyGarbage  = "money.garbage"  // args: input
	MsgMoneyNegative = "money.negative" // args: input
)

// ParseMoney reads an amount as typed: 12000, 12,000, 12000.5, ¥12000,
// 12000元, 1.2万 (ten thousands). Empty is zero. Negative amounts are
// refused: budgets and spends are never negative.
func ParseMoney(input string) (Money, error) {
	s := strings.TrimSpace(normalizeDateInput(input))
	s = strings.NewReplacer(",", "", "，", "", "¥", "", "￥", "", "元", "", "rmb", "", "cny", "").Replace(s)
	if s == "" {
		return 0, nil
	}
	scale := 1.0
	if strings.HasSuffix(s, "万") {
		scale, s = 10000, strings.TrimSuffix(s, "万")
	}
	if strings.HasPrefix(s, "-") {
		return 0, NewMsgError(MsgMoneyNegative, strings.TrimSpace(input))
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if intPart == "" && !hasFrac || !allDigits(intPart) || !allDigits(frac) || len(intPart) > 13 {
		return 0, NewMsgError(MsgMoneyGarbage, strings.TrimSpace(input))
	}
	if scale == 1 {
		if len(frac) > 2 {
			return 0, NewMsgError(MsgMoneyGarbage, strings.TrimSpace(input))
		}
		fen := int64(0)
		if intPart != "" {
			n, _ := strconv.ParseInt(intPart, 10, 64)
			fen = n * 100
		}
		if frac != "" {
			f, _ := strconv.ParseInt((frac + "0")[:2], 10, 64)
			fen += f
		}
		return Money(fen), nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || len(frac) > 6 {
		return 0, NewMsgError(MsgMoneyGarbage, strings.TrimSpace(input))
	}
	return Money(v*scale*100 + 0.5), nil
}

// String formats the amount with thousands separators and only the
// decimals it needs: 12,000 or 12,000.50. No currency sign, so it fits
// narrow columns; printouts add 元 in their headers.
func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	whole := strconv.FormatInt(int64(m/100), 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if f := m % 100; f != 0 {
		b.WriteByte('.')
		b.WriteString(strconv.FormatInt(int64(f/10), 10))
		b.WriteString(strconv.FormatInt(int64(f%10), 10))
	}
	return b.String()
}

// Plain formats without separators (12000.5): for form fields and sheets,
// where the user edits the number.
func (m Money) Plain() string {
	s := strconv.FormatInt(int64(m/100), 10)
	if f := m % 100; f != 0 {
		if f < 0 {
			f = -f
		}
		s += "." + strconv.FormatInt(int64(f/10), 10) + strconv.FormatInt(int64(f%10), 10)
	}
	return s
}

// Float is the amount in yuan, for spreadsheets and charts.
func (m Money) Float() float64 { return float64(m) / 100 }
