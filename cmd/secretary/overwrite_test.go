package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/store/storetest"
)

// Issue 10, "Never write over what the user did not ask to replace", on
// the command line: each writer refuses an existing file and says how to
// replace it (--force); the ledger, its backups and the file a command
// reads are refused even with --force, the message naming why.

// oneLine is the single error line of a refused command.
func refusedLine(t *testing.T, code int, stdout, stderr string) string {
	t.Helper()
	if code != exitFail || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q (stdout %q), want one error line and exit 1", code, stderr, stdout)
	}
	return stderr
}

func TestNothingIsWrittenOverTheLedger(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	before := fingerprint(t, db)
	// The spreadsheet commands want a spreadsheet's name: the ledger
	// under one, through a link.
	asXLSX := filepath.Join(t.TempDir(), "ledger.xlsx")
	if err := os.Symlink(db, asXLSX); err != nil {
		asXLSX = db // no links here: the usage error stops it anyway
	}
	for _, args := range [][]string{
		{"summary", "--format", "pdf", "-o", db},
		{"summary", "--format", "pdf", "-o", db, "--force"},
		{"summary", "--format", "html", "-o", db, "--force"},
		{"summary", "--format", "md", "-o", db, "--force"},
		{"summary", "--format", "text", "-o", db, "--force"},
		{"summary", "--owner", "张三", "--format", "md", "-o", db, "--force"},
		{"sheet", "export", db + ".xlsx"}, // a new name beside it is fine
		{"sheet", "export", "--force", asXLSX},
		{"sheet", "template", "--force", asXLSX},
		{"export", "--force", db},
		{"export", "--force", filepath.Join(filepath.Dir(db), "backups", "x.snapshot")},
		// The commands of the group's year write through the same guard.
		{"minutes", "--format", "md", "-o", db, "--force"},
		{"minutes", "--pack", "--format", "html", "-o", filepath.Join(filepath.Dir(db), "backups", "m.html"), "--force"},
		{"obligations", "--format", "md", "-o", db, "--force"},
		{"print", "decisions", "--format", "html", "-o", db, "--force"},
		{"selfcheck", "--format", "md", "-o", db, "--force"},
		{"evidence", "catalogue", "--format", "md", "-o", filepath.Join(filepath.Dir(db), "backups", "c.md"), "--force"},
		{"evidence", "pack", "--force", filepath.Join(filepath.Dir(db), "backups", "p.zip")},
		{"export", "--with-evidence", "--force", db},
		{"selfcheck", "--format", "html", "-o", filepath.Join(filepath.Dir(db), "evidence", "s.html"), "--force"},
	} {
		code, stdout, stderr := summaryCLI(t, db, nil, append([]string{"--lang", "en"}, args...)...)
		if asXLSX == db && args[0] == "sheet" {
			continue
		}
		if args[len(args)-1] == db+".xlsx" {
			if code != 0 {
				t.Errorf("%v: exit %d %s", args, code, stderr)
			}
			continue
		}
		line := refusedLine(t, code, stdout, stderr)
		if !strings.Contains(line, "ledger") || strings.Contains(line, "--force") {
			t.Errorf("%v: %q should say it is the ledger (or its backups) and not offer --force", args, line)
		}
		if fingerprint(t, db) != before {
			t.Fatalf("%v wrote over the ledger", args)
		}
	}
	code, _, stderr := summaryCLI(t, db, nil, "--lang", "zh", "summary", "--format", "md", "-o", db, "--force")
	if code != exitFail || !strings.Contains(stderr, "就是台账文件本身") {
		t.Errorf("in Chinese: %q", stderr)
	}
}

func TestExistingFilesNeedForce(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	dir := t.TempDir()
	for _, c := range []struct {
		file string
		args []string
	}{
		{"s.md", []string{"summary", "-o"}},
		{"slip.html", []string{"summary", "--owner", "张三", "-o"}},
		{"台账.xlsx", []string{"sheet", "export"}},
		{"tasks.csv", []string{"sheet", "export", "--tab", "tasks"}},
		{"模板.xlsx", []string{"sheet", "template"}},
		{"x.snapshot", []string{"export"}},
	} {
		path := filepath.Join(dir, c.file)
		if err := os.WriteFile(path, []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		args := append(append([]string{"--lang", "en"}, c.args...), path)
		code, stdout, stderr := summaryCLI(t, db, nil, args...)
		line := refusedLine(t, code, stdout, stderr)
		if !strings.Contains(line, path) || !strings.Contains(line, "--force") {
			t.Errorf("%v: %q should name the file and --force", c.args, line)
		}
		if b, _ := os.ReadFile(path); string(b) != "mine" {
			t.Fatalf("%v replaced the file without --force", c.args)
		}
		if code, _, stderr := summaryCLI(t, db, nil, append(args, "--force")...); code != 0 {
			t.Fatalf("%v --force: %s", c.args, stderr)
		}
		if b, _ := os.ReadFile(path); string(b) == "mine" {
			t.Errorf("%v --force did not replace the file", c.args)
		}
	}
}

func TestALinkStaysALink(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, 0)
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	if err := os.WriteFile(target, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	code, stdout, stderr := summaryCLI(t, db, nil, "--lang", "en", "summary", "-o", link)
	if line := refusedLine(t, code, stdout, stderr); !strings.Contains(line, "is a link to "+target) || !strings.Contains(line, "--force") {
		t.Errorf("refusal %q", line)
	}
	if code, _, stderr := summaryCLI(t, db, nil, "summary", "-o", link, "--force"); code != 0 {
		t.Fatal(stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("--force turned the link into a plain file")
	}
	if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "# ") {
		t.Errorf("the link's target holds %.40q, want the summary", b)
	}
}
