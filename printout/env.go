// Package printout turns a meeting summary or task slip into files and
// paper: PDF through a Chromium-family browser already on the machine
// (Edge on Windows, Chrome or Chromium elsewhere, run headless), and
// printing through lp/lpr, or on Windows through the default browser's
// print dialog. The CLI (`secretary summary`) and the Summary tab both use
// it; the rendering itself is package model/summary.
package printout

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Env is what printing takes from the machine, passed in so tests can
// point it at a fake printer or browser.
type Env struct {
	GOOS   string              // runtime.GOOS
	Getenv func(string) string // os.Getenv
	// Root reports a Unix super-user: Chromium refuses to run as root
	// with its sandbox, so it then runs with --no-sandbox.
	Root bool
}

// System is the real machine.
func System() Env {
	return Env{GOOS: runtime.GOOS, Getenv: os.Getenv, Root: runtime.GOOS != "windows" && os.Geteuid() == 0}
}

func (e Env) getenv(k string) string {
	if e.Getenv == nil {
		return os.Getenv(k)
	}
	return e.Getenv(k)
}

func (e Env) goos() string {
	if e.GOOS == "" {
		return runtime.GOOS
	}
	return e.GOOS
}

// lookPath finds a program on the env's PATH (not the process's), so a
// test can put a fake lp first on PATH without touching other tests.
//
// Only absolute entries of PATH are searched, and a name with a folder in
// it must be absolute: an entry such as "." or "bin" would run whatever
// program called lp or chromium sits in the folder the user happens to be
// in (a USB stick someone handed them), which is how a file can become a
// program that runs.
func (e Env) lookPath(name string) string {
	if strings.ContainsAny(name, `/\`) {
		if isAbsPath(name, e.goos()) && isExecutable(name, e.goos()) {
			return name
		}
		return ""
	}
	exts := []string{""}
	if e.goos() == "windows" {
		exts = strings.Split(strings.ToLower(e.getenv("PATHEXT")), ";")
		if len(exts) == 1 && exts[0] == "" {
			exts = []string{".exe", ".com", ".bat", ".cmd"}
		}
		if filepath.Ext(name) != "" {
			exts = append([]string{""}, exts...)
		}
	}
	for _, dir := range splitPath(e.getenv("PATH"), e.goos()) {
		if !isAbsPath(dir, e.goos()) {
			continue
		}
		for _, ext := range exts {
			p := filepath.Join(dir, name+ext)
			if isExecutable(p, e.goos()) {
				return p
			}
		}
	}
	return ""
}

func isExecutable(path, goos string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() {
		return false
	}
	return goos == "windows" || fi.Mode().Perm()&0o111 != 0
}

// isAbsPath is filepath.IsAbs for the env's system: a test of the Windows
// rules runs on Linux too.
func isAbsPath(p, goos string) bool {
	if goos != "windows" {
		return strings.HasPrefix(p, "/")
	}
	p = strings.ReplaceAll(p, "/", `\`)
	return strings.HasPrefix(p, `\\`) || (len(p) >= 3 && p[1] == ':' && p[2] == '\\')
}

// splitPath splits PATH by the env's system's separator.
func splitPath(path, goos string) []string {
	sep := ":"
	if goos == "windows" {
		sep = ";"
	}
	return strings.Split(path, sep)
}
