//go:build unix

package store_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used (user and system, all
// threads): on a shared machine the wall clock also counts other
// programs' turns, so the load benchmarks report this too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
