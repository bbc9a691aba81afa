package model

import "testing"

func TestFormatFixedRoundsHalfUp(t *testing.T) {
	t.Parallel()
	cases := []struct {
		x    float64
		dec  int
		want string
	}{
		{76.25, 1, "76.3"}, // %.1f gives 76.2
		{76.24, 1, "76.2"},
		{4.25, 1, "4.3"},
		{4, 1, "4.0"},
		{2.675, 2, "2.68"}, // stored as 2.67499999…
		{99.95, 1, "100.0"},
		{9.5, 0, "10"},
		{0.05, 1, "0.1"},
		{-1.25, 1, "-1.3"},
		{-0.04, 1, "0.0"},
		{0, 1, "0.0"},
		{85.0 / 3, 1, "28.3"},
		{250.0 / 3, 1, "83.3"},
	}
	for _, c := range cases {
		if got := FormatFixed(c.x, c.dec); got != c.want {
			t.Errorf("FormatFixed(%v, %d) = %q, want %q", c.x, c.dec, got, c.want)
		}
	}
	if got := Round(76.25, 1); got != 76.3 {
		t.Errorf("Round(76.25, 1) = %v", got)
	}
}

func TestPercentRoundsHalfUp(t *testing.T) {
	t.Parallel()
	cases := []struct{ part, whole, want int }{
		{1, 6, 17}, // integer division gives 16
		{1, 8, 13}, // 12.5 → 13
		{1, 3, 33},
		{2, 3, 67},
		{0, 5, 0},
		{5, 5, 100},
		{3, 0, 0},
	}
	for _, c := range cases {
		if got := Percent(c.part, c.whole); got != c.want {
			t.Errorf("Percent(%d, %d) = %d, want %d", c.part, c.whole, got, c.want)
		}
	}
}

func TestProgressPercentRoundsHalfUp(t *testing.T) {
	t.Parallel()
	if got := (Progress{Done: 1, Total: 6}).Percent(); got != 17 {
		t.Fatalf("1 of 6 tasks done is %d%%, want 17%%", got)
	}
}
