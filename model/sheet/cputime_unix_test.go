//go:build unix

package sheet_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used (user and system, all
// threads). Benchmarks report it next to the wall time because on a
// shared machine wall time also counts other programs' turns.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
