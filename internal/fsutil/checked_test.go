package fsutil

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
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
