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

// MaxMoney is the largest amount the ledger accepts: a hundred billion
// yuan is far beyond any school budget, and keeps every sum of amounts
// well inside int64.
const MaxMoney = Money(100_000_000_000 * 100)

// ParseMoney reads an amount as typed: 12000, 12,000, 12000.5, ¥12000,
// 12000元, 1.2万 (ten thousands). Empty is zero. Negative amounts are
// refused: budgets and spends are never negative. So is anything above
// MaxMoney, which is a slip of the keyboard.
func ParseMoney(input string) (Money, error) {
	in := strings.TrimSpace(input)
	garbage := NewMsgError(MsgMoneyGarbage, in)
	s := strings.TrimSpace(normalizeDateInput(input))
	s = strings.NewReplacer(",", "", "，", "", "¥", "", "￥", "", "元", "", "rmb", "", "cny", "").Replace(s)
	if s == "" {
		if in != "" {
			return 0, garbage // only a currency sign or unit: no amount
		}
		return 0, nil
	}
	scale := int64(1)
	if strings.HasSuffix(s, "万") {
		scale, s = 10000, strings.TrimSuffix(s, "万")
	}
	if strings.HasPrefix(s, "-") {
		return 0, NewMsgError(MsgMoneyNegative, in)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) || len(intPart) > 13 {
		return 0, garbage
	}
	// Fen per unit of the last fraction digit: 1 for yuan.xx, 100 for
	// 万 with up to six decimals. Integer arithmetic keeps 1.23万 exact.
	maxFrac := 2
	if scale != 1 {
		maxFrac = 6
	}
	if len(frac) > maxFrac {
		return 0, garbage
	}
	whole, _ := strconv.ParseInt("0"+intPart, 10, 64)
	fracFen := int64(0)
	if frac != "" {
		padded := frac + strings.Repeat("0", maxFrac-len(frac))
		fracFen, _ = strconv.ParseInt(padded, 10, 64)
	}
	if whole > int64(MaxMoney)/(100*scale) {
		return 0, garbage
	}
	m := Money(whole*100*scale + fracFen)
	if m > MaxMoney {
		return 0, garbage
	}
	return m, nil
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

// Plain formats without separators (12000.50): for form fields and
// sheets, where the user edits the number.
func (m Money) Plain() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	s := sign + strconv.FormatInt(int64(m/100), 10)
	if f := m % 100; f != 0 {
		s += "." + strconv.FormatInt(int64(f/10), 10) + strconv.FormatInt(int64(f%10), 10)
	}
	return s
}

// Float is the amount in yuan, for spreadsheets and charts.
func (m Money) Float() float64 { return float64(m) / 100 }
