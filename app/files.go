package app

import (
	"errors"
	"io/fs"
	"os"

	"secretary/model"
	"secretary/store"
)

// readOptions are how a file the user names is opened for reading.
func (o Options) readOptions(pass Passphrase) store.ReadOptions {
	o = o.withDefaults()
	so := o.storeOptions()
	so.ReadOnly = true
	return store.ReadOptions{Store: so, Crypt: pass.crypt()}
}

// CheckFile verifies a ledger or a snapshot, plain or encrypted, without
// writing it: bbolt's structure, every record's checksum and references,
// and a snapshot's manifest (counts and digest). Findings are in the
// info's Report (Report.OK); an error means the file could not be read
// at all (not a ledger, truncated, wrong passphrase, newer …).
func CheckFile(path string, pass Passphrase, opts Options) (*SnapshotInfo, error) {
	return store.CheckSnapshot(path, opts.readOptions(pass))
}

// CheckLedger is CheckFile of the program's own ledger, which must exist:
// a missing one is "there is no ledger yet" (with what to do), not a
// file that cannot be read.
func CheckLedger(path string, opts Options) (*SnapshotInfo, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, &store.Error{Kind: store.KindIO, Msg: model.M(store.MsgNoLedger, path), Cause: err}
	}
	return CheckFile(path, nil, opts)
}

// LoadFile reads every record of a ledger or snapshot file, plain or
// encrypted, without writing it: for `diff`, which compares two.
func LoadFile(path string, pass Passphrase, opts Options) (*model.Ledger, *SnapshotInfo, error) {
	return store.LoadSnapshot(path, opts.readOptions(pass))
}

// BackupInfo is one automatic backup: its file, size and time.
type BackupInfo = store.BackupInfo

// Backups are a ledger's automatic backups.
type Backups struct {
	Dir  string       // the folder beside the ledger that holds them
	List []BackupInfo // newest first
}

// ListBackups lists the backups of the ledger at path, newest first. A
// ledger with none yet (or no backups folder) has an empty list.
func ListBackups(path string) (Backups, error) {
	list, err := store.ListBackups(path)
	return Backups{Dir: BackupDir(path), List: list}, err
}

// BackupDir is the folder beside the ledger at path that holds its
// backups.
func BackupDir(path string) string { return store.BackupDir(path) }
