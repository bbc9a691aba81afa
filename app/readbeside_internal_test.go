package app

import (
	"path/filepath"
	"testing"
)

// A file that is not the ledger is decrypted beside the ledger (issue 10:
// never in the shared temporary folder); with no ledger folder yet, the
// store's own choice stands.
func TestReadingDecryptsBesideTheLedger(t *testing.T) {
	dir := t.TempDir()
	if got := (Options{ReadBeside: filepath.Join(dir, "secretary.db")}).readOptions(nil).TempDir; got != dir {
		t.Errorf("decrypted in %q, want %q", got, dir)
	}
	if got := (Options{ReadBeside: filepath.Join(dir, "none", "secretary.db")}).readOptions(nil).TempDir; got != "" {
		t.Errorf("a missing folder was chosen: %q", got)
	}
}
