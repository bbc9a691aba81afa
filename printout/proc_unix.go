//go:build !windows

package printout

import (
	"os/exec"
	"syscall"
	"time"
)

// killGroup makes a cancelled command take its children with it: a
// browser starts helper processes that would outlive a killed parent.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
}
