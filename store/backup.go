package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"secretary/internal/fsutil"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BackupDirName is the folder beside the ledger that holds its backups.
const BackupDirName = "backups"

// backupStamp is the time in a backup's name: it sorts as it reads.
const backupStamp = "20060102-150405"

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
	stamp := s.opts.Clock.Now().Format(backupStamp)
	name := filepath.Join(dir, backupStem(s.path)+"-"+stamp+".db")
	for i := 2; fileExists(name); i++ {
		name = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.db", backupStem(s.path), stamp, i))
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		return fsutil.WriteFileAtomic(name, func(w io.Writer) error {
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
	stem := backupStem(ledgerPath)
	type found struct {
		info  BackupInfo
		stamp string
		n     int
	}
	var list []found
	for _, e := range entries {
		stamp, n, ok := parseBackupName(stem, e.Name())
		if e.IsDir() || !ok {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		list = append(list, found{BackupInfo{Path: filepath.Join(dir, e.Name()), Size: info.Size(), ModTime: info.ModTime()}, stamp, n})
	}
	// The name carries the time and, within one second, a counter, so
	// its order is the order the backups were taken in, even where the
	// file system's times are coarse. (Plain name order would put
	// "-10" before "-9" and the first of a second after its "-2".)
	sort.Slice(list, func(i, j int) bool {
		if list[i].stamp != list[j].stamp {
			return list[i].stamp > list[j].stamp
		}
		return list[i].n > list[j].n
	})
	out := make([]BackupInfo, len(list))
	for i, f := range list {
		out[i] = f.info
	}
	return out, nil
}

// parseBackupName reads a name written by backupLocked: the ledger's stem,
// the time as 20060102-150405, an optional -N counter and .db. Anything
// else in the folder (another ledger's backups, whose stem merely starts
// with this one's, or the user's own files) is not this ledger's backup
// and is never pruned.
func parseBackupName(stem, name string) (stamp string, n int, ok bool) {
	rest, ok := strings.CutPrefix(name, stem+"-")
	if !ok {
		return "", 0, false
	}
	rest, ok = strings.CutSuffix(rest, ".db")
	if !ok || len(rest) < len(backupStamp) {
		return "", 0, false
	}
	stamp, rest = rest[:len(backupStamp)], rest[len(backupStamp):]
	if _, err := time.Parse(backupStamp, stamp); err != nil {
		return "", 0, false
	}
	n = 1
	if rest != "" {
		num, isCounter := strings.CutPrefix(rest, "-")
		v, err := strconv.Atoi(num)
		if !isCounter || err != nil || v < 2 || strconv.Itoa(v) != num {
			return "", 0, false
		}
		n = v
	}
	return stamp, n, true
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
