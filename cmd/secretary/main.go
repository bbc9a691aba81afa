// Command secretary keeps a mental health education leadership group's
// work ledger (心理健康教育工作台账) in one file, offline.
package main

import (
	"os"
	"runtime"
	"time"
)

// version and commit are stamped at link time by `make release`
// (-ldflags "-X main.version=… -X main.commit=…"); they are never written
// at run time.
var (
	version = "dev"
	commit  = ""
)

func main() {
	started := time.Now()
	exe, _ := os.Executable()
	home, _ := os.UserHomeDir()
	config, _ := os.UserConfigDir()
	code := run(os.Args[1:], system{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, exe: exe, home: home, configDir: config, goos: runtime.GOOS,
		root: runtime.GOOS != "windows" && os.Geteuid() == 0, started: started,
	})
	os.Exit(code)
}
