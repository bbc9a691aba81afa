package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"secretary/internal/i18n"
	"secretary/internal/width"
)

// The command line's help, written by the program rather than by cobra's
// templates: cobra and pflag print English words of their own ([flags],
// the value types string and int, (default "text")), which no template
// can translate. Every word here comes from the catalogue; names a user
// types (commands, --options, file names) stay as they are typed.

// installHelp makes every command's --help, help and usage text speak
// the invocation's language. Subcommands inherit it.
func (a *invocation) installHelp(root *cobra.Command) {
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { a.writeHelp(c.OutOrStdout(), c) })
	root.SetUsageFunc(func(c *cobra.Command) error { a.writeUsage(c.OutOrStderr(), c); return nil })
}

// use is a command's Use line: its name, and the arguments it takes as
// the catalogue words them in the invocation's language ("export
// [--encrypt] [--force] 输出文件"). args is "" for a command that takes
// none.
func (a *invocation) use(name string, args i18n.Key) string {
	if args == "" {
		return name
	}
	return name + " " + a.tr.T(args)
}

// writeHelp is --help: what the command does, then how to call it.
func (a *invocation) writeHelp(w io.Writer, c *cobra.Command) {
	desc := strings.TrimSpace(c.Long)
	if desc == "" {
		desc = strings.TrimSpace(c.Short)
	}
	if desc != "" {
		fmt.Fprintln(w, desc)
		fmt.Fprintln(w)
	}
	a.writeUsage(w, c)
}

// writeUsage is the calling forms, the subcommands and the options.
func (a *invocation) writeUsage(w io.Writer, c *cobra.Command) {
	t := a.tr.T
	var b strings.Builder
	b.WriteString(t("cli.help.usage") + "\n")
	if c.Runnable() {
		line := c.CommandPath()
		if _, args, ok := strings.Cut(c.Use, " "); ok {
			line += " " + args
		}
		if c.HasAvailableFlags() {
			line += " " + t("cli.help.options_slot")
		}
		b.WriteString("  " + line + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("  " + c.CommandPath() + " " + t("cli.help.command_slot") + "\n")
		b.WriteString("\n" + t("cli.help.commands") + "\n")
		var rows [][2]string
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				rows = append(rows, [2]string{sub.Name(), sub.Short})
			}
		}
		writeColumns(&b, rows)
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n" + t("cli.help.options") + "\n")
		writeColumns(&b, a.flagRows(c.LocalFlags()))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n" + t("cli.help.global_options") + "\n")
		writeColumns(&b, a.flagRows(c.InheritedFlags()))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n" + t("cli.help.more", c.CommandPath()) + "\n")
	}
	io.WriteString(w, b.String())
}

// flagRows are the options as "  -o, --output 文件" and what each does,
// with its default when it has one.
func (a *invocation) flagRows(fs *pflag.FlagSet) [][2]string {
	var rows [][2]string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		left := "    "
		if f.Shorthand != "" {
			left = "-" + f.Shorthand + ", "
		}
		left += "--" + f.Name
		if name = a.valueName(name); name != "" {
			left += " " + name
		}
		if def := f.DefValue; !zeroDefault(def) {
			usage += a.tr.T("cli.help.default", def)
		}
		rows = append(rows, [2]string{left, usage})
	})
	return rows
}

// valueName is what an option's value is called: the word a usage text
// marks with backquotes (`文件`), or its type, in words.
func (a *invocation) valueName(name string) string {
	switch name {
	case "":
		return ""
	case "string", "stringArray", "stringSlice":
		return a.tr.T("cli.help.value_text")
	case "int", "int64", "uint", "float64":
		return a.tr.T("cli.help.value_number")
	case "duration":
		return a.tr.T("cli.help.value_duration")
	}
	return name
}

// zeroDefault reports a default not worth saying: nothing, zero, off.
func zeroDefault(s string) bool {
	switch s {
	case "", "0", "false", "[]", "<nil>":
		return true
	}
	return false
}

// writeColumns writes rows as two columns, the second starting where the
// widest first one ends, measured in terminal cells (Chinese value names
// are two cells a character).
func writeColumns(b *strings.Builder, rows [][2]string) {
	wide := 0
	for _, r := range rows {
		wide = max(wide, width.Cells(r[0]))
	}
	for _, r := range rows {
		b.WriteString("  " + width.PadRight(r[0], wide) + "   " + r[1] + "\n")
	}
}
