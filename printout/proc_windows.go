//go:build windows

package printout

import (
	"os/exec"
	"time"
)

// killGroup bounds the wait for a cancelled command's output pipes; on
// Windows the browser's helpers exit with it.
func killGroup(cmd *exec.Cmd) {
	cmd.WaitDelay = 5 * time.Second
}
