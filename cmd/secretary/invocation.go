package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/internal/termsafe"
	"secretary/model"
)

// Exit codes: the command line contract.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// system is what the program takes from the process, passed in so tests
// can run commands in-process with their own streams and environment.
type system struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	exe, home      string
	configDir      string // the user's config folder (os.UserConfigDir): the remembered language; "" remembers nothing
	goos           string
	root           bool        // a Unix super-user (Chromium then runs without its sandbox)
	clock          model.Clock // nil: the wall clock
	started        time.Time   // when the process started: older temp files of ours are leftovers
	workFactor     int         // scrypt cost of an encrypted export; 0 (the program): age's own, 2^18
}

// invocation is one run of the program: the system, the global flags and the translator
// chosen from them.
type invocation struct {
	sys    system
	dbFlag string
	lang   string
	tr     *i18n.Translator
}

// usageError marks an error as the user's way of calling the command
// (exit 2), not a failure of the work (exit 1).
type usageError struct{ msg model.Msg }

func (e *usageError) Error() string      { return e.msg.String() }
func (e *usageError) UserMsg() model.Msg { return e.msg }

func usageErr(key i18n.Key, args ...any) error { return &usageError{msg: model.M(key, args...)} }

// run executes the command line and returns the exit code. Every error is
// printed to stderr as one translated line; never a stack trace.
func run(args []string, sys system) int {
	if sys.clock == nil {
		sys.clock = model.SystemClock{}
	}
	a := &invocation{sys: sys}
	lang, ok := a.language(preScanLang(args))
	if !ok {
		// Refuse the choice in the language the environment asks for.
		lang, _ = i18n.Detect("", sys.getenv)
	}
	a.tr = i18n.New(lang)
	if !ok {
		fmt.Fprintln(sys.stderr, a.tr.T("cli.bad_lang", termsafe.Line(preScanLang(args))))
		return exitUsage
	}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(sys.stdin)
	root.SetOut(sys.stdout)
	root.SetErr(sys.stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var quiet exitStatus
	if errors.As(err, &quiet) {
		return int(quiet)
	}
	fmt.Fprintln(sys.stderr, termsafe.Text(a.errLine(err)))
	var u *usageError
	if errors.As(err, &u) || isCobraUsage(err) {
		return exitUsage
	}
	return exitFail
}

// language is the interface language: --lang when given, else the one
// last chosen with L in the program (remembered in the user's config
// folder), else the environment's (Chinese unless it names another).
// ok is false for a --lang the program does not speak.
func (a *invocation) language(explicit string) (i18n.Lang, bool) {
	if explicit == "" {
		switch a.env().LoadPrefs().Lang {
		case "zh":
			return i18n.LangZh, true
		case "en":
			return i18n.LangEn, true
		}
	}
	return i18n.Detect(explicit, a.sys.getenv)
}

// errLine is the one line printed for an error.
func (a *invocation) errLine(err error) string {
	var u *usageError
	if errors.As(err, &u) {
		return a.tr.T("cli.usage", a.tr.Msg(u.msg))
	}
	if isCobraUsage(err) {
		return a.tr.T("cli.usage", a.cobraText(err.Error()))
	}
	line := a.tr.Err(err)
	var fe *app.FileError
	if errors.As(err, &fe) && errors.Is(err, app.ErrExists) {
		// The use case says what exists; the command line says how to
		// replace it.
		line += " " + a.tr.T("cli.force_hint")
	}
	return a.tr.T("cli.error", line)
}

// isCobraUsage recognises cobra's own argument and flag errors, which it
// returns as plain errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most", "if any flags in the group", "required flag(s)"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// preScanLang finds --lang before cobra parses, so help texts are built in
// the right language.
func preScanLang(args []string) string {
	for i, arg := range args {
		if arg == "--" {
			break
		}
		if v, ok := strings.CutPrefix(arg, "--lang="); ok {
			return v
		}
		if arg == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// env is the machine as the use cases see it, from the system.
func (a *invocation) env() app.Env {
	return app.Env{Getenv: a.sys.getenv, GOOS: a.sys.goos, Exe: a.sys.exe, Home: a.sys.home, Root: a.sys.root, ConfigDir: a.sys.configDir}
}

// location resolves the ledger path from --db, the environment, portable
// mode and the data folder.
func (a *invocation) location() app.Location { return app.Locate(a.dbFlag, a.env()) }

// options are the use cases' options for this invocation.
func (a *invocation) options() app.Options {
	return app.Options{Clock: a.sys.clock, Version: version, Env: a.env(), Started: a.sys.started, SnapshotWorkFactor: a.sys.workFactor}
}

// readOptions are options for reading a file that is not the ledger
// (check FILE, diff): an encrypted one is decrypted beside the ledger.
func (a *invocation) readOptions() app.Options {
	o := a.options()
	o.ReadBeside, _ = a.ledgerPath()
	return o
}

// ledgerPath is the resolved ledger, or why none can be found (no --db
// and no home folder to keep one in): never a ledger relative to
// wherever the command happens to run.
func (a *invocation) ledgerPath() (string, error) {
	loc := a.location()
	if loc.Err != nil {
		return "", loc.Err
	}
	return loc.Path, nil
}

// openLedger opens the resolved ledger for the command.
func (a *invocation) openLedger(readOnly bool) (*app.Service, error) {
	path, err := a.ledgerPath()
	if err != nil {
		return nil, err
	}
	opts := a.options()
	opts.ReadOnly = readOnly
	return app.Open(path, opts)
}

// openForUse is openLedger for the full-screen program: a ledger it
// creates (the first run) starts with the default obligations in the
// interface's language. Other commands that create one (an import, a
// setting) leave it empty: they fill it themselves.
func (a *invocation) openForUse(readOnly bool) (*app.Service, error) {
	path, err := a.ledgerPath()
	if err != nil {
		return nil, err
	}
	opts := a.options()
	opts.ReadOnly, opts.DefaultsLang = readOnly, a.tr.Lang()
	return app.Open(path, opts)
}

// out is where commands print: every control character in the data they
// print (a title, a path, a message) is shown, never sent to the
// terminal to act on (termsafe).
func (a *invocation) out() io.Writer { return termsafe.Writer(a.sys.stdout) }

func (a *invocation) printf(key i18n.Key, args ...any) {
	fmt.Fprintln(a.out(), a.tr.T(key, args...))
}

// noArgs and friends wrap cobra's argument checks so a wrong count is a
// translated usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("cli.args_exact", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErr("cli.args_max", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// countsLine renders record counts: "计划 4 · 责任人 12 · …".
func (a *invocation) countsLine(c model.Counts) string {
	parts := make([]string, 0, 6)
	for _, e := range model.Entities() {
		parts = append(parts, fmt.Sprintf("%s %d", a.tr.T(i18n.Key("tab.entity."+e.Code())), c.Of(e)))
	}
	return strings.Join(parts, " · ")
}
