package fsutil

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A file whose check fails never takes the old one's place, and leaves
// no temporary file behind; one that passes replaces it.
func TestWriteFileAtomicCheckedKeepsTheOldFileOnAFailedCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "迎检材料包.zip")
	if err := os.WriteFile(path, []byte("old pack"), 0o600); err != nil {
		t.Fatal(err)
	}
	write := func(w io.Writer) error { _, err := io.WriteString(w, "new pack"); return err }
	var checked string
	bad := errors.New("read back differs")
	err := WriteFileAtomicChecked(path, write, func(tmp string) error {
		b, _ := os.ReadFile(tmp)
		checked = string(b)
		return bad
	})
	if !errors.Is(err, bad) || checked != "new pack" {
		t.Fatalf("err %v, checked %q", err, checked)
	}
	if b, _ := os.ReadFile(path); string(b) != "old pack" {
		t.Errorf("the old file became %q", b)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("files left: %v", left)
	}
	if err := WriteFileAtomicChecked(path, write, func(string) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new pack" {
		t.Errorf("a checked file did not replace the old one: %q", b)
	}
}

// A write of a file removes what an earlier, killed write of the same file
// left beside it; a temporary file still being written (recent) stays, and
// so do other files.
func TestAWriteSweepsTheLeftoversOfAKilledOne(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "台账.xlsx")
	old := filepath.Join(dir, ".台账.xlsx.0a1b2c3d4e5f.tmp")
	fresh := filepath.Join(dir, ".台账.xlsx.ffffffffffff.tmp")
	other := filepath.Join(dir, ".别的.xlsx.0a1b2c3d4e5f.tmp")
	for _, p := range []string{old, fresh, other} {
		if err := os.WriteFile(p, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-time.Hour)
	for _, p := range []string{old, other} {
		os.Chtimes(p, long, long)
	}
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "book"); return err }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the killed write's leftover is still there: %v", err)
	}
	for _, p := range []string{fresh, other, path} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
