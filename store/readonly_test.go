package store_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// childReadOnly opens a ledger the process may read but not write (its
// file or its folder is read-only) and checks that it opened read-only,
// says why, reads everything and refuses every write with KindReadOnly.
// It runs as a child under another user, so it reports on stderr and in
// its exit code.
func childReadOnly(path string, out io.Writer) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "readonly %s: "+format+"\n", append([]any{path}, args...)...)
		return 1
	}
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		return fail("open: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() || s.WhyReadOnly() == nil {
		return fail("ReadOnly %v, WhyReadOnly %v", s.ReadOnly(), s.WhyReadOnly())
	}
	l, err := s.Load()
	if err != nil || l.Counts().Of(model.EntityOwner) == 0 {
		return fail("load: %v", err)
	}
	writes := map[string]func() error{
		"create":   func() error { _, err := s.Create(&model.Owner{Name: "新人"}); return err },
		"update":   func() error { o := l.Owners[0]; o.Notes = "改"; _, err := s.Update(&o); return err },
		"delete":   func() error { _, err := s.Delete(model.EntityTask, l.Tasks[0].ID); return err },
		"settings": func() error { _, err := s.SaveSettings(model.Settings{School: "改"}); return err },
		"undo":     func() error { _, err := s.Undo(); return err },
		"redo":     func() error { _, err := s.Redo(); return err },
		"fill":     func() error { return s.Fill(l) },
	}
	for name, write := range writes {
		err := write()
		if !store.IsKind(err, store.KindReadOnly) {
			return fail("%s: want a read-only error, got %v", name, err)
		}
		if m, _ := model.AsUserMsg(err); m.Key != store.MsgReadOnly {
			return fail("%s: message %v", name, m)
		}
	}
	fmt.Fprintln(out, "ok")
	return 0
}

// TestReadOnlyFileAndFolderOpenReadOnly opens a ledger whose file, and
// one whose folder, the user may not write. Tests usually run as root,
// whom permissions do not stop, so then the check runs in a child process
// as the unprivileged user nobody (Linux); as any other user it runs here.
func TestReadOnlyFileAndFolderOpenReadOnly(t *testing.T) {
	t.Parallel()
	src := storetest.DemoFile(t, 0)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	// A folder everyone may enter, so nobody can reach the files.
	base, err := os.MkdirTemp("", "secretary-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.Walk(base, func(p string, _ os.FileInfo, _ error) error { os.Chmod(p, 0o700); return nil })
		os.RemoveAll(base)
	})
	os.Chmod(base, 0o755)

	cases := []struct {
		name            string
		dirMode, mode   os.FileMode
		dirOwnedByChild bool
	}{
		{"read-only file", 0o700, 0o400, true},    // the folder is theirs, the file is not writable
		{"read-only folder", 0o555, 0o600, false}, // the file is writable, the folder is not
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.dirMode == 0o555 && runtime.GOOS == "windows" {
				t.Skip("Windows has no read-only folders")
			}
			dir := filepath.Join(base, strings.ReplaceAll(c.name, " ", "-"))
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "secretary.db")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, path)
			if os.Geteuid() == 0 {
				chownToChild(t, path)
				if c.dirOwnedByChild {
					chownToChild(t, dir)
				}
			}
			os.Chmod(path, c.mode)
			os.Chmod(dir, c.dirMode)

			if os.Geteuid() == 0 {
				out := runUnprivileged(t, base, path)
				if strings.TrimSpace(out) != "ok" {
					t.Errorf("child said %q", out)
				}
			} else if code := childReadOnly(path, io.Discard); code != 0 {
				t.Errorf("read-only checks failed (see above)")
			}
			os.Chmod(dir, 0o700)
			assertUnchanged(t, path, before)
			assertNoLeftovers(t, dir, "secretary.db")
		})
	}
}
