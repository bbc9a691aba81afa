// Package e2e drives the real secretary binary: in a real terminal
// (tmux) for the full-screen program, and as a process for the command
// line. The binary is built once for the package.
package e2e

import (
	"fmt"
	"os"
	"testing"

	"secretary/internal/testenv"
)

// binary is the built program. It is set once in TestMain, before any
// test runs, and only read afterwards.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "secretary-e2e-*")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary, err = testenv.BuildSecretary(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "building secretary:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
