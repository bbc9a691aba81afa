package main

import (
	"regexp"

	"secretary/internal/i18n"
)

// cobraErrors are cobra's own argument errors, which it returns as plain
// English text, and what each says in the catalogue. Our commands check
// their arguments themselves (exactArgs, maxArgs), but a command with
// subcommands and no Args of its own gets cobra's check.
var cobraErrors = []struct {
	re  *regexp.Regexp
	key i18n.Key
}{
	{regexp.MustCompile(`^unknown command "(.*)" for "(.*)"`), "cli.cobra.unknown_command"},
	{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)`), "cli.cobra.args_exact"},
	{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)`), "cli.cobra.args_max"},
	{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)`), "cli.cobra.args_min"},
	{regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)`), "cli.cobra.args_range"},
	{regexp.MustCompile(`^required flag\(s\) (.*) not set`), "cli.cobra.required"},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(.*)"`), "cli.cobra.invalid_arg"},
	{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set none of the others can be`), "cli.cobra.exclusive"},
}

// cobraText says a cobra error in the user's language, or returns it as
// it is when it is none of the known ones.
func (a *invocation) cobraText(msg string) string {
	for _, c := range cobraErrors {
		if m := c.re.FindStringSubmatch(msg); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			return a.tr.Sprintf(c.key, args...)
		}
	}
	return msg
}
