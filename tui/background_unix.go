//go:build !windows

package tui

import (
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// askBackground asks the terminal on in/out for its background colour
// (OSC 11, then a cursor position report that every terminal answers, so
// one that ignores OSC 11 is known at once) and waits at most wait for
// the answers. ok is false when it did not say in time, or in/out is not
// a terminal.
func askBackground(in, out *os.File, wait time.Duration) (dark, ok bool) {
	fd := int(in.Fd())
	if !term.IsTerminal(fd) || !term.IsTerminal(int(out.Fd())) {
		return false, false
	}
	old, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, old)
	if _, err := out.WriteString("\x1b]11;?\x1b\\\x1b[6n"); err != nil {
		return false, false
	}
	deadline := time.Now().Add(wait)
	var got strings.Builder
	buf := make([]byte, 256)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return false, false
		}
		var set unix.FdSet
		set.Set(fd)
		tv := unix.NsecToTimeval(left.Nanoseconds())
		n, err := unix.Select(fd+1, &set, nil, nil, &tv)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return false, false
		}
		r, err := unix.Read(fd, buf)
		if err != nil || r <= 0 {
			return false, false
		}
		got.Write(buf[:r])
		s := got.String()
		// The cursor report ends in R and comes after any OSC answer.
		if i := strings.Index(s, "\x1b["); i >= 0 && strings.Contains(s[i:], "R") {
			return darkFromOSC11(s)
		}
	}
}
