package sheet

import (
	"strconv"

	"secretary/model"
)

// Kind is how a column's values are written: as text, as a real number or
// as a real date, so a spreadsheet can sort, sum and filter them.
type Kind uint8

// Column kinds.
const (
	KindText  Kind = iota
	KindInt        // whole numbers: participants, percent, scores 1–5
	KindMoney      // yuan with two decimals, from model.Money
	KindFloat      // indicator scores
	KindDate       // a model.Date, written as a date cell
	// KindAverage is an average score, always with ScoreDecimals
	// decimals (74.0, 90.7) as the screen and the printouts show it.
	KindAverage
)

// Cell is one exported value. The zero Cell is empty.
type Cell struct {
	Kind  Kind
	Text  string
	Num   float64
	Date  model.Date
	Empty bool
}

func textCell(s string) Cell { return Cell{Kind: KindText, Text: s, Empty: s == ""} }

func intCell(n int) Cell { return Cell{Kind: KindInt, Num: float64(n)} }

// optIntCell leaves zero empty: "not recorded" rather than a real zero.
func optIntCell(n int) Cell {
	if n == 0 {
		return Cell{Kind: KindInt, Empty: true}
	}
	return intCell(n)
}

func moneyCell(m model.Money) Cell { return Cell{Kind: KindMoney, Num: m.Float(), Text: m.Plain()} }

func dateCell(d model.Date) Cell { return Cell{Kind: KindDate, Date: d, Empty: d.IsZero()} }

// String is the cell as CSV writes it: ISO dates, plain numbers.
func (c Cell) String() string {
	if c.Empty {
		return ""
	}
	switch c.Kind {
	case KindInt:
		return strconv.FormatInt(int64(c.Num), 10)
	case KindMoney:
		return c.Text
	case KindFloat:
		return strconv.FormatFloat(c.Num, 'f', -1, 64)
	case KindAverage:
		return model.ScoreText(c.Num)
	case KindDate:
		return isoDate(c.Date)
	}
	return c.Text
}

// isoDate is Date.String without fmt, which a 10,000-row CSV export
// calls tens of thousands of times.
func isoDate(d model.Date) string {
	y, m, dd := d.Parts()
	if y < 1000 || y > 9999 {
		return d.String()
	}
	b := []byte("0000-00-00")
	for i, v := 3, y; i >= 0; i, v = i-1, v/10 {
		b[i] = byte('0' + v%10)
	}
	b[5], b[6] = byte('0'+int(m)/10), byte('0'+int(m)%10)
	b[8], b[9] = byte('0'+dd/10), byte('0'+dd%10)
	return string(b)
}
