package store

import (
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// RemoveStaleTemps removes the temporary files this program leaves when
// it is killed part-way — an import's copy, an export's plain copy, a
// half-written backup or ledger, a probe of the backups folder, a private
// folder for decrypting — that are older than startedAt (the running
// process's start, so a file another running window is writing right now
// is never touched). It looks only where the program writes for this
// ledger: the ledger's folder (and, for a symlinked ledger, its target's),
// its backups folder, and the private folders it makes in the system's
// temporary folder; and it removes only names it makes itself. It returns
// what it removed. Call it once on start, after the ledger is open.
func RemoveStaleTemps(ledgerPath string, startedAt time.Time) []string {
	var removed []string
	hex := `[0-9a-f]{8,32}`
	try := func(dir string, pattern *regexp.Regexp, isDir bool) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.IsDir() != isDir || !pattern.MatchString(e.Name()) {
				continue
			}
			info, err := e.Info()
			if err != nil || !info.ModTime().Before(startedAt) || info.Mode()&os.ModeSymlink != 0 {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if isDir {
				err = os.RemoveAll(p)
			} else {
				err = os.Remove(p)
			}
			if err == nil {
				removed = append(removed, p)
			}
		}
	}
	for _, ledger := range uniq(ledgerPath, ledgerTarget(ledgerPath)) {
		base := regexp.QuoteMeta(filepath.Base(ledger))
		// .secretary.db.HEX.tmp, .secretary.db.import.HEX.tmp, .secretary.db.export.HEX.tmp
		try(filepath.Dir(ledger), regexp.MustCompile(`^\.`+base+`(\.import|\.export)?\.`+hex+`\.tmp$`), false)
		try(filepath.Dir(ledger), regexp.MustCompile(`^\.backup-probe\.`+hex+`\.tmp$`), false)
		stem := regexp.QuoteMeta(backupStem(ledger))
		// .secretary-20261120-093000.db.HEX.tmp, and probes
		try(BackupDir(ledger), regexp.MustCompile(`^\.`+stem+`-\d{8}-\d{6}(-\d+)?\.db\.`+hex+`\.tmp$`), false)
		try(BackupDir(ledger), regexp.MustCompile(`^\.backup-probe\.`+hex+`\.tmp$`), false)
	}
	try(os.TempDir(), regexp.MustCompile(`^secretary-(read|export)-\d+$`), true)
	return removed
}

func uniq(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}
