package main

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/term"

	"secretary/app"
	"secretary/model"
)

// passEnv supplies the passphrase to scripts, which have no terminal to
// type it into.
const passEnv = "SECRETARY_PASSPHRASE"

// passTries is how many times a wrong passphrase may be typed again at a
// terminal before the command gives up.
const passTries = 3

// terminal is stdin when it is a terminal a passphrase can be typed into
// without echo.
func (a *invocation) terminal() (*os.File, bool) {
	f, ok := a.sys.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, false
	}
	return f, true
}

// readSecret prompts on stderr and reads a line from the terminal with
// echo off.
func (a *invocation) readSecret(f *os.File, prompt string) (string, error) {
	fmt.Fprint(a.sys.stderr, prompt)
	b, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(a.sys.stderr)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// newPassphrase gets the passphrase to encrypt with: from SECRETARY_PASSPHRASE,
// or typed twice at the terminal. Empty and mismatched ones are refused.
func (a *invocation) newPassphrase() (string, error) {
	if p := a.sys.getenv(passEnv); p != "" {
		return p, nil
	}
	f, ok := a.terminal()
	if !ok {
		return "", model.NewMsgError("cli.pass.no_tty")
	}
	p1, err := a.readSecret(f, a.tr.T("cli.pass.prompt"))
	if err != nil {
		return "", err
	}
	if err := app.ValidatePassphrase(p1); err != nil {
		return "", err
	}
	p2, err := a.readSecret(f, a.tr.T("cli.pass.again"))
	if err != nil {
		return "", err
	}
	if p1 != p2 {
		return "", model.NewMsgError("cli.pass.mismatch")
	}
	return p1, nil
}

// passphrase answers an encrypted file's request for its passphrase:
// SECRETARY_PASSPHRASE, or typed once at the terminal. Without either the
// file is refused as needing a passphrase.
func (a *invocation) passphrase(path string) app.Passphrase {
	if p := a.sys.getenv(passEnv); p != "" {
		return func() (string, error) { return p, nil }
	}
	f, ok := a.terminal()
	if !ok {
		return nil
	}
	return func() (string, error) {
		return a.readSecret(f, a.tr.T("cli.pass.open", path))
	}
}

// withPassphrase runs fn with the file's passphrase; a wrong passphrase
// typed at a terminal may be typed again, a few times.
func (a *invocation) withPassphrase(path string, fn func(app.Passphrase) error) error {
	_, typed := a.terminal()
	typed = typed && a.sys.getenv(passEnv) == ""
	for try := 1; ; try++ {
		err := fn(a.passphrase(path))
		if !typed || try == passTries || !errors.Is(err, app.ErrWrongPassphrase) {
			return err
		}
		fmt.Fprintln(a.sys.stderr, a.tr.T("cli.pass.retry", passTries-try))
	}
}
