package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// An import copies the snapshot beside the ledger and keeps the copy
// until the user says yes (PrepareImport, then Import.Apply). A copy left
// by an import that was killed is removed by the next import. The ledger
// is not locked between transactions, so another window may be in the
// middle of its own import: each copy's name carries the number of the
// process that made it (.secretary.db.import.p1234.<random>.tmp), and
// only copies whose process is gone are taken for leftovers.

// importBase names an import's temporary copy, for createTemp.
func importBase(ledger string) string {
	return filepath.Base(ledger) + ".import.p" + strconv.Itoa(os.Getpid())
}

// removeStaleImports deletes the copies of imports that were killed,
// beside target: the ledger's file (the one a symlinked ledger path
// points at, where the copies are made).
func (s *Store) removeStaleImports(target string) {
	prefix := "." + filepath.Base(target) + ".import."
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(target), prefix+"*.tmp"))
	for _, m := range matches {
		if !importerAlive(strings.TrimPrefix(filepath.Base(m), prefix)) {
			os.Remove(m)
		}
	}
}

// importerAlive reads the process number from the rest of a copy's name
// ("p1234.<random>.tmp") and reports whether that process still runs.
// A name without one (an older program's) belongs to no one.
func importerAlive(rest string) bool {
	num, _, ok := strings.Cut(rest, ".")
	if !ok || !strings.HasPrefix(num, "p") {
		return false
	}
	pid, err := strconv.Atoi(num[1:])
	if err != nil || pid <= 0 {
		return false
	}
	return pid == os.Getpid() || processAlive(pid)
}
