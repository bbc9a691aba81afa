package app_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"secretary/app"
	"secretary/store/storetest"
)

// TestCheckOutput: every case of the one check writers make, with what a
// user would be told: replace only when asked; never the ledger (under
// any name), its backups or the file being read; a folder is not a file.
func TestCheckOutput(t *testing.T) {
	t.Parallel()
	ledger := storetest.DemoFile(t, 0)
	backups := app.BackupDir(ledger)
	write(t, filepath.Join(backups, "secretary-20261120-090000.db"), "a backup")
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.html")
	write(t, existing, "old")
	input := filepath.Join(dir, "in.xlsx")
	write(t, input, "input")
	hard := filepath.Join(filepath.Dir(ledger), "hard.db")
	if err := os.Link(ledger, hard); err != nil {
		hard = ""
	}
	guard := app.Guard{Ledger: ledger, Inputs: []string{input}}

	for _, c := range []struct {
		name   string
		path   string
		force  bool
		kind   error // nil: allowed
		reason app.Reason
	}{
		{"a new file", filepath.Join(dir, "new.html"), false, nil, 0},
		{"a new file in a new folder", filepath.Join(dir, "a", "b", "new.html"), false, nil, 0},
		{"an existing file", existing, false, app.ErrExists, app.ReasonExists},
		{"an existing file, forced", existing, true, nil, 0},
		{"a folder", dir, true, app.ErrIsFolder, app.ReasonFolder},
		{"the ledger", ledger, false, app.ErrProtected, app.ReasonLedger},
		{"the ledger, forced", ledger, true, app.ErrProtected, app.ReasonLedger},
		{"the ledger by another spelling", filepath.Join(filepath.Dir(ledger), ".", "..", filepath.Base(filepath.Dir(ledger)), filepath.Base(ledger)), true, app.ErrProtected, app.ReasonLedger},
		{"a backup, forced", filepath.Join(backups, "secretary-20261120-090000.db"), true, app.ErrProtected, app.ReasonBackups},
		{"a new file in the backups", filepath.Join(backups, "summary.pdf"), true, app.ErrProtected, app.ReasonBackups},
		{"deep in the backups", filepath.Join(backups, "x", "y", "summary.pdf"), true, app.ErrProtected, app.ReasonBackups},
		{"the input, forced", input, true, app.ErrProtected, app.ReasonInput},
	} {
		got, err := app.CheckOutput(c.path, c.force, guard)
		if c.kind == nil {
			if err != nil || got != c.path {
				t.Errorf("%s: %q %v, want it allowed", c.name, got, err)
			}
			continue
		}
		var fe *app.FileError
		if !errors.Is(err, c.kind) || !errors.As(err, &fe) || fe.Reason != c.reason {
			t.Errorf("%s: %v, want kind %v reason %d", c.name, err, c.kind, c.reason)
		}
	}
	if hard != "" {
		if _, err := app.CheckOutput(hard, true, guard); !errors.Is(err, app.ErrProtected) {
			t.Errorf("a hard link to the ledger: %v", err)
		}
	}
	if read(t, existing) != "old" {
		t.Error("checking changed a file")
	}
}

// TestCheckOutputLinks: a link is never silently turned into a plain
// file. Without force it is refused, naming where it points; with force
// the file it points to is what gets written, and the link stays. A
// link to the ledger or into its backups is refused always.
func TestCheckOutputLinks(t *testing.T) {
	t.Parallel()
	ledger := storetest.DemoFile(t, 0)
	dir := t.TempDir()
	real := filepath.Join(dir, "real.html")
	write(t, real, "old")
	link := filepath.Join(dir, "link.html")
	symlink(t, "real.html", link) // relative, as ln -s makes them
	guard := app.Guard{Ledger: ledger}

	_, err := app.CheckOutput(link, false, guard)
	var fe *app.FileError
	if !errors.Is(err, app.ErrExists) || !errors.As(err, &fe) || fe.Reason != app.ReasonLink || fe.Other != real {
		t.Fatalf("a link without force: %v", err)
	}
	got, err := app.CheckOutput(link, true, guard)
	if err != nil || got != real {
		t.Fatalf("a link with force: %q %v, want its target %s", got, err, real)
	}

	dangling := filepath.Join(dir, "dangling.html")
	symlink(t, filepath.Join(dir, "sub", "made.html"), dangling)
	if _, err := app.CheckOutput(dangling, false, guard); !errors.Is(err, app.ErrExists) {
		t.Errorf("a dangling link without force: %v", err)
	}
	if got, err := app.CheckOutput(dangling, true, guard); err != nil || got != filepath.Join(dir, "sub", "made.html") {
		t.Errorf("a dangling link with force: %q %v", got, err)
	}

	toLedger := filepath.Join(dir, "ledger-link.pdf")
	symlink(t, ledger, toLedger)
	if _, err := app.CheckOutput(toLedger, true, guard); !errors.Is(err, app.ErrProtected) {
		t.Errorf("a link to the ledger, forced: %v", err)
	}
	backups := app.BackupDir(ledger)
	if err := os.MkdirAll(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	intoBackups := filepath.Join(dir, "folder-link")
	symlink(t, backups, intoBackups)
	if _, err := app.CheckOutput(filepath.Join(intoBackups, "x.pdf"), true, guard); !errors.Is(err, app.ErrProtected) {
		t.Errorf("a file in a linked backups folder, forced: %v", err)
	}

	// The ledger opened through a link: the real file is protected too,
	// and so are both backups folders.
	ledgerLink := filepath.Join(dir, "secretary.db")
	symlink(t, ledger, ledgerLink)
	viaLink := app.Guard{Ledger: ledgerLink}
	if _, err := app.CheckOutput(ledger, true, viaLink); !errors.Is(err, app.ErrProtected) {
		t.Errorf("the real ledger behind the opened link: %v", err)
	}
	if _, err := app.CheckOutput(filepath.Join(backups, "x.pdf"), true, viaLink); !errors.Is(err, app.ErrProtected) {
		t.Errorf("the real ledger's backups behind the opened link: %v", err)
	}
}
