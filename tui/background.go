package tui

import (
	"strconv"
	"strings"
	"time"
)

// backgroundWait bounds the question "what is your background colour?":
// a terminal that answers does so in a few milliseconds; one that never
// does (a serial console, some Windows and remote terminals) must not
// hold the first frame (termenv waits 5 seconds).
const backgroundWait = 200 * time.Millisecond

// darkByDefault is the guess when the terminal does not say: most
// terminals a school laptop opens are dark, and the theme's colours are
// adaptive pairs that read on either.
const darkByDefault = true

// darkFromColorFGBG reads the COLORFGBG variable some terminals set
// ("15;0": light text on black): ok is false when it does not say.
func darkFromColorFGBG(v string) (dark, ok bool) {
	parts := strings.Split(v, ";")
	if len(parts) < 2 {
		return false, false
	}
	bg, err := strconv.Atoi(parts[len(parts)-1])
	if err != nil {
		return false, false
	}
	// The 16 ANSI colours: 0–6 and 8 are dark; 7 and 9–15 light.
	return bg <= 6 || bg == 8, true
}

// darkFromOSC11 reads a terminal's answer to OSC 11
// ("\x1b]11;rgb:1e1e/1e1e/1e1e\x07"): ok is false when it is not one.
func darkFromOSC11(resp string) (dark, ok bool) {
	i := strings.Index(resp, "rgb:")
	if i < 0 {
		return false, false
	}
	s := resp[i+4:]
	if j := strings.IndexAny(s, "\x07\x1b"); j >= 0 {
		s = s[:j]
	}
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return false, false
	}
	var rgb [3]float64
	for k, p := range parts {
		n, err := strconv.ParseUint(p, 16, 64)
		if err != nil || len(p) == 0 || len(p) > 4 {
			return false, false
		}
		rgb[k] = float64(n) / float64(uint64(1)<<(4*len(p))-1)
	}
	// Relative luminance, as HSL lightness is close enough here.
	l := (max(rgb[0], rgb[1], rgb[2]) + min(rgb[0], rgb[1], rgb[2])) / 2
	return l < 0.5, true
}
