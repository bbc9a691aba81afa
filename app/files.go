package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"secretary/model"
	"secretary/store"
)

// readOptions are how a file the user names is opened for reading.
func (o Options) readOptions(pass Passphrase) store.ReadOptions {
	o = o.withDefaults()
	so := o.storeOptions()
	so.ReadOnly = true
	ro := store.ReadOptions{Store: so, Crypt: pass.crypt()}
	if o.ReadBeside != "" {
		if dir := filepath.Dir(o.ReadBeside); isFolder(dir) {
			ro.TempDir = dir
		}
	}
	return ro
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
// file that cannot be read. Damage is reported as the user's own file's
// (restore a backup, not "ask for it again"), and nothing is copied out
// of the ledger's folder.
func CheckLedger(path string, opts Options) (*SnapshotInfo, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, &store.Error{Kind: store.KindIO, Msg: model.M(store.MsgNoLedger, path), Cause: err}
	}
	ro := opts.readOptions(nil)
	ro.Own, ro.TempDir = true, filepath.Dir(path)
	return store.CheckSnapshot(path, ro)
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
	// Tiers says, for each of List, why it is kept: one of the newest,
	// the first of a recent day, or the first of a recent month (its Key
	// is the catalogue's word); TierNone goes with the next backup.
	Tiers []store.BackupTier
	// Unwritable is why no backup can be made now (the folder is not
	// writable, the disk is full), or nil.
	Unwritable error
}

// ListBackups lists the backups of the ledger at path, newest first,
// with the tier each is kept in. A ledger with none yet (or no backups
// folder) has an empty list.
func ListBackups(path string, now time.Time) (Backups, error) {
	list, err := store.ListBackups(path)
	b := Backups{Dir: BackupDir(path), List: list, Unwritable: store.CheckBackupDir(path)}
	if err == nil {
		b.Tiers = store.Tiers(list, now, 0)
	}
	return b, err
}

// BackupDir is the folder beside the ledger at path that holds its
// backups.
func BackupDir(path string) string { return store.BackupDir(path) }
