package model

import (
	"math"
	"testing"
)

func TestParseMoneyAcceptsWhatSecretariesType(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Money
	}{
		{"", 0},
		{"  ", 0},
		{"0", 0},
		{"12000", Yuan(12000)},
		{"12,000", Yuan(12000)},
		{"12，000", Yuan(12000)},
		{"12000.5", 1200050},
		{"12,000.50", 1200050},
		{"12000.05", 1200005},
		{"0.5", 50},
		{".5", 50},
		{"5.", 500},
		{"¥12000", Yuan(12000)},
		{"￥12,000", Yuan(12000)},
		{"12000元", Yuan(12000)},
		{" 12000 元 ", Yuan(12000)},
		{"RMB 300", Yuan(300)},
		{"300cny", Yuan(300)},
		{"１２０００", Yuan(12000)},
		{"１２０００．５", 1200050},
		{"1.2万", Yuan(12000)},
		{"1.23万", Yuan(12300)},
		{"30万", Yuan(300000)},
		{"0.0001万", Yuan(1)},
		{"1.23456万", 1234560},
		{"100000000000", MaxMoney},
		{"10000000万", MaxMoney},
	} {
		got, err := ParseMoney(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
}

func TestParseMoneyRefusals(t *testing.T) {
	for _, tc := range []struct {
		in, key string
	}{
		{"-5", MsgMoneyNegative},
		{"-1.2万", MsgMoneyNegative},
		{"－300", MsgMoneyNegative},
		{"abc", MsgMoneyGarbage},
		{".", MsgMoneyGarbage},
		{"元", MsgMoneyGarbage},
		{"¥", MsgMoneyGarbage},
		{"万", MsgMoneyGarbage},
		{".万", MsgMoneyGarbage},
		{"12.345", MsgMoneyGarbage},
		{"1.2.3", MsgMoneyGarbage},
		{"12e3", MsgMoneyGarbage},
		{"+5", MsgMoneyGarbage},
		{"一万", MsgMoneyGarbage},
		{"10万元整", MsgMoneyGarbage},
		{"99999999999999", MsgMoneyGarbage},
		{"100000000000.01", MsgMoneyGarbage},
		{"10000000.01万", MsgMoneyGarbage},
		{"9999999999999万", MsgMoneyGarbage},
		{"NaN万", MsgMoneyGarbage},
		{"Inf万", MsgMoneyGarbage},
		{"1.1234567万", MsgMoneyGarbage},
	} {
		got, err := ParseMoney(tc.in)
		if got != 0 {
			t.Errorf("ParseMoney(%q) returned %d with its error", tc.in, got)
		}
		assertMsg(t, "ParseMoney("+tc.in+")", err, tc.key)
		if m, _ := AsUserMsg(err); len(m.Args) != 1 {
			t.Errorf("ParseMoney(%q): args %v, want the input", tc.in, m.Args)
		}
	}
}

func TestMoneyFormats(t *testing.T) {
	for _, tc := range []struct {
		m            Money
		str, plain   string
		float64Value float64
	}{
		{0, "0", "0", 0},
		{5, "0.05", "0.05", 0.05},
		{50, "0.50", "0.50", 0.5},
		{100, "1", "1", 1},
		{Yuan(999), "999", "999", 999},
		{Yuan(1000), "1,000", "1000", 1000},
		{1200050, "12,000.50", "12000.50", 12000.5},
		{Yuan(1234567), "1,234,567", "1234567", 1234567},
		{-50, "-0.50", "-0.50", -0.5},
		{-150, "-1.50", "-1.50", -1.5},
		{-Yuan(1000), "-1,000", "-1000", -1000},
	} {
		if got := tc.m.String(); got != tc.str {
			t.Errorf("Money(%d).String() = %q, want %q", tc.m, got, tc.str)
		}
		if got := tc.m.Plain(); got != tc.plain {
			t.Errorf("Money(%d).Plain() = %q, want %q", tc.m, got, tc.plain)
		}
		if got := tc.m.Float(); math.Abs(got-tc.float64Value) > 1e-9 {
			t.Errorf("Money(%d).Float() = %v", tc.m, got)
		}
		// What Plain writes, ParseMoney reads back (for amounts that can
		// be typed: never negative).
		if tc.m >= 0 {
			if back, err := ParseMoney(tc.m.Plain()); err != nil || back != tc.m {
				t.Errorf("ParseMoney(%q) = %d, %v; want %d", tc.m.Plain(), back, err, tc.m)
			}
			if back, err := ParseMoney(tc.m.String()); err != nil || back != tc.m {
				t.Errorf("ParseMoney(%q) = %d, %v; want %d", tc.m.String(), back, err, tc.m)
			}
		}
	}
}
