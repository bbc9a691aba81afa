// Command ansi2svg turns a terminal capture with colours (tmux
// capture-pane -e) into an SVG picture for the README; see
// scripts/screenshots.sh.
package main

import (
	"fmt"
	"io"
	"os"

	"secretary/internal/ansisvg"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ansi2svg:", err)
		os.Exit(1)
	}
	fmt.Print(ansisvg.SVG(ansisvg.Parse(string(in)), ansisvg.DefaultOptions()))
}
