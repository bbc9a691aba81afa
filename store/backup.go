package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BackupDirName is the folder beside the ledger that holds its backups.
const BackupDirName = "backups"

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path    string
	Size    int64
	ModTime time.Time
}

// BackupDir is the backups folder of the ledger at path.
func BackupDir(ledgerPath string) string {
	return filepath.Join(filepath.Dir(ledgerPath), BackupDirName)
}

func backupStem(ledgerPath string) string {
	base := filepath.Base(ledgerPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// backupOnce takes the session's backup before its first write. An empty
// new ledger has nothing to lose and is not backed up.
func (s *Store) backupOnce() error {
	if s.opts.NoBackup {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.backedUp {
		return nil
	}
	empty, err := s.isEmpty()
	if err != nil {
		return err
	}
	if !empty {
		if _, err := s.backupLocked(); err != nil {
			return err
		}
	}
	s.backedUp = true
	return nil
}

// Backup writes a consistent copy of the ledger into the backups folder
// now, prunes old ones, and returns the new file's path.
func (s *Store) Backup() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.backupLocked()
}

func (s *Store) backupLocked() (string, error) {
	dir := BackupDir(s.path)
	stamp := s.opts.Clock.Now().Format("20060102-150405")
	name := filepath.Join(dir, backupStem(s.path)+"-"+stamp+".db")
	for i := 2; fileExists(name); i++ {
		name = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.db", backupStem(s.path), stamp, i))
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		return WriteFileAtomic(name, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return "", newErr(KindIO, err, MsgBackupFailed, dir, err.Error())
	}
	s.pruneBackups()
	return name, nil
}

// pruneBackups keeps the newest KeepBackups backups of this ledger. A
// failure to delete an old backup is not worth stopping a save for.
func (s *Store) pruneBackups() {
	list, err := ListBackups(s.path)
	if err != nil || len(list) <= s.opts.KeepBackups {
		return
	}
	for _, b := range list[s.opts.KeepBackups:] {
		os.Remove(b.Path)
	}
}

// ListBackups lists the ledger's backups, newest first.
func ListBackups(ledgerPath string) ([]BackupInfo, error) {
	dir := BackupDir(ledgerPath)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prefix := backupStem(ledgerPath) + "-"
	var out []BackupInfo
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, ".db") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, BackupInfo{Path: filepath.Join(dir, n), Size: info.Size(), ModTime: info.ModTime()})
	}
	// Names carry the time, so name order is time order even when the
	// file system's times are coarse.
	sort.Slice(out, func(i, j int) bool { return out[i].Path > out[j].Path })
	return out, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// isEmpty reports a ledger with no records and no journal.
func (s *Store) isEmpty() (bool, error) {
	empty := true
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, name := range allBuckets() {
			if string(name) == string(bucketMeta) {
				continue
			}
			if b := tx.Bucket(name); b != nil && firstKey(b) != nil {
				empty = false
				return nil
			}
		}
		return nil
	})
	return empty, err
}

func firstKey(b *bolt.Bucket) []byte {
	k, _ := b.Cursor().First()
	return k
}
