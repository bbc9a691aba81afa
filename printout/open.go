package printout

import (
	"os/exec"
	"path/filepath"

	"secretary/model"
)

// MsgNoOpener is a machine with no program to show a file with; args:
// the file.
const MsgNoOpener = "print.no_opener"

// Open shows a written file in the program the machine uses for it (a
// PDF viewer, the browser): xdg-open on Linux and the BSDs, open on
// macOS, the shell's file handler on Windows. It does not wait for the
// program, which outlives the command.
func Open(env Env, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	var name string
	var args []string
	switch env.goos() {
	case "windows":
		name, args = "rundll32.exe", []string{"url.dll,FileProtocolHandler", abs}
	case "darwin":
		name, args = env.lookPath("open"), []string{abs}
	default:
		name, args = env.lookPath("xdg-open"), []string{abs}
	}
	if name == "" {
		return model.NewMsgError(MsgNoOpener, path)
	}
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return model.NewMsgError(MsgPrintError, filepath.Base(name), err.Error()).Wrap(err)
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
