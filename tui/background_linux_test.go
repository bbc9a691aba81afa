package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY makes a pseudo-terminal: the program's side (slave) and the
// terminal's side (master), where a test answers or stays silent.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// answer plays the terminal: once the program asks for the cursor
// position, it writes reply.
func answer(master *os.File, reply string) {
	go func() {
		var got strings.Builder
		buf := make([]byte, 64)
		for !strings.Contains(got.String(), "\x1b[6n") {
			n, err := master.Read(buf)
			if err != nil {
				return
			}
			got.Write(buf[:n])
		}
		master.WriteString(reply)
	}()
}

// TestBackgroundQueryIsBounded: a terminal that never answers holds the
// start for no more than backgroundWait (termenv waited 5 s), and the
// program goes on with the default.
func TestBackgroundQueryIsBounded(t *testing.T) {
	t.Parallel()
	_, slave := openPTY(t)
	start := time.Now()
	_, ok := askBackground(slave, slave, backgroundWait)
	if took := time.Since(start); ok || took > backgroundWait+150*time.Millisecond {
		t.Fatalf("silent terminal: ok %v after %v", ok, took)
	}
	if dark := background("", func() (bool, bool) { return askBackground(slave, slave, backgroundWait) }); dark != darkByDefault {
		t.Errorf("default background %v", dark)
	}
}

// TestBackgroundQueryReadsTheAnswer: a terminal that answers is
// believed; one that answers only the cursor report is known at once.
func TestBackgroundQueryReadsTheAnswer(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		reply    string
		dark, ok bool
	}{
		{"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[12;1R", false, true},
		{"\x1b]11;rgb:1e1e/1e1e/1e1e\x07\x1b[12;1R", true, true},
		{"\x1b[12;1R", false, false},
	} {
		master, slave := openPTY(t)
		answer(master, c.reply)
		start := time.Now()
		dark, ok := askBackground(slave, slave, 2*time.Second)
		if dark != c.dark || ok != c.ok || time.Since(start) > time.Second {
			t.Errorf("reply %q: dark %v ok %v after %v", c.reply, dark, ok, time.Since(start))
		}
	}
}

func TestColorFGBGAndOSC11Parsing(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]bool{"15;0": true, "0;15": false, "default;default;0": true, "7;8": true, "0;7": false} {
		if dark, ok := darkFromColorFGBG(v); !ok || dark != want {
			t.Errorf("COLORFGBG=%q: %v %v", v, dark, ok)
		}
	}
	for _, v := range []string{"", "15", "a;b"} {
		if _, ok := darkFromColorFGBG(v); ok {
			t.Errorf("COLORFGBG=%q should say nothing", v)
		}
	}
	if _, ok := darkFromOSC11("\x1b]11;rgb:zz/00/00\x07"); ok {
		t.Error("a bad colour was read")
	}
	if dark, ok := darkFromOSC11("\x1b]11;rgb:f0/f0/f0\x07"); !ok || dark {
		t.Error("two-digit light colour")
	}
}
