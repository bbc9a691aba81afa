package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"secretary/internal/i18n"
	"secretary/internal/testenv"
)

// cliAllowed are the words a Chinese help may hold: what a user types
// (commands, option values, setting names), and names that are the same
// in every language.
var cliAllowed = testenv.Allow(
	// the program and the values its options take
	"secretary", "text", "md", "html", "pdf", "semester", "month", "year", "since-last",
	"group", "school", "last_summary", "today_panel", "founding_no", "founding_date", "founding_title", "plans", "tasks", "owners", "activities", "assessments", "rectifications",
	"meetings", "decisions", "obligations", "documents",
	"owner", "area",
	// formats, programs and standards
	"PDF", "HTML", "CSV", "xlsx", "csv", "Markdown", "Excel", "WPS", "Word", "zip", "SHA256SUMS",
	// the evidence folder, by its name on disk
	"evidence", "LibreOffice", "Edge", "Chrome", "Chromium",
	"SHA", "UTF", "BOM", "age", "scrypt", "lpr", "Windows", "macOS", "Linux", "LANG", "sha256sum",
)

// TestCommandLineHelpHasNoEnglish renders every command's --help in
// Chinese, and the usage errors cobra and pflag raise, and finds no
// English word outside the allow-list: no "Usage:", "[flags]", "string",
// (default "text") or "Use … for more".
func TestCommandLineHelpHasNoEnglish(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	var paths [][]string
	var walk func(cmd *cobra.Command, path []string)
	walk = func(cmd *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() {
				walk(sub, append(append([]string(nil), path...), sub.Name()))
			}
		}
	}
	walk(newRootCmd(&invocation{tr: i18n.New(i18n.LangZh)}), nil)
	allowed := testenv.Allow("GBK", "bogus", "fortnight", "fr") // an encoding's name; what the user typed
	for w := range cliAllowed {
		allowed[w] = true
	}
	for _, p := range paths {
		for _, name := range p {
			allowed[name] = true // the commands, as typed
		}
	}
	if len(paths) < 10 {
		t.Fatalf("only %d commands found", len(paths))
	}
	for _, p := range paths {
		for _, args := range [][]string{append(append([]string(nil), p...), "--help"), append([]string{"help"}, p...)} {
			r := c.run(args...)
			out := r.stdout + r.stderr
			if !strings.Contains(out, "用法：") {
				t.Errorf("secretary %s: no usage:\n%s", strings.Join(args, " "), out)
			}
			if bad := testenv.English(out, allowed); len(bad) > 0 {
				t.Errorf("secretary %s shows English %q:\n%s", strings.Join(args, " "), bad, out)
			}
		}
	}
	for _, args := range [][]string{
		{"--bogus"}, {"-x"}, {"---x"}, {"demo", "--size"}, {"demo", "--size", "x"}, {"bogus"},
		{"sheet", "bogus"}, {"check", "a", "b"}, {"diff"}, {"summary", "--period", "fortnight"},
		{"settings", "bogus"}, {"--lang", "fr"},
	} {
		r := c.run(args...)
		if r.code != exitUsage {
			t.Errorf("secretary %s: exit %d, want %d", strings.Join(args, " "), r.code, exitUsage)
		}
		if bad := testenv.English(r.stderr, allowed); len(bad) > 0 || !strings.Contains(r.stderr, "用法错误") && !strings.Contains(r.stderr, "不支持的语言") {
			t.Errorf("secretary %s: %q shows English %q", strings.Join(args, " "), r.stderr, bad)
		}
	}
}
