package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/fsutil"
	"secretary/model"
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
	Taken   time.Time // when it was taken, from its name (local time)
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
	if fileExists(name) {
		// Numbered after the highest number of this second, not in the
		// first gap: pruning leaves gaps, and a number reused would sort
		// a new backup before older ones.
		last := 1
		if list, err := ListBackups(s.path); err == nil {
			for _, b := range list {
				if st, n, ok := parseBackupName(backupStem(s.path), filepath.Base(b.Path)); ok && st == stamp {
					last = max(last, n)
				}
			}
		}
		name = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.db", backupStem(s.path), stamp, last+1))
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		return fsutil.WriteFileAtomic(name, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil && fsutil.IsDiskFull(err) {
		return "", newErr(KindIO, err, MsgBackupFailed, dir, model.M(MsgBackupDiskFull))
	}
	if err != nil {
		return "", newErr(KindIO, err, MsgBackupFailed, dir, err.Error())
	}
	s.pruneBackups()
	return name, nil
}

// pruneBackups applies the retention policy (see Tiers). A failure to
// delete an old backup is not worth stopping a save for.
func (s *Store) pruneBackups() {
	list, err := ListBackups(s.path)
	if err != nil {
		return
	}
	for i, t := range tiers(list, s.opts.Clock.Now(), s.opts.KeepBackups) {
		if t == TierNone {
			os.Remove(list[i].Path)
		}
	}
}

// BackupTier says why a backup is kept.
type BackupTier uint8

// Backup tiers. A busy day (twenty sessions, twenty summaries printed)
// replaces only the newest tier; the days and months before stay.
const (
	TierNone    BackupTier = iota // not kept: the next backup removes it
	TierRecent                    // one of the newest (KeepBackups, default 10)
	TierDaily                     // the first backup of one of the last 14 days
	TierMonthly                   // the first backup of one of the last 12 months
)

// Retention: the newest KeepBackups backups, plus the first backup of
// each of the last dailyDays days, plus the first of each of the last
// monthlyMonths months. The first of a day is kept, not the last: it
// holds the ledger as it was before that day's work began.
const (
	dailyDays     = 14
	monthlyMonths = 12
)

// MsgTier* name the tiers for `secretary backups`.
const (
	MsgTierRecent  = "backup.tier.recent"
	MsgTierDaily   = "backup.tier.daily"
	MsgTierMonthly = "backup.tier.monthly"
)

// Key is the catalogue key naming the tier ("" for TierNone).
func (t BackupTier) Key() string {
	switch t {
	case TierRecent:
		return MsgTierRecent
	case TierDaily:
		return MsgTierDaily
	case TierMonthly:
		return MsgTierMonthly
	}
	return ""
}

// Tiers says, for each backup of ListBackups (newest first), which tier
// keeps it at time now; TierNone for one the next backup will remove.
// keep is the size of the newest tier (0: the default, 10).
func Tiers(list []BackupInfo, now time.Time, keep int) []BackupTier {
	return tiers(list, now, keep)
}

func tiers(list []BackupInfo, now time.Time, keep int) []BackupTier {
	if keep <= 0 {
		keep = defaultKeepBackups
	}
	out := make([]BackupTier, len(list))
	for i := range list {
		if i < keep {
			out[i] = TierRecent
		}
	}
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	firstDay := today.AddDate(0, 0, -(dailyDays - 1))
	firstMonth := time.Date(y, m-monthlyMonths+1, 1, 0, 0, 0, 0, now.Location())
	// Oldest first, so the first seen of each day or month is kept.
	seenDay, seenMonth := map[string]bool{}, map[string]bool{}
	for i := len(list) - 1; i >= 0; i-- {
		t := list[i].Taken.In(now.Location())
		if day := t.Format("2006-01-02"); !t.Before(firstDay) && !seenDay[day] {
			seenDay[day] = true
			if out[i] == TierNone {
				out[i] = TierDaily
			}
		}
		if month := t.Format("2006-01"); !t.Before(firstMonth) && !seenMonth[month] {
			seenMonth[month] = true
			if out[i] == TierNone {
				out[i] = TierMonthly
			}
		}
	}
	return out
}

// onlySummaryDay reports whether saving set would change nothing but the
// day of the last summary, while a backup less than an hour old exists:
// such a step (every printed summary takes one) needs no backup of its
// own, and twenty of them must not push the older backups out.
func (s *Store) onlySummaryDay(set model.Settings) bool {
	cur, err := s.Settings()
	if err != nil || cur.LastSummary == set.LastSummary {
		return false
	}
	cur.LastSummary = set.LastSummary
	if cur != set {
		return false
	}
	list, err := ListBackups(s.path)
	if err != nil || len(list) == 0 {
		return false
	}
	age := s.opts.Clock.Now().Sub(list[0].Taken)
	return age >= 0 && age < time.Hour
}

// ListBackups lists the ledger's backups, newest first.
func ListBackups(ledgerPath string) ([]BackupInfo, error) {
	dir := BackupDir(ledgerPath)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		why := model.M(MsgBackupOther, err.Error())
		if st, serr := os.Stat(dir); serr == nil && !st.IsDir() {
			why = model.M(MsgBackupNotDir)
		}
		return nil, newErr(KindIO, err, MsgBackupUnreadable, dir, why)
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
		taken, _ := time.ParseInLocation(backupStamp, stamp, time.Local)
		list = append(list, found{BackupInfo{Path: filepath.Join(dir, e.Name()), Size: info.Size(), ModTime: info.ModTime(), Taken: taken}, stamp, n})
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

// defaultKeepBackups is the size of the newest tier.
const defaultKeepBackups = 10

// MsgBackupUnwritable says why no backup can be taken now; `secretary
// backups` shows it above the list. Args: folder, reason (a Msg).
const (
	MsgBackupUnwritable = "backup.unwritable"
	MsgBackupUnreadable = "backup.unreadable" // args: folder, why
	MsgBackupNotDir     = "backup.not_dir"    // something else is where the folder should be
	MsgBackupNoPerm     = "backup.no_perm"    // the folder (or the ledger's) may not be written
	MsgBackupDiskFull   = "backup.disk_full"  // the disk is full
	MsgBackupOther      = "backup.other"      // args: the system's words
)

// CheckBackupDir tells whether the next backup of the ledger at path can
// be written, by writing and removing a small file where it would go; nil
// when it can. Every change is refused while backups cannot be taken, so
// `secretary backups` says why, and what to do.
func CheckBackupDir(ledgerPath string) error {
	dir := BackupDir(ledgerPath)
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return newErr(KindIO, nil, MsgBackupUnwritable, dir, model.M(MsgBackupNotDir))
	case os.IsNotExist(err):
		dir = filepath.Dir(ledgerPath) // made on the first backup
	case err != nil:
		return newErr(KindIO, err, MsgBackupUnwritable, dir, model.M(MsgBackupOther, err.Error()))
	}
	f, err := createTemp(dir, "backup-probe")
	if err == nil {
		_, err = f.Write(make([]byte, 4096))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		os.Remove(f.Name())
	}
	switch {
	case err == nil:
		return nil
	case fsutil.IsDiskFull(err):
		return newErr(KindIO, err, MsgBackupUnwritable, BackupDir(ledgerPath), model.M(MsgBackupDiskFull))
	case os.IsPermission(err):
		return newErr(KindIO, err, MsgBackupUnwritable, BackupDir(ledgerPath), model.M(MsgBackupNoPerm))
	}
	return newErr(KindIO, err, MsgBackupUnwritable, BackupDir(ledgerPath), model.M(MsgBackupOther, err.Error()))
}
